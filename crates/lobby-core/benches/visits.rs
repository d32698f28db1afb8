//! Check-in latency and host typeahead, measured the way the kiosk uses them.
//!
//! Run with `cargo bench -p lobby-core --bench visits` (`make bench` runs it too). Prints a
//! markdown table. Plain `Instant` timing, percentiles by nearest rank.
//!
//! 1. *Durable check-in*: `visits::check_in` from the call to the commit (validation, host
//!    look-up, check-out code, insert, audit append, `COMMIT` with `synchronous=FULL`) on a
//!    real database file that already holds 1,000,000 past (checked-out) visits.
//! 2. *Bare insert + commit*: one row into a scratch table through the same pool
//!    (`Store::begin_write`, `INSERT`, `COMMIT`), interleaved with the check-ins in the same
//!    file and run, so both see the same disk, WAL and checkpoints.
//! 3. *Host typeahead*: `members::Directory::search` over 50,000 generated members, for
//!    prefixes of one word and for queries of several words (a full name, the name as the
//!    suggestion shows it, family name first).
//!
//! `cargo bench -p lobby-core --bench visits -- typeahead` times the typeahead alone.
//!
//! The database lives under Cargo's target `tmp` folder (not `/tmp`, which is a RAM disk on
//! some systems and would make every fsync free). `LOBBY_BENCH_DIR` picks another folder;
//! `LOBBY_BENCH_PAST_VISITS` and `LOBBY_BENCH_SAMPLES` shrink the run for a quick try.

#![allow(clippy::unwrap_used)] // a benchmark that cannot set up should fail loudly

use chrono::{DateTime, Duration as ChronoDuration, TimeZone, Utc};
use lobby_core::config::{Config, VisitKind};
use lobby_core::members::Directory;
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{demo, FixedClock, Store};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::collections::VecDeque;
use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const PAST_VISITS: i64 = 1_000_000;
const WARM_UP: usize = 50;
const SAMPLES: usize = 2_000;
/// Visits created by the benchmark that stay open; beyond this the oldest is checked out
/// with its code (untimed), so the open-code index holds a realistic day's worth.
const ON_SITE: usize = 40;
const MEMBERS: usize = 50_000;
const QUERIES: usize = 25_000;
/// Share of typeahead queries that match nobody.
const NO_MATCH_SHARE: f64 = 0.1;

#[rustfmt::skip]
const FIRST: &[&str] = &[
    "Amira", "Jonas", "Li", "Camille", "Sofía", "Kwame", "Priya", "Tomás", "Hannah", "Yusuf",
    "Mei", "Lucas", "Zoë", "José", "Élodie", "Søren", "Åsa", "Łukasz", "Ines", "Björn",
    "Chloé", "Mateo", "Noémie", "Jürgen", "Ana", "Olga", "Raúl", "Aisha", "Hiroshi", "Yuki",
    "Fatima", "Omar", "Nadia", "Pedro", "Marta", "Sven", "Ingrid", "Dmitri", "Katarzyna",
    "Giulia", "Matteo", "Francesca", "Liam", "Emma", "Noah", "Olivia", "Ethan", "Ava",
    "Mohammed", "Leila", "Chen", "Wei", "Arjun", "Ananya", "Kofi", "Ama", "Thabo", "Naledi",
    "Siobhán", "Seán", "Ciarán", "Gráinne", "Andrés", "Lucía", "Mónica", "Begoña", "Iñaki",
    "Ørjan", "Mathéo", "Hélène", "François", "Bérénice", "Dörte", "Günther", "Agnieszka",
    "Zuzana", "Tereza", "Ondřej", "Nikola", "Ivana", "Emre", "Elif", "Çağla", "Şule", "Thảo",
    "Minh", "Hyun", "Jiwoo", "Sakura", "Kenji", "Rafael", "Beatriz", "João", "Conceição",
    "Kai", "Max", "Mia", "Lena", "Paul", "Clara",
];

