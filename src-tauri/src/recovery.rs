//! The screen recovers by itself (issue 19). When WebKit's web process dies (killed, out of
//! memory, crashed), the kiosk logs and audits it and loads the home screen again at once; an
//! emergency in force is back on screen with the page. A page that stops answering (no
//! heartbeat for [`HUNG_AFTER`]) has its web process ended, which recovers it the same way.
//! When the screen dies [`LIMIT`] times within [`WITHIN`], the app exits with
//! [`EXIT_SCREEN_FAILING`] so the service manager starts it afresh.
//!
//! WebKitGTK (Linux) reports the death through `WebKitWebView::web-process-terminated`; Tauri
//! and wry expose no equivalent on Windows and macOS yet, where only the heartbeat applies
//! (a hung page is reloaded).

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tauri::{AppHandle, Manager, Runtime};

use crate::state::AppState;

/// The exit code when the screen keeps dying: not 3 (which stops the service), so systemd's
/// `Restart=always` starts the kiosk again.
pub const EXIT_SCREEN_FAILING: i32 = 4;
/// How many deaths within [`WITHIN`] end the app.
pub const LIMIT: usize = 3;
pub const WITHIN: Duration = Duration::from_secs(600);
/// A page without a heartbeat for this long is taken for hung.
pub const HUNG_AFTER: Duration = Duration::from_secs(30);
/// How often the watchdog looks.
const LOOK_EVERY: Duration = Duration::from_secs(5);

/// The page's heartbeats and the screen's recent deaths.
#[derive(Default)]
pub struct Watch {
    /// The last heartbeat; `None` until the page (again) sends its first.
    beat: Mutex<Option<Instant>>,
    deaths: Mutex<VecDeque<Instant>>,
}

impl Watch {
    /// The page is alive (`kiosk_heartbeat`).
    pub fn beat(&self) {
        if let Ok(mut b) = self.beat.lock() {
            *b = Some(Instant::now());
        }
    }

    /// Whether the page has been silent too long (never before its first heartbeat).
    fn hung(&self, now: Instant) -> bool {
        self.beat
            .lock()
            .ok()
            .and_then(|b| *b)
            .is_some_and(|at| now.duration_since(at) > HUNG_AFTER)
    }

    /// Counts a death; the number within [`WITHIN`], this one included.
    fn died(&self, now: Instant) -> usize {
        if let Ok(mut b) = self.beat.lock() {
            *b = None;
        }
        let Ok(mut deaths) = self.deaths.lock() else {
            return 1;
        };
        deaths.push_back(now);
        while deaths
            .front()
            .is_some_and(|t| now.duration_since(*t) > WITHIN)
        {
            deaths.pop_front();
        }
        deaths.len()
    }
}

/// Watches the main window's web process and the page's heartbeat, for as long as the app
/// runs.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    #[cfg(target_os = "linux")]
    if let Some(window) = app.get_webview_window("main") {
        let handle = app.clone();
        let hooked = window.with_webview(move |webview| {
            use webkit2gtk::{WebProcessTerminationReason as Why, WebViewExt};
            webview
                .inner()
                .connect_web_process_terminated(move |view, reason| {
                    let why = match reason {
                        Why::Crashed => "crashed",
                        Why::ExceededMemoryLimit => "out-of-memory",
                        Why::TerminatedByApi => "hung",
                        _ => "ended",
                    };
                    on_death(&handle, why);
                    // A new web process, and the app's page loaded in it from the start.
                    view.reload();
                });
        });
        if let Err(e) = hooked {
            tracing::error!(error = %e, "cannot watch the web process");
        }
    }
    let handle = app.clone();
    tauri::async_runtime::spawn(async move {
        loop {
            tokio::time::sleep(LOOK_EVERY).await;
            if !handle.state::<AppState>().screen.hung(Instant::now()) {
                continue;
            }
            tracing::warn!("the page sent no heartbeat for 30 s: restarting it");
            let Some(window) = handle.get_webview_window("main") else {
                continue;
            };
            #[cfg(target_os = "linux")]
            let _ = window.with_webview(|webview| {
                use webkit2gtk::WebViewExt;
                // Reported back through web-process-terminated ("hung").
                webview.inner().terminate_web_process();
            });
            #[cfg(not(target_os = "linux"))]
            {
                on_death(&handle, "hung");
                let _ = window.eval("location.reload()");
            }
        }
    });
}

/// Logs and audits a death; exits when the screen keeps dying.
fn on_death<R: Runtime>(app: &AppHandle<R>, why: &str) {
    let state = app.state::<AppState>();
    let count = state.screen.died(Instant::now());
    let giving_up = count >= LIMIT;
    tracing::error!(
        reason = why,
        in_ten_minutes = count,
        "the screen's web process ended"
    );
    let (store, now) = (state.store.clone(), state.clock.now());
    let record = lobby_core::kiosk::record_screen_restart(&store, now, why, count, giving_up);
    if let Err(e) = tauri::async_runtime::block_on(record) {
        tracing::error!(error = %e, "cannot audit the screen's restart");
    }
    if giving_up {
        tracing::error!("the screen died {count} times in ten minutes: exiting for a fresh start");
        std::process::exit(EXIT_SCREEN_FAILING);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_third_death_within_ten_minutes_gives_up_and_older_ones_are_forgotten() {
        let w = Watch::default();
        let t0 = Instant::now();
        assert_eq!(w.died(t0), 1);
        assert_eq!(w.died(t0 + Duration::from_secs(60)), 2);
        // Ten minutes and ten seconds after the first: it no longer counts.
        assert_eq!(w.died(t0 + Duration::from_secs(610)), 2);
        // The one at one minute still does: three within ten minutes.
        assert_eq!(w.died(t0 + Duration::from_secs(615)), LIMIT);
    }

    #[test]
    fn a_page_is_hung_only_after_a_first_heartbeat_and_30_silent_seconds() {
        let w = Watch::default();
        let t0 = Instant::now();
        assert!(!w.hung(t0 + Duration::from_secs(600)), "no heartbeat yet");
        w.beat();
        assert!(!w.hung(Instant::now() + Duration::from_secs(29)));
        assert!(w.hung(Instant::now() + Duration::from_secs(31)));
        w.died(Instant::now());
        assert!(
            !w.hung(Instant::now() + Duration::from_secs(600)),
            "reset by a death"
        );
    }
}
