# Lobby: `make run` opens the kiosk in demo mode, `make test` runs every test.
# Both install what is missing first (Debian packages when run as root, npm packages).

SHELL := /bin/bash
.DEFAULT_GOAL := run

# What building, running and testing need on Debian 12 (bookworm).
DEB_PACKAGES := build-essential pkg-config libwebkit2gtk-4.1-dev libssl-dev \
	xvfb xauth webkit2gtk-driver matchbox-window-manager x11-utils imagemagick \
	fonts-noto-core fonts-noto-cjk poppler-utils sqlite3 zbar-tools dbus \
	pcscd libpcsclite-dev vsmartcard-vpcd python3 python3-venv \
	freeradius freeradius-utils hostapd systemd python3-aiosmtpd python3-icalendar openssl \
	cups-ipp-utils cups-filters nats-server postgresql-15
NODE_MIN := 20.19

DEMO_DIR ?= $(CURDIR)/demo-data
LOBBY_DEBUG := target/debug/lobby
XVFB_RUN := xvfb-run -a -s "-screen 0 1280x800x24"

.PHONY: run test deps deps-system deps-ui ui app lint check-ui test-core test-ui test-pcsc test-wifi test-e2e \
	bindings screenshots bench soak clean-demo package test-package test-fleet bench-fleet

## Set-up ---------------------------------------------------------------------------------

deps: deps-system deps-ui

deps-system:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "Lobby needs these Debian packages. Run:"; \
	    echo "  sudo apt-get install --no-install-recommends $$missing"; \
	    exit 1; \
	  fi; \
	fi
	@command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run make again."; exit 1; }
	@command -v node >/dev/null || { echo "Node.js $(NODE_MIN) or newer is missing."; exit 1; }
	@node -e 'const [a,b]=process.versions.node.split(".").map(Number); const [x,y]="$(NODE_MIN)".split(".").map(Number); process.exit(a>x||(a==x&&b>=y)?0:1)' \
	  || { echo "Node.js $(NODE_MIN) or newer is needed (found $$(node --version))."; exit 1; }

ui/node_modules/.package-lock.json: ui/package.json ui/package-lock.json
	cd ui && npm ci --no-audit --no-fund
	@touch $@

deps-ui: ui/node_modules/.package-lock.json

ui: deps-ui
	cd ui && npm run build

app: deps ui
	cargo build --locked -p lobby

## Run ------------------------------------------------------------------------------------

# Seeds the demo data on first run, then opens the kiosk. Without a display it starts a
# virtual one (Xvfb :99 with a window manager, so the kiosk is fullscreen); look at it with
# `DISPLAY=:99 import -window root shot.png`.
run: app
	@$(LOBBY_DEBUG) --data-dir "$(DEMO_DIR)" demo seed
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "No display: starting Xvfb on :99 (screenshot: DISPLAY=:99 import -window root shot.png)"; \
	  (Xvfb :99 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &); sleep 1; \
	  (DISPLAY=:99 matchbox-window-manager -use_titlebar no >/dev/null 2>&1 &); sleep 0.5; \
	  export DISPLAY=:99; \
	fi; \
	exec $(LOBBY_DEBUG) --data-dir "$(DEMO_DIR)"

clean-demo:
	rm -rf "$(DEMO_DIR)"

## Tests ----------------------------------------------------------------------------------

lint: deps-ui
	cargo fmt --all -- --check
	cargo clippy --locked --workspace --all-targets -- -D warnings
	cd ui && npx prettier --check src

check-ui: deps-ui
	cd ui && npm run check

# The Wi-Fi QR test reads every code back with zbarimg and with zxing-cpp (from PyPI, in a
# project-local virtualenv under target/).
test-core:
	tests/wifi/setup-zxing.sh
	cargo test --locked -p lobby-core

test-ui: deps-ui
	cd ui && npm test

