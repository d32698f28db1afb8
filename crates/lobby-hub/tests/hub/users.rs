//! `kiosk add` and `kiosk revoke` write a users file that a real nats-server 2.9 loads: each
//! tablet gets in with its credentials and may publish on its own subject only.

use crate::common::*;
use lobby_core::config::fleet::Credentials;
use lobby_core::fleet;
use lobby_hub::kiosks;
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

const NATS_SERVER: &str = "/usr/sbin/nats-server";

/// A nats-server on a free loopback port, its config including `users.conf`; killed on drop.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(dir: &Path) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let conf = dir.join("site.conf");
        std::fs::write(
            &conf,
            format!("listen: 127.0.0.1:{port}\nauthorization {{ include \"users.conf\" }}\n"),
        )
        .unwrap();
        let child = Command::new(NATS_SERVER)
            .arg("-c")
            .arg(&conf)
            .stdout(std::fs::File::create(dir.join("nats.log")).unwrap())
            .stderr(std::fs::File::create(dir.join("nats.err")).unwrap())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "nats-server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Server { child, port }
    }

    fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }
}

/// Connects as a tablet; `Err` when the server refuses the user.
async fn connect(
    url: &str,
    creds: &Credentials,
) -> Result<
    (
        async_nats::Client,
        mpsc::UnboundedReceiver<async_nats::Event>,
    ),
    String,
> {
    let (tx, rx) = mpsc::unbounded_channel();
    async_nats::ConnectOptions::with_user_and_password(creds.user.clone(), creds.password.clone())
        .event_callback(move |e| {
            let _ = tx.send(e);
            async {}
        })
        .connection_timeout(Duration::from_secs(3))
        .connect(url)
        .await
        .map(|c| (c, rx))
        .map_err(|e| e.to_string())
}

/// Publishes and says whether the server refused it.
async fn refused(
    client: &async_nats::Client,
    events: &mut mpsc::UnboundedReceiver<async_nats::Event>,
    subject: String,
) -> bool {
    client.publish(subject, "x".into()).await.unwrap();
    client.flush().await.unwrap();
    let deadline = tokio::time::Instant::now() + Duration::from_millis(1500);
    loop {
        match tokio::time::timeout_at(deadline, events.recv()).await {
            Ok(Some(async_nats::Event::ServerError(e))) => {
                if e.to_string()
                    .to_lowercase()
                    .contains("permissions violation")
                {
                    return true;
                }
            }
            Ok(Some(_)) => {}
            Ok(None) | Err(_) => return false,
        }
    }
}

