//! Crash safety: a check-in, a check-out, a Wi-Fi pass or a member's signature that Lobby has
//! confirmed must still be there after the process is killed at any moment, the database must
//! pass `PRAGMA integrity_check`, and the audit chain must verify. The store promises this with
//! WAL and `synchronous=FULL`; this test holds it to that promise with real `SIGKILL`s.
//!
//! The test binary runs itself again as a writer (`LOBBY_CRASH_WRITER=<data folder>`), which
//! makes a random mix of writes (check-ins with their Wi-Fi pass, check-outs by code, passes
//! issued by hand, member signatures, the odd WAL checkpoint) and prints one line per write
//! once it has committed. The test kills it with `SIGKILL` after a random delay, keeps the lines
//! printed in full (a line cut off by the kill was not confirmed), then opens the folder itself
//! and checks every write confirmed so far (in this round or any earlier one), the integrity of
//! the file, that each change came with its audit entry (all or nothing), and the audit chain.
//! Each round starts a new writer on the same folder, so a start after a crash (WAL recovery,
//! the migration check) gets killed too; about one round in three skips the check so that the
//! writer, not the test, is the first to open the crashed database.
//!
//! The default is 40 rounds (about ten seconds in a debug build). The longer run, and a replay
//! of a failed one:
//!
//! ```sh
//! LOBBY_CRASH_ROUNDS=200 cargo test -p lobby-core --test core --release crash:: -- --nocapture
//! LOBBY_CRASH_SEED=<seed printed by the failed run> cargo test -p lobby-core --test core crash::
//! ```
//!
//! The seed fixes the delays and the mix of writes; where exactly each kill lands still depends
//! on timing. A failing run keeps its data folder (under `target/tmp`) and names it.
//!
//! A killed process leaves the operating system's page cache behind, so this proves that commits
//! are atomic and that a crashed database recovers; it cannot prove that `fsync` reaches the
//! platter, as a power cut would (the store's own tests check `synchronous=FULL`).

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::drawn;

use chrono::Utc;
use lobby_core::audit::{self, Actor, Verdict};
use lobby_core::config::{Config, VisitKind};
use lobby_core::policies::{self, SignedPolicy};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::wifi::passes::{self, Holder};
use lobby_core::{demo, FixedClock, Store};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// This test's name: the writer is this same test, run again with [`WRITER_DIR`] set.
const THIS_TEST: &str = "crash::confirmed_writes_survive_sigkill_at_random_moments";
const WRITER_DIR: &str = "LOBBY_CRASH_WRITER";
const WRITER_SEED: &str = "LOBBY_CRASH_WRITER_SEED";
const DEFAULT_ROUNDS: u32 = 40;
/// One round in four kills the writer this long after it was started: while it starts (a debug
/// build takes ~50 ms to open the store and recover the WAL), or soon after.
const KILL_STARTING_MS: std::ops::Range<u64> = 5..80;
/// The other rounds kill it this long after it said it is ready: a debug build commits a write
/// every ~15-20 ms, a release build every ~5 ms.
const KILL_WRITING_MS: std::ops::Range<u64> = 5..400;
/// How long a writer may take to start on a busy machine.
const READY_TIMEOUT: Duration = Duration::from_secs(60);
/// A writer nobody killed (its test failed and the guard did not run) stops by itself.
const WRITER_LIFETIME: Duration = Duration::from_secs(60);

/// Open around the clock (and every kind of visit allowed in the last minute before midnight),
/// and Wi-Fi that never closes: time cannot make a write fail.
const SITE: &str = r#"

[visits.types.guest]
code_of_conduct = false
after_hours = true
wifi_tier = "guest"
[visits.types.day-pass]
code_of_conduct = false
after_hours = true
wifi_tier = "day-pass"
[visits.types.contractor]
code_of_conduct = false
after_hours = true
wifi_tier = "guest"

[wifi.tiers.guest]
ssid = "Crash Guest"
security = "wpa2"
backend = "none"
pass_hours = 8
close_at_closing = false

[wifi.tiers.day-pass]
ssid = "Crash Day Pass"
security = "wpa2"
credentials = "shared"
backend = "none"
rotate_every_hours = 24
close_at_closing = false
"#;

const NAMES: [&str; 6] = [
    "Ada Lovelace",
    "Grace Hopper",
    "Zoë Ångström",
    "Chidi Okafor",
    "李 小龙",
    "Søren Kierkegaard",
];
const LANGS: [&str; 4] = ["en-US", "de", "fr", "ar"];

