//! The fleet's real peers, for the fleet tests and benchmarks (issue 15): PostgreSQL
//! (`tests/fleet/postgres.sh`), the hub's and the site's `nats-server` (`tests/fleet/nats.sh`),
//! a `lobby-hub serve` process, and tablet processes on their own data folders.
//!
//! A tablet process is this crate's test binary run again with [`TABLET_DATA`] set (see
//! [`tablet_main`]): it opens its own keyed database, joins the fleet from its `lobby.toml`,
//! runs the kiosk's publisher (`lobby_core::fleet::publisher::run`) and checks guests in with
//! `lobby_core::visits::check_in`, exactly as the kiosk does, printing one line per confirmed
//! check-in. Tests kill it with SIGKILL, restart it, and look at PostgreSQL.

#![allow(clippy::unwrap_used)] // test set-up that cannot work should fail loudly

use chrono::Utc;
use lobby_core::config::VisitKind;
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{Config, SystemClock};
use sqlx::postgres::PgPool;
use sqlx::Row;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Set in a tablet process: its data folder.
pub const TABLET_DATA: &str = "LOBBY_FLEET_TABLET";
/// How many check-ins the tablet process makes (0: none), and the pause between two, in ms.
pub const TABLET_CHECKINS: &str = "LOBBY_FLEET_CHECKINS";
pub const TABLET_PAUSE_MS: &str = "LOBBY_FLEET_PAUSE_MS";

/// The site all tests use: its `nats-server` is `tests/fleet/nats.sh`'s site server.
pub const SITE: &str = "hq";

/// How long the fleet may take to converge before a test gives up (a liveness bound, not a
/// measurement: BENCHMARKS.md has the measured times).
pub const CONVERGE: Duration = Duration::from_secs(90);

pub fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: the fleet tests run from `make test-fleet`, which starts \
             PostgreSQL (tests/fleet/postgres.sh) and NATS (tests/fleet/nats.sh)"
        )
    })
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// `tests/fleet/nats.sh CMD`.
pub fn nats(cmd: &str) {
    let status = Command::new(repo().join("tests/fleet/nats.sh"))
        .arg(cmd)
        .status()
        .unwrap();
    assert!(status.success(), "tests/fleet/nats.sh {cmd} failed");
}

/// The `lobby-hub` binary of this build (`make test-fleet` builds it first).
pub fn hub_bin() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    // target/<profile>/deps/<test> -> target/<profile>/lobby-hub
    let bin = exe.parent().unwrap().parent().unwrap().join("lobby-hub");
    assert!(
        bin.exists(),
        "{} is missing: `cargo build -p lobby-hub` first",
        bin.display()
    );
    bin
}