#[rustfmt::skip]
const LAST: &[&str] = &[
    "Haddad", "Becker", "Wei", "Laurent", "Romero", "Mensah", "Nair", "Silva", "Schmidt",
    "Demir", "Chen", "Martin", "Müller", "García", "Núñez", "Sørensen", "Ångström", "Kowalski",
    "Nowak", "Dubois", "Lefèvre", "Rossi", "Russo", "Bianchi", "Fernández", "López", "Pérez",
    "González", "Rodríguez", "Ibáñez", "O'Brien", "Murphy", "Ó Súilleabháin", "Kelly", "Smith",
    "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
    "Thomas", "Moore", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Hall",
    "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Hill",
    "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Torres",
    "Parker", "Collins", "Edwards", "Stewart", "Flores", "Morris", "Nguyễn", "Trần", "Lê",
    "Phạm", "Yılmaz", "Kaya", "Şahin", "Çelik", "Öztürk", "Dvořák", "Novák", "Svoboda",
    "Černý", "Horváth", "Kovács", "Tóth", "Szabó", "Nagy", "Jensen", "Nielsen", "Hansen",
    "Johansson", "Lindqvist", "Björklund", "Virtanen", "Mäkinen", "Kim", "Park", "Lee",
    "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Singh", "Kumar", "Sharma", "Patel", "Gupta",
    "Okafor", "Adeyemi", "Nkosi", "Dlamini", "Costa", "Santos", "Oliveira", "Pereira",
    "Conceição", "Weiß", "Schäfer", "Krüger", "Hoffmann", "Fischer", "Wagner", "Schulz",
    "Bauer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann",
    "de la Cruz", "van der Berg", "Al-Sayed", "El Amrani",
];

/// Friday 27 November 2026, 10:00 in Berlin, as in the tests.
fn friday_morning() -> DateTime<Utc> {
    chrono_tz::Europe::Berlin
        .with_ymd_and_hms(2026, 11, 27, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn env_number(name: &str, default: i64) -> i64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.trim().replace('_', "").parse().ok())
        .unwrap_or(default)
}

/// p50, p99 and max by nearest rank.
struct Stats {
    p50: Duration,
    p99: Duration,
    max: Duration,
    n: usize,
}

