//! The way down with the real servers of `tests/fleet/nats.sh`: what a command saves at the hub
//! reaches the site's own `LOBBY_DOWN_<SITE>` through the leaf node, also after the link was
//! down, and a command run while NATS is out of reach is sent later by `serve`.

use crate::common::*;
use crate::shared::{database_url, hub_cli_url};
use async_nats::jetstream::{self, consumer::pull};
use futures_util::StreamExt;
use lobby_core::fleet::down::{self, Down};
use lobby_hub::{kiosks, serve};
use sqlx::postgres::PgPool;
use std::time::{Duration, Instant};

pub fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name}: eval \"$(tests/fleet/nats.sh env)\""))
}

/// A site of its own on the site server (JetStream domain `$NATS_SITE`), so tests do not
/// read each other's messages.
pub fn unique_site(prefix: &str) -> String {
    use rand::distributions::{Alphanumeric, DistString};
    format!(
        "{prefix}-{}",
        Alphanumeric
            .sample_string(&mut rand::thread_rng(), 6)
            .to_lowercase()
    )
}

pub fn hub_nats(dir: &std::path::Path) -> serve::Nats {
    let password_file = dir.join("hub.password");
    std::fs::write(&password_file, env("NATS_HUB_PASSWORD")).unwrap();
    serve::Nats {
        url: env("NATS_HUB_URL"),
        user: Some(env("NATS_HUB_USER")),
        password_file: Some(password_file),
        ca: None,
        domain: "hub".into(),
    }
}

/// The flags a command takes to reach the hub's server.
fn nats_args(nats: &serve::Nats) -> Vec<String> {
    vec![
        "--nats".into(),
        nats.url.clone(),
        "--nats-user".into(),
        nats.user.clone().unwrap(),
        "--nats-password-file".into(),
        nats.password_file.as_ref().unwrap().display().to_string(),
    ]
}

