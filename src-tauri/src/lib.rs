//! The Lobby app: the kiosk window and the operator's command line, in one binary. Setup runs
//! config -> data folder -> logs -> database -> state; the commands are thin wrappers around
//! `lobby-core`.

mod badges;
mod cli;
pub mod commands;
mod logging;
mod recovery;
mod startup;
mod state;

pub use state::AppState;

use lobby_core::kiosk::KioskSettings;
use tauri::{Manager, Runtime};

/// The version line: the workspace version and the git commit it was built from.
pub const VERSION_LINE: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("LOBBY_GIT_COMMIT"),
    ")"
);

/// Parses the command line and runs a subcommand or the kiosk.
pub fn run() -> std::process::ExitCode {
    startup::begin();
    cli::main()
}

/// Refuses every navigation away from the app's own pages: links, `location.href`, redirects.
/// It also hands the page its settings before the first script runs, which saves the home
/// screen an IPC round trip before its first paint (the `kiosk_settings` command stays).
fn kiosk_guard<R: Runtime>(settings: &KioskSettings) -> tauri::plugin::TauriPlugin<R> {
    let settings = serde_json::to_string(settings).unwrap_or_else(|_| "null".into());
    tauri::plugin::Builder::new("kiosk-guard")
        .js_init_script(format!(
            "window.__LOBBY_SETTINGS__ = Object.freeze({settings});"
        ))
        .on_navigation(|_, url| {
            let allowed = is_app_url(url);
            if !allowed {
                tracing::warn!(
                    scheme = url.scheme(),
                    "refused navigation away from the app"
                );
            }
            allowed
        })
        .build()
}

/// The app's own origin: `tauri://localhost` on Linux and macOS, `http(s)://tauri.localhost`
/// on Windows.
pub fn is_app_url(url: &url::Url) -> bool {
    match url.scheme() {
        "tauri" => url.host_str() == Some("localhost"),
        "http" | "https" => url.host_str() == Some("tauri.localhost"),
        _ => false,
    }
}

/// The app with its plugins, state and commands, generic over the runtime so tests can build
/// it on the mock runtime.
pub fn builder<R: Runtime>(state: AppState) -> tauri::Builder<R> {
    tauri::Builder::<R>::new()
        // First, so a second start only focuses the running kiosk.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.set_focus();
            }
        }))
        .plugin(kiosk_guard(&KioskSettings::from_config(&state.config)))
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::kiosk::kiosk_settings,
            commands::kiosk::home_ready,
            commands::kiosk::kiosk_heartbeat,
            commands::staff::staff_sign_in,
            commands::staff::staff_sign_out,
            commands::staff::staff_current,
            commands::staff::staff_roster,
            commands::staff::staff_overview,
            commands::visits::check_in_options,
            commands::visits::host_search,
            commands::visits::check_in_details,
            commands::visits::check_in,
            commands::visits::check_out,
            commands::visits::check_out_by_name,
            commands::visits::profile_find,
            commands::visits::profile_forget,
            commands::visits::staff_approvals,
            commands::visits::staff_approval_decide,
            commands::visits::staff_on_site,
            commands::visits::staff_check_out,
            commands::visits::staff_self_check_outs,
            commands::visits::staff_undo_check_out,
            commands::invitations::invitation_lookup,
            commands::invitations::staff_invitations,
            commands::invitations::staff_invitation_create,
            commands::invitations::staff_invitation_cancel,
            commands::invitations::staff_outbox,
            commands::invitations::staff_outbox_resend,
            commands::printing::badge_print_state,
            commands::printing::staff_badge_reprint,
            commands::printing::staff_printer,
            commands::staff::staff_fleet_status,
            commands::invitations::staff_member_notify,
            commands::invitations::staff_member_notify_set,
            commands::visits::roll_call_current,
            commands::visits::roll_call_start,
            commands::visits::roll_call_mark,
            commands::visits::roll_call_finish,
            commands::policies::policy_document,
            commands::policies::policy_decline,
            commands::policies::staff_member_handover,
            commands::policies::member_policies,
            commands::policies::member_accept,
            commands::policies::member_done,
            commands::badges::badge_next,
            commands::badges::badge_wedge,
            commands::badges::staff_badge_listen,
            commands::badges::staff_badge_groups,
            commands::badges::staff_member_badges,
            commands::badges::staff_badge_enroll,
            commands::badges::staff_badge_replace,
            commands::badges::staff_badge_revoke,
            commands::badges::staff_badges_suspended,
            commands::badges::staff_badge_restore,
            commands::badges::staff_badge_enroll_self,
            commands::badges::staff_member_add,
            commands::wifi::staff_wifi,
            commands::wifi::staff_wifi_issue,
            commands::wifi::staff_wifi_revoke,
            commands::wifi::staff_wifi_rotate,
            commands::staff::staff_security_plan,
            commands::safety::signage_frame,
            commands::safety::emergency_watch,
            commands::safety::emergency_painted,
            commands::safety::report_concern,
            commands::safety::staff_emergency_start,
            commands::safety::staff_emergency_end,
            commands::safety::staff_incidents,
            commands::safety::staff_incident_acknowledge,
            commands::safety::staff_incident_close,
        ])
        .on_page_load(|_, payload| match payload.event() {
            tauri::webview::PageLoadEvent::Started => startup::mark("page-load-started"),
            tauri::webview::PageLoadEvent::Finished => startup::mark("page-load-finished"),
        })
        .setup(|app| {
            startup::mark("tauri-setup");
            if !app.state::<AppState>().config.gpu_compositing {
                paint_without_gpu_compositing(app.handle());
            }
            spawn_housekeeping(app.handle().clone());
            spawn_emergency_watch(app.handle().clone());
            spawn_outbox_sender(app.handle().clone());
            spawn_badge_printer(app.handle().clone());
            spawn_fleet_publisher(app.handle());
            recovery::start(app.handle());
            // Badge readers through pcscd; without pcscd the source keeps retrying quietly.
            badges::start(app.handle(), &lobby_pcsc::PcscSource::new());
            startup::mark("tauri-setup-done");
            Ok(())
        })
}

