#!/usr/bin/env python3
"""Decodes QR codes with zxing-cpp, the second independent decoder of Lobby's Wi-Fi QR test.

Usage: python3 tests/wifi/zxing_decode.py FILE.png...

Prints one line per file, in order: the decoded text as lower-case hex of its UTF-8 bytes
(hex, so spaces and non-ASCII survive the pipe untouched), or NONE when no QR code was found.
Run it with target/zxing-venv/bin/python3 (made by tests/wifi/setup-zxing.sh).

The PNG files are 8-bit grey, written by lobby-core; they are read here with zlib so the only
package the virtualenv needs is zxing-cpp itself (no Pillow, no numpy).
"""

import struct
import sys
import zlib

import zxingcpp


def read_grey_png(path):
    """Returns (width, height, pixels) of a non-interlaced 8-bit greyscale PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path}: not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = header
    if (depth, colour, interlace) != (8, 0, 0):
        raise ValueError(f"{path}: expected 8-bit grey, not interlaced: {header}")
    raw = zlib.decompress(b"".join(idat))
    pixels = bytearray(width * height)
    prev = bytearray(width)
    stride = width + 1
    for y in range(height):
        kind = raw[y * stride]
        line = bytearray(raw[y * stride + 1 : (y + 1) * stride])
        for x in range(width):
            a = line[x - 1] if x else 0
            b = prev[x]
            c = prev[x - 1] if x else 0
            if kind == 1:
                line[x] = (line[x] + a) & 0xFF
            elif kind == 2:
                line[x] = (line[x] + b) & 0xFF
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
            elif kind != 0:
                raise ValueError(f"{path}: bad filter {kind}")
        pixels[y * width : (y + 1) * width] = line
        prev = line
    return width, height, pixels


def main(paths):
    for path in paths:
        width, height, pixels = read_grey_png(path)
        image = memoryview(pixels).cast("B", (height, width))
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        if len(found) != 1:
            print("NONE" if not found else "MANY")
            continue
        print(found[0].text.encode("utf-8").hex())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
