//! `lobby fleet join|status|leave` (issue 15): a refused join says why in the operator's
//! language and leaves lobby.toml as it was; a join while the server is down still joins, and
//! the changes wait; leaving keeps them.

use super::{lobby_with_input, stderr, stdout};
use std::path::{Path, PathBuf};
use std::process::Output;

/// The site's lobby.toml, with a comment `join` must keep.
const CONFIG: &str = "# Front desk, ground floor\n[site]\nname = \"Lobby HQ\" # shown on the home screen\n\n[kiosk]\nid = \"lobby-1\"\n";

struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("lobby.toml"), CONFIG).unwrap();
        Site { dir }
    }
    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }
    fn toml(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("lobby.toml")).unwrap()
    }
    /// Credentials from `lobby-hub kiosk add hq TABLET`, somewhere the operator put them.
    fn creds(&self, tablet: &str) -> PathBuf {
        let path = self.dir.path().join(format!("{tablet}.creds"));
        std::fs::write(
            &path,
            format!(
                "site = \"hq\"\ntablet = \"{tablet}\"\nuser = \"lobby-hq-{tablet}\"\npassword = \"pw-{tablet}\"\n"
            ),
        )
        .unwrap();
        path
    }
    fn run(&self, lang: &str, args: &[&str]) -> Output {
        let config = self.dir.path().join("lobby.toml");
        let mut all = vec!["--config", config.to_str().unwrap()];
        all.extend_from_slice(args);
        lobby_with_input(&self.data(), &all, lang, b"")
    }
}

/// A loopback port nobody listens on.
fn closed_port() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    format!("nats://127.0.0.1:{port}")
}

fn assert_refused(out: &Output, words: &str) {
    assert_eq!(out.status.code(), Some(2), "{}", stdout(out));
    assert!(stderr(out).contains(words), "{}", stderr(out));
}

#[test]
fn join_is_refused_in_demo_mode_in_the_operators_language() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let creds = Site::new().creds("lobby-1");
    let args = [
        "fleet",
        "join",
        "nats://127.0.0.1:4222",
        "--credentials",
        creds.to_str().unwrap(),
    ];
    let en = lobby_with_input(&data, &args, "C.UTF-8", b"");
    assert_refused(&en, "Joining a fleet needs a configuration file");
    let de = lobby_with_input(&data, &args, "de_DE.UTF-8", b"");
    assert_refused(
        &de,
        "Für den Beitritt zu einer Flotte ist eine Konfigurationsdatei nötig",
    );
}

#[test]
fn a_bad_address_missing_credentials_or_another_tablets_credentials_change_nothing() {
    let site = Site::new();
    let good = site.creds("lobby-1");
    let other = site.creds("lobby-2");
    let missing = site.dir.path().join("nowhere.creds");
    let join = |lang: &str, server: &str, creds: &Path| {
        site.run(
            lang,
            &[
                "fleet",
                "join",
                server,
                "--credentials",
                creds.to_str().unwrap(),
            ],
        )
    };
    for (lang, words) in [
        (
            "C.UTF-8",
            "http://nats.hq.lan:4222 is not a NATS server address",
        ),
        (
            "fr_FR.UTF-8",
            "http://nats.hq.lan:4222 n’est pas une adresse de serveur NATS",
        ),
    ] {
        assert_refused(&join(lang, "http://nats.hq.lan:4222", &good), words);
    }
    assert_refused(
        &join("C.UTF-8", "nats://lobby:pw@nats.hq.lan:4222", &good),
        "without a user name or password",
    );
    for (lang, words) in [
        ("C.UTF-8", "is not a usable fleet credentials file"),
        (
            "es_ES.UTF-8",
            "no es un archivo de credenciales de flota utilizable",
        ),
    ] {
        let out = join(lang, "nats://nats.hq.lan:4222", &missing);
        assert_refused(&out, words);
        assert!(stderr(&out).contains("nowhere.creds"), "{}", stderr(&out));
    }
    for (lang, words) in [
        (
            "C.UTF-8",
            "the credentials are for tablet “lobby-2”, but this kiosk is “lobby-1”",
        ),
        (
            "de_DE.UTF-8",
            "Die Zugangsdaten gehören zum Tablet „lobby-2“, dieser Kiosk ist aber „lobby-1“",
        ),
    ] {
        assert_refused(&join(lang, "nats://nats.hq.lan:4222", &other), words);
    }
    assert_eq!(site.toml(), CONFIG, "lobby.toml unchanged");
    assert!(!site.dir.path().join("fleet.creds").exists());
}