/// How often closing time is checked and the WAL checkpointed.
const HOUSEKEEPING_EVERY: std::time::Duration = std::time::Duration::from_secs(5);
/// Anonymising scans every past visit, so it runs at start and then once an hour of the
/// wall clock (also when the clock jumps), not every few seconds while visitors check in.
const ANONYMISE_EVERY: chrono::Duration = chrono::Duration::hours(1);

/// Checks out, at closing time, the visitors who may not stay, and anonymises visits past the
/// retention period; runs for as long as the app does.
fn spawn_housekeeping<R: Runtime>(app: tauri::AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let mut anonymised: Option<chrono::DateTime<chrono::Utc>> = None;
        loop {
            let state = app.state::<AppState>();
            let now = state.clock.now();
            match lobby_core::visits::sweep_closing(&state.store, now, &state.config).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(visits = n, "checked out at closing time"),
                Err(e) => tracing::error!(error = %e, "closing-time check-out failed"),
            }
            if anonymised.is_none_or(|at| (now - at).abs() >= ANONYMISE_EVERY) {
                anonymised = Some(now);
                if let Err(e) =
                    lobby_core::visits::anonymise_expired(&state.store, now, &state.config).await
                {
                    tracing::error!(error = %e, "anonymising old visits failed");
                }
                if let Err(e) = lobby_core::policies::receipt::remove_anonymised(&state.store).await
                {
                    tracing::error!(error = %e, "removing anonymised receipts failed");
                }
            }
            if let Err(e) = state.end_session_if_disabled().await {
                tracing::error!(error = %e, "checking the staff session failed");
            }
            if let Err(e) = state.wifi_housekeeping().await {
                tracing::error!(error = %e, "Wi-Fi sweep failed");
            }
            if let Err(e) = state.backup_if_due().await {
                tracing::error!(error = %e, "backup check failed");
            }
            if let Err(e) = state.store.checkpoint().await {
                tracing::error!(error = %e, "WAL checkpoint failed");
            }
            tokio::time::sleep(HOUSEKEEPING_EVERY).await;
        }
    });
}

