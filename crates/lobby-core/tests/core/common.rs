//! What the integration tests share: a pinned Friday morning, a seeded demo site on a fresh
//! temporary database, check-in requests, site settings and a drawn signature.

#![allow(dead_code, clippy::unwrap_used)] // each test binary uses a part; set-up fails loudly

use chrono::{DateTime, TimeZone, Utc};
use lobby_core::config::{Config, VisitKind};
use lobby_core::policies::signature::Signature;
use lobby_core::visits::{self, CheckInRequest};
use lobby_core::{demo, FixedClock, Store};

/// Friday 27 November 2026, 10:00 in Berlin (demo hours: 08:00-20:00 on weekdays).
pub fn friday_morning() -> DateTime<Utc> {
    chrono_tz::Europe::Berlin
        .with_ymd_and_hms(2026, 11, 27, 10, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// `[hours]` open around the clock every day, to put before a test's own configuration, so the
/// real clock can never meet closing time in the middle of a test. (The app's end-to-end tests
/// get the same from `LOBBY_TEST_ALWAYS_OPEN=1`, which their harness sets.)
pub const OPEN_ALL_DAY: &str = r#"[hours]
monday = "00:00-23:59"
tuesday = "00:00-23:59"
wednesday = "00:00-23:59"
thursday = "00:00-23:59"
friday = "00:00-23:59"
saturday = "00:00-23:59"
sunday = "00:00-23:59"
"#;

/// The demo site (staff, members, the sample policies) seeded with `config`.
pub async fn site_with(config: Config) -> (tempfile::TempDir, Store, Config) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    demo::seed(&store, &FixedClock::new(friday_morning()), &config, "Lobby")
        .await
        .unwrap();
    (dir, store, config)
}

/// The demo site with the demo configuration.
pub async fn site() -> (tempfile::TempDir, Store, Config) {
    site_with(Config::demo()).await
}

/// A guest of Amira (M-1001) who accepted the privacy notice, in `lang`. Tests change what
/// they need with `CheckInRequest { field, ..guest_in(name, lang) }`.
pub fn guest_in(name: &str, lang: &str) -> CheckInRequest {
    CheckInRequest {
        kind: Some(VisitKind::Guest),
        name: name.into(),
        host_id: Some("M-1001".into()),
        privacy_accepted: true,
        language: lang.into(),
        ..Default::default()
    }
}

/// A contractor from Fixit, with the phone and purpose contractors must give.
pub fn contractor_in(name: &str, lang: &str) -> CheckInRequest {
    CheckInRequest {
        kind: Some(VisitKind::Contractor),
        company: Some("Fixit".into()),
        phone: Some("+49 30 1234567".into()),
        purpose: Some("Lift repair".into()),
        ..guest_in(name, lang)
    }
}

/// A guest of Amira (M-1001) checked in on Friday morning, in English.
pub async fn check_in_guest(store: &Store, config: &Config, name: &str) {
    visits::check_in(store, friday_morning(), config, &guest_in(name, "en-US"))
        .await
        .unwrap();
}

/// Every visit type of the demo site without the Code of Conduct, so that the form itself
/// decides.
pub const NO_CODE_OF_CONDUCT: &str = "
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

/// A wave across a 900×280 pad: a plausible signature.
pub fn drawn() -> Signature {
    let stroke = (0..=100)
        .map(|i| {
            let x = 80.0 + i as f32 * 7.0;
            [x, 140.0 + 45.0 * (x / 35.0).sin()]
        })
        .collect();
    Signature {
        width: 900.0,
        height: 280.0,
        strokes: vec![stroke],
    }
}