#[test]
fn join_while_the_server_is_down_waits_and_leave_keeps_what_was_never_sent() {
    let site = Site::new();
    let creds = site.creds("lobby-1");
    let server = closed_port();
    let out = site.run(
        "C.UTF-8",
        &[
            "fleet",
            "join",
            &server,
            "--credentials",
            creds.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Joined site hq as tablet lobby-1; the server could not be reached now (the server cannot be reached)"),
        "{text}"
    );
    assert!(text.contains("Changes waiting: 1;"), "{text}");

    // The section is there, everything else is as the operator wrote it.
    let toml = site.toml();
    assert!(toml.starts_with(CONFIG), "{toml}");
    let copy = site.dir.path().join("fleet.creds");
    assert!(
        toml.contains(&format!(
            "[fleet]\nserver = \"{server}\"\ncredentials = \"{}\"",
            copy.display()
        )),
        "{toml}"
    );
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        std::fs::read(&creds).unwrap()
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    let status = site.run("C.UTF-8", &["fleet", "status"]);
    let text = stdout(&status);
    assert!(status.status.success(), "{}", stderr(&status));
    assert!(
        text.contains(&format!("Site hq, tablet lobby-1, server {server}.")),
        "{text}"
    );
    assert!(text.contains("Not connected yet."), "{text}");
    assert!(text.contains("Changes waiting: 1."), "{text}");
    assert!(
        text.contains("Last problem: the server cannot be reached"),
        "{text}"
    );
    let pl = stdout(&site.run("pl_PL.UTF-8", &["fleet", "status"]));
    assert!(pl.contains("Oczekujące zmiany: 1."), "{pl}");

    let doctor = stdout(&site.run("C.UTF-8", &["doctor"]));
    let line = doctor.lines().find(|l| l.starts_with("Fleet ")).unwrap();
    assert!(line.contains("OK"), "{line}");
    assert!(line.contains("site hq, tablet lobby-1: not connected; changes waiting: 1; the oldest has waited 0 min"), "{line}");
    // Two hours later nothing has left: doctor warns.
    let later = (chrono::Utc::now() + chrono::Duration::hours(2)).to_rfc3339();
    let out = std::process::Command::new(super::APP)
        .arg("--data-dir")
        .arg(site.data())
        .args(super::key_args(&site.data()))
        .arg("--config")
        .arg(site.dir.path().join("lobby.toml"))
        .arg("doctor")
        .env("LANG", "C.UTF-8")
        .env("LOBBY_TEST_CLOCK", later)
        .output()
        .unwrap();
    let doctor = stdout(&out);
    let line = doctor.lines().find(|l| l.starts_with("Fleet ")).unwrap();
    assert!(line.contains("WARNING"), "{line}");
    assert!(line.contains("the oldest has waited 12"), "{line}");

    let leave = site.run("C.UTF-8", &["fleet", "leave"]);
    assert!(leave.status.success(), "{}", stderr(&leave));
    let text = stdout(&leave);
    assert!(text.contains("Left the fleet"), "{text}");
    // The join and the leave themselves.
    assert!(text.contains("Changes never sent: 2."), "{text}");
    assert_eq!(site.toml(), CONFIG);
    assert!(!copy.exists());
    let status = stdout(&site.run("C.UTF-8", &["fleet", "status"]));
    assert!(
        status.contains("This tablet is not in a fleet."),
        "{status}"
    );
    assert!(status.contains("Changes never sent: 2."), "{status}");
    let again = stdout(&site.run("C.UTF-8", &["fleet", "leave"]));
    assert!(
        again.contains("This tablet is not in a fleet; nothing was changed."),
        "{again}"
    );
}

/// The site's `nats-server` with JetStream on a free loopback port, with the tablet user of
/// [`Site::creds`] and the site stream; killed when dropped. `None` without nats-server.
struct SiteServer {
    child: std::process::Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl SiteServer {
    async fn start() -> Option<SiteServer> {
        let dir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let conf = dir.path().join("site.conf");
        std::fs::write(
            &conf,
            format!(
                "listen: 127.0.0.1:{port}\njetstream {{ store_dir: \"{}\" }}\n\
                 authorization {{ users = [\n\
                 {{ user: \"lobby-hq-lobby-1\", password: \"pw-lobby-1\", permissions: {{ publish: {{ allow: [\"lobby.up.hq.lobby-1\"] }}, subscribe: {{ allow: [\"_INBOX.>\"] }} }} }},\n\
                 {{ user: \"admin\", password: \"admin-pw\" }}\n] }}\n",
                dir.path().join("js").display()
            ),
        )
        .unwrap();
        let child = std::process::Command::new("nats-server")
            .arg("-c")
            .arg(&conf)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .ok()?;
        let server = SiteServer {
            child,
            url: format!("nats://127.0.0.1:{port}"),
            _dir: dir,
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                std::time::Instant::now() < deadline,
                "nats-server did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let admin =
            async_nats::ConnectOptions::with_user_and_password("admin".into(), "admin-pw".into())
                .connect(server.url.as_str())
                .await
                .unwrap();
        async_nats::jetstream::new(admin)
            .create_stream(async_nats::jetstream::stream::Config {
                name: "LOBBY_UP_HQ".into(),
                subjects: vec!["lobby.up.hq.>".into()],
                ..Default::default()
            })
            .await
            .unwrap();
        Some(server)
    }
}

impl Drop for SiteServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn join_with_the_server_up_sends_the_changes_and_status_shows_them_acknowledged() {
    let Some(server) = SiteServer::start().await else {
        eprintln!("nats-server is not installed: skipped");
        return;
    };
    let site = Site::new();
    let creds = site.creds("lobby-1");
    let out = site.run(
        "C.UTF-8",
        &[
            "fleet",
            "join",
            &server.url,
            "--credentials",
            creds.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Joined site hq as tablet lobby-1. Changes sent: 1."),
        "{}",
        stdout(&out)
    );
    let status = stdout(&site.run("it_IT.UTF-8", &["fleet", "status"]));
    assert!(status.contains("Modifiche in attesa: 0."), "{status}");
    assert!(status.contains("Ultima conferma del server:"), "{status}");
    assert!(!status.contains("Ultimo problema"), "{status}");
}