fn config() -> Config {
    Config::parse(&format!("{}{SITE}", crate::common::OPEN_ALL_DAY), None).unwrap()
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn env_number<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name).ok().map(|v| {
        v.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name} must be a number, not {v:?}"))
    })
}

#[test]
fn confirmed_writes_survive_sigkill_at_random_moments() {
    if let Some(dir) = std::env::var_os(WRITER_DIR) {
        let seed = env_number(WRITER_SEED).unwrap();
        runtime().block_on(write_until_killed(Path::new(&dir), seed));
        return;
    }
    let rounds = env_number("LOBBY_CRASH_ROUNDS").unwrap_or(DEFAULT_ROUNDS);
    let seed = env_number("LOBBY_CRASH_SEED").unwrap_or_else(rand::random::<u64>);
    println!("crash: seed {seed}, {rounds} rounds (replay: LOBBY_CRASH_SEED={seed})");
    let mut rng = StdRng::seed_from_u64(seed);
    let started = Instant::now();
    let rt = runtime();
    // On a real disk: /tmp may be RAM, where fsync proves nothing.
    let dir = tempfile::Builder::new()
        .prefix("crash-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap();
    rt.block_on(async {
        let store = Store::open(dir.path()).await.unwrap();
        let clock = FixedClock::new(Utc::now());
        demo::seed(&store, &clock, &config(), "Lobby")
            .await
            .unwrap();
        store.close().await;
    });

    let mut ledger = Ledger::default();
    let (mut checks, mut starting, mut early_kills, mut entries) = (0, 0, 0, 0);
    for round in 1..=rounds {
        let kill = if rng.gen_ratio(1, 4) {
            starting += 1;
            KillAt::Starting(Duration::from_millis(rng.gen_range(KILL_STARTING_MS)))
        } else {
            KillAt::Writing(Duration::from_millis(rng.gen_range(KILL_WRITING_MS)))
        };
        let writer_seed: u64 = rng.gen();
        let check = round == rounds || rng.gen_ratio(2, 3);
        let outcome = run_writer(dir.path(), writer_seed, kill).and_then(|lines| {
            if lines.is_empty() {
                early_kills += 1;
            }
            lines.iter().try_for_each(|l| ledger.confirm(l))
        });
        let outcome = outcome.and_then(|()| {
            if !check {
                return Ok(());
            }
            checks += 1;
            entries = rt.block_on(check_store(dir.path(), &ledger))?;
            Ok(())
        });
        if let Err(problem) = outcome {
            let kept = dir.keep();
            panic!(
                "round {round} of {rounds} (seed {seed}, killed {kill:?}): {problem}\n\
                 data folder kept: {}",
                kept.display()
            );
        }
    }
    assert!(
        ledger.total() > 0,
        "no write was ever confirmed: the writer is too slow for the kill delays"
    );
    println!(
        "crash: {rounds} rounds in {:.1?}, {checks} checks, {} confirmed writes checked \
         ({} check-ins, {} check-outs, {} passes by hand, {} signatures), 0 lost; \
         {starting} kills while starting, {early_kills} before the first write; \
         audit chain of {entries} entries intact",
        started.elapsed(),
        ledger.total(),
        ledger.visits.len(),
        ledger.checked_out.len(),
        ledger.passes.len(),
        ledger.acceptances.len(),
    );
}

// ---------------------------------------------------------------------------------------------
// The writer

/// Writes until killed; a line on stdout for each write once committed.
async fn write_until_killed(dir: &Path, seed: u64) {
    let config = config();
    let store = Store::open(dir).await.unwrap();
    // On a line of its own: the test harness has just printed `test <name> ... ` without one.
    println!("\nready");
    std::io::stdout().flush().unwrap();
    let mut rng = StdRng::seed_from_u64(seed);
    let deadline = Instant::now() + WRITER_LIFETIME;
    while Instant::now() < deadline {
        let line = match rng.gen_range(0..100) {
            0..=44 => Some(check_in(&store, &config, &mut rng).await),
            45..=69 => check_out(&store, &mut rng).await,
            70..=84 => Some(issue_pass(&store, &config, &mut rng).await),
            85..=94 => Some(sign_as_member(&store, &config, &mut rng).await),
            // The kiosk checkpoints every few seconds: a kill may land in one.
            _ => {
                store.checkpoint().await.unwrap();
                None
            }
        };
        if let Some(line) = line {
            let mut out = std::io::stdout();
            writeln!(out, "confirmed {line}").unwrap();
            out.flush().unwrap();
        }
    }
}

fn pick<'a>(rng: &mut StdRng, from: &[&'a str]) -> &'a str {
    from[rng.gen_range(0..from.len())]
}

