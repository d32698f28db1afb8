#!/bin/sh
# Makes target/zxing-venv: a project-local Python with zxing-cpp, the second independent QR
# decoder used by crates/lobby-core/tests/core/wifi_qr.rs (the first is zbarimg from zbar-tools).
# Debian 12 needs the package python3-venv for `python3 -m venv` (and zbar-tools for zbarimg).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
venv="$root/target/zxing-venv"
python=${PYTHON:-python3}
# `-m venv --help` works without python3-venv on Debian; creating a venv then fails for want of
# ensurepip, so that is what is checked.
if ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    echo "setup-zxing: '$python -m venv' is missing; on Debian: apt-get install python3-venv" >&2
    exit 1
fi
if [ ! -x "$venv/bin/python3" ]; then
    "$python" -m venv "$venv"
fi
# Pinned: the test compares decoders' exact output, so a new release is a deliberate bump.
"$venv/bin/python3" -m pip install --quiet --disable-pip-version-check "zxing-cpp==${ZXING_CPP_VERSION:-3.1.1}"
"$venv/bin/python3" - <<'PY'
from importlib.metadata import version
import zxingcpp  # noqa: F401  (fails here, not in the test, if the wheel is broken)
print("zxing-cpp", version("zxing-cpp"))
PY