fn stats(mut v: Vec<Duration>) -> Stats {
    assert!(!v.is_empty());
    v.sort_unstable();
    let rank = |p: f64| v[((p * v.len() as f64).ceil() as usize).clamp(1, v.len()) - 1];
    Stats {
        p50: rank(0.50),
        p99: rank(0.99),
        max: *v.last().unwrap(),
        n: v.len(),
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

fn us(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

/// Fills `visits` with `n` checked-out visits spread evenly over the two years before
/// `before`, in one transaction. Those older than the 90-day retention are anonymised, as
/// `anonymise_expired` would have left them. Hosts are the demo members, tours have the demo
/// staff member as guide.
async fn fill_past_visits(store: &Store, n: i64, before: DateTime<Utc>) {
    let span: i64 = 730 * 86_400;
    let start = before.timestamp() - span;
    let step = (span - 4 * 3_600) as f64 / n as f64;
    let retention_cutoff = before.timestamp() - 90 * 86_400;
    let first = serde_json::to_string(&FIRST[..32]).unwrap();
    let last = serde_json::to_string(&LAST[..32]).unwrap();
    let sql = "
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1),
        base AS (
          SELECT i,
            CASE i % 10 WHEN 6 THEN 'day-pass' WHEN 7 THEN 'tour' WHEN 8 THEN 'contractor'
                        WHEN 9 THEN 'interview' ELSE 'guest' END AS kind,
            CAST(?2 + i * ?3 AS INTEGER) AS t_in,
            CAST(?2 + i * ?3 AS INTEGER) + 1800 + (i * 7919) % 18000 AS t_out
          FROM n
        ),
        v AS (
          SELECT *, t_out < ?6 AS old,
            strftime('%Y-%m-%dT%H:%M:%S+00:00', t_in, 'unixepoch') AS at_in,
            strftime('%Y-%m-%dT%H:%M:%S+00:00', t_out, 'unixepoch') AS at_out
          FROM base
        )
        INSERT INTO visits (kind, name, company, email, phone, purpose, host_member_id,
          guide_staff_id, language, checkout_code, checked_in_at, checked_out_at, checked_out_by,
          privacy_accepted_at, off_limits_shown_at, lead_consent, anonymised_at, kiosk_id)
        SELECT kind,
          CASE WHEN old THEN '' ELSE json_extract(?4, '$[' || (i % 32) || ']') || ' ' ||
                                     json_extract(?5, '$[' || ((i / 32) % 32) || ']') END,
          CASE WHEN old OR kind = 'tour' THEN NULL WHEN kind = 'contractor'
               THEN 'Fixit Facility Services' WHEN i % 3 = 0 THEN 'Kettle Labs' END,
          CASE WHEN old THEN NULL WHEN kind = 'day-pass' THEN 'visitor' || i || '@example.org' END,
          CASE WHEN old THEN NULL WHEN kind = 'contractor' THEN '+49 30 ' || (1000000 + i % 8999999) END,
          CASE WHEN old THEN NULL WHEN kind = 'contractor' THEN 'Lift maintenance' END,
          CASE WHEN kind IN ('guest', 'day-pass', 'contractor', 'interview')
               THEN 'M-' || (1001 + i % 12) END,
          CASE WHEN kind = 'tour' THEN 1 END,
          CASE i % 6 WHEN 0 THEN 'de' WHEN 1 THEN 'fr' WHEN 2 THEN 'es' ELSE 'en-US' END,
          printf('%06d', (i * 7919) % 1000000),
          at_in, at_out,
          CASE i % 7 WHEN 0 THEN 'closing' WHEN 1 THEN 'staff:1' ELSE 'self' END,
          at_in,
          CASE WHEN kind = 'tour' THEN at_in END,
          kind = 'tour' AND i % 4 = 0,
          CASE WHEN old THEN strftime('%Y-%m-%dT%H:%M:%S+00:00', min(t_out + 91 * 86400, ?7), 'unixepoch') END,
          'lobby-1'
        FROM v";
    let mut tx = store.begin_write().await.unwrap();
    sqlx::query(sql)
        .bind(n)
        .bind(start as f64)
        .bind(step)
        .bind(first)
        .bind(last)
        .bind(retention_cutoff)
        .bind(before.timestamp())
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

const NO_CODE_OF_CONDUCT: &str = "
[visits.types.guest]
code_of_conduct = false
[visits.types.tour]
code_of_conduct = false
[visits.types.day-pass]
code_of_conduct = false
[visits.types.contractor]
code_of_conduct = false
[visits.types.interview]
code_of_conduct = false
";

fn guest(rng: &mut StdRng) -> CheckInRequest {
    let first = FIRST[rng.gen_range(0..FIRST.len())];
    let last = LAST[rng.gen_range(0..LAST.len())];
    CheckInRequest {
        kind: Some(VisitKind::Guest),
        name: format!("{first} {last}"),
        company: rng.gen_bool(0.5).then(|| "Kettle Labs".to_string()),
        host_id: Some("M-1001".into()),
        privacy_accepted: true,
        language: if rng.gen_bool(0.5) { "de" } else { "en-US" }.into(),
        ..Default::default()
    }
}

/// How many pages a commit appends to the WAL (each commit is one fsync of the WAL with
/// `synchronous=FULL`; more pages mean more bytes to write before it): the WAL is emptied,
/// then a few check-ins, then emptied again and a few bare inserts. Untimed.
async fn wal_pages_per_commit(
    store: &Store,
    config: &Config,
    rng: &mut StdRng,
    t0: DateTime<Utc>,
) -> (f64, f64) {
    const N: usize = 20;
    let page_size: i64 = sqlx::query_scalar("PRAGMA page_size")
        .fetch_one(store.pool())
        .await
        .unwrap();
    let wal = {
        let mut p = store.path().as_os_str().to_owned();
        p.push("-wal");
        PathBuf::from(p)
    };
    let frames = |wal: &PathBuf| {
        let len = std::fs::metadata(wal).map(|m| m.len()).unwrap_or(0);
        len.saturating_sub(32) as f64 / (page_size + 24) as f64 / N as f64
    };
    let truncate = || async {
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(store.pool())
            .await
            .unwrap();
    };
    truncate().await;
    let later = t0 + ChronoDuration::days(1);
    for _ in 0..N {
        let welcome = visits::check_in(store, later, config, &guest(rng))
            .await
            .unwrap();
        black_box(welcome);
    }
    let check_in = frames(&wal);
    truncate().await;
    for i in 0..N {
        let mut tx = store.begin_write().await.unwrap();
        sqlx::query("INSERT INTO bench_scratch (at, note) VALUES (?, ?)")
            .bind(later.to_rfc3339())
            .bind(format!("scratch row {i}: Amira Haddad"))
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    let bare = frames(&wal);
    (check_in, bare)
}

struct Durable {
    check_in: Stats,
    bare: Stats,
    fill: Duration,
    past: i64,
    db_mib: f64,
    checked_out: usize,
    /// WAL frames (pages) one commit writes: check-in, bare insert.
    wal_pages: (f64, f64),
    dir: PathBuf,
}

async fn durable() -> Durable {
    let past = env_number("LOBBY_BENCH_PAST_VISITS", PAST_VISITS);
    let samples = env_number("LOBBY_BENCH_SAMPLES", SAMPLES as i64).max(1) as usize;
    let parent = std::env::var_os("LOBBY_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")));
    std::fs::create_dir_all(&parent).unwrap();
    let dir = tempfile::Builder::new()
        .prefix("lobby-bench-visits-")
        .tempdir_in(&parent)
        .unwrap();
    // As the kiosk opens it: with a site key, so secrets are sealed and the audit chain keyed
    // (HMAC). `LOBBY_BENCH_UNKEYED=1` opens it without, for the comparison in BENCHMARKS.md.
    let store = if std::env::var("LOBBY_BENCH_UNKEYED").as_deref() == Ok("1") {
        Store::open(dir.path()).await.unwrap()
    } else {
        lobby_core::sealing::open_keyed(dir.path(), &dir.path().join("site.key"))
            .await
            .unwrap()
    };
    let t0 = friday_morning();
    // Signing the Code of Conduct has its own tests (policies.rs); here it stays out of the way.
    let config = Config::parse(NO_CODE_OF_CONDUCT, None).unwrap();
    demo::seed(&store, &FixedClock::new(t0), &config, "Lobby")
        .await
        .unwrap();

    let started = Instant::now();
    fill_past_visits(&store, past, t0).await;
    sqlx::query(
        "CREATE TABLE bench_scratch (id INTEGER PRIMARY KEY, at TEXT NOT NULL, note TEXT NOT NULL)",
    )
    .execute(store.pool())
    .await
    .unwrap();
    // Start from an empty WAL, as a kiosk that has been running a while would be.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(store.pool())
        .await
        .unwrap();
    let fill = started.elapsed();
    let counted: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM visits WHERE checked_out_at IS NOT NULL")
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!(counted, past, "every past visit is checked out");
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(store.pool())
        .await
        .unwrap();
    let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(
        (journal.as_str(), sync),
        ("wal", 2),
        "WAL and synchronous=FULL"
    );
    let db_mib = std::fs::metadata(store.path()).unwrap().len() as f64 / (1024.0 * 1024.0);

    let mut rng = StdRng::seed_from_u64(7);
    let mut open: VecDeque<String> = VecDeque::new();
    let mut check_ins = Vec::with_capacity(samples);
    let mut bares = Vec::with_capacity(samples);
    let mut checked_out = 0;
    for i in 0..WARM_UP + samples {
        let now = t0 + ChronoDuration::seconds(i as i64 * 15);
        let request = guest(&mut rng);
        let note = format!("scratch row {i}: {}", request.name);
        // Alternate which goes first, so neither always follows the other's commit.
        for step in [i % 2, 1 - i % 2] {
            if step == 0 {
                let t = Instant::now();
                let welcome = visits::check_in(&store, now, &config, &request)
                    .await
                    .unwrap();
                let took = t.elapsed();
                black_box(&welcome);
                open.push_back(welcome.checkout_code);
                if i >= WARM_UP {
                    check_ins.push(took);
                }
            } else {
                let t = Instant::now();
                let mut tx = store.begin_write().await.unwrap();
                sqlx::query("INSERT INTO bench_scratch (at, note) VALUES (?, ?)")
                    .bind(now.to_rfc3339())
                    .bind(&note)
                    .execute(&mut *tx)
                    .await
                    .unwrap();
                tx.commit().await.unwrap();
                let took = t.elapsed();
                if i >= WARM_UP {
                    bares.push(took);
                }
            }
        }
        if open.len() > ON_SITE {
            let code = open.pop_front().unwrap();
            visits::check_out_by_code(&store, now, &code).await.unwrap();
            checked_out += 1;
        }
    }
    let wal_pages = wal_pages_per_commit(&store, &config, &mut rng, t0).await;
    store.close().await;
    let dir_path = dir.path().to_path_buf();
    drop(dir);
    Durable {
        check_in: stats(check_ins),
        bare: stats(bares),
        fill,
        past,
        db_mib,
        checked_out,
        wal_pages,
        dir: dir_path,
    }
}

fn member_name(rng: &mut StdRng) -> String {
    let first = FIRST[rng.gen_range(0..FIRST.len())];
    let last = LAST[rng.gen_range(0..LAST.len())];
    match rng.gen_range(0..100) {
        // A second given name.
        0..=11 => format!("{first} {} {last}", FIRST[rng.gen_range(0..FIRST.len())]),
        // A double surname.
        12..=19 => format!("{first} {last}-{}", LAST[rng.gen_range(0..LAST.len())]),
        _ => format!("{first} {last}"),
    }
}

/// What a visitor types: the first 2 to 4 letters of a word of a real name, mostly in lower
/// case and without accents, sometimes exactly as written.
fn typed_prefix(rng: &mut StdRng, name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let word = words[rng.gen_range(0..words.len())];
    let len = rng.gen_range(2..=4);
    let prefix: String = word.chars().take(len).collect();
    match rng.gen_range(0..10) {
        0..=5 => lobby_core::text::fold(&prefix),
        6..=7 => prefix.to_lowercase(),
        _ => prefix,
    }
}

/// What a visitor types who knows more of the name: all of it as written, the name as the
/// suggestion shows it ("Amira H."), family name first, or a first name and the start of
/// another word.
fn typed_words(rng: &mut StdRng, name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (first, last) = (words[0], words[words.len() - 1]);
    match rng.gen_range(0..4) {
        0 => name.to_string(),
        1 => lobby_core::text::short_name(name),
        2 => format!("{last} {first}"),
        _ => {
            // Every generated name has at least two words.
            let other = words[rng.gen_range(1..words.len())];
            let len = rng.gen_range(2..=4);
            let prefix: String = other.chars().take(len).collect();
            lobby_core::text::fold(&format!("{first} {prefix}"))
        }
    }
}

struct Typeahead {
    build: Duration,
    words: usize,
    search: Stats,
    no_match: usize,
    mean_hits: f64,
    several: Stats,
    several_mean_hits: f64,
}

/// Times `directory.search` over `queries`: the statistics and the mean number of matches.
fn time_search(directory: &Directory, queries: &[String]) -> (Stats, f64) {
    // Warm up the caches once over a few queries.
    for q in queries.iter().take(500) {
        black_box(directory.search(q));
    }
    let mut times = Vec::with_capacity(queries.len());
    let mut hits = 0usize;
    for q in queries {
        let t = Instant::now();
        let found = directory.search(black_box(q));
        times.push(t.elapsed());
        hits += found.len();
        black_box(found);
    }
    (stats(times), hits as f64 / queries.len() as f64)
}

fn typeahead() -> Typeahead {
    let mut rng = StdRng::seed_from_u64(42);
    let members: Vec<(String, String)> = (0..MEMBERS)
        .map(|i| (format!("M-{:05}", i + 1), member_name(&mut rng)))
        .collect();
    let words = members
        .iter()
        .map(|(_, n)| n.split_whitespace().count())
        .sum();
    let names: Vec<String> = members.iter().map(|(_, n)| n.clone()).collect();
    let t = Instant::now();
    let directory = Directory::from_members(members);
    let build = t.elapsed();

    let mut queries = Vec::with_capacity(QUERIES);
    let mut no_match = 0;
    while queries.len() < QUERIES {
        if rng.gen_bool(NO_MATCH_SHARE) {
            let len = rng.gen_range(2..=4);
            let q: String = (0..len)
                .map(|_| b"qxzjvwkf"[rng.gen_range(0..8)] as char)
                .collect();
            if directory.search(&q).is_empty() {
                queries.push(q);
                no_match += 1;
            }
        } else {
            let name = &names[rng.gen_range(0..names.len())];
            queries.push(typed_prefix(&mut rng, name));
        }
    }
    let (search, mean_hits) = time_search(&directory, &queries);
    let several_queries: Vec<String> = (0..QUERIES)
        .map(|_| {
            let name = &names[rng.gen_range(0..names.len())];
            typed_words(&mut rng, name)
        })
        .collect();
    let (several, several_mean_hits) = time_search(&directory, &several_queries);
    Typeahead {
        build,
        words,
        search,
        no_match,
        mean_hits,
        several,
        several_mean_hits,
    }
}

fn print_typeahead(t: &Typeahead) {
    for (name, s) in [
        (
            "host typeahead (`Directory::search`, 50,000 members; goal p99 ≤ 3 ms)",
            &t.search,
        ),
        (
            "host typeahead, several words (full name, \"Amira H.\", family name first)",
            &t.several,
        ),
    ] {
        println!(
            "| {name} | {} | {} | {} | {} |",
            s.n,
            us(s.p50),
            us(s.p99),
            us(s.max)
        );
    }
}

fn print_typeahead_summary(t: &Typeahead) {
    println!(
        "Typeahead: {MEMBERS} members ({} name words), directory built in {:.0} ms; {} queries \
         of one word, {} matching nobody, {:.1} matches shown on average; {} of several words, \
         {:.1} matches shown on average.",
        t.words,
        t.build.as_secs_f64() * 1e3,
        t.search.n,
        t.no_match,
        t.mean_hits,
        t.several.n,
        t.several_mean_hits
    );
}

fn main() {
    if std::env::args().any(|a| a == "typeahead") {
        eprintln!("timing the host typeahead...");
        let t = typeahead();
        print_typeahead_summary(&t);
        println!();
        println!("| operation | samples | p50 | p99 | max |");
        println!("|---|---|---|---|---|");
        print_typeahead(&t);
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    eprintln!("filling the database and timing check-ins (takes a minute or two)...");
    let d = runtime.block_on(durable());
    eprintln!("timing the host typeahead...");
    let t = typeahead();

    let ratio = d.check_in.p99.as_secs_f64() / d.bare.p99.as_secs_f64();
    let p50_ratio = d.check_in.p50.as_secs_f64() / d.bare.p50.as_secs_f64();
    println!(
        "Database: {} past visits (filled in {:.1} s, {:.0} MiB), under {}; WAL, synchronous=FULL.",
        d.past,
        d.fill.as_secs_f64(),
        d.db_mib,
        d.dir
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    );
    println!(
        "{} check-ins and {} bare inserts, interleaved, after {WARM_UP} warm-up rounds; \
         {} of the new visits checked out by code (untimed) to keep {ON_SITE} on site.",
        d.check_in.n, d.bare.n, d.checked_out
    );
    println!(
        "Pages written to the WAL per commit (one fsync each): check-in {:.1}, bare insert {:.1}.",
        d.wal_pages.0, d.wal_pages.1
    );
    print_typeahead_summary(&t);
    println!();
    println!("| operation | samples | p50 | p99 | max |");
    println!("|---|---|---|---|---|");
    let check_in_label = format!(
        "durable check-in (`visits::check_in`, {} past visits)",
        d.past
    );
    for (name, s) in [
        (check_in_label.as_str(), &d.check_in),
        ("bare insert + commit (same pool, same file)", &d.bare),
    ] {
        println!(
            "| {name} | {} | {} | {} | {} |",
            s.n,
            ms(s.p50),
            ms(s.p99),
            ms(s.max)
        );
    }
    println!("| ratio check-in / bare (goal p99 ≤ 1.5×) | | {p50_ratio:.2}× | {ratio:.2}× | |");
    print_typeahead(&t);
}
