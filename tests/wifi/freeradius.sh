#!/usr/bin/env bash
# freeradius.sh start|stop|status|env -- a real FreeRADIUS 3.2 with rlm_sql_sqlite on loopback,
# without systemd, for the guest Wi-Fi tests: the kiosk writes radcheck/radreply rows into
# $RADIUS_RUNDIR/radius.db and the tests check them with radtest/radclient (PAP) or eapol_test.
#
# `start` never touches /etc: it copies /etc/freeradius/3.0 to $RADIUS_RUNDIR/raddb (default
# /tmp/lobby-radius) and edits the copy (see configure() below):
#   * auth on 127.0.0.1:$RADIUS_PORT (18812) and acct on 127.0.0.1:$RADIUS_ACCT_PORT (18813),
#     no IPv6 listener, the inner-tunnel listener moved to 127.0.0.1:$RADIUS_INNER_PORT (18814):
#     not 1812/1813/18120, so a system FreeRADIUS can keep running beside it;
#   * sql enabled with a fresh, empty SQLite database in WAL mode (busy_timeout 2 s);
#   * `-sql` removed from post-auth and accounting (FreeRADIUS would write the guest's cleartext
#     password into radpostauth and take write locks in the hot path); kept in authorize;
#   * `use_tunneled_reply = yes` for PEAP and TTLS, so VLAN attributes reach the outer Accept;
#   * runs as the current user, logs and run files inside $RADIUS_RUNDIR, no proxying.
# Each `start` of a stopped server recreates raddb and radius.db from scratch; `stop` leaves
# $RADIUS_RUNDIR (radius.log, radius.db) for post-mortem. radius.log has one line per
# authentication (never the password). The server runs in the foreground (`freeradius -f`),
# its PID is kept in freeradius.pid and `stop` kills only that process. It refuses to start if
# one of its UDP ports is taken.
#
# Rejects are delayed by the stock reject_delay of 1 s (radtest then exits 1 after ~1.05 s;
# an Accept takes 45-65 ms with radtest, mostly its start-up, 0.3 ms on the wire):
# RADIUS_REJECT_DELAY=0 sends them at once.
# `env` prints RADIUS_DB, RADIUS_HOST, RADIUS_PORT and RADIUS_SECRET lines for the tests.
#
# Needs the Debian packages freeradius, freeradius-utils (radtest) and sqlite3, and read access
# to /etc/freeradius/3.0 (root, or a member of group freerad).
set -euo pipefail
# shellcheck source=../lib/daemon.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/daemon.sh"

RUNDIR=$(realpath -m -- "${RADIUS_RUNDIR:-/tmp/lobby-radius}") # absolute: it goes into the config
PORT=${RADIUS_PORT:-18812}
ACCT_PORT=${RADIUS_ACCT_PORT:-18813}
INNER_PORT=${RADIUS_INNER_PORT:-18814}
SECRET=${RADIUS_SECRET:-testing123}
HOST=127.0.0.1
SRC=/etc/freeradius/3.0
RADDB=$RUNDIR/raddb
DB=$RUNDIR/radius.db
LOG=$RUNDIR/radius.log
PIDFILE=$RUNDIR/freeradius.pid

# Is a local UDP port (decimal) bound by anybody, on any address, IPv4 or IPv6? Read from
# /proc/net/udp{,6} (local_address is ADDR:PORT in hex; ephemeral client ports are >= 32768).
port_bound() {
  local hex f files=()
  hex=$(printf '%04X' "$1")
  for f in /proc/net/udp /proc/net/udp6; do [ -r "$f" ] && files+=("$f"); done
  awk -v hex="$hex" 'FNR > 1 && $2 ~ (":" hex "$") { found = 1 } END { exit !found }' \
    "${files[@]}"
}

# Ready = the log says so and the auth port is bound.
ready() {
  [ -f "$LOG" ] && grep -q 'Ready to process requests' "$LOG" && port_bound "$PORT"
}

# The PID of the freeradius this script started, if it is still that process (same binary and
# our raddb on its command line: a system FreeRADIUS is never taken for ours).
our_pid() {
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid=$(cat "$PIDFILE")
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = freeradius ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-d $RADDB " || return 1
  echo "$pid"
}

