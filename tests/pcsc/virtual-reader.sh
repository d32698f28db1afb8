#!/usr/bin/env bash
# virtual-reader.sh start|stop|status -- a real pcscd with vsmartcard's vpcd driver, without
# systemd, for the PC/SC tests: readers "Virtual PCD 00 00" (TCP 35963) and "Virtual PCD 00 01"
# (TCP 35964) take the virtual card of tests/pcsc/vcard.rs.
#
# pcscd 1.9.9 always uses /run/pcscd, so there is one pcscd per machine: this script starts
# its own in the foreground, remembers its PID in $PCSC_RUNDIR (default /tmp/lobby-pcsc, with
# pcscd.log) and stops only that one. It refuses to start beside a pcscd it did not start.
# PCSCD_DEBUG=1 logs every APDU to pcscd.log.
#
# Needs the Debian packages pcscd and vsmartcard-vpcd (and libpcsclite-dev to build).
set -euo pipefail
# shellcheck source=../lib/daemon.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/daemon.sh"

RUNDIR=${PCSC_RUNDIR:-/tmp/lobby-pcsc}
PIDFILE=$RUNDIR/pcscd.pid
LOG=$RUNDIR/pcscd.log
PORT_HEX=8C7B # 35963, from /etc/reader.conf.d/vpcd (CHANNELID 0x8C7B)
SOCKET=/run/pcscd/pcscd.comm

# Ready = vpcd listens. Read from /proc/net/tcp (0A = LISTEN): a TCP connect to the port
# would be taken by vpcd for a card put on the reader.
listening() { grep -q ":${PORT_HEX} 00000000:0000 0A" /proc/net/tcp; }
ready() { [ -S "$SOCKET" ] && listening; }

# The PID of the pcscd this script started, if it is still that process.
our_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid=$(cat "$PIDFILE")
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = pcscd ] || return 1
  echo "$pid"
}

start() {
  local pid
  if pid=$(our_pid); then
    if ready; then
      echo "pcscd already running (pid $pid)"
      return 0
    fi
  else
    rm -f "$PIDFILE"
    if pgrep -x pcscd >/dev/null; then
      echo "another pcscd is running (pid $(pgrep -x pcscd | tr '\n' ' ')), not started by" \
        "this script; stop it first (systemctl stop pcscd.socket pcscd)" >&2
      return 1
    fi
    command -v pcscd >/dev/null || {
      echo "pcscd is missing: apt-get install pcscd vsmartcard-vpcd" >&2
      return 1
    }
    [ -f /etc/reader.conf.d/vpcd ] || {
      echo "vpcd is missing (/etc/reader.conf.d/vpcd): apt-get install vsmartcard-vpcd" >&2
      return 1
    }
    mkdir -p "$RUNDIR"
    # setsid: the daemon must not get the SIGINT or SIGHUP of whatever terminal or test
    # runner started it; it is stopped by PID only.
    setsid pcscd -f ${PCSCD_DEBUG:+-d -a} >"$LOG" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PIDFILE"
  fi
  # Measured: ready 60-160 ms after the start.
  wait_ready pcscd "$pid" 5
  echo "pcscd ready (pid $pid)"
}

stop() {
  local pid
  if ! pid=$(our_pid); then
    rm -f "$PIDFILE"
    echo "pcscd not running (from this script)"
    return 0
  fi
  # SIGTERM: pcscd takes 1.5-1.9 s to exit and removes its socket and pid file itself.
  # After a SIGKILL, a later pcscd cleans up the stale socket and pid file itself.
  stop_pid pcscd "$pid"
  echo "pcscd stopped (pid $pid)"
}

status() {
  local pid
  if ready; then
    if pid=$(our_pid); then echo "up (pid $pid)"; else echo "up (not started by this script)"; fi
  else
    echo down
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
