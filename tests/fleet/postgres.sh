#!/usr/bin/env bash
# postgres.sh start|stop|status|env -- a throw-away PostgreSQL 15 on loopback for lobby-hub's
# tests and benchmark (`make test-fleet`), without systemd and without touching a system
# cluster.
#
# `start` makes a fresh cluster with initdb in $LOBBY_PG_DIR (default /tmp/lobby-postgres):
#   * listens on 127.0.0.1:$LOBBY_PG_PORT (15432) only, no Unix socket in /var/run (the socket
#     lives in $LOBBY_PG_DIR, so a system PostgreSQL on 5432 can keep running beside it);
#   * trust authentication for the superuser `lobby` on loopback only: a test server, never a
#     production one;
#   * fsync, synchronous_commit and full_page_writes off (a test cluster that a crash may lose);
#     LOBBY_PG_DURABLE=1 keeps PostgreSQL's defaults, for benchmarks that should count fsyncs;
#   * creates the database `lobby_hub`.
# PostgreSQL refuses to run as root, so when run as root the cluster belongs to the user
# $LOBBY_PG_USER (default `postgres`, which the Debian package creates; `nobody` works too).
# The server runs in the foreground of a background process (`postgres -D`), its PID is kept
# in postgres.pid and `stop` stops only that process. It refuses to start if the port is taken.
# Each `start` of a stopped server starts from an empty cluster; `stop` leaves the folder and
# its log (postgres.log) for post-mortems.
#
# `env` prints LOBBY_HUB_DATABASE=postgres://lobby@127.0.0.1:PORT/lobby_hub for the tests.
set -euo pipefail
# shellcheck source=../lib/daemon.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/daemon.sh"

RUNDIR=$(realpath -m -- "${LOBBY_PG_DIR:-/tmp/lobby-postgres}")
PORT=${LOBBY_PG_PORT:-15432}
BIN=${LOBBY_PG_BIN:-/usr/lib/postgresql/15/bin}
RUN_AS=${LOBBY_PG_USER:-postgres}
HOST=127.0.0.1
DATA=$RUNDIR/data
LOG=$RUNDIR/postgres.log
PIDFILE=$RUNDIR/postgres.pid
DB=lobby_hub
SUPERUSER=lobby

die() {
  echo "postgres.sh: $*" >&2
  exit 1
}

# The prefix that runs a command as the cluster's owner (root cannot run PostgreSQL).
owner_prefix() {
  OWNER=()
  if [ "$(id -u)" = 0 ]; then
    OWNER=(setpriv --reuid="$RUN_AS" --regid="$(id -g "$RUN_AS")" --clear-groups --)
  fi
}
as_owner() {
  owner_prefix
  "${OWNER[@]}" "$@"
}

ready() {
  as_owner "$BIN/pg_isready" -q -h "$HOST" -p "$PORT" -U "$SUPERUSER" -d postgres
}

# The PID of the postgres this script started, if it is still that process (our data folder
# on its command line: a system PostgreSQL is never taken for ours).
our_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid=$(cat "$PIDFILE")
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-D $DATA " || return 1
  echo "$pid"
}

start() {
  local pid
  if pid=$(our_pid); then
    if ready; then
      echo "postgres already running (pid $pid)"
      return 0
    fi
  else
    rm -f "$PIDFILE"
    [ -x "$BIN/initdb" ] || die "no PostgreSQL in $BIN (apt-get install postgresql-15, or set LOBBY_PG_BIN)"
    [[ $PORT =~ ^[0-9]+$ ]] && [ "$PORT" -ge 1 ] && [ "$PORT" -le 65535 ] || die "bad port '$PORT'"
    if tcp_port_bound "$PORT"; then
      die "TCP port $PORT is already in use by another process (not started by this script);" \
        "choose another with LOBBY_PG_PORT"
    fi
    if [ "$(id -u)" = 0 ]; then
      id "$RUN_AS" >/dev/null 2>&1 || die "no user '$RUN_AS' to run PostgreSQL as (set LOBBY_PG_USER)"
    fi
    rm -rf "$DATA"
    mkdir -p "$RUNDIR"
    chmod 0755 "$RUNDIR"
    : >"$LOG"
    [ "$(id -u)" = 0 ] && chown "$RUN_AS" "$RUNDIR" "$LOG"
    as_owner "$BIN/initdb" -D "$DATA" -U "$SUPERUSER" --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 >>"$LOG" 2>&1 || { tail -n 20 "$LOG" >&2; die "initdb failed"; }
    # Loopback TCP only; the Unix socket stays in our own folder.
    cat >"$DATA/pg_hba.conf" <<HBA
# lobby tests: trust on loopback only
host all all 127.0.0.1/32 trust
local all all trust
HBA
    # setsid: the server must not get the SIGINT or SIGHUP of the terminal or test runner that
    # started it; it is stopped by PID only.
    # Not through the as_owner function: that would fork a subshell and $! would be its PID.
    owner_prefix
    local fast=(-c fsync=off -c synchronous_commit=off -c full_page_writes=off)
    [ "${LOBBY_PG_DURABLE:-0}" = 1 ] && fast=()
    "${OWNER[@]}" setsid "$BIN/postgres" -D "$DATA" -c listen_addresses="$HOST" -c port="$PORT" \
      -c unix_socket_directories="$RUNDIR" "${fast[@]}" -c max_connections=200 \
      >>"$LOG" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PIDFILE"
    wait_ready postgres "$pid" 30
    as_owner "$BIN/createdb" -h "$HOST" -p "$PORT" -U "$SUPERUSER" "$DB" >>"$LOG" 2>&1 ||
      { tail -n 20 "$LOG" >&2; die "createdb $DB failed"; }
  fi
  wait_ready postgres "$pid" 30
  echo "postgres ready (pid $pid) on $HOST:$PORT, database $DB, folder $RUNDIR"
}

stop() {
  local pid
  if ! pid=$(our_pid); then
    rm -f "$PIDFILE"
    echo "postgres not running (from this script)"
    return 0
  fi
  # SIGTERM is PostgreSQL's "smart" shutdown, which waits for clients; SIGINT is "fast".
  kill -INT "$pid" 2>/dev/null || true
  stop_pid postgres "$pid"
  echo "postgres stopped (pid $pid); log kept in $LOG"
}

status() {
  local pid
  if pid=$(our_pid); then
    if ready; then
      echo "up (pid $pid) on $HOST:$PORT"
    else
      echo "starting or broken (pid $pid, not ready; log $LOG)"
      return 1
    fi
  elif tcp_port_bound "$PORT"; then
    echo "port $PORT in use (not by a postgres started by this script)"
    return 1
  else
    echo down
    return 1
  fi
}

env_lines() {
  printf 'LOBBY_HUB_DATABASE=%q\n' "postgres://$SUPERUSER@$HOST:$PORT/$DB"
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