die() {
  echo "freeradius.sh: $*" >&2
  exit 1
}

# Check that an edit did what it should; the stock config changing under us must fail loudly
# here, not as a confusing FreeRADIUS error (or, worse, a silently different server).
expect() { # file extended-regex description
  grep -Eq -- "$2" "$1" || die "editing $1 failed ($3): the stock config changed? ($SRC)"
}
expect_count() { # file extended-regex count description
  local n
  n=$(grep -Ec -- "$2" "$1" || true)
  [ "$n" = "$3" ] || die "editing $1 failed ($4: found $n, want $3): the stock config changed?"
}

# Replace every top-level `listen { ... }` block of a virtual server file by the text in $2
# (inserted right after the `server NAME {` line). Comments are stripped before counting braces.
replace_listen() { # file server-name new-listen-text
  NEW="$3" awk -v server="$2" '
    function depth_delta(s,   t) {
      t = s; sub(/#.*/, "", t); return gsub(/\{/, "", t) - gsub(/\}/, "", t)
    }
    skipping { d += depth_delta($0); if (d <= 0) skipping = 0; next }
    $0 ~ ("^server[[:blank:]]+" server "[[:blank:]]*\\{") { print; print ENVIRON["NEW"]; next }
    /^[[:blank:]]*listen[[:blank:]]*\{/ { skipping = 1; d = depth_delta($0); next }
    { print }
  ' "$1" >"$1.new"
  mv "$1.new" "$1"
}

# Comment out `-sql` everywhere but in the authorize section (sections start at column 0).
sql_only_in_authorize() { # file
  awk '
    /^[a-z][a-z-]*[[:blank:]]*\{/ { section = $1 }
    /^[[:blank:]]*-sql[[:blank:]]*$/ && section != "authorize" {
      print "#" $0 "\t# lobby: no SQL writes outside authorize (" section ")"; next
    }
    { print }
  ' "$1" >"$1.new"
  mv "$1.new" "$1"
}

configure() {
  local f

  # --- raddb: a fresh copy, owned by whoever runs this script --------------------------------
  rm -rf "$RADDB"
  mkdir -p "$RUNDIR/log" "$RUNDIR/run"
  cp -a --no-preserve=ownership "$SRC" "$RADDB"

  # --- radiusd.conf ---------------------------------------------------------------------------
  f=$RADDB/radiusd.conf
  # Everything FreeRADIUS reads or writes stays in $RUNDIR: raddbdir (confdir, modconfdir and
  # certdir derive from it; -d alone does not change it), logdir (radacct, linelog, detail,
  # tlscache...), run_dir and localstatedir (anything else that pointed to /var).
  sed -i -E \
    -e "s|^([[:blank:]]*raddbdir[[:blank:]]*=).*|\1 $RADDB|" \
    -e "s|^([[:blank:]]*localstatedir[[:blank:]]*=).*|\1 $RUNDIR|" \
    -e "s|^([[:blank:]]*logdir[[:blank:]]*=).*|\1 $RUNDIR/log|" \
    -e "s|^([[:blank:]]*run_dir[[:blank:]]*=).*|\1 $RUNDIR/run|" \
    "$f"
  expect "$f" "^raddbdir = $RADDB\$" raddbdir
  expect "$f" "^logdir = $RUNDIR/log\$" logdir
  expect "$f" "^run_dir = $RUNDIR/run\$" run_dir
  # No proxying: otherwise a proxy socket binds to * on a random port.
  sed -i -E 's|^([[:blank:]]*proxy_requests[[:blank:]]*=).*|\1 no|' "$f"
  expect "$f" '^proxy_requests[[:blank:]]*= no$' proxy_requests
  # Run as the current user (root stays root; files in $RUNDIR stay readable by the tests).
  sed -i -E 's~^([[:blank:]]*)(user|group)([[:blank:]]*=.*)~\1# \2\3\t# lobby: current user~' "$f"
  if grep -Eq '^[[:blank:]]*(user|group)[[:blank:]]*=' "$f"; then
    die "could not comment out user/group in $f"
  fi
  # Log one line per authentication ("Login OK", "Login incorrect (expiration: Account
  # expired ...)") for post-mortems; auth_badpass/auth_goodpass stay "no": no passwords logged.
  sed -i -E 's|^([[:blank:]]*auth[[:blank:]]*=[[:blank:]]*)no$|\1yes|' "$f"
  expect "$f" '^[[:blank:]]*auth = yes$' "log auth"
  # Access-Reject is delayed by reject_delay (stock: 1 s); RADIUS_REJECT_DELAY=0 speeds up tests.
  if [ -n "${RADIUS_REJECT_DELAY:-}" ]; then
    sed -i -E "s|^([[:blank:]]*reject_delay[[:blank:]]*=).*|\1 $RADIUS_REJECT_DELAY|" "$f"
    expect "$f" "^[[:blank:]]*reject_delay = $RADIUS_REJECT_DELAY\$" reject_delay
  fi

  # --- clients.conf: the localhost client uses $SECRET ----------------------------------------
  f=$RADDB/clients.conf
  SECRET="$SECRET" awk '
    /^client localhost[[:blank:]]*\{/ { inside = 1 }
    inside && /^[[:blank:]]*secret[[:blank:]]*=/ {
      s = ENVIRON["SECRET"]; gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s)
      print "\tsecret = \"" s "\"\t# lobby: $RADIUS_SECRET"; next
    }
    inside && /^\}/ { inside = 0 }
    { print }
  ' "$f" >"$f.new"
  mv "$f.new" "$f"
  expect "$f" '^[[:blank:]]*secret = ".*"[[:blank:]]*# lobby' "localhost secret"

  # --- sql: rlm_sql_sqlite on $DB, enabled ----------------------------------------------------
  f=$RADDB/mods-available/sql
  sed -i -E \
    -e 's|^([[:blank:]]*driver[[:blank:]]*=[[:blank:]]*)"rlm_sql_null"|\1"rlm_sql_sqlite"|' \
    -e 's|^([[:blank:]]*dialect[[:blank:]]*=[[:blank:]]*).*|\1"sqlite"|' \
    -e "s|^([[:blank:]]*filename[[:blank:]]*=[[:blank:]]*)\"/tmp/freeradius.db\"|\1\"$DB\"|" \
    -e 's|^([[:blank:]]*busy_timeout[[:blank:]]*=[[:blank:]]*)[0-9]+|\12000|' \
    "$f"
  expect "$f" '^[[:blank:]]*driver = "rlm_sql_sqlite"' "sql driver"
  expect "$f" '^[[:blank:]]*dialect = "sqlite"' "sql dialect"
  expect "$f" "^[[:blank:]]*filename = \"$DB\"" "sqlite filename"
  expect "$f" '^[[:blank:]]*busy_timeout = 2000$' "sqlite busy_timeout"
  ln -sfn ../mods-available/sql "$RADDB/mods-enabled/sql"

  # --- sites-available/default ----------------------------------------------------------------
  f=$RADDB/sites-available/default
  # Loopback IPv4 only, on our own ports.
  replace_listen "$f" default "$(printf '%s\n' \
    '# lobby: the stock listen sections (*, ::, ports 1812/1813) are replaced by these two' \
    'listen {' '	type = auth' "	ipaddr = $HOST" "	port = $PORT" '}' \
    'listen {' '	type = acct' "	ipaddr = $HOST" "	port = $ACCT_PORT" '}')"
  expect_count "$f" '^[[:blank:]]*listen[[:blank:]]*\{' 2 "listen sections in default"
  expect "$f" "^[[:blank:]]port = $PORT\$" "auth port"
  sql_only_in_authorize "$f"
  expect_count "$f" '^[[:blank:]]*-sql[[:blank:]]*$' 1 "-sql only in authorize of default"

  # --- sites-available/inner-tunnel ------------------------------------------------------------
  f=$RADDB/sites-available/inner-tunnel
  # Its debugging listener (127.0.0.1:18120) would clash with a system FreeRADIUS.
  replace_listen "$f" inner-tunnel "$(printf '%s\n' \
    '# lobby: the stock listener (127.0.0.1:18120) is moved' \
    'listen {' '	type = auth' "	ipaddr = $HOST" "	port = $INNER_PORT" '}')"
  expect_count "$f" '^[[:blank:]]*listen[[:blank:]]*\{' 1 "listen sections in inner-tunnel"
  # Same reason as in default: its post-auth -sql would log the inner (TTLS/PAP) password.
  sql_only_in_authorize "$f"
  expect_count "$f" '^[[:blank:]]*-sql[[:blank:]]*$' 1 "-sql only in authorize of inner-tunnel"

  # --- eap: reply attributes (VLAN) of the inner tunnel go into the outer Access-Accept -------
  f=$RADDB/mods-available/eap
  sed -i -E 's|^([[:blank:]]*use_tunneled_reply[[:blank:]]*=[[:blank:]]*)no|\1yes|' "$f"
  expect_count "$f" '^[[:blank:]]*use_tunneled_reply = yes' 2 "use_tunneled_reply in peap and ttls"

  # --- a fresh, empty database in WAL mode (persistent in the file) ---------------------------
  rm -f "$DB" "$DB-wal" "$DB-shm" "$DB-journal"
  sqlite3 "$DB" <"$RADDB/mods-config/sql/main/sqlite/schema.sql"
  [ "$(sqlite3 "$DB" 'PRAGMA journal_mode=WAL;')" = wal ] || die "could not set WAL on $DB"
}

start() {
  local pid p
  if pid=$(our_pid); then
    if ready; then
      echo "freeradius already running (pid $pid)"
      return 0
    fi
  else
    rm -f "$PIDFILE"
    command -v freeradius >/dev/null || die "freeradius is missing: apt-get install freeradius"
    command -v sqlite3 >/dev/null || die "sqlite3 is missing: apt-get install sqlite3"
    [ -r "$SRC/radiusd.conf" ] || die "cannot read $SRC/radiusd.conf (run as root or group freerad)"
    for p in "$PORT" "$ACCT_PORT" "$INNER_PORT"; do
      [[ $p =~ ^[0-9]+$ ]] && [ "$p" -ge 1 ] && [ "$p" -le 65535 ] || die "bad UDP port '$p'"
    done
    [ "$(printf '%s\n' "$PORT" "$ACCT_PORT" "$INNER_PORT" | sort -u | wc -l)" = 3 ] ||
      die "RADIUS_PORT, RADIUS_ACCT_PORT and RADIUS_INNER_PORT must differ"
    [[ ${RADIUS_REJECT_DELAY:-0} =~ ^[0-9]+(\.[0-9]+)?$ ]] ||
      die "bad RADIUS_REJECT_DELAY '$RADIUS_REJECT_DELAY' (seconds, e.g. 0 or 0.5)"
    for p in "$PORT" "$ACCT_PORT" "$INNER_PORT"; do
      if port_bound "$p"; then
        die "UDP port $p is already in use by another process (not started by this" \
          "script); choose other ports with RADIUS_PORT/RADIUS_ACCT_PORT/RADIUS_INNER_PORT"
      fi
    done
    mkdir -p "$RUNDIR"
    configure
    : >"$LOG"
    # setsid: the daemon must not get the SIGINT or SIGHUP of whatever terminal or test runner
    # started it; it is stopped by PID only. -f: foreground, threaded (unlike -X).
    setsid freeradius -f -d "$RADDB" -l "$LOG" >>"$LOG" 2>&1 </dev/null &
    pid=$!
    echo "$pid" >"$PIDFILE"
  fi
  # Measured: `start` takes ~0.6 s in all (copy and edits included).
  wait_ready freeradius "$pid" 15
  echo "freeradius ready (pid $pid) on $HOST:$PORT (acct $ACCT_PORT), db $DB"
}

stop() {
  local pid
  if ! pid=$(our_pid); then
    rm -f "$PIDFILE"
    echo "freeradius not running (from this script)"
    return 0
  fi
  stop_pid freeradius "$pid"
  echo "freeradius stopped (pid $pid); logs and database kept in $RUNDIR"
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
  elif port_bound "$PORT"; then
    echo "port $PORT in use (not by a freeradius started by this script)"
    return 1
  else
    echo down
    return 1
  fi
}

# printf %q leaves plain values unquoted and quotes the others, so the lines can be eval'd.
env_lines() {
  printf 'RADIUS_DB=%q\n' "$DB"
  printf 'RADIUS_HOST=%q\n' "$HOST"
  printf 'RADIUS_PORT=%q\n' "$PORT"
  printf 'RADIUS_SECRET=%q\n' "$SECRET"
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