/// WebKitGTK draws the page without GPU compositing (unless `[kiosk] gpu_compositing`). A
/// kiosk's screens are still pictures with a few short transitions; compositing them through
/// OpenGL cost the first screen a frame of 100 ms or more where there is no GPU (Mesa's software
/// renderer: virtual machines, many small PCs, CI; see BENCHMARKS.md), and is where the
/// blank-window bugs of some GPU drivers live.
fn paint_without_gpu_compositing<R: Runtime>(app: &tauri::AppHandle<R>) {
    #[cfg(target_os = "linux")]
    if let Some(window) = app.get_webview_window("main") {
        let set = window.with_webview(|webview| {
            use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
            if let Some(settings) = WebViewExt::settings(&webview.inner()) {
                settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            }
        });
        if let Err(e) = set {
            tracing::warn!(error = %e, "cannot set how the page is painted");
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

/// The longest the sender of messages to hosts sleeps: it also picks up rows queued by another
/// process (`lobby notify resend`) and claims left by a sender that died.
const OUTBOX_POLL: std::time::Duration = std::time::Duration::from_secs(30);

/// Delivers messages to hosts: at once when a check-in queued one, else when the next retry is
/// due. The network never holds up a check-in: this runs on its own task.
fn spawn_outbox_sender<R: Runtime>(app: tauri::AppHandle<R>) {
    if !app.state::<AppState>().config.notifications.any() {
        // Rows queued before the section was removed stay for `lobby notify list`.
        return;
    }
    tauri::async_runtime::spawn(async move {
        loop {
            let state = app.state::<AppState>();
            let now = state.clock.now();
            if let Err(e) =
                lobby_core::notify::deliver::run_once(&state.store, &state.config, now).await
            {
                tracing::error!(error = %e, "sending messages to hosts failed");
            }
            let wait = match lobby_core::notify::next_due(&state.store).await {
                Ok(Some(at)) => (at - state.clock.now())
                    .to_std()
                    .unwrap_or_default()
                    .min(OUTBOX_POLL),
                _ => OUTBOX_POLL,
            };
            let wake = state.outbox.clone();
            tokio::select! {
                _ = wake.notified() => {}
                _ = tokio::time::sleep(wait.max(std::time::Duration::from_millis(200))) => {}
            }
        }
    });
}

/// How often the printer task looks for badges when no check-in woke it (a reprint from
/// another process, a job whose claim ran out).
const PRINTER_POLL: std::time::Duration = std::time::Duration::from_secs(10);

/// Prints the badges check-ins and reprints queued: woken by each, sending right after the
/// commit so the welcome screen never waits for the printer.
fn spawn_badge_printer<R: Runtime>(app: tauri::AppHandle<R>) {
    if app.state::<AppState>().config.printing.is_none() {
        return;
    }
    tauri::async_runtime::spawn(async move {
        loop {
            let state = app.state::<AppState>();
            let wake = state.printer.clone();
            let woken = wake.notified();
            // In a task of its own: a panic in the IPP parser (a printer's malformed answer)
            // ends that round, not the printer task.
            let (store, config, now) =
                (state.store.clone(), state.config.clone(), state.clock.now());
            let round = tauri::async_runtime::spawn(async move {
                lobby_core::printing::send::run_once(&store, &config, now).await
            })
            .await;
            match round
                .map_err(|e| e.to_string())
                .and_then(|r| r.map_err(|e| e.to_string()))
            {
                Ok(done) => {
                    for (job, answer) in done {
                        match answer {
                            lobby_core::printing::Answer::Accepted { job_id, .. } => {
                                tracing::info!(print = job.id, job = job_id, "badge printed")
                            }
                            lobby_core::printing::Answer::Failed { problem } => {
                                tracing::warn!(print = job.id, %problem, "badge not printed")
                            }
                        }
                    }
                }
                Err(e) => tracing::error!(error = %e, "printing badges failed"),
            }
            tokio::select! {
                _ = woken => {}
                _ = tokio::time::sleep(PRINTER_POLL) => {}
            }
        }
    });
}

/// Sends this tablet's changes to the site's fleet server; without `[fleet]` no task and no
/// socket.
fn spawn_fleet_publisher<R: Runtime>(app: &tauri::AppHandle<R>) {
    let state = app.state::<AppState>();
    let Some(fleet) = state.config.fleet.clone() else {
        return;
    };
    tauri::async_runtime::spawn(lobby_core::fleet::publisher::run(
        state.store.clone(),
        fleet,
        state.clock.clone(),
        state.fleet.clone(),
    ));
}

/// How often the database is asked whether emergency mode changed (one indexed row).
const EMERGENCY_POLL: std::time::Duration = std::time::Duration::from_millis(100);

/// Watches the database for emergency mode started or ended by another process.
fn spawn_emergency_watch<R: Runtime>(app: tauri::AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        let mut failing = false;
        loop {
            let state = app.state::<AppState>();
            match state.poll_emergency().await {
                Ok(()) => failing = false,
                Err(e) if !failing => {
                    failing = true;
                    tracing::error!(error = %e, "reading emergency mode failed");
                }
                Err(_) => {}
            }
            tokio::time::sleep(EMERGENCY_POLL).await;
        }
    });
}

/// Opens the kiosk window and runs until it is closed.
pub fn run_kiosk(state: AppState) -> anyhow::Result<()> {
    builder::<tauri::Wry>(state)
        .build(tauri::generate_context!())
        .map_err(|e| anyhow::anyhow!("the kiosk window failed: {e}"))?
        .run(|app, event| {
            if let tauri::RunEvent::Exit = event {
                // Ends the reader thread cleanly (it waits in pcscd otherwise).
                app.state::<AppState>().badges.stop();
            }
        });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_apps_own_pages_are_allowed() {
        for ok in [
            "tauri://localhost/",
            "tauri://localhost/index.html",
            "http://tauri.localhost/",
        ] {
            assert!(is_app_url(&ok.parse().unwrap()), "{ok}");
        }
        for bad in [
            "https://example.com/",
            "http://localhost:8080/",
            "tauri://evil/",
            "file:///etc/passwd",
            "data:text/html,hi",
            "http://tauri.localhost.evil.com/",
        ] {
            assert!(!is_app_url(&bad.parse().unwrap()), "{bad}");
        }
    }

    #[test]
    fn the_command_list_the_capability_and_the_ui_agree() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let cap: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("capabilities/kiosk.json")).unwrap(),
        )
        .unwrap();
        let mut granted: Vec<String> = cap["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect();
        granted.sort();
        let mut expected: Vec<String> = commands::names::COMMANDS
            .iter()
            .map(|c| format!("allow-{}", c.replace('_', "-")))
            .collect();
        expected.sort();
        assert_eq!(
            granted, expected,
            "grant exactly the app's own commands, nothing else"
        );
        let ipc = std::fs::read_to_string(root.join("../ui/src/lib/ipc.ts")).unwrap();
        for c in commands::names::COMMANDS {
            assert!(
                ipc.contains(&format!("\"{c}\"")),
                "ui/src/lib/ipc.ts does not call {c}"
            );
        }
    }
}
