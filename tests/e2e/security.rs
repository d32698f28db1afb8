use crate::harness::*;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn a_staff_command_without_a_session_is_refused_whatever_the_ui_shows() {
    let k = Kiosk::seeded().await;
    let r = k.invoke("staff_overview", serde_json::json!({})).await;
    assert!(r.starts_with("err:"), "{r}");
    let payload: serde_json::Value = serde_json::from_str(&r[4..]).expect("an error payload");
    assert_eq!(payload["code"], "staff-session-required");
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_webview_may_call_only_lobbys_own_commands() {
    let k = Kiosk::launch(Options::default()).await;
    let ok = k.invoke("kiosk_settings", serde_json::json!({})).await;
    assert!(ok.starts_with("ok:"), "{ok}");
    let window = k
        .invoke(
            "plugin:window|set_fullscreen",
            serde_json::json!({ "value": false }),
        )
        .await;
    assert!(
        window.starts_with("err:") && window.contains("not allowed"),
        "{window}"
    );
    let unknown = k
        .invoke(
            "plugin:fs|read_text_file",
            serde_json::json!({ "path": "/etc/passwd" }),
        )
        .await;
    assert!(unknown.starts_with("err:"), "{unknown}");
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn navigation_away_from_the_app_is_refused() {
    let k = Kiosk::launch(Options::default()).await;
    let before = k.c.current_url().await.unwrap();
    let _ = k
        .js("window.location.href = 'https://example.com/'; return 1;")
        .await;
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(k.c.current_url().await.unwrap(), before);
    k.find(&button(&en("home-staff", &[]))).await;
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_csp_blocks_eval_and_injected_scripts() {
    let k = Kiosk::launch(Options::default()).await;
    let eval =
        k.c.execute_async(
            "const d = arguments[0]; try { eval('1+1'); d('ran'); } catch (e) { d(e.name); }",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(eval, "EvalError");
    let injected =
        k.c.execute_async(
            "const d = arguments[0]; window.__inl = 0; const s = document.createElement('script');
             s.textContent = 'window.__inl = 1'; document.body.appendChild(s);
             setTimeout(() => d(window.__inl), 200);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(injected, 0);
    k.close().await;
}

/// Arguments that deserialize for each command that needs a staff session, so the refusal
/// comes from the session check in Rust, not from a missing argument.
fn staff_commands() -> Vec<(&'static str, serde_json::Value)> {
    use serde_json::json;
    vec![
        ("staff_overview", json!({})),
        ("staff_on_site", json!({})),
        ("staff_check_out", json!({ "visitId": 1 })),
        ("staff_self_check_outs", json!({})),
        ("staff_undo_check_out", json!({ "visitId": 1 })),
        ("roll_call_current", json!({})),
        ("roll_call_start", json!({})),
        ("roll_call_mark", json!({ "entryId": 1, "status": "safe" })),
        ("roll_call_finish", json!({ "rollCallId": 1 })),
        (
            "staff_member_handover",
            json!({ "memberId": "M-1001", "language": "en-US" }),
        ),
        ("staff_badge_listen", json!({ "on": true })),
        ("staff_badge_groups", json!({ "language": "en-US" })),
        ("staff_member_badges", json!({ "memberId": "M-1001" })),
        (
            "staff_badge_enroll",
            json!({ "request": { "member_id": "M-1001", "groups": [], "valid_from": null,
                                 "valid_to": null, "reassign": false } }),
        ),
        ("staff_badge_replace", json!({ "badgeId": 1 })),
        ("staff_badge_revoke", json!({ "badgeId": 1 })),
        ("staff_badges_suspended", json!({})),
        ("staff_badge_restore", json!({ "badgeId": 1 })),
        ("staff_badge_enroll_self", json!({})),
        (
            "staff_member_add",
            json!({ "name": "Mallory", "email": null }),
        ),
        ("staff_wifi", json!({})),
        (
            "staff_wifi_issue",
            json!({ "tier": "guest", "hours": null, "label": "Mallory" }),
        ),
        ("staff_wifi_revoke", json!({ "passId": "guest-aaaaaa" })),
        ("staff_wifi_rotate", json!({ "tier": "day-pass" })),
        ("staff_security_plan", json!({})),
        (
            "staff_emergency_start",
            json!({ "kind": "fire", "message": null }),
        ),
        ("staff_emergency_end", json!({})),
        ("staff_incidents", json!({})),
        ("staff_incident_acknowledge", json!({ "id": 1 })),
        (
            "staff_incident_close",
            json!({ "id": 1, "note": "closed by Mallory" }),
        ),
        ("staff_invitations", json!({})),
        (
            "staff_invitation_create",
            json!({ "invitation": { "host_id": "M-1001", "name": "Mallory", "email": null,
                                    "company": null, "kind": null, "date": "2030-01-01",
                                    "days": null, "language": null } }),
        ),
        ("staff_invitation_cancel", json!({ "id": 1 })),
        ("staff_outbox", json!({})),
        ("staff_outbox_resend", json!({ "id": 1 })),
        ("staff_badge_reprint", json!({ "visitId": 1 })),
        ("staff_printer", json!({})),
        ("staff_fleet_status", json!({})),
        ("staff_approvals", json!({})),
        ("staff_approval_decide", json!({ "id": 1, "approve": true })),
        ("staff_member_notify", json!({ "memberId": "M-1001" })),
        (
            "staff_member_notify_set",
            json!({ "memberId": "M-1001", "notify": "none", "language": null }),
        ),
    ]
}

/// What any visitor may call: the kiosk's own screens, the visitor's flows, and the member
/// commands (which check their own member session).
const PUBLIC: &[&str] = &[
    "kiosk_settings",
    "home_ready",
    "kiosk_heartbeat",
    "staff_sign_in",
    "staff_sign_out",
    "staff_current",
    "staff_roster",
    "check_in_options",
    "host_search",
    "check_in_details",
    "check_in",
    "check_out",
    "check_out_by_name",
    // A returning visitor's own profile, by their whole address (guarded like check-out).
    "profile_find",
    "profile_forget",
    "policy_document",
    "policy_decline",
    "member_policies",
    "member_accept",
    "member_done",
    "badge_next",
    "badge_wedge",
    "signage_frame",
    "emergency_watch",
    "emergency_painted",
    "report_concern",
    "invitation_lookup",
    // Where a badge queued by a check-in is: its state only, for the welcome screen.
    "badge_print_state",
];

#[tokio::test(flavor = "multi_thread")]
async fn every_staff_command_is_refused_without_a_session_over_the_real_ipc() {
    // A new command must be placed in one list or the other.
    let staff = staff_commands();
    for name in lobby_app::commands::names::COMMANDS {
        assert!(
            PUBLIC.contains(name) || staff.iter().any(|(n, _)| n == name),
            "{name}: public or staff-only? add it to a list in tests/e2e/security.rs"
        );
    }
    let k = Kiosk::seeded().await;
    k.first_backup().await;
    let before = k.sql("SELECT COUNT(*) FROM audit_log");
    for (name, args) in staff {
        let r = k.invoke(name, args).await;
        let payload: serde_json::Value = serde_json::from_str(
            r.strip_prefix("err:")
                .unwrap_or_else(|| panic!("{name} answered {r}")),
        )
        .unwrap_or_else(|_| panic!("{name}: {r}"));
        assert_eq!(payload["code"], "staff-session-required", "{name}: {r}");
    }
    // Nothing was done: no badge listening, no member, no pass, no roll call.
    assert_eq!(k.sql("SELECT COUNT(*) FROM audit_log"), before);
    assert_eq!(
        k.sql("SELECT COUNT(*) FROM members WHERE name = 'Mallory'"),
        "0"
    );
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn guessing_the_pin_locks_sign_in_even_for_the_right_pin_and_every_try_is_audited() {
    use lobby_core::demo::{DEMO_STAFF_PIN, DEMO_TOTP_SECRET};
    let k = Kiosk::seeded().await;
    let code =
        || lobby_core::staff::totp::code_at(DEMO_TOTP_SECRET, chrono::Utc::now().timestamp());
    let staff_id: i64 = k.sql("SELECT id FROM staff").parse().unwrap();
    for guess in 0..5 {
        let r = k
            .invoke(
                "staff_sign_in",
                serde_json::json!({ "request": {
                    "staff_id": staff_id, "pin": format!("11111{guess}"), "code": code()
                } }),
            )
            .await;
        // The fifth wrong try locks sign-in at once.
        let want = if guess < 4 {
            "sign-in-failed"
        } else {
            "sign-in-locked"
        };
        assert!(r.contains(want), "try {guess}: {r}");
    }
    let r = k
        .invoke(
            "staff_sign_in",
            serde_json::json!({ "request": {
                "staff_id": staff_id, "pin": DEMO_STAFF_PIN, "code": code()
            } }),
        )
        .await;
    assert!(
        r.contains("sign-in-locked"),
        "the right PIN is refused while locked: {r}"
    );
    let attempts = k.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'staff-sign-in'");
    assert_eq!(attempts, "6", "every attempt is audited");
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn logs_and_exports_never_carry_the_pin_the_totp_secret_or_a_wifi_password() {
    use lobby_core::demo::{DEMO_STAFF_PIN, DEMO_TOTP_SECRET};
    let k = Kiosk::launch(Options {
        // A guest tier that stays open at night: the test runs on the real clock.
        config: Some(
            "[wifi.tiers.guest]\nssid = \"Lobby Guest\"\nsecurity = \"wpa2\"\nbackend = \"none\"\nclose_at_closing = false\n",
        ),
        seed: true,
        ..Options::default()
    })
    .await;
    k.staff_sign_in().await;
    let r = k
        .invoke(
            "staff_wifi_issue",
            serde_json::json!({ "tier": "guest", "hours": 2, "label": "Technician" }),
        )
        .await;
    let pass: serde_json::Value =
        serde_json::from_str(r.strip_prefix("ok:").unwrap_or_else(|| panic!("{r}"))).unwrap();
    let wifi_password = pass["password"].as_str().unwrap().to_string();

    let data = k.data_dir();
    let today = chrono::Utc::now().date_naive();
    let mut texts = vec![k.cli(&[
        "export",
        "visits",
        "--from",
        "2020-01-01",
        "--to",
        &today.to_string(),
    ])];
    texts.push(k.cli(&["badges", "export"]));
    texts.push(k.cli(&["wifi", "list"]));
    texts.push(k.sql("SELECT group_concat(details, ' ') FROM audit_log"));
    for entry in std::fs::read_dir(data.join("logs")).unwrap() {
        texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let secret_b32 = data_encoding::BASE32_NOPAD.encode(DEMO_TOTP_SECRET);
    let secret_text = String::from_utf8_lossy(DEMO_TOTP_SECRET).into_owned();
    for text in &texts {
        for secret in [DEMO_STAFF_PIN, &secret_b32, &secret_text, &wifi_password] {
            assert!(!text.contains(secret), "{secret} in:\n{text}");
        }
    }
    assert!(
        texts.iter().map(String::len).sum::<usize>() > 1000,
        "the logs were read"
    );
    // The database file itself (and its WAL) holds the secrets sealed with the site key,
    // never in the clear; and after the kiosk ran, nothing in the data folder is open to
    // other users.
    let mut raw = Vec::new();
    for name in ["lobby.db", "lobby.db-wal"] {
        if let Ok(bytes) = std::fs::read(data.join(name)) {
            raw.extend(bytes);
        }
    }
    assert!(raw.len() > 10_000, "the database was read");
    for secret in [DEMO_TOTP_SECRET, wifi_password.as_bytes()] {
        assert!(
            !raw.windows(secret.len()).any(|w| w == secret),
            "a secret is in the database file in the clear"
        );
    }
    let mut open = Vec::new();
    let mut stack = vec![data.clone()];
    while let Some(p) = stack.pop() {
        use std::os::unix::fs::PermissionsExt as _;
        let meta = std::fs::symlink_metadata(&p).unwrap();
        if meta.permissions().mode() & 0o077 != 0 {
            open.push(format!("{} {:o}", p.display(), meta.permissions().mode()));
        }
        if meta.is_dir() {
            stack.extend(std::fs::read_dir(&p).unwrap().map(|e| e.unwrap().path()));
        }
    }
    assert_eq!(open, Vec::<String>::new(), "open to other users");
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn an_expired_session_is_refused_like_no_session_and_its_end_is_audited() {
    let k = Kiosk::launch(Options {
        seed: true,
        env: vec![("LOBBY_TEST_STAFF_IDLE_SECONDS", "2".into())],
        ..Options::default()
    })
    .await;
    k.staff_sign_in().await;
    let ok = k.invoke("staff_security_plan", serde_json::json!({})).await;
    assert!(ok.starts_with("ok:"), "{ok}");
    tokio::time::sleep(Duration::from_millis(2500)).await;
    for (name, args) in staff_commands() {
        let r = k.invoke(name, args).await;
        assert!(r.contains("staff-session-required"), "{name}: {r}");
    }
    let ends = k.sql(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'staff-sign-out' AND details LIKE '%idle%'",
    );
    assert_eq!(ends, "1", "the idle end is audited once");
    k.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn remote_content_is_not_loaded() {
    let k = Kiosk::launch(Options::default()).await;
    // An image, a fetch and a stylesheet from elsewhere: the CSP refuses all three.
    let loaded = k
        .c
        .execute_async(
            "const d = arguments[0]; const out = [];
             const img = new Image();
             img.onload = () => out.push('img'); img.onerror = () => out.push('img-blocked');
             img.src = 'https://example.com/pixel.png';
             fetch('https://example.com/').then(() => out.push('fetch'), () => out.push('fetch-blocked'));
             const link = document.createElement('link'); link.rel = 'stylesheet';
             link.href = 'https://example.com/x.css';
             link.onload = () => out.push('css'); link.onerror = () => out.push('css-blocked');
             document.head.appendChild(link);
             setTimeout(() => d(out.sort().join(',')), 1500);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(loaded, "css-blocked,fetch-blocked,img-blocked");
    k.close().await;
}
