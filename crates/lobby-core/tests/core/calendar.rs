//! Time as a calendar, not a stopwatch: the site's rules across the nights the clocks change in
//! Europe/Berlin and America/New_York in 2026, and a wall clock that an NTP correction sets back
//! an hour.
//!
//! - Berlin springs forward on 29 March (02:00 → 03:00) and falls back on 25 October
//!   (03:00 → 02:00); New York springs forward on 8 March (02:00 → 03:00) and falls back on
//!   1 November (02:00 → 01:00). All four are Sundays.
//! - Opening hours are wall-clock times. A time the clock skips happens when the clock passes
//!   it; a time the clock shows twice happens once, the first time.
//! - Closing time checks each visitor out once and ends each Wi-Fi pass once, even when the
//!   clock goes back and closing time comes round again; the audit chain stays valid.
//! - Durations are real time: a pass's hours, retention days (24 hours each, as
//!   `anonymise_expired` documents), the 72-hour breach clock and the backup interval.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use crate::common::*;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::America::New_York;
use chrono_tz::Europe::Berlin;
use chrono_tz::Tz;
use lobby_core::audit::{self, Actor, Verdict};
use lobby_core::config::{next_closing, Config};
use lobby_core::incidents::{self, IncidentKind, ReportRequest};
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::wifi::passes::{self, Holder};
use lobby_core::{backup, signage, Store};

/// One night the clocks change: the zone and the Sunday it happens.
#[derive(Debug, Clone, Copy)]
struct Change {
    tz: Tz,
    sunday: (u32, u32),
}

const BERLIN_SPRING: Change = Change {
    tz: Berlin,
    sunday: (3, 29),
};
const BERLIN_FALL: Change = Change {
    tz: Berlin,
    sunday: (10, 25),
};
const NEW_YORK_SPRING: Change = Change {
    tz: New_York,
    sunday: (3, 8),
};
const NEW_YORK_FALL: Change = Change {
    tz: New_York,
    sunday: (11, 1),
};
const ALL_CHANGES: [Change; 4] = [BERLIN_SPRING, BERLIN_FALL, NEW_YORK_SPRING, NEW_YORK_FALL];

impl Change {
    fn day(self, offset: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, self.sunday.0, self.sunday.1).unwrap()
            + Duration::days(offset)
    }

    /// `hh:mm` on the wall clock, `offset` days from the Sunday; the time must happen once.
    fn at(self, offset: i64, h: u32, m: u32) -> DateTime<Utc> {
        let local = self.day(offset).and_hms_opt(h, m, 0).unwrap();
        self.tz
            .from_local_datetime(&local)
            .single()
            .unwrap_or_else(|| panic!("{local} is not a single instant in {}", self.tz))
            .with_timezone(&Utc)
    }

    /// `hh:mm` on the Sunday itself.
    fn sunday_at(self, h: u32, m: u32) -> DateTime<Utc> {
        self.at(0, h, m)
    }

    /// The evening before: Saturday, 21:00.
    fn saturday_evening(self) -> DateTime<Utc> {
        self.at(-1, 21, 0)
    }

    /// The wall clock at `t` in this zone, `YYYY-MM-DD HH:MM`.
    fn wall(self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.tz)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    }
}

fn utc(month: u32, day: u32, h: u32, m: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, month, day, h, m, 0).unwrap()
}

/// A site in `tz`, open `hours` every day, whose guests get a pass on the `guest` tier
/// (8 hours, ending at closing time), plus `extra` configuration.
fn site_config(tz: Tz, hours: &str, extra: &str) -> Config {
    let days = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
    .map(|d| format!("{d} = \"{hours}\"\n"))
    .concat();
    let text = format!(
        r#"[site]
time_zone = "{tz}"
[hours]
{days}
[visits.types.guest]
code_of_conduct = false
wifi_tier = "guest"

[wifi.tiers.guest]
ssid = "Guest"
security = "wpa2"
backend = "none"
vlan = 30
pass_hours = 8
{extra}"#,
        tz = tz.name()
    );
    Config::parse(&text, None).unwrap()
}