# The app's own tests: the command line against real databases and the sqlite3 tool, and
# the end-to-end suite driving the real window in WebKit under a virtual display. Each test
# gets its own data folder, XDG folders and driver. End-to-end tests run one at a time: on one
# display a covered window counts as hidden, and WebKit slows a hidden page's timers.
# The badge tests need the real pcscd with the vpcd driver; tests/pcsc/virtual-reader.sh starts
# it (a test starts it too if needed) and it is stopped by its PID whatever the result.
PCSC := tests/pcsc/virtual-reader.sh
RADIUS := tests/wifi/freeradius.sh
HOSTAPD := tests/wifi/hostapd.sh
# Exports where the test FreeRADIUS and hostapd listen (RADIUS_DB, RADIUS_PORT, HOSTAPD_CTRL...).
WIFI_ENV = eval "$$($(RADIUS) env; $(HOSTAPD) env)"; \
	export RADIUS_DB RADIUS_HOST RADIUS_PORT RADIUS_SECRET HOSTAPD_PSK_FILE HOSTAPD_CTRL \
	HOSTAPD_IFACE HOSTAPD_RELOAD

# The Wi-Fi backends against a real FreeRADIUS (radtest) and a real hostapd (no radio).
test-wifi:
	cargo build --locked -p lobby-core --tests
	RADIUS_REJECT_DELAY=0 $(RADIUS) start
	$(HOSTAPD) start
	$(WIFI_ENV); timeout 300 cargo test --locked -p lobby-core --test core wifi_backends:: -- --ignored \
	  --test-threads=1; status=$$?; $(HOSTAPD) stop; $(RADIUS) stop; exit $$status

test-e2e: ui
	cargo test --locked -p lobby --lib --test cli
	cargo build --locked -p lobby --tests
	$(PCSC) start
	RADIUS_REJECT_DELAY=0 $(RADIUS) start
	$(WIFI_ENV); timeout 1500 $(XVFB_RUN) cargo test --locked -p lobby --test e2e -- --test-threads=1; \
	  status=$$?; $(RADIUS) stop; $(PCSC) stop; exit $$status

# The PC/SC adapter against pcscd + vpcd + the project's virtual card (one slot: one at a time).
test-pcsc:
	cargo build --locked -p lobby-pcsc --tests
	$(PCSC) start
	timeout 300 cargo test --locked -p lobby-pcsc -- --test-threads=1; \
	  status=$$?; $(PCSC) stop; exit $$status

# The fleet (issue 15) against real peers: PostgreSQL (initdb + pg_ctl) and two nats-servers
# (a site server with TLS, a leaf node of the hub's) started by PID on loopback in temporary
# folders, lobby-hub, and tablet processes on their own data folders. The hub's own tests
# against PostgreSQL are `#[ignore]`d in a plain `cargo test`; here they run.
POSTGRES := tests/fleet/postgres.sh
NATS := tests/fleet/nats.sh
FLEET_ENV = eval "$$($(POSTGRES) env; $(NATS) env)"; \
	export LOBBY_HUB_DATABASE NATS_RUNDIR NATS_SITE NATS_HUB_URL NATS_HUB_USER NATS_HUB_PASSWORD \
	NATS_SITE_URL NATS_SITE_CA NATS_SITE_USERS NATS_SITE_PIDFILE NATS_HUB_PIDFILE
test-fleet:
	cargo build --locked -p lobby-hub -p lobby-fleet-tests --bins --tests
	$(POSTGRES) start
	$(NATS) start
	$(FLEET_ENV); timeout 900 cargo test --locked -p lobby-hub -- --include-ignored --test-threads=2 \
	  && timeout 900 cargo test --locked -p lobby-fleet-tests -- --test-threads=1; \
	  status=$$?; $(NATS) stop; $(POSTGRES) stop; exit $$status

test: deps ui
	$(MAKE) --no-print-directory lint check-ui test-core test-ui test-pcsc test-wifi test-e2e test-fleet

# Rewrites ui/src/lib/bindings/ from the Rust types and locales/en-US.
bindings:
	UPDATE_BINDINGS=1 cargo test --locked -p lobby-core --test core bindings::

# The screenshots in docs/: home in English and Arabic, the staff screen, emergency mode, after
# hours, the on-screen keyboard in Arabic and Chinese (landscape, and portrait on a screen of its own).
screenshots: ui
	RADIUS_REJECT_DELAY=0 $(RADIUS) start
	$(WIFI_ENV); E2E_SCREENSHOTS=$(CURDIR)/docs/screenshots $(XVFB_RUN) cargo test --locked -p lobby --test e2e -- \
	  home_opens arabic_shows staff_sign_in_with a_guest_checks a_tour_shows a_roll_call direction_override \
	  a_visitor_reads_the_code a_new_version_makes a_guests_qr_code after_closing_the_home \
	  emergency_mode_from_the_command_line an_arabic_name_is_typed in_portrait_the_field \
	  shelter_in_place_says; \
	  status=$$?; $(RADIUS) stop; exit $$status

