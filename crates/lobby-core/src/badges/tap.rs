//! What a tap means, decided in one place for every source of UIDs. The shell reads the reader
//! (or the keyboard), says what the screen is doing and where the UID came from, and shows the
//! answer.
//!
//! The rule for typed UIDs: a keyboard-wedge reader, or anyone at a USB keyboard or calling
//! the `badge_wedge` command, can type any number. A typed UID identifies a member at most: it
//! never stands in for a staff member's second factor and is never enrolled.

use super::{describe, is_staff_badge, tap as member_tap, CardRead, Refusal, Tapped};
use crate::config::Config;
use crate::error::Result;
use crate::reader::{CardType, Uid};
use crate::Store;
use chrono::{DateTime, Utc};

/// Where a UID came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TapSource {
    /// A card on a PC/SC reader.
    Reader,
    /// Typed: a keyboard-wedge reader, or a person at a keyboard.
    Keyboard,
}

/// What the kiosk is doing when the tap comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    /// Signed-in staff asked for the next card to enroll.
    pub enrolling: bool,
}

/// What the tap means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Keep the card for staff to enroll; show them what it is.
    Enroll(CardRead),
    /// A staff member's badge, from the reader: it stands in for the code at sign-in.
    StaffBadge,
    /// A member's tap at the home screen, done (checked in, or refused and audited).
    Member(Tapped),
    /// Nothing done.
    Refused(Refusal),
}

/// Decides (and for a member's tap, records) what a tap means.
pub async fn decide(
    store: &Store,
    now: DateTime<Utc>,
    config: &Config,
    screen: Screen,
    uid: &Uid,
    card: CardType,
    source: TapSource,
) -> Result<Decision> {
    if screen.enrolling {
        return Ok(match source {
            TapSource::Reader => {
                Decision::Enroll(describe(&mut *store.conn().await?, uid, card).await?)
            }
            TapSource::Keyboard => Decision::Refused(Refusal::Typed),
        });
    }
    if source == TapSource::Reader && is_staff_badge(&mut *store.conn().await?, uid).await? {
        return Ok(Decision::StaffBadge);
    }
    // A typed staff UID goes no further than a member's tap: no member has it, so it is
    // unknown (and audited as such).
    Ok(Decision::Member(member_tap(store, now, config, uid).await?))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly
mod tests {
    use super::*;
    use crate::staff;
    use crate::FixedClock;
    use chrono::TimeZone;

    async fn site() -> (tempfile::TempDir, Store, Config, DateTime<Utc>) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).await.unwrap();
        let config = Config::demo();
        let now = Utc.with_ymd_and_hms(2026, 11, 27, 10, 0, 0).unwrap();
        crate::demo::seed(&store, &FixedClock::new(now), &config, "Lobby")
            .await
            .unwrap();
        (dir, store, config, now)
    }

    fn uid(hex: &str) -> Uid {
        Uid::parse_hex(hex).unwrap()
    }

    #[tokio::test]
    async fn a_staff_badge_counts_only_from_the_reader() {
        let (_d, store, config, now) = site().await;
        let staff = staff::roster(&store).await.unwrap()[0].id;
        let card = uid("04A1B2C3D4E5F6");
        crate::badges::enroll_staff(&store, now, staff, &card)
            .await
            .unwrap();
        let home = Screen { enrolling: false };
        let decide = |source| decide(&store, now, &config, home, &card, CardType::Unknown, source);
        assert_eq!(
            decide(TapSource::Reader).await.unwrap(),
            Decision::StaffBadge
        );
        assert_eq!(
            decide(TapSource::Keyboard).await.unwrap(),
            Decision::Member(Tapped::Unknown),
            "a typed staff UID is nobody's badge"
        );
    }

    #[tokio::test]
    async fn only_a_card_on_the_reader_is_offered_for_enrollment() {
        let (_d, store, config, now) = site().await;
        let card = uid("04A1B2C3D4E5F7");
        let enrolling = Screen { enrolling: true };
        let read = decide(
            &store,
            now,
            &config,
            enrolling,
            &card,
            CardType::MifareClassic1k,
            TapSource::Reader,
        )
        .await
        .unwrap();
        assert!(
            matches!(read, Decision::Enroll(CardRead { .. })),
            "{read:?}"
        );
        assert_eq!(
            decide(
                &store,
                now,
                &config,
                enrolling,
                &card,
                CardType::Unknown,
                TapSource::Keyboard
            )
            .await
            .unwrap(),
            Decision::Refused(Refusal::Typed)
        );
    }
}
