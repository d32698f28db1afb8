//! Self check-out without the code: by the full name a visitor checked in with, confirmed with
//! their host's first name; and the guard that slows down wrong tries at the kiosk, for codes
//! and names alike, so nobody at the glass can check strangers out by guessing.

use super::{check_out_row, CheckOutBy, CheckedOut};
use crate::error::{Error, Result};
use crate::{text, Store};
use chrono::{DateTime, Duration, Utc};
use sqlx::Row;

/// Wrong tries allowed within [`WINDOW`] before each further try must wait [`PAUSE`].
pub const FREE_TRIES: usize = 5;
pub const WINDOW: Duration = Duration::minutes(10);
/// Never longer than this: a visitor who only mistyped waits half a minute at most.
pub const PAUSE: Duration = Duration::seconds(30);

/// Wrong check-out tries at this kiosk (codes and names together), in memory: a restart
/// forgets them, which costs an attacker a restart per five tries.
#[derive(Debug, Default)]
pub struct CheckoutGuard {
    failures: Vec<DateTime<Utc>>,
}

impl CheckoutGuard {
    /// Refuses a try while the pause after too many wrong tries runs.
    pub fn check(&mut self, now: DateTime<Utc>) -> Result<()> {
        self.failures.retain(|t| now - *t < WINDOW);
        if self.failures.len() < FREE_TRIES {
            return Ok(());
        }
        let last = self.failures.iter().max().copied().unwrap_or(now);
        let wait = (last + PAUSE - now).num_seconds();
        if wait > 0 {
            return Err(Error::CheckoutPaused {
                retry_after_secs: wait as u64,
            });
        }
        Ok(())
    }

    /// Counts a wrong try; returns how many there were in the window.
    pub fn failed(&mut self, now: DateTime<Utc>) -> usize {
        self.failures.retain(|t| now - *t < WINDOW);
        self.failures.push(now);
        self.failures.len()
    }

    /// Whether this answer is a wrong try (an unknown code or name), not a real check-out or
    /// a fault of the kiosk.
    pub fn is_wrong_try(result: &Result<CheckedOut>) -> bool {
        matches!(
            result,
            Err(Error::CheckoutCodeUnknown | Error::CheckoutNameUnknown)
        )
    }
}

/// Checks out the one open visit whose name, folded (case and accents), is exactly `name`,
/// when `host_first_name` is the first name of its host (or tour guide). No match, several
/// matches, a visit with no host and a wrong first name all give the same answer, which sends
/// the visitor to the front desk and says nothing about anyone else.
pub async fn check_out_by_name(
    store: &Store,
    now: DateTime<Utc>,
    name: &str,
    host_first_name: &str,
) -> Result<CheckedOut> {
    let wanted = fold_words(name);
    let host_wanted = fold_words(host_first_name);
    if wanted.is_empty() || host_wanted.is_empty() {
        return Err(Error::CheckoutNameUnknown);
    }
    let mut tx = store.begin_write().await?;
    let rows = sqlx::query(
        "SELECT v.id, v.name, coalesce(m.name, s.name) FROM visits v
         LEFT JOIN members m ON m.id = v.host_member_id
         LEFT JOIN staff s ON s.id = v.guide_staff_id
         WHERE v.checked_out_at IS NULL AND v.name <> ''",
    )
    .fetch_all(&mut *tx)
    .await?;
    let matching: Vec<(i64, Option<String>)> = rows
        .iter()
        .filter(|r| fold_words(&r.get::<String, _>(1)) == wanted)
        .map(|r| (r.get(0), r.get(2)))
        .collect();
    let [(id, Some(host))] = matching.as_slice() else {
        return Err(Error::CheckoutNameUnknown);
    };
    if fold_words(&text::first_name(host)) != host_wanted {
        return Err(Error::CheckoutNameUnknown);
    }
    let out = check_out_row(&mut tx, now, *id, CheckOutBy::Visitor).await?;
    tx.commit().await?;
    Ok(out)
}

/// Folded words joined by one space: "  Zoë   MÜLLER " and "zoe muller" are the same name.
fn fold_words(s: &str) -> String {
    text::fold(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + secs, 0).unwrap()
    }

    #[test]
    fn five_wrong_tries_are_free_then_each_waits_half_a_minute_at_most() {
        let mut g = CheckoutGuard::default();
        for i in 0..5 {
            g.check(at(i)).unwrap();
            g.failed(at(i));
        }
        let paused = g.check(at(5));
        assert!(
            matches!(paused, Err(Error::CheckoutPaused { retry_after_secs }) if retry_after_secs <= 30),
            "{paused:?}"
        );
        // Half a minute after the last wrong try, one more try.
        g.check(at(4 + 30)).unwrap();
        g.failed(at(34));
        assert!(g.check(at(40)).is_err());
        // Ten minutes on, the old tries no longer count.
        g.check(at(34 + 600)).unwrap();
    }

    #[test]
    fn names_match_whatever_the_case_accents_and_spaces() {
        assert_eq!(fold_words("  Zoë   MÜLLER "), fold_words("zoe muller"));
        assert_ne!(fold_words("Zoe Muller"), fold_words("Zoe Mullers"));
    }
}
