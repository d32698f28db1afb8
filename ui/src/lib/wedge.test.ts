import { describe, expect, it } from "vitest";
import { ScanReader, typedIntoField, WedgeReader } from "./wedge";

function burst(reader: WedgeReader, keys: string[], start: number, gap: number): string | null {
  let out: string | null = null;
  keys.forEach((k, i) => {
    out = reader.feed(k, start + i * gap) ?? out;
  });
  return out;
}

describe("WedgeReader", () => {
  it("reads a fast burst of hex digits ended by Enter", () => {
    const r = new WedgeReader();
    expect(burst(r, [..."04a23b5c6d7e80", "Enter"], 1000, 8)).toBe("04A23B5C6D7E80");
  });

  it("ignores a person typing the same keys", () => {
    const r = new WedgeReader();
    expect(burst(r, [..."04a23b5c", "Enter"], 1000, 150)).toBeNull();
  });

  it("ignores too short bursts and other keys", () => {
    const r = new WedgeReader();
    expect(burst(r, [..."04a2", "Enter"], 1000, 5)).toBeNull();
    expect(burst(r, [..."04a2x3b5c6d", "Enter"], 2000, 5)).toBeNull();
  });

  it("knows a key typed into a field is the field's", () => {
    expect(typedIntoField(document.createElement("input"))).toBe(true);
    expect(typedIntoField(document.createElement("textarea"))).toBe(true);
    expect(typedIntoField(document.body)).toBe(false);
    expect(typedIntoField(null)).toBe(false);
  });
});

describe("ScanReader", () => {
  it("reads an invitation code a scanner types, hyphen and Enter", () => {
    const r = new ScanReader();
    expect(burst(r as unknown as WedgeReader, [..."acef-gh34", "Enter"], 1000, 6)).toBe("ACEFGH34");
  });

  it("ignores a person typing it, a badge UID and look-alike symbols", () => {
    const r = new ScanReader();
    expect(burst(r as unknown as WedgeReader, [..."ACEF-GH34", "Enter"], 1000, 120)).toBeNull();
    expect(burst(r as unknown as WedgeReader, [..."04A23B5C", "Enter"], 3000, 6)).toBeNull();
    expect(burst(r as unknown as WedgeReader, [..."ACEF-GH30", "Enter"], 5000, 6)).toBeNull();
  });
});