/// A running `lobby-hub` command's output.
pub struct Output {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

/// One test's fleet: fresh NATS servers, its own PostgreSQL database, one site and a
/// `lobby-hub serve`.
pub struct Fleet {
    pub dir: tempfile::TempDir,
    pub database: String,
    hub: Option<Child>,
}

impl Fleet {
    pub async fn start(name: &str) -> Fleet {
        nats("stop");
        nats("start");
        let admin = env("LOBBY_HUB_DATABASE");
        let db = format!("lobby_fleet_{name}");
        let pool = PgPool::connect(&admin).await.unwrap();
        sqlx::query(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query(&format!("CREATE DATABASE {db}"))
            .execute(&pool)
            .await
            .unwrap();
        pool.close().await;
        let database = replace_db(&admin, &db);
        let fleet = Fleet {
            dir: tempfile::tempdir().unwrap(),
            database,
            hub: None,
        };
        let out = fleet.hub(&["site", "add", SITE, "--js-domain", SITE]);
        assert!(out.ok, "lobby-hub site add: {}", out.stderr);
        let mut fleet = fleet;
        fleet.start_hub();
        fleet
    }

    /// Runs `lobby-hub ARGS` against this fleet's database.
    pub fn hub(&self, args: &[&str]) -> Output {
        self.hub_with_input(args, "")
    }

    /// `lobby-hub ARGS` with `input` on its standard input (a PIN, for `staff add`).
    pub fn hub_with_input(&self, args: &[&str], input: &str) -> Output {
        use std::io::Write;
        let password = self.dir.path().join("hub-nats-password");
        std::fs::write(&password, env("NATS_HUB_PASSWORD")).unwrap();
        let mut child = Command::new(hub_bin())
            .args(args)
            .env("LOBBY_HUB_DATABASE", &self.database)
            // Commands that send something down reach the hub's server as `serve` does.
            .env("LOBBY_HUB_NATS", env("NATS_HUB_URL"))
            .env("LOBBY_HUB_NATS_USER", env("NATS_HUB_USER"))
            .env("LOBBY_HUB_NATS_PASSWORD_FILE", &password)
            .env("LANG", "en_US.UTF-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // A command that reads nothing may be gone before its input is written.
        let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
        let out = child.wait_with_output().unwrap();
        Output {
            ok: out.status.success(),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn start_hub(&mut self) {
        if self.hub.is_some() {
            return;
        }
        let password = self.dir.path().join("hub-nats-password");
        std::fs::write(&password, env("NATS_HUB_PASSWORD")).unwrap();
        let log = std::fs::File::create(self.dir.path().join("hub.log")).unwrap();
        let child = Command::new(hub_bin())
            .args(["serve", "--database", &self.database, "--nats"])
            .arg(env("NATS_HUB_URL"))
            .args(["--nats-user", &env("NATS_HUB_USER"), "--nats-password-file"])
            .arg(&password)
            .env("RUST_LOG", "info")
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        self.hub = Some(child);
    }

    /// Stops `lobby-hub serve` (SIGTERM, as systemd would).
    pub fn stop_hub(&mut self) {
        if let Some(mut child) = self.hub.take() {
            terminate(&mut child);
        }
    }

    pub fn hub_log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("hub.log")).unwrap_or_default()
    }

    pub async fn pg(&self) -> PgPool {
        PgPool::connect(&self.database).await.unwrap()
    }

    /// A tablet of the site: credentials from `lobby-hub kiosk add`, the site server's users
    /// reloaded, and a data folder with a `lobby.toml` that has a `[fleet]` section.
    pub fn add_tablet(&self, id: &str) -> Tablet {
        let dir = self.dir.path().join(id);
        std::fs::create_dir_all(&dir).unwrap();
        let creds = dir.join("fleet.creds");
        let out = self.hub(&[
            "kiosk",
            "add",
            SITE,
            id,
            "--out",
            creds.to_str().unwrap(),
            "--users-file",
            &env("NATS_SITE_USERS"),
            "--reload-pid",
            &site_pid(),
        ]);
        assert!(out.ok, "lobby-hub kiosk add: {}{}", out.stdout, out.stderr);
        let tablet = Tablet {
            id: id.to_string(),
            data: dir.join("data"),
            config: dir.join("lobby.toml"),
            key: dir.join("lobby.key"),
        };
        tablet.write_config(Some((&env("NATS_SITE_URL"), &creds)));
        tablet
    }

    pub fn revoke(&self, id: &str) {
        let out = self.hub(&[
            "kiosk",
            "revoke",
            SITE,
            id,
            "--users-file",
            &env("NATS_SITE_USERS"),
            "--reload-pid",
            &site_pid(),
        ]);
        assert!(
            out.ok,
            "lobby-hub kiosk revoke: {}{}",
            out.stdout, out.stderr
        );
    }

    /// The sequence numbers the hub holds for a tablet, in the order it stored them.
    pub async fn seqs(&self, tablet: &str) -> Vec<i64> {
        let pool = self.pg().await;
        let rows =
            sqlx::query("SELECT seq FROM events WHERE site = $1 AND tablet = $2 ORDER BY ingested")
                .bind(SITE)
                .bind(tablet)
                .fetch_all(&pool)
                .await
                .unwrap();
        pool.close().await;
        rows.iter().map(|r| r.get::<i64, _>(0)).collect()
    }

    /// Waits until the hub holds `count` entries of `tablet`, and returns what it holds.
    pub async fn wait_for(&self, tablet: &str, count: usize) -> Vec<i64> {
        let started = Instant::now();
        loop {
            let seqs = self.seqs(tablet).await;
            if seqs.len() >= count || started.elapsed() > CONVERGE {
                return seqs;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// The hub's flags: (tablet, seq, problem).
    pub async fn flags(&self) -> Vec<(String, i64, String)> {
        let pool = self.pg().await;
        let rows = sqlx::query("SELECT tablet, seq, problem FROM flags ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
        pool.close().await;
        rows.iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect()
    }

    /// Waits until the hub's flags about `tablet` satisfy `done` (or the fleet had its time),
    /// and returns them.
    pub async fn wait_for_flag(
        &self,
        tablet: &str,
        done: impl Fn(&[(String, i64, String)]) -> bool,
    ) -> Vec<(String, i64, String)> {
        let started = Instant::now();
        loop {
            let flags: Vec<_> = self
                .flags()
                .await
                .into_iter()
                .filter(|f| f.0 == tablet)
                .collect();
            if done(&flags) || started.elapsed() > CONVERGE {
                return flags;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

impl Drop for Fleet {
    fn drop(&mut self) {
        self.stop_hub();
    }
}

fn replace_db(url: &str, db: &str) -> String {
    let mut url = url::Url::parse(url).unwrap();
    url.set_path(&format!("/{db}"));
    url.to_string()
}

pub fn site_pid() -> String {
    std::fs::read_to_string(env("NATS_SITE_PIDFILE"))
        .unwrap()
        .trim()
        .to_string()
}

pub fn terminate(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(10) {
        if child.try_wait().unwrap().is_some() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// One tablet's folder: its database, site key and configuration.
pub struct Tablet {
    pub id: String,
    pub data: PathBuf,
    pub config: PathBuf,
    pub key: PathBuf,
}

impl Tablet {
    /// A tablet on its own, with no `[fleet]` section.
    pub fn alone(dir: &Path, id: &str) -> Tablet {
        let tablet = Tablet {
            id: id.to_string(),
            data: dir.join("data"),
            config: dir.join("lobby.toml"),
            key: dir.join("lobby.key"),
        };
        tablet.write_config(None);
        tablet
    }

    /// `fleet`: the server and the credentials file.
    pub fn write_config(&self, fleet: Option<(&str, &Path)>) {
        let mut text = format!(
            "[site]\nname = \"Fleet test {id}\"\ntime_zone = \"Europe/Berlin\"\n\n[kiosk]\nid = \"{id}\"\n\n\
             [hours]\nmonday = \"00:00-23:59\"\ntuesday = \"00:00-23:59\"\nwednesday = \"00:00-23:59\"\n\
             thursday = \"00:00-23:59\"\nfriday = \"00:00-23:59\"\nsaturday = \"00:00-23:59\"\n\
             sunday = \"00:00-23:59\"\n\n[visits.types.guest]\ncode_of_conduct = false\nafter_hours = true\nhost = \"optional\"\n",
            id = self.id
        );
        if let Some((server, creds)) = fleet {
            text.push_str(&format!(
                "\n[fleet]\nserver = \"{server}\"\ncredentials = \"{}\"\nca = \"{}\"\n",
                creds.display(),
                env("NATS_SITE_CA")
            ));
        }
        std::fs::write(&self.config, text).unwrap();
    }

    /// Starts the tablet process: `checkins` check-ins `pause_ms` apart, then it keeps
    /// publishing until it is killed.
    pub fn spawn(&self, checkins: usize, pause_ms: u64) -> TabletProcess {
        let child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "tablet_process",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(TABLET_DATA, &self.data)
            .env("LOBBY_FLEET_CONFIG", &self.config)
            .env("LOBBY_FLEET_KEY", &self.key)
            .env(TABLET_CHECKINS, checkins.to_string())
            .env(TABLET_PAUSE_MS, pause_ms.to_string())
            .env("RUST_LOG", "warn")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        TabletProcess::new(child)
    }

    pub async fn store(&self) -> lobby_core::Store {
        lobby_core::sealing::open_keyed(&self.data, &self.key)
            .await
            .unwrap()
    }

    /// The tablet's audit sequence numbers from its fleet-join on.
    pub async fn seqs_since_join(&self) -> Vec<i64> {
        let store = self.store().await;
        let seqs = sqlx::query_scalar(
            "SELECT seq FROM audit_log WHERE seq >= \
             (SELECT MIN(seq) FROM audit_log WHERE action = 'fleet-join') ORDER BY seq",
        )
        .fetch_all(store.pool())
        .await
        .unwrap();
        store.close().await;
        seqs
    }
}

/// A running tablet process and the check-ins it confirmed.
pub struct TabletProcess {
    pub child: Child,
    lines: std::sync::mpsc::Receiver<String>,
}

impl TabletProcess {
    fn new(mut child: Child) -> Self {
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Self { child, lines }
    }

    /// Waits for a line with `word` in it (e.g. `drained`).
    pub fn wait_line(&self, prefix: &str, timeout: Duration) -> Option<String> {
        let started = Instant::now();
        while started.elapsed() < timeout {
            match self.lines.recv_timeout(Duration::from_millis(100)) {
                // libtest writes "test tablet_process ... " before the first line.
                Ok(line) if line.contains(prefix) => return Some(line),
                Ok(_) => {}
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
                Err(_) => return None,
            }
        }
        None
    }

    /// Asks the tablet to do something as the kiosk would (see [`tablet_main`]).
    pub fn say(&mut self, line: &str) {
        use std::io::Write;
        let stdin = self.child.stdin.as_mut().unwrap();
        writeln!(stdin, "{line}").unwrap();
        stdin.flush().unwrap();
    }

    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    pub fn stop(mut self) {
        terminate(&mut self.child);
    }
}

/// The tablet process's body: returns false when this is not a tablet process.
pub fn tablet_main() -> bool {
    let Some(data) = std::env::var_os(TABLET_DATA) else {
        return false;
    };
    let config = PathBuf::from(env("LOBBY_FLEET_CONFIG"));
    let key = PathBuf::from(env("LOBBY_FLEET_KEY"));
    let checkins: usize = env(TABLET_CHECKINS).parse().unwrap();
    let pause: u64 = env(TABLET_PAUSE_MS).parse().unwrap();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let config_path = config.clone();
        let config = Config::load(&config).unwrap();
        let store = lobby_core::sealing::open_keyed(Path::new(&data), &key)
            .await
            .unwrap();
        lobby_core::fleet::sync(&store, Utc::now(), config.fleet.as_ref())
            .await
            .unwrap();
        let links = lobby_core::fleet::Links {
            config_file: Some(config_path.clone()),
            ..Default::default()
        };
        if let Some(fleet) = config.fleet.clone() {
            tokio::spawn(lobby_core::fleet::publisher::run(
                store.clone(),
                fleet,
                Arc::new(SystemClock),
                links.clone(),
            ));
        }
        println!("ready");
        for i in 0..checkins {
            let request = CheckInRequest {
                kind: Some(VisitKind::Guest),
                name: format!("Guest {i} of {}", config.kiosk_id),
                privacy_accepted: true,
                language: "en-US".into(),
                ..Default::default()
            };
            let done = visits::check_in(&store, Utc::now(), &config, &request)
                .await
                .unwrap();
            println!("checked-in {}", done.visit_id);
            if pause > 0 {
                tokio::time::sleep(Duration::from_millis(pause)).await;
            }
        }
        if config.fleet.is_some() {
            loop {
                let status = lobby_core::fleet::status(&store).await.unwrap();
                if status.waiting == 0 {
                    println!("drained");
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        } else {
            println!("drained");
        }
        // Keeps running (the publisher, the chain report) until it is killed, doing what its
        // standard input says, as the kiosk does it (the publisher woken at once):
        // `check-in NAME` and `emergency KIND` (each answered `done`).
        use tokio::io::AsyncBufReadExt;
        let mut lines = tokio::io::BufReader::new(tokio::io::stdin()).lines();
        while let Ok(Some(line)) = lines.next_line().await {
            let (what, arg) = line.split_once(' ').unwrap_or((line.as_str(), ""));
            match what {
                "check-in" => {
                    let request = CheckInRequest {
                        kind: Some(VisitKind::Guest),
                        name: arg.to_string(),
                        privacy_accepted: true,
                        language: "en-US".into(),
                        ..Default::default()
                    };
                    visits::check_in(&store, Utc::now(), &config, &request)
                        .await
                        .unwrap();
                }
                "emergency" => {
                    let kind = lobby_core::emergency::EmergencyKind::parse(arg).unwrap();
                    lobby_core::emergency::start(
                        &store,
                        Utc::now(),
                        lobby_core::audit::Actor::Cli,
                        kind,
                        None,
                    )
                    .await
                    .unwrap();
                }
                _ => continue,
            }
            links.wake.notify_one();
            println!("done");
        }
        loop {
            tokio::time::sleep(Duration::from_secs(3600)).await;
        }
    });
    true
}

/// The socket descriptors a process holds (`socket:[inode]` links in /proc/PID/fd).
pub fn sockets_of(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|fds| {
            fds.filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok())
                .filter(|link| link.to_string_lossy().starts_with("socket:"))
                .count()
        })
        .unwrap_or(0)
}

/// Waits until `probe` gives `Some` (or the fleet had its time, then panics saying `what`).
pub async fn eventually<T, F, Fut>(what: &str, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let started = Instant::now();
    loop {
        if let Some(v) = probe().await {
            return v;
        }
        assert!(started.elapsed() < CONVERGE, "never happened: {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
