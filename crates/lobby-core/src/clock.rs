//! Time is passed in, so rules that depend on it (locks, session expiry, closing time) are
//! tested with a pinned clock instead of sleeping.

use chrono::{DateTime, Duration, Utc};
use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Mutex;

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

/// The real wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that only moves when told to.
#[derive(Debug)]
pub struct FixedClock(Mutex<DateTime<Utc>>);

impl FixedClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        Self(Mutex::new(at))
    }

    pub fn advance(&self, by: Duration) {
        let mut now = self.0.lock().unwrap_or_else(|e| e.into_inner());
        *now += by;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The real clock moved to start at another instant: the app runs at "19:59:50 on a Friday"
/// for an end-to-end test of closing time. Only debug builds honour it (`LOBBY_TEST_CLOCK`).
///
/// It can also be moved while it runs: with a file (`LOBBY_TEST_CLOCK_FILE`), each reading
/// adds the whole seconds written in that file, so a soak test moves the kiosk and the command
/// line through 30 days, and back an hour, without restarting either. No file is no move; a
/// file that cannot be read or parsed (half-written) counts as the last value read.
#[derive(Debug)]
pub struct OffsetClock {
    offset: Duration,
    file: Option<PathBuf>,
    moved: AtomicI64,
}

impl OffsetClock {
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Self {
            offset: start - Utc::now(),
            file: None,
            moved: AtomicI64::new(0),
        }
    }

    /// The real clock, moved by the seconds in `file` whenever it is read.
    pub fn moved_by_file(file: PathBuf) -> Self {
        Self {
            offset: Duration::zero(),
            file: Some(file),
            moved: AtomicI64::new(0),
        }
    }

    /// This clock, also moved by the seconds in `file`.
    pub fn and_moved_by_file(self, file: PathBuf) -> Self {
        Self {
            file: Some(file),
            ..self
        }
    }

    fn moved(&self) -> Duration {
        if let Some(file) = &self.file {
            match std::fs::read_to_string(file).map(|s| s.trim().parse::<i64>()) {
                Ok(Ok(secs)) => self.moved.store(secs, Ordering::Relaxed),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    self.moved.store(0, Ordering::Relaxed)
                }
                _ => {}
            }
        }
        Duration::seconds(self.moved.load(Ordering::Relaxed))
    }
}

impl Clock for OffsetClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + self.offset + self.moved()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_moved_by_a_file_follows_the_file_and_keeps_the_last_good_value() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("moved");
        let clock = OffsetClock::moved_by_file(file.clone());
        let near = |moved: Duration| {
            let d = clock.now() - (Utc::now() + moved);
            d.num_seconds().abs() < 5
        };
        assert!(near(Duration::zero()), "no file: not moved");
        std::fs::write(&file, "2592000\n").unwrap();
        assert!(near(Duration::days(30)));
        std::fs::write(&file, "259").unwrap();
        assert!(near(Duration::seconds(259)));
        std::fs::write(&file, "-36").unwrap();
        assert!(near(Duration::seconds(-36)), "back as well as forward");
        std::fs::write(&file, "25920x").unwrap();
        assert!(near(Duration::seconds(-36)), "half-written: the last value");
        std::fs::remove_file(&file).unwrap();
        assert!(near(Duration::zero()));
    }
}
