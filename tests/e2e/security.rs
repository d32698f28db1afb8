use crate::harness::*;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn a_staff_command_without_a_session_is_refused_whatever_the_ui_shows() {
    let k = Kiosk::launch(Options {
        seed: true,
        ..Options::default()
    })
    .await;
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