fn member(rng: &mut StdRng) -> String {
    format!("M-{}", rng.gen_range(1001..=1012))
}

/// `visit <id> <check-out code> <pass id, or - for a shared passphrase>`
async fn check_in(store: &Store, config: &Config, rng: &mut StdRng) -> String {
    let kinds = [VisitKind::Guest, VisitKind::DayPass, VisitKind::Contractor];
    let request = CheckInRequest {
        kind: Some(kinds[rng.gen_range(0..kinds.len())]),
        name: pick(rng, &NAMES).into(),
        company: Some("Fixit".into()),
        email: Some("visitor@example.org".into()),
        phone: Some("+49 30 1234".into()),
        purpose: Some("Boiler".into()),
        host_id: Some(member(rng)),
        privacy_accepted: true,
        language: pick(rng, &LANGS).into(),
        ..Default::default()
    };
    let visit = visits::check_in(store, Utc::now(), config, &request)
        .await
        .unwrap();
    let pass = visit.wifi.and_then(|w| w.pass_id);
    format!(
        "visit {} {} {}",
        visit.visit_id,
        visit.checkout_code,
        pass.as_deref().unwrap_or("-")
    )
}

/// `checkout <visit id>`, or nothing when nobody is on site.
async fn check_out(store: &Store, rng: &mut StdRng) -> Option<String> {
    // Whoever is on site, confirmed or not: a visit committed just before the last kill counts.
    let open: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, checkout_code FROM visits WHERE checked_out_at IS NULL ORDER BY id",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    if open.is_empty() {
        return None;
    }
    let (id, code) = &open[rng.gen_range(0..open.len())];
    let out = visits::check_out_by_code(store, Utc::now(), code)
        .await
        .unwrap();
    assert_eq!(out.visit_id, *id);
    Some(format!("checkout {id}"))
}

