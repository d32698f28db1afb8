#!/usr/bin/env bash
# nats.sh start|stop|env|stop-hub|start-hub|stop-site|start-site|reload-site -- the fleet's two
# NATS servers on loopback, without systemd, for the fleet tests (issue 15):
#
#   hub  nats-server  127.0.0.1:$NATS_HUB_PORT (14222), JetStream domain "hub", one user for
#                     lobby-hub; leaf nodes accepted on 127.0.0.1:$NATS_LEAF_PORT (17422).
#   site nats-server  127.0.0.1:$NATS_SITE_PORT (14223), JetStream domain "$NATS_SITE" (hq),
#                     TLS only, with a certificate from a CA made here (tls/ca.pem); a leaf
#                     node of the hub. Tablets connect here; their users are the file
#                     site-users.conf that `lobby-hub kiosk add|revoke` rewrites (one locked user
#                     at start), applied with SIGHUP (`reload-site`, or --reload-pid).
#
# Everything lives in $NATS_RUNDIR (default /tmp/lobby-nats): configurations, JetStream
# stores, logs, PID files. `start` makes them afresh; `stop` stops only the two servers it
# started and leaves the folder for post-mortem. `stop-hub` / `start-hub` take the hub down and
# up again with its store kept (the site keeps its leaf link trying): "the internet is down";
# `stop-site` / `start-site` do the same to the site server: "the tablets' network is down".
# `env` prints what the tests read.
#
# Needs the Debian packages nats-server and openssl.
set -euo pipefail
# shellcheck source=../lib/daemon.sh
. "$(dirname "${BASH_SOURCE[0]}")/../lib/daemon.sh"

RUNDIR=$(realpath -m -- "${NATS_RUNDIR:-/tmp/lobby-nats}")
HUB_PORT=${NATS_HUB_PORT:-14222}
LEAF_PORT=${NATS_LEAF_PORT:-17422}
SITE_PORT=${NATS_SITE_PORT:-14223}
SITE=${NATS_SITE:-hq}
HUB_USER=lobby-hub
HUB_PASSWORD=hub-test-password
LEAF_PASSWORD=leaf-test-password

die() {
  echo "nats.sh: $*" >&2
  exit 1
}

# The PID in a PID file, if it is still a nats-server.
live_pid() { # pidfile
  local pid
  [ -f "$1" ] || return 1
  pid=$(cat "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
    [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$(readlink -f "$(command -v nats-server)")" ] &&
    echo "$pid"
}

make_tls() {
  local d=$RUNDIR/tls
  mkdir -p "$d"
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=Lobby test site CA" \
    -keyout "$d/ca.key" -out "$d/ca.pem" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$d/server.key" -out "$d/server.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' >"$d/ext.cnf"
  openssl x509 -req -in "$d/server.csr" -CA "$d/ca.pem" -CAkey "$d/ca.key" -CAcreateserial \
    -days 30 -extfile "$d/ext.cnf" -out "$d/server.pem" 2>/dev/null
}

write_configs() {
  cat >"$RUNDIR/hub.conf" <<EOF
server_name: lobby-test-hub
listen: 127.0.0.1:$HUB_PORT
jetstream { store_dir: "$RUNDIR/hub-js", domain: hub }
authorization { users = [ { user: "$HUB_USER", password: "$HUB_PASSWORD" } ] }
leafnodes {
  listen: 127.0.0.1:$LEAF_PORT
  authorization { user: leaf, password: "$LEAF_PASSWORD" }
  reconnect: 1
}
EOF
  cat >"$RUNDIR/site.conf" <<EOF
server_name: lobby-test-site-$SITE
listen: 127.0.0.1:$SITE_PORT
jetstream { store_dir: "$RUNDIR/site-js", domain: $SITE }
tls { cert_file: "$RUNDIR/tls/server.pem", key_file: "$RUNDIR/tls/server.key" }
authorization { include "site-users.conf" }
leafnodes {
  reconnect: 1
  remotes = [ { url: "nats-leaf://leaf:$LEAF_PASSWORD@127.0.0.1:$LEAF_PORT" } ]
}
EOF
  # Never an empty list: nats-server would then let anyone in without a password. Until
  # `lobby-hub kiosk add` writes the file, one locked user with a thrown-away password.
  [ -f "$RUNDIR/site-users.conf" ] ||
    echo "users = [ { user: \"lobby-nobody\", password: \"$(head -c 24 /dev/urandom | base64)\", permissions: { publish: { deny: [\">\"] }, subscribe: { deny: [\">\"] } } } ]" \
      >"$RUNDIR/site-users.conf"
}

start_one() { # name port
  local name=$1 port=$2 pid
  if pid=$(live_pid "$RUNDIR/$name.pid"); then
    return 0
  fi
  tcp_port_bound "$port" && die "port $port is taken: set NATS_${name^^}_PORT"
  PIDFILE=$RUNDIR/$name.pid
  LOG=$RUNDIR/$name.log
  nats-server -c "$RUNDIR/$name.conf" -l "$LOG" >>"$LOG" 2>&1 &
  pid=$!
  echo "$pid" >"$PIDFILE"
  ready() { tcp_port_bound "$port" && grep -q 'Server is ready' "$LOG"; }
  wait_ready "nats-server ($name)" "$pid" 20
}

stop_one() { # name
  local pid
  PIDFILE=$RUNDIR/$1.pid
  LOG=$RUNDIR/$1.log
  if pid=$(live_pid "$PIDFILE"); then
    stop_pid "nats-server ($1)" "$pid"
  fi
  rm -f "$PIDFILE"
}

case "${1:-}" in
start)
  command -v nats-server >/dev/null || die "nats-server is missing (Debian package nats-server)"
  if ! live_pid "$RUNDIR/hub.pid" >/dev/null && ! live_pid "$RUNDIR/site.pid" >/dev/null; then
    rm -rf "$RUNDIR"
    mkdir -p "$RUNDIR"
    make_tls
    write_configs
  fi
  start_one hub "$HUB_PORT"
  start_one site "$SITE_PORT"
  ;;
stop)
  stop_one site
  stop_one hub
  ;;
stop-hub) stop_one hub ;;
start-hub) start_one hub "$HUB_PORT" ;;
stop-site) stop_one site ;;
start-site) start_one site "$SITE_PORT" ;;
reload-site)
  pid=$(live_pid "$RUNDIR/site.pid") || die "the site server is not running"
  kill -HUP "$pid"
  ;;
env)
  cat <<EOF
NATS_RUNDIR=$RUNDIR
NATS_SITE=$SITE
NATS_HUB_URL=nats://127.0.0.1:$HUB_PORT
NATS_HUB_USER=$HUB_USER
NATS_HUB_PASSWORD=$HUB_PASSWORD
NATS_SITE_URL=tls://127.0.0.1:$SITE_PORT
NATS_SITE_CA=$RUNDIR/tls/ca.pem
NATS_SITE_USERS=$RUNDIR/site-users.conf
NATS_SITE_PIDFILE=$RUNDIR/site.pid
NATS_HUB_PIDFILE=$RUNDIR/hub.pid
EOF
  ;;
*)
  echo "usage: $0 start|stop|env|stop-hub|start-hub|stop-site|start-site|reload-site" >&2
  exit 2
  ;;
esac
