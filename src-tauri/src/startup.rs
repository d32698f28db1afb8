//! Where a start's time goes: marks taken on the way from `main` to the home screen, on the
//! Rust side here and in the page (`performance.mark`), written with the ready signal to
//! `LOBBY_READY_FILE` so `lobby-bench` can print them. Cheap enough to take on every start;
//! the log gets them too.

use std::sync::Mutex;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

struct Start {
    at: Instant,
    /// The same moment, in milliseconds since the epoch, to place the page's marks (which
    /// count from the page's own time origin).
    epoch_ms: f64,
    marks: Vec<(&'static str, f64)>,
}

static START: Mutex<Option<Start>> = Mutex::new(None);

/// The process has started: marks count from here.
pub fn begin() {
    let epoch_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or(0.0);
    *START.lock().unwrap_or_else(|e| e.into_inner()) = Some(Start {
        at: Instant::now(),
        epoch_ms,
        marks: Vec::new(),
    });
}

/// The start reached `name`.
pub fn mark(name: &'static str) {
    if let Some(start) = START.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        let ms = start.at.elapsed().as_secs_f64() * 1000.0;
        start.marks.push((name, ms));
    }
}

/// The ready file's text: `ready`, then one line per mark, `rust NAME MS` or `page NAME MS`,
/// in milliseconds since the process started. `page` holds the page's marks as milliseconds
/// since its time origin, which is `origin` (milliseconds since the epoch).
pub fn report(origin: Option<f64>, page: &[(String, f64)]) -> String {
    let guard = START.lock().unwrap_or_else(|e| e.into_inner());
    let mut out = String::from("ready\n");
    let Some(start) = guard.as_ref() else {
        return out;
    };
    for (name, ms) in &start.marks {
        out.push_str(&format!("rust {name} {ms:.1}\n"));
    }
    if let Some(origin) = origin {
        let shift = origin - start.epoch_ms;
        for (name, ms) in page {
            // Names come from the page: keep them to one plain word.
            let name: String = name
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .take(40)
                .collect();
            out.push_str(&format!("page {name} {:.1}\n", ms + shift));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_places_page_marks_on_the_process_clock() {
        begin();
        mark("database");
        let epoch = START.lock().unwrap().as_ref().unwrap().epoch_ms;
        let text = report(
            Some(epoch + 300.0),
            &[("script".into(), 50.0), ("x y\n".into(), 1.0)],
        );
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "ready");
        assert!(lines[1].starts_with("rust database "));
        assert_eq!(lines[2], "page script 350.0", "{text}");
        assert_eq!(lines[3], "page xy 301.0", "a page's name cannot add a line");
    }
}