/// `wifi <pass id>`: a pass staff hand out by name.
async fn issue_pass(store: &Store, config: &Config, rng: &mut StdRng) -> String {
    let label = pick(rng, &NAMES);
    let hours = rng.gen_range(1..=12);
    let mut tx = store.begin_write().await.unwrap();
    let pass = passes::issue(
        &mut tx,
        Utc::now(),
        config,
        "guest",
        Holder::Label(label),
        Some(hours),
        Actor::Staff(1),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    format!("wifi {}", pass.pass_id.unwrap())
}

/// `acceptance <id> <member> <policy>`: a member signs the current version of a policy.
async fn sign_as_member(store: &Store, config: &Config, rng: &mut StdRng) -> String {
    let member = member(rng);
    let ids: Vec<&str> = demo::POLICIES.iter().map(|(id, _)| *id).collect();
    let policy = pick(rng, &ids);
    let mut conn = store.conn().await.unwrap();
    let doc = policies::document(&mut conn, config, policy, pick(rng, &LANGS))
        .await
        .unwrap()
        .unwrap();
    drop(conn);
    let signed = SignedPolicy {
        policy: policy.into(),
        version: doc.version,
        lang: doc.lang,
        text_hash: doc.text_hash,
        signer_name: pick(rng, &NAMES).into(),
        signature: drawn(),
    };
    let accepted = policies::accept_as_member(store, Utc::now(), config, &member, &signed)
        .await
        .unwrap();
    format!("acceptance {} {member} {policy}", accepted.acceptance_id)
}

// ---------------------------------------------------------------------------------------------
// The test's side

/// The writer's process; killed if the test gives up on it.
struct Writer(Child);

impl Drop for Writer {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// When a round kills its writer.
#[derive(Debug, Clone, Copy)]
enum KillAt {
    /// This long after starting it.
    Starting(Duration),
    /// This long after it said it is ready (it opened the store).
    Writing(Duration),
}

/// Starts a writer, kills it with SIGKILL as `kill` says, and returns the lines it printed in
/// full: the writes it confirmed.
fn run_writer(dir: &Path, seed: u64, kill: KillAt) -> Result<Vec<String>, String> {
    let child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", THIS_TEST, "--nocapture", "--test-threads=1"])
        .env(WRITER_DIR, dir)
        .env(WRITER_SEED, seed.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut writer = Writer(child);
    let stdout = writer.0.stdout.take().unwrap();
    let mut stderr = writer.0.stderr.take().unwrap();
    let (lines, printed) = mpsc::channel();
    let out = std::thread::spawn(move || {
        let mut stdout = BufReader::new(stdout);
        let mut line = Vec::new();
        loop {
            line.clear();
            stdout.read_until(b'\n', &mut line)?;
            // Only whole lines count: one cut off by the kill was never confirmed.
            if line.last() != Some(&b'\n') {
                return Ok::<_, std::io::Error>(());
            }
            let text = String::from_utf8_lossy(&line).trim_end().to_owned();
            if lines.send(text).is_err() {
                return Ok(());
            }
        }
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    });
    let mut seen = Vec::new();
    let delay = match kill {
        KillAt::Starting(delay) => delay,
        KillAt::Writing(delay) => {
            while !seen.iter().any(|l| l == "ready") {
                match printed.recv_timeout(READY_TIMEOUT) {
                    Ok(line) => seen.push(line),
                    Err(mpsc::RecvTimeoutError::Timeout) => {
                        return Err(format!("the writer was not ready in {READY_TIMEOUT:?}"))
                    }
                    // It stopped: said below.
                    Err(mpsc::RecvTimeoutError::Disconnected) => break,
                }
            }
            delay
        }
    };
    std::thread::sleep(delay);
    if let Some(status) = writer.0.try_wait().unwrap() {
        let err = err.join().unwrap();
        return Err(format!(
            "the writer stopped before it was killed ({status}):\n{err}"
        ));
    }
    writer.0.kill().unwrap(); // SIGKILL on Unix
    let status = writer.0.wait().unwrap();
    out.join()
        .unwrap()
        .map_err(|e| format!("reading the writer: {e}"))?;
    let err = err.join().unwrap();
    if status.signal() != Some(SIGKILL) || err.contains("panicked") {
        return Err(format!("the writer failed ({status}):\n{err}"));
    }
    seen.extend(printed.try_iter());
    Ok(seen
        .into_iter()
        .filter(|l| l.starts_with("confirmed "))
        .collect())
}

/// `SIGKILL`, the same number on every Unix.
const SIGKILL: i32 = 9;

/// What the writers confirmed, across every round so far.
#[derive(Default)]
struct Ledger {
    /// Visit id → check-out code, and the guest pass issued with it.
    visits: HashMap<i64, (String, Option<String>)>,
    checked_out: HashSet<i64>,
    /// Passes issued by hand.
    passes: HashSet<String>,
    /// Acceptance id → member, policy.
    acceptances: HashMap<i64, (String, String)>,
}

impl Ledger {
    fn total(&self) -> usize {
        self.visits.len() + self.checked_out.len() + self.passes.len() + self.acceptances.len()
    }

    /// Records a confirmed write. An id confirmed twice means the first write was lost and its
    /// id used again.
    fn confirm(&mut self, line: &str) -> Result<(), String> {
        let bad = || format!("unreadable writer line {line:?}");
        let words: Vec<&str> = line.split(' ').collect();
        let fresh = match words[1..] {
            ["visit", id, code, pass] => {
                let id = id.parse().map_err(|_| bad())?;
                let pass = (pass != "-").then(|| pass.to_string());
                self.visits.insert(id, (code.to_string(), pass)).is_none()
            }
            ["checkout", id] => self.checked_out.insert(id.parse().map_err(|_| bad())?),
            ["wifi", id] => self.passes.insert(id.to_string()),
            ["acceptance", id, member, policy] => {
                let id = id.parse().map_err(|_| bad())?;
                let value = (member.to_string(), policy.to_string());
                self.acceptances.insert(id, value).is_none()
            }
            _ => return Err(bad()),
        };
        if fresh {
            Ok(())
        } else {
            Err(format!(
                "confirmed twice ({line}): the first was lost and its id reused"
            ))
        }
    }
}

/// Opens the folder the way the kiosk does after a crash and checks everything; returns the
/// length of the audit chain.
async fn check_store(dir: &Path, ledger: &Ledger) -> Result<i64, String> {
    let store = Store::open(dir)
        .await
        .map_err(|e| format!("reopening after the crash: {e}"))?;
    let mut conn = store.conn().await.unwrap();
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut *conn)
        .await
        .unwrap();
    if integrity != ["ok"] {
        return Err(format!("integrity_check: {integrity:?}"));
    }
    let dangling = sqlx::query("PRAGMA foreign_key_check")
        .fetch_all(&mut *conn)
        .await
        .unwrap();
    if !dangling.is_empty() {
        return Err(format!("{} rows fail foreign_key_check", dangling.len()));
    }

    // Every confirmed write is there.
    let visits: HashMap<i64, (String, Option<String>)> =
        sqlx::query_as::<_, (i64, String, Option<String>)>(
            "SELECT id, checkout_code, checked_out_at FROM visits",
        )
        .fetch_all(&mut *conn)
        .await
        .unwrap()
        .into_iter()
        .map(|(id, code, out)| (id, (code, out)))
        .collect();
    let wifi: HashMap<String, Option<i64>> = sqlx::query_as("SELECT id, visit_id FROM wifi_passes")
        .fetch_all(&mut *conn)
        .await
        .unwrap()
        .into_iter()
        .collect();
    let acceptances: HashMap<i64, (Option<String>, String)> =
        sqlx::query_as::<_, (i64, Option<String>, String)>(
            "SELECT id, member_id, policy FROM acceptances",
        )
        .fetch_all(&mut *conn)
        .await
        .unwrap()
        .into_iter()
        .map(|(id, member, policy)| (id, (member, policy)))
        .collect();
    let mut lost = Vec::new();
    for (id, (code, pass)) in &ledger.visits {
        match visits.get(id) {
            None => lost.push(format!("check-in of visit {id}")),
            Some((c, _)) if c != code => lost.push(format!("visit {id} (now another visit)")),
            _ => {}
        }
        if let Some(pass) = pass {
            if wifi.get(pass) != Some(&Some(*id)) {
                lost.push(format!("pass {pass} of visit {id}"));
            }
        }
    }
    for id in &ledger.checked_out {
        if !visits.get(id).is_some_and(|(_, out)| out.is_some()) {
            lost.push(format!("check-out of visit {id}"));
        }
    }
    for pass in &ledger.passes {
        if wifi.get(pass) != Some(&None) {
            lost.push(format!("pass {pass}"));
        }
    }
    for (id, (member, policy)) in &ledger.acceptances {
        if acceptances.get(id) != Some(&(Some(member.clone()), policy.clone())) {
            lost.push(format!("acceptance {id} ({member}, {policy})"));
        }
    }
    if !lost.is_empty() {
        lost.sort();
        return Err(format!(
            "{} confirmed writes lost: {}",
            lost.len(),
            lost.join(", ")
        ));
    }

    // All or nothing, confirmed or not: each change with its audit entry, a visit with its pass.
    let actions: HashMap<String, i64> =
        sqlx::query_as("SELECT action, COUNT(*) FROM audit_log GROUP BY action")
            .fetch_all(&mut *conn)
            .await
            .unwrap()
            .into_iter()
            .collect();
    let logged = |action: &str| actions.get(action).copied().unwrap_or(0);
    let stored_out = visits.values().filter(|(_, out)| out.is_some()).count();
    for (what, rows, action) in [
        ("visits", visits.len(), "visit-check-in"),
        ("check-outs", stored_out, "visit-check-out"),
        ("passes", wifi.len(), "wifi-pass-issue"),
        ("acceptances", acceptances.len(), "policy-accept"),
    ] {
        if rows as i64 != logged(action) {
            return Err(format!(
                "{rows} {what} but {} `{action}` audit entries",
                logged(action)
            ));
        }
    }
    let half_done: i64 = sqlx::query_scalar(
        "SELECT
           (SELECT COUNT(*) FROM visits v WHERE v.kind IN ('guest', 'contractor')
              AND NOT EXISTS (SELECT 1 FROM wifi_passes p WHERE p.visit_id = v.id))
         + (SELECT COUNT(*) FROM wifi_passes p JOIN visits v ON v.id = p.visit_id
              WHERE v.checked_out_at IS NOT NULL AND p.ended_at IS NULL)",
    )
    .fetch_one(&mut *conn)
    .await
    .unwrap();
    if half_done != 0 {
        return Err(format!(
            "{half_done} visits without their pass, or checked out with a live pass"
        ));
    }

    let verdict = audit::verify(&mut conn, None).await.unwrap();
    drop(conn);
    store.close().await;
    match verdict {
        Verdict::Intact { entries, .. } => Ok(entries),
        broken => Err(format!("audit chain: {broken:?}")),
    }
}