#[tokio::test]
#[ignore = "needs PostgreSQL: make test-fleet"]
async fn a_kiosk_gets_in_publishes_only_on_its_subject_and_revoking_cuts_it_off() {
    let pool = database().await;
    let dir = tempfile::tempdir().unwrap();
    let users = dir.path().join("users.conf");
    kiosks::add_site(&pool, "hq", "hq").await.unwrap();
    let one = kiosks::add_kiosk(&pool, "hq", "lobby-1", false)
        .await
        .unwrap();
    let two = kiosks::add_kiosk(&pool, "hq", "lobby-2", false)
        .await
        .unwrap();
    let creds_file = dir.path().join("lobby-1.creds");
    kiosks::write_credentials(&creds_file, &one).unwrap();
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&creds_file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(Credentials::read(&creds_file).unwrap(), one);
    assert_eq!(one.user, "lobby-hq-lobby-1");
    assert_eq!(one.password.len(), 32);
    assert_eq!(kiosks::write_users(&pool, &users, None).await.unwrap(), 2);
    let text = std::fs::read_to_string(&users).unwrap();
    assert!(
        !text.contains(&one.password),
        "only hashes in the users file"
    );

    let server = Server::start(dir.path());
    let (client, mut events) = connect(&server.url(), &one).await.unwrap();
    assert!(!refused(&client, &mut events, fleet::subject("hq", "lobby-1")).await);
    assert!(refused(&client, &mut events, fleet::subject("hq", "lobby-2")).await);
    // A wrong password, or none, is not let in (the placeholder keeps the list non-empty).
    let wrong = Credentials {
        password: "x".repeat(32),
        number: None,
        ..one.clone()
    };
    assert!(connect(&server.url(), &wrong).await.is_err());
    let anonymous = async_nats::ConnectOptions::new()
        .connection_timeout(Duration::from_secs(3))
        .connect(server.url())
        .await;
    assert!(anonymous.is_err(), "a client without a password got in");

    // Adding lobby-1 again is refused; --replace issues new credentials.
    let again = kiosks::add_kiosk(&pool, "hq", "lobby-1", false).await;
    assert!(matches!(again, Err(lobby_hub::Error::KioskExists { .. })));
    assert!(matches!(
        kiosks::add_kiosk(&pool, "nowhere", "lobby-1", false).await,
        Err(lobby_hub::Error::UnknownSite { .. })
    ));

    // Revoke lobby-2, rewrite, reload: lobby-2 is out, lobby-1 still in.
    let (client2, _) = connect(&server.url(), &two).await.unwrap();
    drop(client2);
    kiosks::revoke_kiosk(&pool, "hq", "lobby-2").await.unwrap();
    assert_eq!(kiosks::write_users(&pool, &users, None).await.unwrap(), 1);
    kiosks::reload(server.child.id()).unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    while connect(&server.url(), &two).await.is_ok() {
        assert!(Instant::now() < deadline, "revoked tablet still let in");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(connect(&server.url(), &one).await.is_ok());
    let list = kiosks::kiosks(&pool, Some("hq")).await.unwrap();
    assert_eq!(list.len(), 2);
    assert!(list[1].revoked_at.is_some());
    drop(server);
}

/// Issue 16: a tablet reads its site's two streams with an ordered pull consumer, says it is
/// there on its presence subject, and may still not speak for the hub or another tablet, nor
/// touch a stream. Against the real site server of `tests/fleet/nats.sh`.
#[tokio::test]
#[ignore = "needs PostgreSQL and tests/fleet/nats.sh: make test-fleet"]
async fn a_tablet_reads_its_sites_two_streams_and_may_not_publish_down_or_delete_them() {
    let _servers = SERVERS.lock().await;
    use crate::down::{env, hub_nats, streams, unique_site};
    use async_nats::jetstream::{self, consumer::pull};
    use futures_util::StreamExt;
    use lobby_core::fleet::down::{self, Down, SharedFlag};
    use lobby_hub::serve;

    let pool = database().await;
    let dir = tempfile::tempdir().unwrap();
    let site = unique_site("perm");
    kiosks::add_site(&pool, &site, &env("NATS_SITE"))
        .await
        .unwrap();
    let creds = kiosks::add_kiosk(&pool, &site, "front", false)
        .await
        .unwrap();
    kiosks::add_kiosk(&pool, &site, "back", false)
        .await
        .unwrap();
    kiosks::write_users(&pool, Path::new(&env("NATS_SITE_USERS")), Some(&site))
        .await
        .unwrap();
    let pid: u32 = std::fs::read_to_string(env("NATS_SITE_PIDFILE"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    kiosks::reload(pid).unwrap();

    // The hub makes the streams and publishes one shared change.
    let nats = hub_nats(dir.path());
    let hub = serve::connect(&nats).await.unwrap();
    let site_record = kiosks::Site {
        site: site.clone(),
        js_domain: env("NATS_SITE"),
    };
    serve::ensure_site_stream(&hub, &nats, &site_record)
        .await
        .unwrap();
    streams(&hub, &nats, &site).await;
    let flag = Down::Flag(SharedFlag {
        v: fleet::PROTOCOL,
        problem: "badge-conflict".into(),
        detail: "test".into(),
        at: "2026-11-27T09:00:00.000Z".into(),
    });
    jetstream::new(hub.clone())
        .publish(down::down_subject(&site, "flag"), flag.to_json().into())
        .await
        .unwrap()
        .await
        .unwrap();

    // The tablet, over TLS to its site's server, after the reload has let it in.
    let (tx, mut events) = mpsc::unbounded_channel();
    let deadline = Instant::now() + Duration::from_secs(10);
    let tablet = loop {
        let tx = tx.clone();
        let attempt = async_nats::ConnectOptions::with_user_and_password(
            creds.user.clone(),
            creds.password.clone(),
        )
        .add_root_certificates(env("NATS_SITE_CA").into())
        .require_tls(true)
        .event_callback(move |e| {
            let _ = tx.send(e);
            async {}
        })
        .connection_timeout(Duration::from_secs(3))
        .connect(env("NATS_SITE_URL"))
        .await;
        match attempt {
            Ok(c) => break c,
            Err(e) => {
                assert!(Instant::now() < deadline, "tablet not let in: {e}");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
    };
    let js = jetstream::new(tablet.clone());
    js.publish(fleet::subject(&site, "front"), "up".into())
        .await
        .unwrap()
        .await
        .unwrap();
    for (stream, want) in [
        (fleet::site_stream(&site), b"up".to_vec()),
        (down::site_down_stream(&site), flag.to_json()),
    ] {
        let deadline = Instant::now() + Duration::from_secs(20);
        let body = loop {
            let consumer = js
                .get_stream(&stream)
                .await
                .unwrap()
                .create_consumer(pull::OrderedConfig::default())
                .await
                .unwrap();
            let mut messages = consumer.messages().await.unwrap();
            match tokio::time::timeout(Duration::from_secs(2), messages.next()).await {
                Ok(Some(Ok(m))) => break m.payload.to_vec(),
                other => {
                    assert!(Instant::now() < deadline, "{stream}: {other:?}");
                }
            }
        };
        assert_eq!(body, want, "{stream}");
    }
    // Presence on its own subject, and it hears the others'.
    let mut presence = tablet
        .subscribe(format!("lobby.presence.{site}.*"))
        .await
        .unwrap();
    assert!(
        !refused(
            &tablet,
            &mut events,
            lobby_core::fleet::subscriber::presence_subject(&site, "front")
        )
        .await
    );
    assert!(
        tokio::time::timeout(Duration::from_secs(2), presence.next())
            .await
            .unwrap()
            .is_some()
    );
    // Nothing else.
    assert!(
        refused(
            &tablet,
            &mut events,
            lobby_core::fleet::subscriber::presence_subject(&site, "back")
        )
        .await
    );
    assert!(refused(&tablet, &mut events, down::down_subject(&site, "member")).await);
    assert!(refused(&tablet, &mut events, fleet::subject(&site, "back")).await);
    assert!(js
        .delete_stream(down::site_down_stream(&site))
        .await
        .is_err());
    assert!(js.delete_stream(fleet::site_stream(&site)).await.is_err());
    let site_js = jetstream::with_domain(hub.clone(), env("NATS_SITE"));
    assert!(site_js
        .get_stream(down::site_down_stream(&site))
        .await
        .is_ok());
    assert!(site_js.get_stream(fleet::site_stream(&site)).await.is_ok());
}
