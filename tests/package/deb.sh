#!/usr/bin/env bash
# The .deb as an operator gets it: installs target/release/bundle/deb/Lobby_*.deb with apt-get
# (which must find every dependency), checks the installed `lobby --version` (workspace version
# and this commit), `lobby demo seed` and `lobby doctor`, drives the installed app under Xvfb
# over WebDriver (tests/e2e/installed.rs and the IPC security tests), then removes the package
# and checks that none of its files is left. Needs root. `make test-package` builds the .deb
# and the test binary first, and runs this.
set -euo pipefail
cd "$(dirname "$0")/../.."

fail() {
  echo "test-package: $*" >&2
  exit 1
}

[ "$(id -u)" = 0 ] || fail "needs root to install the package (apt-get)"
shopt -s nullglob
debs=(target/release/bundle/deb/Lobby_*_amd64.deb)
[ ${#debs[@]} = 1 ] || fail "expected one .deb in target/release/bundle/deb, found ${#debs[@]}: run make package BUNDLES=deb"
deb=${debs[0]}
# This test removes the package at the end: never on a machine where Lobby is in use.
if dpkg-query -W -f='${db:Status-Status}' lobby 2>/dev/null | grep -qx installed; then
  fail "the lobby package is already installed here; remove it first (apt-get remove lobby)"
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
commit=$(git rev-parse --short=10 HEAD)
scratch=$(mktemp -d)
cleanup() {
  # A failed check must not leave the package installed.
  if dpkg-query -W -f='${db:Status-Status}' lobby 2>/dev/null | grep -qx installed; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -q lobby >/dev/null || true
  fi
  rm -rf "$scratch"
}
trap cleanup EXIT

echo "== apt-get install ./$deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >"$scratch/install.log" 2>&1 ||
  { cat "$scratch/install.log" >&2; fail "apt-get install failed"; }
dpkg-query -L lobby >"$scratch/files"
grep -qx /usr/bin/lobby "$scratch/files" || fail "the package has no /usr/bin/lobby"
[ "$(command -v lobby)" = /usr/bin/lobby ] || fail "lobby on PATH is $(command -v lobby), not /usr/bin/lobby"
grep -qx 'Exec=lobby' /usr/share/applications/Lobby.desktop || fail "the desktop entry does not start lobby"
[ -s /usr/share/icons/hicolor/128x128/apps/lobby.png ] || fail "no 128x128 icon"

echo "== lobby --version"
got=$(LANG=C.UTF-8 lobby --version)
[ "$got" = "lobby $version ($commit)" ] || fail "lobby --version printed '$got', expected 'lobby $version ($commit)'"

echo "== lobby demo seed, lobby doctor"
data="$scratch/data"
LANG=C.UTF-8 lobby --data-dir "$data" demo seed >/dev/null
# Exit status 0: no problem (warnings, such as no reader plugged in, are allowed).
LANG=C.UTF-8 lobby --data-dir "$data" doctor | tee "$scratch/doctor"
grep -Eq '^Database +OK' "$scratch/doctor" || fail "doctor did not open the seeded database"
grep -Eq '^Audit log +OK +Audit log intact' "$scratch/doctor" || fail "doctor did not find the audit log intact"
grep -Eq '^Fonts +OK' "$scratch/doctor" || fail "doctor did not find the fonts the package depends on"

echo "== the installed app over WebDriver"
# The test binary was built by make; only the app it drives changes.
LOBBY_E2E_APP=/usr/bin/lobby timeout 600 xvfb-run -a -s "-screen 0 1280x800x24" \
  cargo test --locked -p lobby --test e2e -- --test-threads=1 \
  installed_ a_staff_command_without the_webview_may_call_only navigation_away \
  the_csp_blocks every_staff_command_is_refused remote_content_is_not_loaded

echo "== apt-get remove lobby"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q lobby >"$scratch/remove.log" 2>&1 ||
  { cat "$scratch/remove.log" >&2; fail "apt-get remove failed"; }
status=$(dpkg-query -W -f='${db:Status-Status}' lobby 2>/dev/null || true)
case "$status" in
  "" | not-installed) ;;
  *) fail "after removal dpkg says lobby is '$status' (leftover configuration files?)" ;;
esac
left=0
while read -r path; do
  if [ -e "$path" ] && [ ! -d "$path" ]; then
    echo "left behind: $path" >&2
    left=1
  fi
done <"$scratch/files"
[ "$left" = 0 ] || fail "files of the package are still there after apt-get remove"
[ ! -e /usr/bin/lobby ] || fail "/usr/bin/lobby is still there"
echo "test-package: installed, checked and removed $(basename "$deb") ($(du -h "$deb" | cut -f1))"
