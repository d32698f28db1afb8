#!/usr/bin/env bash
# hostapd.sh start|stop|status|env -- a real hostapd 2.10 without a radio, without systemd, for
# the guest Wi-Fi tests of the per-guest PSK backend (wpa_psk_file + `reload_wpa_psk`): the kiosk
# writes $HOSTAPD_RUNDIR/lobby.wpa_psk and asks hostapd to re-read it over the control socket.
#
# `driver=none` makes hostapd run its full configuration, WPA and control-interface code without
# touching any network device: the interface name ($HOSTAPD_IFACE, default lobbytest0) does not
# have to exist and is only used to name the control socket. No interface is created. Stations
# never associate, so only the file format and the reload can be tested here.
#
# `start` recreates $HOSTAPD_RUNDIR (default /tmp/lobby-hostapd): hostapd.conf (wpa=2,
# WPA-PSK, ssid "Lobby Test"), ctrl/ and lobby.wpa_psk. hostapd refuses to start when the PSK
# file is missing ("WPA PSK file '...' not found."), so it starts with one comment line: an
# empty or comment-only file is accepted, at start and on reload. hostapd runs in the
# foreground, its PID is kept in hostapd.pid and `stop` kills only that process, leaving
# $HOSTAPD_RUNDIR (hostapd.log) for post-mortem. `env` prints HOSTAPD_PSK_FILE, HOSTAPD_CTRL,
# HOSTAPD_IFACE and HOSTAPD_RELOAD lines for the tests. HOSTAPD_DEBUG=1 logs with -dd.
#
# Measured with hostapd 2.10:
#   * `hostapd_cli ... reload_wpa_psk` prints OK or FAIL and exits 0 in both cases; it exits
#     255 only when it cannot reach hostapd. Check stdout, not the exit code.
#   * FAIL (and a line in hostapd.log) for a passphrase outside 8..63 characters (the log line
#     quotes the rejected passphrase), a bad MAC, a keyid over 31 characters, a missing file,
#     or a line over 127 bytes (hostapd reads 128-byte chunks: the rest of a long line, even of
#     a comment, is parsed as a line of its own).
#   * `vlanid=` is not checked on reload (vlanid=30, 4095 and abc all give OK), with or without
#     VLAN configuration. On a real AP the VLAN is checked when a station connects, against
#     hostapd's VLAN configuration (dynamic_vlan / vlan_file).
set -euo pipefail
# shellcheck source=../lib/daemon.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/daemon.sh"

RUNDIR=$(realpath -m -- "${HOSTAPD_RUNDIR:-/tmp/lobby-hostapd}") # wpa_psk_file must be absolute
IFACE=${HOSTAPD_IFACE:-lobbytest0}
SSID="Lobby Test"
CONF=$RUNDIR/hostapd.conf
CTRL=$RUNDIR/ctrl
PSK_FILE=$RUNDIR/lobby.wpa_psk
PIDFILE=$RUNDIR/hostapd.pid
LOG=$RUNDIR/hostapd.log
CLI=(hostapd_cli -p "$CTRL" -i "$IFACE")

# Ready = hostapd answers on its control socket.
ready() { [ -S "$CTRL/$IFACE" ] && [ "$("${CLI[@]}" ping 2>/dev/null)" = PONG ]; }

# The PID of the hostapd this script started, if it is still that process (same binary and our
# hostapd.conf on its command line).
our_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid=$(cat "$PIDFILE")
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = hostapd ] || return 1
  tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | grep -qxF -- "$CONF" || return 1
  echo "$pid"
}

die() {
  echo "hostapd.sh: $*" >&2
  exit 1
}

configure() {
  mkdir -p "$RUNDIR"
  rm -rf "$CTRL"
  rm -f "$CONF" "$PSK_FILE"
  # hostapd needs the file to exist at start; comment lines must stay under 128 bytes.
  printf '%s\n' '# [keyid=<id>] [vlanid=<vid>] <MAC|00:00:00:00:00:00> <passphrase|64 hex PSK>' \
    >"$PSK_FILE"
  cat >"$CONF" <<EOF
# Written by tests/wifi/hostapd.sh: no radio, for wpa_psk_file / reload_wpa_psk tests.
interface=$IFACE
driver=none
ctrl_interface=$CTRL
ssid=$SSID
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
# Absolute path: reload_wpa_psk and SIGHUP re-read it from here.
wpa_psk_file=$PSK_FILE
EOF
}

start() {
  local pid
  if pid=$(our_pid); then
    if ready; then
      echo "hostapd already running (pid $pid)"
      return 0
    fi
  else
    rm -f "$PIDFILE"
    command -v hostapd >/dev/null || die "hostapd is missing: apt-get install hostapd"
    command -v hostapd_cli >/dev/null || die "hostapd_cli is missing: apt-get install hostapd"
    [[ $IFACE =~ ^[A-Za-z0-9_.-]{1,15}$ ]] || die "bad HOSTAPD_IFACE '$IFACE' (1-15 characters)"
    if ready; then
      die "a hostapd not started by this script answers on $CTRL/$IFACE; stop it first"
    fi
    configure
    # setsid: the daemon must not get the SIGINT or SIGHUP of whatever terminal or test
    # runner started it; it is stopped by PID only. -t: timestamps in the log.
    setsid hostapd -t ${HOSTAPD_DEBUG:+-dd} "$CONF" >"$LOG" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PIDFILE"
  fi
  # Measured: ready ~10 ms after the start.
  wait_ready hostapd "$pid" 5
  echo "hostapd ready (pid $pid), control socket $CTRL/$IFACE"
}

stop() {
  local pid
  if ! pid=$(our_pid); then
    rm -f "$PIDFILE"
    echo "hostapd not running (from this script)"
    return 0
  fi
  # SIGTERM: hostapd removes its control socket itself.
  # After a SIGKILL the next start recreates $CTRL, so a stale socket does not matter.
  stop_pid hostapd "$pid"
  echo "hostapd stopped (pid $pid); log kept in $LOG"
}

status() {
  local pid
  if ready; then
    if pid=$(our_pid); then echo "up (pid $pid)"; else echo "up (not started by this script)"; fi
  elif pid=$(our_pid); then
    echo "starting or broken (pid $pid, no answer on $CTRL/$IFACE; log $LOG)"
    return 1
  else
    echo down
    return 1
  fi
}

# printf %q leaves plain values unquoted, so the lines can be eval'd; HOSTAPD_RELOAD is a
# command line, printed in double quotes.
env_lines() {
  printf 'HOSTAPD_PSK_FILE=%q\n' "$PSK_FILE"
  printf 'HOSTAPD_CTRL=%q\n' "$CTRL"
  printf 'HOSTAPD_IFACE=%q\n' "$IFACE"
  printf 'HOSTAPD_RELOAD="hostapd_cli -p %s -i %s reload_wpa_psk"\n' "$CTRL" "$IFACE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  env) env_lines ;;
  *)
    echo "usage: $0 start|stop|status|env" >&2
    exit 2
    ;;
esac