/// When, between `from` and `until` (minute by minute), the site opened (`true`) or closed.
fn changes_between(
    config: &Config,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Vec<(DateTime<Utc>, bool)> {
    let mut out = Vec::new();
    let mut was = passes::is_open(config, from);
    let mut t = from;
    while t < until {
        t += Duration::minutes(1);
        let now = passes::is_open(config, t);
        if now != was {
            out.push((t, now));
            was = now;
        }
    }
    out
}

fn guest(name: &str) -> CheckInRequest {
    guest_in(name, "en-US")
}

async fn intact(store: &Store) {
    let mut conn = store.conn().await.unwrap();
    let verdict = audit::verify(&mut conn, None).await.unwrap();
    assert!(matches!(verdict, Verdict::Intact { .. }), "{verdict:?}");
}

/// How many audit rows of `action` each subject has.
async fn audit_counts(store: &Store, action: &str) -> Vec<(String, i64)> {
    sqlx::query_as(
        "SELECT COALESCE(subject, ''), COUNT(*) FROM audit_log WHERE action = ?
         GROUP BY subject ORDER BY subject",
    )
    .bind(action)
    .fetch_all(store.pool())
    .await
    .unwrap()
}

async fn checked_out_at(store: &Store, visit_id: i64) -> Option<DateTime<Utc>> {
    let at: Option<String> = sqlx::query_scalar("SELECT checked_out_at FROM visits WHERE id = ?")
        .bind(visit_id)
        .fetch_one(store.pool())
        .await
        .unwrap();
    at.map(|a| {
        DateTime::parse_from_rfc3339(&a)
            .unwrap()
            .with_timezone(&Utc)
    })
}

async fn sweep_visits(store: &Store, now: DateTime<Utc>, config: &Config) -> usize {
    visits::sweep_closing(store, now, config).await.unwrap()
}

// ---------------------------------------------------------------------------------------------
// Opening hours on the nights themselves.

#[test]
fn spring_forward_night_a_closing_time_in_the_skipped_hour_is_when_the_clock_passes_it() {
    // 02:30 does not exist that night; the clock passes it when it jumps to 03:00.
    for change in [BERLIN_SPRING, NEW_YORK_SPRING] {
        let config = site_config(change.tz, "01:30-02:30", "");
        let inside = change.sunday_at(1, 45);
        let jump = change.sunday_at(3, 0);
        assert_eq!(jump - inside, Duration::minutes(15), "{change:?}");
        assert!(passes::is_open(&config, inside), "{change:?}");
        assert!(
            !passes::is_open(&config, jump),
            "{change:?}: closed at 03:00"
        );
        let closing = next_closing(&config, inside).unwrap();
        assert_eq!(
            change.wall(closing),
            change.wall(jump),
            "{change:?}: closes that night, not a day late"
        );
        // Open exactly from 01:30 until the jump, once.
        let opened = change.sunday_at(1, 30);
        assert_eq!(
            changes_between(&config, change.at(-1, 12, 0), change.sunday_at(12, 0)),
            [(opened, true), (jump, false)],
            "{change:?}"
        );
    }
}

#[test]
fn spring_forward_night_an_opening_time_in_the_skipped_hour_opens_when_the_clock_passes_it() {
    for change in [BERLIN_SPRING, NEW_YORK_SPRING] {
        let config = site_config(change.tz, "02:30-20:00", "");
        let evening = change.saturday_evening();
        let jump = change.sunday_at(3, 0);
        let frame = signage::frame(&config, evening, None);
        assert!(!frame.open, "{change:?}");
        assert_eq!(
            frame.opens_at.as_deref(),
            Some(jump.to_rfc3339().as_str()),
            "{change:?}: opens tonight as the clock passes 02:30 (wall: {})",
            change.wall(jump)
        );
        assert_eq!(frame.opens_in_days, Some(1), "{change:?}: tomorrow");
        assert_eq!(
            passes::opens_at(&config, evening).as_deref(),
            Some("03:00"),
            "{change:?}"
        );
        assert!(!passes::is_open(&config, jump - Duration::minutes(1)));
        assert!(passes::is_open(&config, jump), "{change:?}");
        assert!(signage::frame(&config, jump, None).open, "{change:?}");
    }
}

#[test]
fn the_evening_before_each_change_the_site_opens_tomorrow_at_its_usual_local_time() {
    for change in ALL_CHANGES {
        let config = site_config(change.tz, "08:00-20:00", "");
        let evening = change.saturday_evening();
        let eight = change.sunday_at(8, 0);
        let frame = signage::frame(&config, evening, None);
        assert!(!frame.open, "{change:?}");
        assert_eq!(
            frame.opens_at.as_deref(),
            Some(eight.to_rfc3339().as_str()),
            "{change:?}"
        );
        assert_eq!(frame.opens_in_days, Some(1), "{change:?}");
        assert_eq!(
            passes::opens_at(&config, evening).as_deref(),
            Some("08:00"),
            "{change:?}"
        );
        // Sunday is an ordinary 12-hour day: the change happened in the night.
        let closing = next_closing(&config, eight).unwrap();
        assert_eq!(closing, change.sunday_at(20, 0), "{change:?}");
        assert_eq!(closing - eight, Duration::hours(12), "{change:?}");
        assert_eq!(
            changes_between(&config, evening, change.at(1, 7, 0)),
            [(eight, true), (closing, false)],
            "{change:?}"
        );
    }
}

#[test]
fn fall_back_night_a_closing_time_in_the_repeated_hour_closes_once_the_first_time() {
    // Berlin shows 02:30 at 00:30 and 01:30 UTC; New York shows 01:30 at 05:30 and 06:30 UTC.
    for (change, hours, opens, first, second) in [
        (
            BERLIN_FALL,
            "01:30-02:30",
            1,
            utc(10, 25, 0, 30),
            utc(10, 25, 1, 30),
        ),
        (
            NEW_YORK_FALL,
            "00:30-01:30",
            0,
            utc(11, 1, 5, 30),
            utc(11, 1, 6, 30),
        ),
    ] {
        let config = site_config(change.tz, hours, "");
        assert_eq!(change.wall(first), change.wall(second), "both show closing");
        let opened = change.sunday_at(opens, 30);
        assert_eq!(
            next_closing(&config, opened).unwrap(),
            first,
            "{change:?}: closes the first time the clock shows it"
        );
        assert_eq!(
            changes_between(&config, change.at(-1, 12, 0), change.sunday_at(12, 0)),
            [(opened, true), (first, false)],
            "{change:?}: does not open again when the hour repeats"
        );
    }
}

#[test]
fn fall_back_night_an_opening_time_in_the_repeated_hour_opens_once_the_first_time() {
    for (change, hours, first) in [
        (BERLIN_FALL, "02:30-20:00", utc(10, 25, 0, 30)),
        (NEW_YORK_FALL, "01:30-20:00", utc(11, 1, 5, 30)),
    ] {
        let config = site_config(change.tz, hours, "");
        let frame = signage::frame(&config, change.saturday_evening(), None);
        assert_eq!(
            frame.opens_at.as_deref(),
            Some(first.to_rfc3339().as_str()),
            "{change:?}"
        );
        let closing = change.sunday_at(20, 0);
        assert_eq!(
            changes_between(&config, change.saturday_evening(), change.at(1, 0, 0)),
            [(first, true), (closing, false)],
            "{change:?}: stays open when the hour repeats"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Closing time: check-out and Wi-Fi, once each, when the clock goes back.

#[tokio::test]
async fn closing_time_on_change_days_checks_each_visitor_out_once_even_when_the_clock_goes_back() {
    for change in ALL_CHANGES {
        let config = site_config(change.tz, "08:00-20:00", "");
        let (_dir, store, config) = site_with(config).await;
        let at = |h, m| change.sunday_at(h, m);
        passes::sweep(&store, at(9, 0), &config).await.unwrap();
        let ada = visits::check_in(&store, at(10, 0), &config, &guest("Ada Early"))
            .await
            .unwrap();
        let bob = visits::check_in(&store, at(19, 0), &config, &guest("Bob Late"))
            .await
            .unwrap();
        assert_eq!(
            bob.wifi.unwrap().expires_at,
            at(20, 0).to_rfc3339(),
            "{change:?}: Bob's pass ends at closing"
        );

        assert_eq!(sweep_visits(&store, at(19, 59), &config).await, 0);
        assert_eq!(sweep_visits(&store, at(20, 1), &config).await, 2);
        let swept = passes::sweep(&store, at(20, 1), &config).await.unwrap();
        assert_eq!(swept.closed, ["guest"], "{change:?}");

        // An NTP correction: it is really 19:01. The site is open again until 20:00 (guest
        // Wi-Fi follows the corrected clock), but nobody who left is touched again.
        assert_eq!(sweep_visits(&store, at(19, 1), &config).await, 0);
        let swept = passes::sweep(&store, at(19, 1), &config).await.unwrap();
        assert_eq!(swept.expired, 0, "{change:?}: no pass ends again");
        let cleo = visits::check_in(&store, at(19, 30), &config, &guest("Cleo Corrected"))
            .await
            .unwrap();
        assert!(cleo.wifi.is_some(), "{change:?}");

        // Closing time comes round again: only Cleo is checked out, only her pass ends.
        assert_eq!(sweep_visits(&store, at(20, 1), &config).await, 1);
        passes::sweep(&store, at(20, 1), &config).await.unwrap();
        assert_eq!(sweep_visits(&store, at(20, 30), &config).await, 0);
        assert_eq!(
            passes::sweep(&store, at(20, 30), &config).await.unwrap(),
            Default::default()
        );

        for v in [ada.visit_id, bob.visit_id, cleo.visit_id] {
            assert_eq!(
                checked_out_at(&store, v).await,
                Some(at(20, 0)),
                "{change:?}: visit {v} as of closing"
            );
        }
        // One audit row per visit and per pass, each once.
        for action in ["visit-check-out", "wifi-pass-end"] {
            let counts = audit_counts(&store, action).await;
            assert_eq!(counts.len(), 3, "{change:?} {action}: {counts:?}");
            assert!(
                counts.iter().all(|(_, n)| *n == 1),
                "{change:?} {action}: {counts:?}"
            );
        }
        intact(&store).await;
    }
}

#[tokio::test]
async fn a_closing_time_in_the_skipped_hour_checks_out_and_ends_wifi_that_night() {
    for change in [BERLIN_SPRING, NEW_YORK_SPRING] {
        let config = site_config(change.tz, "01:30-02:30", "");
        let (_dir, store, config) = site_with(config).await;
        let jump = change.sunday_at(3, 0);
        passes::sweep(&store, change.sunday_at(1, 35), &config)
            .await
            .unwrap();
        let ada = visits::check_in(&store, change.sunday_at(1, 45), &config, &guest("Ada"))
            .await
            .unwrap();
        assert_eq!(
            ada.wifi.unwrap().expires_at,
            jump.to_rfc3339(),
            "{change:?}: the pass ends at closing, not 8 hours on"
        );

        let after = jump + Duration::minutes(1);
        let swept = passes::sweep(&store, after, &config).await.unwrap();
        assert_eq!(
            (swept.expired, swept.closed.as_slice()),
            (1, &["guest".to_string()][..])
        );
        assert_eq!(sweep_visits(&store, after, &config).await, 1, "{change:?}");
        assert_eq!(checked_out_at(&store, ada.visit_id).await, Some(jump));

        // The clock goes back an hour, then forward past closing again: nothing twice.
        for t in [after - Duration::hours(1), after + Duration::minutes(5)] {
            assert_eq!(
                sweep_visits(&store, t, &config).await,
                0,
                "{change:?} at {t}"
            );
            assert!(!passes::sweep(&store, t, &config).await.unwrap().changed());
        }
        assert_eq!(audit_counts(&store, "visit-check-out").await.len(), 1);
        assert_eq!(audit_counts(&store, "wifi-pass-end").await.len(), 1);
        assert_eq!(audit_counts(&store, "wifi-tier-close").await.len(), 1);
        intact(&store).await;
    }
}

#[tokio::test]
async fn a_closing_time_in_the_repeated_hour_closes_the_wifi_once() {
    let change = BERLIN_FALL;
    let config = site_config(change.tz, "01:30-02:30", "");
    let (_dir, store, config) = site_with(config).await;
    let mut t = change.sunday_at(1, 35);
    passes::sweep(&store, t, &config).await.unwrap();
    let mut closed = Vec::new();
    let mut opened = Vec::new();
    // Every five minutes through the night, both 02:00-03:00 hours included.
    while t < change.sunday_at(6, 0) {
        t += Duration::minutes(5);
        let swept = passes::sweep(&store, t, &config).await.unwrap();
        closed.extend(swept.closed.iter().map(|c| (t, c.clone())));
        opened.extend(swept.opened.iter().map(|c| (t, c.clone())));
    }
    assert_eq!(closed, [(utc(10, 25, 0, 30), "guest".to_string())]);
    assert!(opened.is_empty(), "{opened:?}");
    intact(&store).await;
}

// ---------------------------------------------------------------------------------------------
// Durations are real time.

#[tokio::test]
async fn a_wifi_pass_issued_the_evening_before_lasts_its_hours_in_real_time() {
    // An all-day tier that does not close: the pass runs its 8 hours through the night.
    let tier = "[wifi.tiers.lounge]\nssid = \"Lounge\"\nsecurity = \"wpa2\"\nbackend = \"none\"\nvlan = 40\npass_hours = 8\nclose_at_closing = false\n";
    for (change, wall_end) in [(BERLIN_SPRING, "07:00"), (NEW_YORK_FALL, "05:00")] {
        let config = site_config(change.tz, "08:00-20:00", tier);
        let (_dir, store, config) = site_with(config).await;
        let issued = change.at(-1, 22, 0);
        let mut tx = store.begin_write().await.unwrap();
        let pass = passes::issue(
            &mut tx,
            issued,
            &config,
            "lounge",
            Holder::Label("Night owl"),
            None,
            Actor::Cli,
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let end = issued + Duration::hours(8);
        assert_eq!(pass.expires_at, end.to_rfc3339(), "{change:?}");
        assert_eq!(
            change.wall(end),
            format!("{} {wall_end}", change.day(0)),
            "{change:?}: the wall clock moved by 9 or 7 hours"
        );
        let before = passes::sweep(&store, end - Duration::minutes(1), &config)
            .await
            .unwrap();
        assert_eq!(before.expired, 0, "{change:?}");
        let at_end = passes::sweep(&store, end, &config).await.unwrap();
        assert_eq!(at_end.expired, 1, "{change:?}");
    }
}

#[tokio::test]
async fn retention_days_are_24_real_hours_and_end_on_the_expected_local_day() {
    // `anonymise_expired`: visits that ended more than the retention period ago. The period
    // spans a change; 30 days later the wall clock shows 13:00 (spring) or 11:00 (autumn).
    for (change, out, wall) in [
        (BERLIN_SPRING, (3, 20), "2026-04-19 13:00"),
        (NEW_YORK_FALL, (10, 20), "2026-11-19 11:00"),
    ] {
        let config = Config::parse(
            &format!(
                "[site]\ntime_zone = \"{}\"\n[visits]\nretention_days = 30\n{NO_CODE_OF_CONDUCT}",
                change.tz.name()
            ),
            None,
        )
        .unwrap();
        let (_dir, store, config) = site_with(config).await;
        let local = |h| {
            change
                .tz
                .with_ymd_and_hms(2026, out.0, out.1, h, 0, 0)
                .single()
                .unwrap()
                .with_timezone(&Utc)
        };
        let v = visits::check_in(&store, local(11), &config, &guest("Rita Retained"))
            .await
            .unwrap();
        let checked_out = local(12);
        visits::check_out_by_code(&store, checked_out, &v.checkout_code)
            .await
            .unwrap();
        let due = checked_out + Duration::days(30);
        assert_eq!(change.wall(due), wall, "{change:?}");
        let kept = visits::anonymise_expired(&store, due - Duration::minutes(1), &config)
            .await
            .unwrap();
        assert_eq!(kept, 0, "{change:?}: 30 days have not passed");
        let gone = visits::anonymise_expired(&store, due + Duration::minutes(1), &config)
            .await
            .unwrap();
        assert_eq!(gone, 1, "{change:?}");
        intact(&store).await;
    }
}

#[tokio::test]
async fn the_72_hour_breach_clock_is_72_real_hours_across_a_change() {
    for change in ALL_CHANGES {
        let (_dir, store, _config) = site_with(site_config(change.tz, "08:00-20:00", "")).await;
        // Friday 10:00 on the wall clock, two nights before the change.
        let reported = change.at(-2, 10, 0);
        let r = incidents::report(
            &store,
            reported,
            &ReportRequest {
                kind: Some(IncidentKind::DataExposure),
                description: "Visitor list left on the printer".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let deadline = reported + Duration::hours(72);
        let mut conn = store.conn().await.unwrap();
        let listed = incidents::list(&mut conn, reported, false).await.unwrap();
        let i = listed.iter().find(|i| i.id == r.id).unwrap();
        assert_eq!(
            i.notify_by.as_deref(),
            Some(deadline.to_rfc3339().as_str()),
            "{change:?}: Monday {} on the wall clock",
            change.wall(deadline)
        );
        assert_eq!(i.hours_left, Some(72), "{change:?}");
        let listed = incidents::list(&mut conn, deadline - Duration::hours(1), false)
            .await
            .unwrap();
        let i = listed.iter().find(|i| i.id == r.id).unwrap();
        assert_eq!(i.hours_left, Some(1), "{change:?}");
        for (t, overdue) in [
            (deadline - Duration::minutes(1), 0),
            (deadline + Duration::minutes(1), 1),
        ] {
            let figures = incidents::figures(&mut conn, t).await.unwrap();
            assert_eq!(figures.overdue, overdue, "{change:?} at {t}");
        }
    }
}

#[tokio::test]
async fn a_daily_backup_falls_due_24_real_hours_later_across_a_change() {
    // Saturday 03:00 → Sunday 04:00 (spring) or 02:00 (autumn) on the wall clock.
    for (change, wall_due) in [(BERLIN_SPRING, "04:00"), (NEW_YORK_FALL, "02:00")] {
        let config = site_config(change.tz, "08:00-20:00", "[backup]\nevery_hours = 24\n");
        let (_dir, store, config) = site_with(config).await;
        let taken = change.at(-1, 3, 0);
        backup::backup_now(&store, &config, taken, Actor::System)
            .await
            .unwrap();
        let due_at = taken + Duration::hours(24);
        assert_eq!(change.wall(due_at), format!("{} {wall_due}", change.day(0)));
        assert!(!backup::due(&store, &config, due_at - Duration::minutes(1))
            .await
            .unwrap());
        assert!(backup::due(&store, &config, due_at).await.unwrap());
        let status = backup::status(&store, &config, due_at).await.unwrap();
        assert!(!status.stale, "{change:?}");
        intact(&store).await;
    }
}
