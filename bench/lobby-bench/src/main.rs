//! `lobby-bench [--runs N]`: starts the release builds of Lobby and of a bare Tauri 2 window
//! (bench/bare-window) in turn, N times each, under the current DISPLAY, and reports
//! - start: from spawning the process to the page saying it is painted and takes input
//!   (Lobby's `home_ready` after two animation frames of the home screen, the bare window's
//!   `ready` likewise), by the file each writes to LOBBY_READY_FILE;
//! - memory: the proportional set size (PSS) of the app and all its WebKit processes, read
//!   from /proc 3 s after the page is ready.
//!
//! - emergency: with Lobby running, from spawning `lobby emergency start fire` to the kiosk
//!   saying the emergency screen is painted (`emergency_painted` after two animation frames,
//!   written to LOBBY_EMERGENCY_FILE), and how long the command itself takes.
//!
//! - fleet (`--fleet`, issue 16): three release kiosks of one site on a site `nats-server`
//!   started here (no hub: the hub's link is down), from spawning `lobby emergency start fire`
//!   on tablet A's data folder to the emergency screen painted on B and on C.
//!
//! Run it through `make bench`, which builds both the same way first. `--emergency-only`
//! skips the start and memory runs; `--fleet` runs only the fleet measurement.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Sample {
    start: Duration,
    pss_kib: u64,
    /// The start's marks (`rust NAME MS` / `page NAME MS` lines of its ready file), in
    /// milliseconds since its `main` began.
    marks: Vec<(String, f64)>,
}

fn marks(ready: &str) -> Vec<(String, f64)> {
    ready
        .lines()
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            let (side, name, ms) = (w.next()?, w.next()?, w.next()?.parse().ok()?);
            Some((format!("{side}: {name}"), ms))
        })
        .collect()
}

fn children(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return out;
    };
    for task in tasks.flatten() {
        let list = std::fs::read_to_string(task.path().join("children")).unwrap_or_default();
        for child in list.split_whitespace().filter_map(|c| c.parse().ok()) {
            out.push(child);
            out.extend(children(child));
        }
    }
    out
}

