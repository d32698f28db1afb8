//! Guest Wi-Fi passes against a real temporary database, with the clock pinned: a pass at
//! check-in, its end at check-out, the shared passphrase, and the closing-hours timer.
//! FreeRADIUS and hostapd themselves are exercised in `wifi_backends.rs`.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;

use chrono::{DateTime, Duration, TimeZone, Utc};
use lobby_core::audit::{self, Actor, Verdict};
use lobby_core::config::{Config, VisitKind};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::wifi::passes::{self, Holder};
use lobby_core::wifi::qr;
use lobby_core::{Error, Store};

pub const WIFI_SITE: &str = r#"
[visits.types.guest]
code_of_conduct = false
wifi_tier = "guest"
[visits.types.day-pass]
code_of_conduct = false
wifi_tier = "day-pass"
[visits.types.contractor]
code_of_conduct = false
wifi_tier = "guest"
after_hours = true
[visits.types.tour]
code_of_conduct = false
[visits.types.interview]
code_of_conduct = false

[wifi.tiers.guest]
ssid = "Café Guest; 访客"
security = "wpa2"
backend = "none"
vlan = 30
pass_hours = 8

[wifi.tiers.day-pass]
ssid = "Day Pass"
security = "wpa2"
credentials = "shared"
backend = "none"
vlan = 20
rotate_every_hours = 24
"#;

fn config() -> Config {
    Config::parse(WIFI_SITE, None).unwrap()
}

fn berlin(d: u32, h: u32, m: u32) -> DateTime<Utc> {
    chrono_tz::Europe::Berlin
        .with_ymd_and_hms(2026, 11, d, h, m, 0)
        .unwrap()
        .with_timezone(&Utc)
}

fn guest(name: &str) -> CheckInRequest {
    guest_in(name, "en-US")
}

fn day_pass(name: &str) -> CheckInRequest {
    CheckInRequest {
        kind: Some(VisitKind::DayPass),
        email: Some("ada@example.org".into()),
        ..guest(name)
    }
}

fn contractor(name: &str) -> CheckInRequest {
    contractor_in(name, "en-US")
}

async fn audit_text(store: &Store) -> String {
    let mut conn = store.conn().await.unwrap();
    let rows: Vec<(String, Option<String>, String)> =
        sqlx::query_as("SELECT action, subject, details FROM audit_log ORDER BY seq")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    rows.iter()
        .map(|(a, s, d)| format!("{a} {} {d}\n", s.as_deref().unwrap_or("")))
        .collect()
}

async fn live_ids(store: &Store) -> Vec<String> {
    let mut conn = store.conn().await.unwrap();
    passes::live(&mut conn, None)
        .await
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect()
}

#[tokio::test]
async fn a_guest_gets_a_pass_that_ends_when_they_check_out() {
    let (_dir, store, config) = site_with(config()).await;
    let now = berlin(27, 10, 0);
    let visit = visits::check_in(&store, now, &config, &guest("Ada Lovelace"))
        .await
        .unwrap();
    let wifi = visit.wifi.clone().expect("guests get Wi-Fi");
    let id = wifi.pass_id.clone().unwrap();
    assert!(passes::is_pass_id_of("guest", &id), "{id}");
    let password = wifi.password.clone().unwrap();
    // The QR code says what the screen says, and the pass lasts 8 hours (closing is later).
    let (ssid, p, kind, hidden) = qr::parse(&wifi.payload).unwrap();
    assert_eq!(
        (ssid.as_str(), p.as_deref(), kind.as_str(), hidden),
        ("Café Guest; 访客", Some(password.as_str()), "WPA", false)
    );
    assert!(wifi.qr_svg.starts_with("<svg"));
    assert_eq!(wifi.expires_at, (now + Duration::hours(8)).to_rfc3339());
    assert_eq!(live_ids(&store).await, std::slice::from_ref(&id));
    // A staff member sees it, without the password.
    let mut conn = store.conn().await.unwrap();
    let active = passes::active(&mut conn).await.unwrap();
    assert_eq!(
        (active[0].id.as_str(), active[0].holder.as_str()),
        (id.as_str(), "Ada Lovelace")
    );
    drop(conn);

    visits::check_out_by_code(&store, now + Duration::hours(1), &visit.checkout_code)
        .await
        .unwrap();
    assert!(live_ids(&store).await.is_empty());
    let ended: (String, String) =
        sqlx::query_as("SELECT ended_how, password FROM wifi_passes WHERE id = ?")
            .bind(&id)
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!(
        ended,
        ("checkout".into(), String::new()),
        "the password is not kept"
    );
    let log = audit_text(&store).await;
    assert!(log.contains(&format!("wifi-pass-issue wifi:{id}")), "{log}");
    assert!(
        log.contains(&format!("wifi-pass-end wifi:{id} {{\"how\":\"checkout\"}}")),
        "{log}"
    );
    assert!(!log.contains(&password), "no password in the audit log");
    let mut conn = store.conn().await.unwrap();
    assert!(matches!(
        audit::verify(&mut conn, None).await.unwrap(),
        Verdict::Intact { .. }
    ));
}