/// Makes the hub's and the site's down streams, as `serve` does.
pub async fn streams(client: &async_nats::Client, nats: &serve::Nats, site: &str) {
    let js = jetstream::new(client.clone());
    lobby_hub::down::ensure_down_stream(&js).await.unwrap();
    let site = kiosks::Site {
        site: site.to_string(),
        js_domain: env("NATS_SITE"),
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    while let Err(e) = lobby_hub::down::ensure_site_down_stream(client, nats, &site).await {
        assert!(Instant::now() < deadline, "site down stream: {e}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// Every message of the site's `LOBBY_DOWN_<SITE>` once there are `want`, read on the site's
/// server through the hub's leaf node.
pub async fn site_down(client: &async_nats::Client, site: &str, want: usize) -> Vec<Down> {
    let js = jetstream::with_domain(client.clone(), env("NATS_SITE"));
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let mut got = Vec::new();
        if let Ok(stream) = js.get_stream(down::site_down_stream(site)).await {
            let consumer = stream
                .create_consumer(pull::OrderedConfig::default())
                .await
                .unwrap();
            let mut messages = consumer.messages().await.unwrap();
            while got.len() < want {
                match tokio::time::timeout(Duration::from_secs(2), messages.next()).await {
                    Ok(Some(Ok(m))) => got.push(Down::parse(&m.payload).unwrap()),
                    _ => break,
                }
            }
        }
        if got.len() >= want {
            return got;
        }
        assert!(
            Instant::now() < deadline,
            "{} of {want} messages in {}",
            got.len(),
            down::site_down_stream(site)
        );
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

/// Starts the server `nats.sh stop-*` took down when dropped, also when the test fails.
struct Restart(&'static str);

impl Drop for Restart {
    fn drop(&mut self) {
        nats_sh(self.0);
    }
}

fn nats_sh(what: &str) {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fleet/nats.sh");
    let status = std::process::Command::new(script)
        .arg(what)
        .status()
        .unwrap();
    assert!(status.success(), "nats.sh {what}");
}

async fn waiting(pool: &PgPool) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM down_outbox")
        .fetch_one(pool)
        .await
        .unwrap()
}

#[tokio::test]
#[ignore = "needs PostgreSQL and tests/fleet/nats.sh: make test-fleet"]
async fn an_import_reaches_the_sites_stream_and_a_revoke_sends_the_member_again() {
    let _servers = SERVERS.lock().await;
    let pool = database().await;
    let url = database_url(&pool).await;
    let dir = tempfile::tempdir().unwrap();
    let site = unique_site("import");
    kiosks::add_site(&pool, &site, &env("NATS_SITE"))
        .await
        .unwrap();
    let nats = hub_nats(dir.path());
    let client = serve::connect(&nats).await.unwrap();
    streams(&client, &nats, &site).await;

    let csv = dir.path().join("members.csv");
    std::fs::write(
        &csv,
        "id,name,email,team,active,badge_uid,card_type,groups\n\
         M-1001,Amira Haddad,,Design,yes,04A1B2C3,desfire,staff\n\
         M-1001,Amira Haddad,,Design,yes,0A0B0C0D,,\n",
    )
    .unwrap();
    let mut args: Vec<String> = vec![
        "members".into(),
        "import".into(),
        site.clone(),
        csv.display().to_string(),
    ];
    args.extend(nats_args(&nats));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = hub_cli_url(&url, &args, "en_US.UTF-8", &[]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Sent to the site's tablets"), "{out}");
    assert_eq!(waiting(&pool).await, 0);
    let got = site_down(&client, &site, 1).await;
    let Down::Member(amira) = &got[0] else {
        panic!("{got:?}")
    };
    assert_eq!(amira.id, "M-1001");
    assert_eq!(amira.badges.len(), 2);

    // Revoked with the NATS settings from the environment instead of flags.
    let password = nats.password_file.as_ref().unwrap().display().to_string();
    let (code, out, err) = hub_cli_url(
        &url,
        &["badge", "revoke", &site, "04a1b2c3"],
        "en_US.UTF-8",
        &[
            ("LOBBY_HUB_NATS", nats.url.as_str()),
            ("LOBBY_HUB_NATS_USER", nats.user.as_deref().unwrap()),
            ("LOBBY_HUB_NATS_PASSWORD_FILE", password.as_str()),
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Sent to the site's tablets"), "{out}");
    let got = site_down(&client, &site, 2).await;
    let Down::Member(amira) = &got[1] else {
        panic!("{got:?}")
    };
    assert_eq!(
        amira
            .badges
            .iter()
            .map(|b| b.uid.as_str())
            .collect::<Vec<_>>(),
        ["0A0B0C0D"]
    );
}

const BAD_CONFIG: &str = "[site]\nname = \"HQ\"\ntime_zone = \"Mars/Olympus\"\n";

#[tokio::test]
#[ignore = "needs PostgreSQL and tests/fleet/nats.sh: make test-fleet"]
async fn a_configuration_the_tablets_would_refuse_is_refused_at_the_hub_and_never_sent() {
    let _servers = SERVERS.lock().await;
    let pool = database().await;
    let url = database_url(&pool).await;
    let dir = tempfile::tempdir().unwrap();
    let site = unique_site("config");
    kiosks::add_site(&pool, &site, &env("NATS_SITE"))
        .await
        .unwrap();
    let nats = hub_nats(dir.path());
    let client = serve::connect(&nats).await.unwrap();
    streams(&client, &nats, &site).await;
    let file = dir.path().join("lobby.toml");
    let push = |lang: &str| {
        let mut args: Vec<String> = vec![
            "config".into(),
            "push".into(),
            site.clone(),
            file.display().to_string(),
        ];
        args.extend(nats_args(&nats));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        hub_cli_url(&url, &args, lang, &[])
    };

    std::fs::write(&file, BAD_CONFIG).unwrap();
    let (code, out, err) = push("en_US.UTF-8");
    assert_eq!(code, 2, "{out}{err}");
    let shown = file.display().to_string();
    assert!(
        err.contains("The configuration was refused")
            && err.contains(&shown)
            && err.contains("site.time_zone")
            && err.contains("Mars/Olympus is not a time zone"),
        "{err}"
    );
    let (code, _, err) = push("de_DE.UTF-8");
    assert_eq!(code, 2);
    assert!(
        err.contains(&shown) && err.contains("site.time_zone") && err.contains("Mars/Olympus"),
        "{err}"
    );
    assert!(!err.contains("The configuration was refused"), "{err}");
    // A [fleet] section is each tablet's own.
    std::fs::write(
        &file,
        "[fleet]\nserver = \"tls://nats.lan:4222\"\ncredentials = \"/etc/lobby/fleet.creds\"\n",
    )
    .unwrap();
    let (code, _, err) = push("en_US.UTF-8");
    assert_eq!(code, 2);
    assert!(
        err.contains("“fleet”") && err.contains("belongs to each tablet"),
        "{err}"
    );
    let (saved, waiting_rows): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM site_configs), (SELECT COUNT(*) FROM down_outbox)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((saved, waiting_rows), (0, 0));

    // A good one is saved and sent, whole, with its hash.
    let good = "[site]\nname = \"HQ\"\ntime_zone = \"Europe/Berlin\"\n";
    std::fs::write(&file, good).unwrap();
    let (code, out, err) = push("en_US.UTF-8");
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Sent to the site's tablets"), "{out}");
    let got = site_down(&client, &site, 1).await;
    assert_eq!(got.len(), 1, "the refused ones never went out");
    let Down::Config(config) = &got[0] else {
        panic!("{got:?}")
    };
    assert_eq!(config.toml, good);
    assert_eq!(config.sha256, lobby_hub::publish::sha256(good));

    // A policy, every language's text.
    let en = dir.path().join("rules.en.md");
    let de = dir.path().join("rules.de.md");
    std::fs::write(&en, "# House rules\n\nBe kind.\n").unwrap();
    std::fs::write(&de, "# Hausordnung\n\nSeien Sie freundlich.\n").unwrap();
    let mut args: Vec<String> = vec![
        "policy".into(),
        "publish".into(),
        site.clone(),
        "house-rules".into(),
        format!("en-US={}", en.display()),
        format!("de={}", de.display()),
    ];
    args.extend(nats_args(&nats));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, out, err) = hub_cli_url(&url, &args, "en_US.UTF-8", &[]);
    assert_eq!(code, 0, "{out}{err}");
    let got = site_down(&client, &site, 2).await;
    let Down::Policy(policy) = &got[1] else {
        panic!("{got:?}")
    };
    assert_eq!(policy.policy, "house-rules");
    assert_eq!(policy.texts[1].0, "de");
    // An empty text or an unknown language is refused before anything is saved.
    let empty = dir.path().join("empty.md");
    std::fs::write(&empty, "  \n").unwrap();
    for bad in [
        format!("fr={}", empty.display()),
        format!("xx={}", en.display()),
    ] {
        let (code, _, err) = hub_cli_url(
            &url,
            &["policy", "publish", &site, "house-rules", &bad],
            "en_US.UTF-8",
            &[],
        );
        assert_eq!(code, 2, "{bad}");
        assert!(err.contains("Nothing was published"), "{err}");
    }
}

#[tokio::test]
#[ignore = "needs PostgreSQL and tests/fleet/nats.sh: make test-fleet"]
async fn a_command_run_while_nats_is_down_is_sent_by_serve_and_the_site_catches_up_after_the_link_was_down(
) {
    let _servers = SERVERS.lock().await;
    let pool = database().await;
    let url = database_url(&pool).await;
    let dir = tempfile::tempdir().unwrap();
    let site = unique_site("later");
    kiosks::add_site(&pool, &site, &env("NATS_SITE"))
        .await
        .unwrap();
    let nats = hub_nats(dir.path());

    // No server on that port: the emergency is saved, the command says so and exits 0.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let (code, out, err) = hub_cli_url(
        &url,
        &[
            "emergency",
            "start",
            &site,
            "fire",
            "--nats",
            &format!("nats://127.0.0.1:{closed}"),
        ],
        "en_US.UTF-8",
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("lobby-hub serve sends it as soon as it can"),
        "{out}"
    );
    assert_eq!(waiting(&pool).await, 1);

    // serve makes the streams and sends it.
    let client = serve::connect(&nats).await.unwrap();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let hub = tokio::spawn(serve::run(
        pool.clone(),
        client.clone(),
        nats.clone(),
        async move {
            let _ = stop_rx.await;
        },
    ));
    let got = site_down(&client, &site, 1).await;
    let Down::Emergency(started) = &got[0] else {
        panic!("{got:?}")
    };
    assert!(started.id.starts_with("hub:") && started.ends.is_none());
    let deadline = Instant::now() + Duration::from_secs(10);
    while waiting(&pool).await > 0 {
        assert!(Instant::now() < deadline, "outbox not emptied");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    stop_tx.send(()).unwrap();
    tokio::time::timeout(Duration::from_secs(10), hub)
        .await
        .unwrap()
        .unwrap()
        .unwrap();
    drop(client);

    // The site's server is cut off (its leaf link down) while the hub publishes the all clear:
    // once it is back, its stream catches up by itself.
    nats_sh("stop-site");
    let site_back = Restart("start-site");
    let (code, out, err) = hub_cli_url(
        &url,
        &[
            "emergency",
            "end",
            &site,
            "--nats",
            &nats.url,
            "--nats-user",
            nats.user.as_deref().unwrap(),
            "--nats-password-file",
            &nats.password_file.as_ref().unwrap().display().to_string(),
        ],
        "en_US.UTF-8",
        &[],
    );
    drop(site_back);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("Sent to the site's tablets"),
        "published at the hub: {out}"
    );
    let client = serve::connect(&nats).await.unwrap();
    let got = site_down(&client, &site, 2).await;
    let Down::Emergency(all_clear) = &got[1] else {
        panic!("{got:?}")
    };
    assert_eq!(all_clear.ends.as_deref(), Some(started.id.as_str()));
    drop(client);

    // The hub down and up again (its store kept): the leaf link comes back and what the hub
    // publishes after reaches the site.
    nats_sh("stop-hub");
    nats_sh("start-hub");
    let (code, out, err) = hub_cli_url(
        &url,
        &[
            "emergency",
            "start",
            &site,
            "medical",
            "--nats",
            &nats.url,
            "--nats-user",
            nats.user.as_deref().unwrap(),
            "--nats-password-file",
            &nats.password_file.as_ref().unwrap().display().to_string(),
        ],
        "en_US.UTF-8",
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    let client = serve::connect(&nats).await.unwrap();
    let got = site_down(&client, &site, 3).await;
    let Down::Emergency(third) = &got[2] else {
        panic!("{got:?}")
    };
    assert_eq!(third.kind, "medical");
}