fn pss_kib(pid: u32) -> u64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).unwrap_or_default();
    text.lines()
        .find(|l| l.starts_with("Pss:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn run_once(binary: &Path, args: &[String], scratch: &Path) -> Sample {
    let ready = scratch.join("ready");
    let _ = std::fs::remove_file(&ready);
    let t0 = Instant::now();
    let mut child = Command::new(binary)
        .args(args)
        .env("LOBBY_READY_FILE", &ready)
        .env("XDG_DATA_HOME", scratch.join("xdg-data"))
        .env("XDG_CACHE_HOME", scratch.join("xdg-cache"))
        .env("XDG_CONFIG_HOME", scratch.join("xdg-config"))
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("start {}: {e}", binary.display()));
    while !ready.exists() {
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "{} never became ready",
            binary.display()
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    let start = t0.elapsed();
    std::thread::sleep(Duration::from_secs(3));
    let marks = marks(&std::fs::read_to_string(&ready).unwrap_or_default());
    let pid = child.id();
    let pss_kib = std::iter::once(pid).chain(children(pid)).map(pss_kib).sum();
    let _ = child.kill();
    let _ = child.wait();
    // WebKit's helper processes exit with their parent; give them a moment.
    std::thread::sleep(Duration::from_millis(500));
    Sample {
        start,
        pss_kib,
        marks,
    }
}

/// Starts Lobby, then times `lobby emergency start fire` to the emergency screen painted,
/// `runs` times (ending it with `lobby emergency end` in between).
fn emergency_latency(lobby: &Path, args: &[String], data: &Path, scratch: &Path, runs: usize) {
    let ready = scratch.join("ready");
    let painted = scratch.join("emergency");
    let _ = std::fs::remove_file(&ready);
    let mut app = spawn_ready(lobby, args, scratch, &ready, &painted);
    std::thread::sleep(Duration::from_secs(2));
    let cli = |what: &[&str]| lobby_cli(lobby, data, what);
    let (mut to_paint, mut command) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let _ = std::fs::remove_file(&painted);
        let t0 = Instant::now();
        let mut start = Command::new(lobby)
            .arg("--data-dir")
            .arg(data)
            .args(["emergency", "start", "fire"])
            .stdout(Stdio::null())
            .spawn()
            .expect("run lobby emergency start");
        let mut exited = None;
        while !painted.exists() {
            assert!(
                t0.elapsed() < Duration::from_secs(10),
                "emergency screen never painted"
            );
            if exited.is_none() && start.try_wait().expect("wait").is_some() {
                exited = Some(t0.elapsed());
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        to_paint.push(t0.elapsed().as_secs_f64() * 1000.0);
        let status = start.wait().expect("wait");
        assert!(status.success(), "lobby emergency start: {status}");
        let exited = exited.unwrap_or_else(|| t0.elapsed());
        command.push(exited.as_secs_f64() * 1000.0);
        cli(&["emergency", "end"]);
        std::thread::sleep(Duration::from_millis(700));
    }
    let _ = app.kill();
    let _ = app.wait();
    println!();
    println!("| `lobby emergency start fire` ({runs} runs) | median | p95 | max |");
    println!("|---|---|---|---|");
    print_row("command start to emergency screen painted", &to_paint);
    print_row("the command alone (process start, write, exit)", &command);
}

/// Starts the kiosk with `args`, its XDG folders under `dir`, and waits for it to write `ready`;
/// it writes `painted` when the emergency screen is on.
fn spawn_ready(
    lobby: &Path,
    args: &[String],
    dir: &Path,
    ready: &Path,
    painted: &Path,
) -> std::process::Child {
    let app = Command::new(lobby)
        .args(args)
        .env("LOBBY_READY_FILE", ready)
        .env("LOBBY_EMERGENCY_FILE", painted)
        .env("XDG_DATA_HOME", dir.join("xdg-data"))
        .env("XDG_CACHE_HOME", dir.join("xdg-cache"))
        .env("XDG_CONFIG_HOME", dir.join("xdg-config"))
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start lobby");
    let t0 = Instant::now();
    while !ready.exists() {
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "{} never became ready",
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    app
}

/// Runs `lobby --data-dir DATA WHAT…` to the end and insists that it succeeded.
fn lobby_cli(lobby: &Path, data: &Path, what: &[&str]) {
    let out = Command::new(lobby)
        .arg("--data-dir")
        .arg(data)
        .args(what)
        .output()
        .expect("run lobby");
    assert!(out.status.success(), "lobby {what:?}: {out:?}");
}

/// One table row: the median, p95 and max of `v`, in milliseconds.
fn print_row(what: &str, v: &[f64]) {
    let max = v.iter().cloned().fold(0.0, f64::max);
    println!(
        "| {what} | {:.0} ms | {:.0} ms | {:.0} ms |",
        median(v.to_vec()),
        p95(v.to_vec()),
        max
    );
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("a free port")
        .local_addr()
        .expect("its address")
        .port()
}

fn p95(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[((v.len() as f64 * 0.95).ceil() as usize).clamp(1, v.len()) - 1]
}

/// The site's `nats-server` with a user per tablet (what `lobby-hub kiosk add` allows) and the
/// site's stream; killed when the bench ends.
fn site_server(scratch: &Path, tablets: &[&str]) -> (std::process::Child, u16) {
    let port = free_port();
    let quoted = |v: Vec<String>| {
        v.iter()
            .map(|s| format!("\"{s}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let users: String = tablets
        .iter()
        .map(|t| {
            format!(
                "{{ user: \"lobby-hq-{t}\", password: \"pw\", permissions: {{ publish: {{ allow: [{}] }}, subscribe: {{ allow: [{}] }} }} }},\n",
                quoted(lobby_core::fleet::tablet_publish_allow("hq", t)),
                quoted(lobby_core::fleet::tablet_subscribe_allow("hq")),
            )
        })
        .collect();
    let conf = scratch.join("site.conf");
    std::fs::write(
        &conf,
        format!(
            "listen: 127.0.0.1:{port}\njetstream {{ store_dir: \"{}\", domain: hq }}\n\
             authorization {{ users = [\n{users}{{ user: \"admin\", password: \"admin-pw\" }}\n] }}\n",
            scratch.join("js").display()
        ),
    )
    .expect("write site.conf");
    let child = Command::new("nats-server")
        .arg("-c")
        .arg(&conf)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("nats-server (Debian package nats-server)");
    let t0 = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            t0.elapsed() < Duration::from_secs(10),
            "nats-server did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    rt.block_on(async {
        let admin =
            async_nats::ConnectOptions::with_user_and_password("admin".into(), "admin-pw".into())
                .connect(format!("nats://127.0.0.1:{port}"))
                .await
                .expect("connect as admin");
        async_nats::jetstream::new(admin)
            .create_stream(async_nats::jetstream::stream::Config {
                name: lobby_core::fleet::site_stream("hq"),
                subjects: vec![lobby_core::fleet::site_subjects("hq")],
                ..Default::default()
            })
            .await
            .expect("create the site stream");
    });
    (child, port)
}

/// Three kiosks of site `hq`; `lobby emergency start fire` on A until both B and C painted it.
fn fleet_emergency(lobby: &Path, scratch: &Path, runs: usize) {
    let ids = ["lobby-a", "lobby-b", "lobby-c"];
    let (mut server, port) = site_server(scratch, &ids);
    let mut kiosks = Vec::new();
    for (n, id) in ids.iter().enumerate() {
        let dir = scratch.join(id);
        std::fs::create_dir_all(&dir).expect("a tablet folder");
        let creds = dir.join("fleet.creds");
        std::fs::write(
            &creds,
            format!("site = \"hq\"\ntablet = \"{id}\"\nuser = \"lobby-hq-{id}\"\npassword = \"pw\"\nnumber = {n}\n"),
        )
        .expect("write credentials");
        let config = dir.join("lobby.toml");
        std::fs::write(
            &config,
            format!(
                "[kiosk]\nid = \"{id}\"\n\n[fleet]\nserver = \"nats://127.0.0.1:{port}\"\ncredentials = \"{}\"\n",
                creds.display()
            ),
        )
        .expect("write lobby.toml");
        let data = dir.join("data");
        let args = vec![
            "--data-dir".to_string(),
            data.display().to_string(),
            "--config".to_string(),
            config.display().to_string(),
        ];
        let seeded = Command::new(lobby)
            .args(&args)
            .args(["demo", "seed"])
            .output();
        assert!(
            seeded.is_ok_and(|o| o.status.success()),
            "lobby demo seed ({id})"
        );
        let (ready, painted) = (dir.join("ready"), dir.join("painted"));
        let app = spawn_ready(lobby, &args, &dir, &ready, &painted);
        kiosks.push((app, data, painted));
    }
    // Connected, and each has read the site's stream once.
    std::thread::sleep(Duration::from_secs(5));
    let a_data = kiosks[0].1.clone();
    let cli = |what: &[&str]| lobby_cli(lobby, &a_data, what);
    let (mut on_b, mut on_c, mut both) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        for k in &kiosks {
            let _ = std::fs::remove_file(&k.2);
        }
        let t0 = Instant::now();
        let mut start = Command::new(lobby)
            .arg("--data-dir")
            .arg(&a_data)
            .args(["emergency", "start", "fire"])
            .stdout(Stdio::null())
            .spawn()
            .expect("run lobby emergency start");
        let (mut b, mut c) = (None, None);
        while b.is_none() || c.is_none() {
            assert!(
                t0.elapsed() < Duration::from_secs(10),
                "the emergency screen was not painted on B and C"
            );
            if b.is_none() && kiosks[1].2.exists() {
                b = Some(t0.elapsed());
            }
            if c.is_none() && kiosks[2].2.exists() {
                c = Some(t0.elapsed());
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        let ms = |d: Option<Duration>| d.map_or(0.0, |d| d.as_secs_f64() * 1000.0);
        on_b.push(ms(b));
        on_c.push(ms(c));
        both.push(ms(b).max(ms(c)));
        let _ = start.wait();
        cli(&["emergency", "end"]);
        std::thread::sleep(Duration::from_millis(1500));
    }
    for (mut app, _, _) in kiosks {
        let _ = app.kill();
        let _ = app.wait();
    }
    let _ = server.kill();
    let _ = server.wait();
    println!();
    println!("| `lobby emergency start fire` on A, three release kiosks, site server only ({runs} runs) | median | p95 | max |");
    println!("|---|---|---|---|");
    print_row("command start to emergency screen painted on B", &on_b);
    print_row("command start to emergency screen painted on C", &on_c);
    print_row("command start to painted on both", &both);
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn main() {
    let mut runs = 10usize;
    let mut emergency_only = false;
    let mut fleet = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--runs" {
            runs = args.next().and_then(|n| n.parse().ok()).expect("--runs N");
        } else if a == "--emergency-only" {
            emergency_only = true;
        } else if a == "--fleet" {
            fleet = true;
        }
    }
    assert!(
        std::env::var_os("DISPLAY").is_some(),
        "run under a display (make bench uses xvfb-run)"
    );
    let release = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/release");
    let scratch = tempfile::tempdir().expect("temp dir");
    let data = scratch.path().join("lobby-data");
    let lobby = release.join("lobby");
    let bare = release.join("bare-window");
    if fleet {
        fleet_emergency(&lobby, scratch.path(), runs * 2);
        return;
    }
    let seeded = Command::new(&lobby)
        .arg("--data-dir")
        .arg(&data)
        .args(["demo", "seed"])
        .output();
    assert!(seeded.is_ok_and(|o| o.status.success()), "lobby demo seed");
    let lobby_args = vec!["--data-dir".to_string(), data.display().to_string()];
    if emergency_only {
        emergency_latency(&lobby, &lobby_args, &data, scratch.path(), runs * 2);
        return;
    }

    // One warm-up each (page cache), then alternate so both see the same machine.
    run_once(&bare, &[], scratch.path());
    run_once(&lobby, &lobby_args, scratch.path());
    let (mut b, mut l) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        b.push(run_once(&bare, &[], scratch.path()));
        l.push(run_once(&lobby, &lobby_args, scratch.path()));
    }
    let ms = |s: &[Sample]| median(s.iter().map(|x| x.start.as_secs_f64() * 1000.0).collect());
    let mib = |s: &[Sample]| median(s.iter().map(|x| x.pss_kib as f64 / 1024.0).collect());
    let (bs, ls, bm, lm) = (ms(&b), ms(&l), mib(&b), mib(&l));
    println!("| build (release, {runs} runs, median) | start to interactive | memory (PSS, app + WebKit) |");
    println!("|---|---|---|");
    println!("| bare Tauri 2 window | {bs:.0} ms | {bm:.0} MiB |");
    println!("| Lobby home screen | {ls:.0} ms | {lm:.0} MiB |");
    println!(
        "| ratio (goal ≤ 1.25× start, ≤ 1.3× memory) | {:.2}× | {:.2}× |",
        ls / bs,
        lm / bm
    );
    print_marks(&b, &l);
    emergency_latency(&lobby, &lobby_args, &data, scratch.path(), runs * 2);
}

/// Where each start went: each mark's median, in milliseconds since `main`, in Lobby's order
/// (the bare window has the Rust side's marks only).
fn print_marks(bare: &[Sample], lobby: &[Sample]) {
    let at = |runs: &[Sample], name: &str| {
        let at: Vec<f64> = runs
            .iter()
            .filter_map(|s| s.marks.iter().find(|(m, _)| m == name).map(|(_, ms)| *ms))
            .collect();
        (!at.is_empty()).then(|| median(at))
    };
    let mut names: Vec<&str> = Vec::new();
    for (name, _) in lobby.iter().chain(bare).flat_map(|s| &s.marks) {
        if !names.contains(&name.as_str()) {
            names.push(name);
        }
    }
    let mut rows: Vec<(&str, Option<f64>, Option<f64>)> = names
        .into_iter()
        .map(|n| (n, at(bare, n), at(lobby, n)))
        .collect();
    rows.sort_by(|a, b| {
        a.2.or(a.1)
            .unwrap_or(0.0)
            .total_cmp(&b.2.or(b.1).unwrap_or(0.0))
    });
    let cell = |v: Option<f64>| v.map_or("—".to_string(), |v| format!("{v:.0} ms"));
    println!();
    println!(
        "| mark (median of {} runs, ms since `main`) | bare window | Lobby |",
        lobby.len()
    );
    println!("|---|---|---|");
    for (name, b, l) in rows {
        println!("| {name} | {} | {} |", cell(b), cell(l));
    }
}
