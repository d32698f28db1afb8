//! The screen recovers by itself (issue 19): WebKit's web process killed under the kiosk is
//! replaced and the page loaded again, with an emergency in force back on screen; audited. The
//! third death within ten minutes ends the app, for the service manager to start it afresh.

use crate::harness::*;
use std::process::Command;
use std::time::{Duration, Instant};

/// Kills the app's web process (what an out-of-memory kill or a crash does); its pid.
fn kill_web_process(k: &Kiosk) -> String {
    let app = k.app_pid();
    let out = Command::new("pgrep")
        .args(["-P", &app, "-f", "WebKitWebProcess"])
        .output()
        .unwrap();
    let pid = String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .expect("the app has a web process")
        .to_string();
    assert!(Command::new("kill")
        .args(["-KILL", &pid])
        .status()
        .unwrap()
        .success());
    pid
}

/// How many times the app logged the emergency screen painted (the page says so each time it
/// draws it; after a crash WebDriver's session is gone, so the log is how the test sees it).
fn painted(k: &Kiosk) -> usize {
    logged(k, "emergency screen painted")
}

/// How many times the app's log has `line`.
fn logged(k: &Kiosk, line: &str) -> usize {
    std::fs::read_dir(k.data_dir().join("logs"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
        .map(|log| log.matches(line).count())
        .sum()
}

/// Waits until `more` says so (up to 20 s, a wait and not a timed assertion).
fn wait_for(what: &str, more: impl FnMut() -> bool) {
    wait_up_to(Duration::from_secs(20), what, more)
}

fn wait_up_to(limit: Duration, what: &str, mut more: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !more() {
        assert!(Instant::now() < deadline, "{what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn audited(k: &Kiosk, action: &str) -> usize {
    k.sql(&format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = '{action}'"
    ))
    .parse()
    .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_killed_web_process_is_replaced_with_the_emergency_back_on_screen_and_the_third_ends_the_app(
) {
    let k = Kiosk::seeded().await;
    k.find(&button(&en("home-check-in", &[]))).await;
    k.cli(&["emergency", "start", "fire"]);
    let emergency = format!(
        "//*[@role='alertdialog']//section[@lang='en-US']/h2[normalize-space(translate(., '\u{2068}\u{2069}', ''))={}]",
        lit(&en("emergency-title", &[("kind", "fire".into())]))
    );
    k.find(&emergency).await;

    wait_for("the emergency screen painted", || painted(&k) >= 1);
    k.screenshot("recovery-before").await;

    // From here on WebDriver's session is gone with the page ("session deleted because of page
    // crash"): the app's log and database show what the screen does.
    let first = kill_web_process(&k);
    let started = Instant::now();
    wait_for("a new web process, the page painted again", || {
        painted(&k) >= 2
    });
    eprintln!(
        "recovery: the emergency was painted again {:.1} s after the kill",
        started.elapsed().as_secs_f64()
    );
    let now = Command::new("pgrep")
        .args(["-P", &k.app_pid(), "-f", "WebKitWebProcess"])
        .output()
        .unwrap();
    let now = String::from_utf8_lossy(&now.stdout).to_string();
    assert!(
        !now.lines().any(|l| l == first),
        "the same web process: {now}"
    );
    assert_eq!(audited(&k, "screen-restarted"), 1);
    let details = k.sql("SELECT details FROM audit_log WHERE action = 'screen-restarted'");
    assert!(details.contains("\"reason\":\"crashed\""), "{details}");

    // Twice more within ten minutes: the app ends (exit code 4, for systemd to start it again).
    kill_web_process(&k);
    wait_for("painted a third time", || painted(&k) >= 3);
    let data = k.data_dir();
    kill_web_process(&k);
    wait_for("the app ended", || {
        !Command::new("pgrep")
            .args(["-f", &format!("lobby.* {}", data.display())])
            .status()
            .unwrap()
            .success()
    });
    assert_eq!(audited(&k, "screen-restarted"), 2);
    assert_eq!(audited(&k, "screen-failing"), 1);
    k.close().await;
}

/// A page that stops answering (a script that never returns) sends no heartbeat; after 30 s
/// the kiosk ends its web process and the home screen is loaded again.
#[tokio::test(flavor = "multi_thread")]
async fn a_hung_page_is_restarted_after_thirty_silent_seconds() {
    let k = Kiosk::seeded().await;
    k.find(&button(&en("home-check-in", &[]))).await;
    wait_for("the home screen ready", || {
        logged(&k, "home screen ready") >= 1
    });
    // The page's one thread never comes back; WebDriver's call ends with the web process.
    let hang = k.c.execute("for (;;) {}", vec![]);
    let _ = tokio::time::timeout(Duration::from_secs(90), hang).await;
    wait_up_to(
        Duration::from_secs(90),
        "the home screen loaded again",
        || logged(&k, "home screen ready") >= 2,
    );
    let details = k.sql("SELECT details FROM audit_log WHERE action = 'screen-restarted'");
    assert!(details.contains("\"reason\":\"hung\""), "{details}");
    k.close().await;
}