## Packages ------------------------------------------------------------------------------

# The Linux bundles, with the Tauri CLI from npm (ui/node_modules): a .deb (which depends on
# libwebkit2gtk-4.1, pcscd and the Noto fonts) and an AppImage, in target/release/bundle/.
# The AppImage step downloads linuxdeploy from GitHub; `make package BUNDLES=deb` skips it.
BUNDLES ?= deb,appimage
package: deps ui
	ui/node_modules/.bin/tauri build --bundles $(BUNDLES) --ci
	@ls -l target/release/bundle/*/*.deb target/release/bundle/*/*.AppImage 2>/dev/null || true

# The .deb as an operator gets it (tests/package/deb.sh): installed with apt-get, the installed
# `lobby --version`, `lobby doctor` and app (over WebDriver) checked, then removed with nothing
# left behind. Installs system-wide, so it needs root and is not part of `make test`; .ci/run
# runs it after `make test`.
test-package: deps ui
	rm -f target/release/bundle/deb/*.deb
	$(MAKE) --no-print-directory package BUNDLES=deb
	cargo build --locked -p lobby --tests
	tests/package/deb.sh

## Soak -------------------------------------------------------------------------------------

# The long run (issue 19): the kiosk driven through LOBBY_SOAK_INTERACTIONS (2,000) taps and
# keys, its memory, descriptors and threads sampled every 100; prints a table for BENCHMARKS.md.
soak: deps ui
	cargo build --locked -p lobby --tests
	$(XVFB_RUN) cargo test --locked -p lobby --test e2e soak:: -- --ignored --nocapture --test-threads=1

## Benchmarks ------------------------------------------------------------------------------

# The fleet's numbers (issue 15) against real PostgreSQL and nats-servers: check-in on a fleet
# tablet beside one on its own, catch-up after the link returns, idle memory; hub ingest.
bench-fleet:
	cargo build --locked --release -p lobby-hub
	$(POSTGRES) start
	$(NATS) start
	$(FLEET_ENV); cargo bench --locked -p lobby-fleet-tests --bench fleet \
	  && cargo bench --locked -p lobby-fleet-tests --bench site \
	  && cargo bench --locked -p lobby-hub --bench ingest; \
	  status=$$?; $(NATS) stop; $(POSTGRES) stop; exit $$status

bench: deps ui bench-fleet
	cargo bench --locked -p lobby-core --bench visits
	cargo bench --locked -p lobby-core --bench policies
	cargo bench --locked -p lobby-core --bench signin
	cargo bench --locked -p lobby-core --bench notify
	cargo bench --locked -p lobby-core --bench print
	RADIUS_REJECT_DELAY=0 $(RADIUS) start
	$(WIFI_ENV); cargo bench --locked -p lobby-core --bench wifi; status=$$?; $(RADIUS) stop; exit $$status
	$(PCSC) start
	cargo bench --locked -p lobby-pcsc --bench tap; status=$$?; $(PCSC) stop; exit $$status
	cargo build --locked --release -p lobby -p bare-window --features lobby/custom-protocol,bare-window/custom-protocol
	cargo build --locked --release -p lobby-bench
	$(XVFB_RUN) target/release/lobby-bench --runs 10
	$(XVFB_RUN) target/release/lobby-bench --runs 10 --fleet
	cargo build --locked -p lobby --tests
	$(XVFB_RUN) cargo test --locked -p lobby --test e2e keyboard::bench_keyboard_latency -- \
	  --ignored --nocapture
	$(XVFB_RUN) cargo test --locked -p lobby --test e2e pace::bench_pace_of_visitor_flows -- \
	  --ignored --nocapture
	LOBBY_E2E_APP=target/release/lobby $(XVFB_RUN) cargo test --locked -p lobby --test e2e \
	  inp::bench_interaction_to_next_paint -- --ignored --nocapture