#[tokio::test]
async fn staff_revoke_a_pass_and_issue_one_by_hand() {
    let (_dir, store, config) = site_with(config()).await;
    let now = berlin(27, 10, 0);
    let mut tx = store.begin_write().await.unwrap();
    let pass = passes::issue(
        &mut tx,
        now,
        &config,
        "guest",
        Holder::Label("Printer technician"),
        Some(2),
        Actor::Staff(1),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(pass.expires_at, (now + Duration::hours(2)).to_rfc3339());
    let id = pass.pass_id.unwrap();
    passes::revoke(&store, now, &id, Actor::Staff(1))
        .await
        .unwrap();
    assert!(live_ids(&store).await.is_empty());
    // Who it was for is personal data: never in the audit log, gone after the retention period.
    assert!(!audit_text(&store).await.contains("Printer technician"));
    visits::anonymise_expired(&store, now + Duration::days(91), &config)
        .await
        .unwrap();
    let label: String = sqlx::query_scalar("SELECT label FROM wifi_passes WHERE id = ?")
        .bind(&id)
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(label, "");
    assert!(matches!(
        passes::revoke(&store, now, &id, Actor::Staff(1)).await,
        Err(Error::WifiPassNotFound)
    ));
    // Bad input is refused and nothing is written.
    let mut tx = store.begin_write().await.unwrap();
    for (tier, hours, label, want) in [
        ("guest", Some(0), "X", "wifi-hours-invalid"),
        ("guest", Some(169), "X", "wifi-hours-invalid"),
        ("lounge", None, "X", "wifi-tier-unknown"),
        ("guest", None, "  ", "field-required"),
        ("guest", None, "a\u{202E}b", "field-invalid-characters"),
    ] {
        let e = passes::issue(
            &mut tx,
            now,
            &config,
            tier,
            Holder::Label(label),
            hours,
            Actor::Cli,
        )
        .await
        .unwrap_err();
        assert_eq!(e.code().as_str(), want);
    }
    drop(tx);
    assert!(live_ids(&store).await.is_empty());
}

#[tokio::test]
async fn day_passes_share_one_passphrase_until_it_rotates() {
    let (_dir, store, config) = site_with(config()).await;
    let now = berlin(27, 9, 0);
    let a = visits::check_in(&store, now, &config, &day_pass("Ada"))
        .await
        .unwrap();
    let b = visits::check_in(&store, now, &config, &day_pass("Bob"))
        .await
        .unwrap();
    let (a, b) = (a.wifi.unwrap(), b.wifi.unwrap());
    assert_eq!(a.password, b.password);
    assert_eq!(a.pass_id, None);
    // It rotates at closing time, the same day (sooner than 24 h).
    assert_eq!(a.expires_at, berlin(27, 20, 0).to_rfc3339());
    passes::rotate(&store, now, &config, "day-pass", Actor::Staff(1))
        .await
        .unwrap();
    let c = visits::check_in(&store, now, &config, &day_pass("Cy"))
        .await
        .unwrap()
        .wifi
        .unwrap();
    assert_ne!(c.password, a.password);
    assert!(matches!(
        passes::rotate(&store, now, &config, "guest", Actor::Cli).await,
        Err(Error::WifiNotShared)
    ));
    let log = audit_text(&store).await;
    assert!(
        !log.contains(a.password.as_deref().unwrap())
            && !log.contains(c.password.as_deref().unwrap())
    );
}

#[tokio::test]
async fn at_closing_guest_wifi_stops_and_opens_again_next_morning() {
    let (_dir, store, config) = site_with(config()).await;
    // Friday: open 08:00-20:00. The first sweep records which tiers are open.
    let morning = berlin(27, 9, 0);
    passes::sweep(&store, morning, &config).await.unwrap();
    let late = visits::check_in(&store, berlin(27, 19, 0), &config, &guest("Ada"))
        .await
        .unwrap();
    let late = late.wifi.unwrap();
    assert_eq!(
        late.expires_at,
        berlin(27, 20, 0).to_rfc3339(),
        "ends at closing, not in 8 h"
    );
    let shared_before = visits::check_in(&store, berlin(27, 19, 0), &config, &day_pass("Bob"))
        .await
        .unwrap()
        .wifi
        .unwrap()
        .password;

    let swept = passes::sweep(&store, berlin(27, 20, 0) + Duration::seconds(5), &config)
        .await
        .unwrap();
    assert_eq!(swept.expired, 1);
    assert_eq!(swept.rotated, ["day-pass"]);
    let mut closed = swept.closed.clone();
    closed.sort();
    assert_eq!(closed, ["day-pass", "guest"]);
    assert!(live_ids(&store).await.is_empty());
    // Nothing new is handed out while closed, and the new passphrase is applied nowhere.
    let night = berlin(27, 22, 0);
    let mut conn = store.conn().await.unwrap();
    assert!(passes::live_shared(&mut conn, None, &config, night)
        .await
        .unwrap()
        .is_empty());
    drop(conn);
    let mut tx = store.begin_write().await.unwrap();
    let e = passes::issue(
        &mut tx,
        night,
        &config,
        "guest",
        Holder::Label("Night owl"),
        None,
        Actor::Cli,
    )
    .await
    .unwrap_err();
    assert!(
        matches!(&e, Error::WifiClosed { opens_at: Some(t) } if t == "10:00"),
        "{e:?}"
    );
    drop(tx);
    // A contractor may stay after closing and still checks in, without Wi-Fi.
    let c = visits::check_in(&store, night, &config, &contractor("Cy Fixer"))
        .await
        .unwrap();
    assert_eq!(
        (c.wifi, c.wifi_closed_until.as_deref()),
        (None, Some("10:00"))
    );
    // A second sweep in the night changes nothing.
    assert!(!passes::sweep(&store, night, &config)
        .await
        .unwrap()
        .changed());

    // Saturday opens at 10:00.
    let opening = berlin(28, 10, 0) + Duration::seconds(5);
    let swept = passes::sweep(&store, opening, &config).await.unwrap();
    let mut opened = swept.opened.clone();
    opened.sort();
    assert_eq!(opened, ["day-pass", "guest"]);
    let next = visits::check_in(&store, opening, &config, &guest("Dee"))
        .await
        .unwrap();
    assert!(next.wifi.is_some());
    let shared_after = visits::check_in(&store, opening, &config, &day_pass("Eve"))
        .await
        .unwrap()
        .wifi
        .unwrap()
        .password;
    assert_ne!(
        shared_after, shared_before,
        "yesterday's passphrase works no more"
    );
    let log = audit_text(&store).await;
    for action in [
        "wifi-tier-close wifi-tier:guest",
        "wifi-tier-open wifi-tier:guest",
        "wifi-rotate wifi-tier:day-pass",
    ] {
        assert!(log.contains(action), "{action} in\n{log}");
    }
    assert!(log.contains("\"reason\":\"closing\""), "{log}");
}

#[tokio::test]
async fn tiers_are_checked_when_the_configuration_is_read() {
    let e = Config::parse("[visits.types.guest]\nwifi_tier = \"lounge\"\n", None).unwrap_err();
    assert_eq!(
        (e.key.as_str(), e.message.id),
        (
            "visits.types.guest.wifi_tier",
            "cli-config-wifi-tier-unknown"
        )
    );
    // The demo gives guests Wi-Fi; a site's own file only when it says so.
    let demo = Config::demo();
    assert_eq!(
        demo.visits
            .get(VisitKind::Guest)
            .unwrap()
            .wifi_tier
            .as_deref(),
        Some("guest")
    );
    let plain = Config::parse("", None).unwrap();
    assert!(plain.wifi.tiers.is_empty());
    assert_eq!(plain.visits.get(VisitKind::Guest).unwrap().wifi_tier, None);
}
