# daemon.sh -- what the test services' scripts share (tests/pcsc/virtual-reader.sh,
# tests/wifi/freeradius.sh, tests/wifi/hostapd.sh, tests/fleet/*.sh): waiting for a daemon
# started in the background to be ready, stopping it by its PID, and whether a TCP port is
# taken. Sourced, not run. The caller defines
# `ready` (true once the daemon answers), PIDFILE and LOG.

# wait_ready NAME PID SECONDS: 0 once `ready` says so; 1 (with the log's tail) if the process
# dies or is not ready in time.
wait_ready() {
  local name=$1 pid=$2 seconds=$3 i
  for ((i = 0; i < seconds * 20; i++)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PIDFILE"
      echo "$name died (log $LOG):" >&2
      tail -n 30 "$LOG" >&2
      return 1
    fi
    ready && return 0
    sleep 0.05
  done
  echo "$name (pid $pid) not ready after $seconds s (log $LOG):" >&2
  tail -n 30 "$LOG" >&2
  return 1
}

# stop_pid NAME PID: SIGTERM, then SIGKILL after 5 s; forgets the PID file.
stop_pid() {
  local name=$1 pid=$2 i
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$name (pid $pid) ignored SIGTERM for 5 s: killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDFILE"
}

# tcp_port_bound PORT: 0 when a local TCP port (decimal) is listened on, on any address, IPv4 or
# IPv6 (from /proc/net/tcp{,6}: local_address is ADDR:PORT in hex, state 0A is LISTEN).
tcp_port_bound() {
  local hex f files=()
  hex=$(printf '%04X' "$1")
  for f in /proc/net/tcp /proc/net/tcp6; do [ -r "$f" ] && files+=("$f"); done
  awk -v hex="$hex" 'FNR > 1 && $2 ~ (":" hex "$") && $4 == "0A" { found = 1 } END { exit !found }' \
    "${files[@]}"
}
