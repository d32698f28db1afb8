//! Starts a driver and a fresh app (its own data folder, config and XDG folders) per test.

use fantoccini::{Client, ClientBuilder, Locator};
use lobby_core::i18n::Localizer;
use serde_json::json;
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The app under test: the one this build made, or the one `LOBBY_E2E_APP` names (the
/// installed package's `/usr/bin/lobby` in `make test-package`).
pub fn app() -> String {
    std::env::var("LOBBY_E2E_APP").unwrap_or_else(|_| env!("CARGO_BIN_EXE_lobby").to_string())
}

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        // SIGTERM lets the driver close the app; SIGKILL would orphan it.
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let _ = self.0.wait();
    }
}

pub struct Kiosk {
    pub c: Client,
    /// The last authenticator step used to sign in: a code is accepted once only.
    last_totp_step: std::sync::atomic::AtomicI64,
    /// How far the app's clock was moved (seconds; see [`Kiosk::move_clock`]).
    clock_moved: std::sync::atomic::AtomicI64,
    /// What a person did so far: taps, keys, swipes and signatures (see [`Pace`]).
    pace: Pace,
    _dir: tempfile::TempDir,
    _driver: Driver,
}

#[derive(Default)]
pub struct Options {
    /// Contents of a lobby.toml; demo mode when `None`.
    pub config: Option<&'static str>,
    /// Run `lobby demo seed` on the data folder first.
    pub seed: bool,
    /// Extra environment for the app (e.g. `LOBBY_TEST_CLOCK`).
    pub env: Vec<(&'static str, String)>,
}

/// The file that moves the app's clock (`LOBBY_TEST_CLOCK_FILE`); none until a test moves it.
fn clock_file(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("clock-moved")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}

fn wait_port(port: u16) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "WebDriver did not listen on {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Writes what a stuck start left behind to the real stderr (shown even when a retry passes).
fn report_stuck_start(dir: &std::path::Path, data: &std::path::Path) {
    use std::io::Write;
    let running = Command::new("pgrep")
        .args(["-af", &data.display().to_string()])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let mut logs = std::fs::read_to_string(dir.join("driver.log")).unwrap_or_default();
    for entry in std::fs::read_dir(data.join("logs"))
        .into_iter()
        .flatten()
        .flatten()
    {
        logs += &std::fs::read_to_string(entry.path()).unwrap_or_default();
    }
    let tail: Vec<&str> = logs.lines().rev().take(40).collect();
    let _ = writeln!(
        std::io::stderr(),
        "e2e: no WebDriver session within 60 s on {}.\nprocesses:\n{running}\nlast lines of the driver's and the app's logs:\n{}",
        data.display(),
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    );
}

/// Kills the app running on this data folder with SIGKILL; false if none was running.
fn kill_app(data: &std::path::Path) -> bool {
    Command::new("pkill")
        .args(["-KILL", "-f", &format!("lobby.* {}", data.display())])
        .status()
        .is_ok_and(|s| s.success())
}

impl Kiosk {
    /// The last `n` lines of the app's log, to say what it was doing when a step failed.
    pub fn log_tail(&self, n: usize) -> String {
        let mut logs = String::new();
        for entry in std::fs::read_dir(self.data_dir().join("logs"))
            .into_iter()
            .flatten()
            .flatten()
        {
            logs += &std::fs::read_to_string(entry.path()).unwrap_or_default();
        }
        let tail: Vec<&str> = logs.lines().rev().take(n).collect();
        tail.into_iter().rev().collect::<Vec<_>>().join("\n")
    }

    pub fn data_dir(&self) -> PathBuf {
        self._dir.path().join("data")
    }

    /// The app's process id (the app runs on this kiosk's data folder).
    pub fn app_pid(&self) -> String {
        let out = Command::new("pgrep")
            .args(["-f", &format!("lobby.* {}", self.data_dir().display())])
            .output()
            .expect("pgrep");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .next()
            .expect("the app runs")
            .to_string()
    }

    /// Runs the `lobby` command line on this kiosk's data folder while the app runs.
    pub fn cli(&self, args: &[&str]) -> String {
        let out = Command::new(app())
            .arg("--data-dir")
            .arg(self.data_dir())
            .args(args)
            .env("LANG", "C.UTF-8")
            .env("LOBBY_TEST_CLOCK_FILE", clock_file(&self._dir))
            .output()
            .expect("run lobby");
        assert!(
            out.status.success(),
            "lobby {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Moves the clock of the app and of `cli` by `by` (forward or back) from where it is, as
    /// the seasons or an NTP correction would, without restarting anything.
    pub fn move_clock(&self, by: chrono::Duration) {
        use std::sync::atomic::Ordering;
        let moved = self
            .clock_moved
            .fetch_add(by.num_seconds(), Ordering::SeqCst)
            + by.num_seconds();
        let file = clock_file(&self._dir);
        let part = file.with_extension("part");
        std::fs::write(&part, moved.to_string()).expect("write the clock file");
        std::fs::rename(&part, &file).expect("move the clock file");
    }

    /// The demo staff member's authenticator code for a sign-in now. A second sign-in within
    /// 30 s takes the next step's code, which the kiosk accepts (clock skew of one step) where
    /// it would refuse the replayed one.
    pub fn next_totp_code(&self) -> String {
        use std::sync::atomic::Ordering;
        let now = (chrono::Utc::now().timestamp() + self.clock_moved.load(Ordering::SeqCst)) / 30;
        let step = now.max(self.last_totp_step.load(Ordering::SeqCst) + 1);
        self.last_totp_step.store(step, Ordering::SeqCst);
        lobby_core::staff::totp::code_at(lobby_core::demo::DEMO_TOTP_SECRET, step * 30)
    }

    /// Waits until the authenticator shows a code not used yet (a new 30-second step), for
    /// flows that sign staff in faster than one step in two.
    pub async fn wait_for_a_fresh_totp_code(&self) {
        use std::sync::atomic::Ordering;
        loop {
            let now =
                (chrono::Utc::now().timestamp() + self.clock_moved.load(Ordering::SeqCst)) / 30;
            if now > self.last_totp_step.load(Ordering::SeqCst) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    }

    /// Signs the demo staff member in from the home screen.
    pub async fn staff_sign_in(&self) {
        self.staff_sign_in_from(&en("home-staff", &[])).await;
    }

    /// Signs the demo staff member in, starting with the button of this name.
    pub async fn staff_sign_in_from(&self, button_name: &str) {
        use lobby_core::demo::{DEMO_STAFF_NAME, DEMO_STAFF_PIN};
        self.click(&button(button_name)).await;
        let code = self.next_totp_code();
        self.type_into(&textbox(&en("staff-signin-pin", &[])), DEMO_STAFF_PIN)
            .await;
        self.type_into(&textbox(&en("staff-signin-code", &[])), &code)
            .await;
        self.click(&button(&en("action-sign-in", &[]))).await;
        self.find(&heading(&en(
            "staff-home-title",
            &[("name", DEMO_STAFF_NAME.into())],
        )))
        .await;
    }

    /// The demo site, seeded, with the default options: the start of most tests.
    pub async fn seeded() -> Kiosk {
        Self::launch(Options {
            seed: true,
            ..Options::default()
        })
        .await
    }

    pub async fn launch(options: Options) -> Kiosk {
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "no DISPLAY: run the end-to-end tests under `xvfb-run -a` (make test does)"
        );
        Self::start(tempfile::tempdir().expect("temp dir"), options).await
    }

    /// Kills the app with SIGKILL (as a power cut would) and starts it again on the same data
    /// folder; `options.seed` is ignored.
    pub async fn kill_and_relaunch(self, options: Options) -> Kiosk {
        let data = self.data_dir();
        assert!(kill_app(&data), "no running app on {}", data.display());
        let Kiosk {
            c, _dir, _driver, ..
        } = self;
        drop(c);
        drop(_driver);
        Self::start(
            _dir,
            Options {
                seed: false,
                ..options
            },
        )
        .await
    }

    async fn start(dir: tempfile::TempDir, options: Options) -> Kiosk {
        let data = dir.path().join("data");
        let mut args = vec!["--data-dir".to_string(), data.display().to_string()];
        if let Some(config) = options.config {
            let path = dir.path().join("lobby.toml");
            std::fs::write(&path, config).expect("write config");
            args.extend(["--config".to_string(), path.display().to_string()]);
        }
        if options.seed {
            let out = Command::new(app())
                .args(&args)
                .args(["demo", "seed"])
                .output()
                .expect("run lobby demo seed");
            assert!(out.status.success(), "demo seed failed: {out:?}");
        }
        // WebKitWebDriver has, very rarely (once in CI over hundreds of starts), never answered
        // a new session. The first time, say what was going on and start again; twice fails.
        let (driver, c) = match Self::session(&dir, &options, &args).await {
            Ok(started) => started,
            Err(driver) => {
                report_stuck_start(dir.path(), &data);
                drop(driver);
                kill_app(&data);
                Self::session(&dir, &options, &args)
                    .await
                    .unwrap_or_else(|_| {
                        report_stuck_start(dir.path(), &data);
                        panic!("no WebDriver session within 60 s, twice")
                    })
            }
        };
        let kiosk = Kiosk {
            c,
            last_totp_step: Default::default(),
            clock_moved: Default::default(),
            pace: Pace::default(),
            _dir: dir,
            _driver: driver,
        };
        kiosk.find(&button(&en("home-staff", &[]))).await;
        kiosk
    }

    /// Starts a driver and, through it, the app; the driver back if no session came in 60 s.
    async fn session(
        dir: &tempfile::TempDir,
        options: &Options,
        args: &[String],
    ) -> Result<(Driver, Client), Driver> {
        let port = free_port();
        let child = Command::new("WebKitWebDriver")
            .arg(format!("--port={port}"))
            .env("TAURI_WEBVIEW_AUTOMATION", "true")
            .env("XDG_DATA_HOME", dir.path().join("xdg-data"))
            .env("XDG_CACHE_HOME", dir.path().join("xdg-cache"))
            .env("XDG_CONFIG_HOME", dir.path().join("xdg-config"))
            .env("LANG", "C.UTF-8")
            .env("LOBBY_TEST_CLOCK_FILE", clock_file(dir))
            // Parallel tests each run an instance: keep the single-instance plugin off the bus.
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .envs(options.env.iter().map(|(k, v)| (*k, v.as_str())))
            // Visitors check in whatever the hour, unless the test sets the clock itself.
            .envs(
                (!options.env.iter().any(|(k, _)| *k == "LOBBY_TEST_CLOCK"))
                    .then_some(("LOBBY_TEST_ALWAYS_OPEN", "1")),
            )
            // The driver's and the app's output, read back if a start gets stuck.
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(dir.path().join("driver.log")).expect("driver log"))
            .spawn()
            .expect("WebKitWebDriver not found: apt-get install webkit2gtk-driver");
        let driver = Driver(child);
        wait_port(port);
        let mut caps = serde_json::Map::new();
        caps.insert(
            "webkitgtk:browserOptions".into(),
            json!({ "binary": app(), "args": args }),
        );
        // A driver that never answers must fail the test, not hang the suite.
        match tokio::time::timeout(
            Duration::from_secs(60),
            ClientBuilder::native()
                .capabilities(caps)
                .connect(&format!("http://127.0.0.1:{port}")),
        )
        .await
        {
            Ok(c) => Ok((driver, c.expect("WebDriver session"))),
            Err(_) => Err(driver),
        }
    }

    /// Waits (up to 10 s) for an element matching the XPath.
    pub async fn find(&self, xpath: &str) -> fantoccini::elements::Element {
        self.find_within(xpath, Duration::from_secs(10)).await
    }

    pub async fn find_within(&self, xpath: &str, limit: Duration) -> fantoccini::elements::Element {
        self.c
            .wait()
            .at_most(limit)
            .for_element(Locator::XPath(xpath))
            .await
            .unwrap_or_else(|e| panic!("no element {xpath}: {e}"))
    }

    pub async fn click(&self, xpath: &str) {
        self.find(xpath).await.click().await.expect("click");
    }

    pub async fn type_into(&self, xpath: &str, text: &str) {
        let field = self.find(xpath).await;
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

    pub async fn value_of(&self, xpath: &str) -> String {
        self.find(xpath)
            .await
            .prop("value")
            .await
            .expect("value")
            .unwrap_or_default()
    }

    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.c.execute(script, vec![]).await.expect("script")
    }

    /// Calls an IPC command the way the UI does; `ok:<json>` or `err:<json>`.
    pub async fn invoke(&self, command: &str, args: serde_json::Value) -> String {
        let script = format!(
            "const done = arguments[arguments.length - 1];
             window.__TAURI_INTERNALS__.invoke({command:?}, {args})
               .then(r => done('ok:' + JSON.stringify(r)), e => done('err:' + (typeof e === 'string' ? e : JSON.stringify(e))));"
        );
        self.c
            .execute_async(&script, vec![])
            .await
            .expect("invoke")
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    /// The window as a PNG, as a visitor sees it now.
    pub async fn page_png(&self) -> Vec<u8> {
        // WebKit can hand back the previous frame right after a change: wait two frames.
        self.c
            .execute_async("const d = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => d()));", vec![])
            .await
            .expect("frames");
        // WebKit takes the picture at the page's next update on screen. Without GPU
        // compositing (the kiosk's default) a page at rest has none until something changes,
        // here the top bar's clock, up to 15 s later: so change one corner pixel from clear to
        // all but clear, a few times, while the picture is asked for.
        self.js(
            "const dot = document.createElement('div');
             dot.setAttribute('aria-hidden', 'true');
             dot.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none';
             document.body.append(dot);
             let n = 0;
             const id = setInterval(() => {
               dot.style.background = n++ % 2 ? 'transparent' : 'rgb(0 0 0 / 0.004)';
               if (n > 40) { clearInterval(id); dot.remove(); }
             }, 25);
             return 1;",
        )
        .await;
        self.c.screenshot().await.expect("screenshot")
    }

    /// Saves a screenshot when E2E_SCREENSHOTS names a folder (used for the docs).
    pub async fn screenshot(&self, name: &str) {
        let Ok(dir) = std::env::var("E2E_SCREENSHOTS") else {
            return;
        };
        std::fs::create_dir_all(&dir).expect("screenshot dir");
        let png = self.page_png().await;
        std::fs::write(PathBuf::from(dir).join(format!("{name}.png")), png).expect("write png");
    }

    /// Reads the policy on screen to its end, goes on to sign, draws a signature with pointer
    /// actions (as a finger would) and presses "I agree", in `lang`.
    pub async fn sign_policy(&self, lang: &str) {
        self.read_policy(lang).await;
        self.draw_signature().await;
        self.tap_on(&button(&text(lang, "policy-agree", &[]))).await;
    }

    /// Scrolls the policy text to its end and goes on to the signature.
    pub async fn read_policy(&self, lang: &str) {
        self.find("//*[@role='document']").await;
        // Swipes of four fifths of the box each, as a reader's finger would, to the end.
        loop {
            let at_end = self
                .js("const d = document.querySelector('[role=document]');
                     if (d.scrollTop + d.clientHeight >= d.scrollHeight - 8) return true;
                     d.scrollTop += Math.round(d.clientHeight * 0.8); return false;")
                .await;
            if at_end.as_bool() == Some(true) {
                break;
            }
            self.pace.count("swipe");
        }
        self.tap_on(&format!(
            "{}[not(@disabled)]",
            button(&text(lang, "policy-continue", &[]))
        ))
        .await;
    }

    /// What a person did since the last call: taps, keys, swipes, signatures.
    pub fn take_pace(&self) -> Pace {
        self.pace.take()
    }

    /// A wavy line across the signature pad, drawn with a mouse pointer (pointer events).
    pub async fn draw_signature(&self) {
        self.draw_on_pad(
            &(0..=50)
                .map(|i| {
                    let x = -250.0 + f64::from(i) * 10.0;
                    (x, 50.0 * (x / 40.0).sin())
                })
                .collect::<Vec<_>>(),
        )
        .await;
    }

    /// One stroke through these points, relative to the pad's centre.
    pub async fn draw_on_pad(&self, points: &[(f64, f64)]) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        let canvas = self.find("//*[@role='application']//canvas").await;
        let mut finger = MouseActions::new("finger".into());
        for (i, (x, y)) in points.iter().enumerate() {
            finger = finger.then(PointerAction::MoveToElement {
                element: canvas.clone(),
                duration: Some(Duration::from_millis(if i == 0 { 0 } else { 8 })),
                x: *x,
                y: *y,
            });
            if i == 0 {
                finger = finger.then(PointerAction::Down { button: 0 });
            }
        }
        finger = finger.then(PointerAction::Up { button: 0 });
        self.c.perform_actions(finger).await.expect("draw");
        self.pace.count("signature");
    }

    /// Taps an element as a finger would: the pointer goes down and up on its centre.
    pub async fn tap(&self, el: &fantoccini::elements::Element) {
        if let Err(e) = self.try_tap(el).await {
            let what = self
                .c
                .execute(
                    "const e = arguments[0]; return [e.isConnected, e.outerHTML.slice(0, 200), JSON.stringify(e.getBoundingClientRect()), document.getAnimations().length];",
                    vec![serde_json::to_value(el).expect("element")],
                )
                .await;
            panic!("tap: {e}: {what:?}");
        }
    }

    async fn try_tap(
        &self,
        el: &fantoccini::elements::Element,
    ) -> Result<(), fantoccini::error::CmdError> {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        // A person looks before tapping: wait until the screen has stopped moving (a keyboard
        // sliding in, a form scrolling its field into view), then scroll what a finger cannot
        // reach (out of view, or under the sticky Back / Continue bar) into the middle, as a
        // person would swipe. Keys never move, so they are tapped at once.
        let moved = self
            .c
            .execute_async(
                "const e = arguments[0]; const done = arguments[arguments.length - 1];
                 const free = () => { const r = e.getBoundingClientRect();
                   const at = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                   return at && (at === e || e.contains(at)); };
                 const reach = () => {
                   const moved = !free();
                   for (const block of ['center', 'start']) {
                     if (free()) break;
                     e.scrollIntoView({ block, behavior: 'instant' });
                   }
                   // Still under the sticky bar: swipe the screen to its end.
                   for (let p = e.parentElement; p && !free(); p = p.parentElement) {
                     if (p.scrollHeight > p.clientHeight) p.scrollTop = p.scrollHeight;
                   }
                   done(moved ? 'swipe-tap' : 'tap');
                 };
                 if (e.closest('[data-skbtn]')) { done('key'); return; }
                 Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))
                   .then(() => requestAnimationFrame(() => requestAnimationFrame(reach)));",
                vec![serde_json::to_value(el).expect("element")],
            )
            .await?;
        self.pace.count(moved.as_str().unwrap_or("tap"));
        let finger = MouseActions::new("finger".into())
            .then(PointerAction::MoveToElement {
                element: el.clone(),
                duration: Some(Duration::from_millis(0)),
                x: 0.0,
                y: 0.0,
            })
            .then(PointerAction::Down { button: 0 })
            .then(PointerAction::Up { button: 0 });
        self.c.perform_actions(finger).await
    }

    /// Taps the element matching the XPath (waiting for it as `find` does).
    ///
    /// A screen drawn again between finding the element and tapping it (a refresh of the home
    /// screen's notices) leaves the driver a stale element: the finger taps what is on the
    /// screen now, so the element is found again, up to three times.
    pub async fn tap_on(&self, xpath: &str) {
        for _ in 0..3 {
            let el = self.find(xpath).await;
            match self.try_tap(&el).await {
                Ok(()) => return,
                Err(e) if e.is_stale_element_reference() => continue,
                Err(e) => {
                    self.screenshot("tap-failed").await;
                    panic!("tap on {xpath}: {e:?}\n{}", self.log_tail(30))
                }
            }
        }
        panic!("tap on {xpath}: the element went stale three times");
    }

    /// Taps a field, then types `text` on Lobby's on-screen keyboard only: each character
    /// by tapping its key, going to the shift or accents page when the character is there.
    /// No key is sent through WebDriver, so a field only a hardware keyboard could fill fails.
    pub async fn tap_type(&self, field_xpath: &str, text: &str) {
        // The screen may still be moving from the last tap (the candidate bar closing).
        self.c
            .execute_async(
                "const d = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => d()));",
                vec![],
            )
            .await
            .expect("frames");
        self.tap_on(field_xpath).await;
        self.type_keys(text).await;
    }

    /// Types `text` on the on-screen keyboard into the field that has focus (a field focused
    /// on its own, as the first of a form is, needs no tap).
    pub async fn type_keys(&self, text: &str) {
        self.find(&keyboard_key("{close}")).await;
        // The keyboard slides in: tap once it is where it stays.
        self.c
            .execute_async(
                "const done = arguments[0];
                 Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))
                   .then(() => requestAnimationFrame(() => done()));",
                vec![],
            )
            .await
            .expect("animations");
        for c in text.chars() {
            self.tap_char(c).await;
        }
    }

    /// Taps the key for one character, changing page (shift, accents) until it shows.
    pub async fn tap_char(&self, c: char) {
        let name = if c == ' ' {
            "{space}".to_string()
        } else {
            c.to_string()
        };
        // From any page, this walk shows every page once: as is, shifted, accents, accents
        // shifted; then back to the letters.
        let walk = [
            "{shift}",
            "{shift}",
            "{accents}",
            "{shift}",
            "{abc}",
            "{shift}",
        ];
        for step in walk.iter().map(Some).chain([None]) {
            if let Ok(key) = self.c.find(Locator::XPath(&keyboard_key(&name))).await {
                self.tap(&key).await;
                return;
            }
            let Some(step) = step else { break };
            if let Ok(key) = self.c.find(Locator::XPath(&keyboard_key(step))).await {
                self.tap(&key).await;
            }
        }
        panic!("no key for {c:?} on any page of the on-screen keyboard");
    }

    /// Taps a key by what it types (`{bksp}`, `{close}`, `{globe}` for the special keys).
    pub async fn tap_key(&self, key: &str) {
        self.tap_on(&keyboard_key(key)).await;
    }

    /// One value from the database, through the real sqlite3 tool.
    pub fn sql(&self, query: &str) -> String {
        let out = Command::new("sqlite3")
            .arg(self.data_dir().join("lobby.db"))
            .arg(query)
            .output()
            .expect("sqlite3");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Waits until the kiosk has taken its first backup (it does soon after starting), so a
    /// test that counts audit entries does not race it.
    pub async fn first_backup(&self) {
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while self.sql("SELECT COUNT(*) FROM backups WHERE kind = 'backup'") == "0" {
            assert!(std::time::Instant::now() < deadline, "no backup after 20 s");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Runs axe-core (the copy in ui/node_modules) over the screen as it is now and fails on
    /// any serious or critical WCAG 2.x A/AA violation, naming the screen and the elements.
    pub async fn axe(&self, screen: &str) {
        static SOURCE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let source = SOURCE.get_or_init(|| {
            let path = concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../ui/node_modules/axe-core/axe.min.js"
            );
            std::fs::read_to_string(path)
                .unwrap_or_else(|e| panic!("{path}: {e} (make deps-ui installs axe-core)"))
        });
        let script = format!(
            "const done = arguments[arguments.length - 1];
             if (!window.axe) {{ {source}
             }}
             // Colours mid-transition are neither the old nor the new ones: let them finish.
             Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))
             .then(() => window.axe.run(document, {{
               runOnly: {{ type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }},
               resultTypes: ['violations'],
             }})).then(r => done(JSON.stringify(r.violations
                 .filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => ({{ id: v.id, help: v.help,
                   nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ': ' + n.failureSummary) }})))),
               e => done('axe failed: ' + e));"
        );
        let out = self
            .c
            .execute_async(&script, vec![])
            .await
            .expect("axe-core ran");
        let out = out.as_str().unwrap_or("").to_string();
        let violations: serde_json::Value =
            serde_json::from_str(&out).unwrap_or_else(|_| panic!("{screen}: {out}"));
        assert_eq!(
            violations,
            serde_json::json!([]),
            "{screen}: serious accessibility violations:\n{}",
            serde_json::to_string_pretty(&violations).unwrap_or_default()
        );
    }

    pub async fn close(self) {
        let _ = self.c.close().await;
    }
}

/// A message as the screen shows it, from the same .ftl files (so no expected text is
/// hard-coded here), without Fluent's isolation marks.
/// The demo site's guest Wi-Fi for a site's own `lobby.toml`: the demo tiers, and the kinds of
/// visit that get a pass linked to them as demo mode links them, each with `extra` lines of its
/// own (`("contractor", "after_hours = true\n")`). A site file without it has no Wi-Fi.
pub fn demo_wifi(extra: &[(&str, &str)]) -> String {
    let tiers = lobby_core::config::wifi::DEMO.replace("[tiers.", "[wifi.tiers.");
    let kinds: String = [
        ("guest", "guest"),
        ("contractor", "guest"),
        ("interview", "guest"),
        ("day-pass", "day-pass"),
    ]
    .iter()
    .map(|(kind, tier)| {
        let more: String = extra
            .iter()
            .filter(|(k, _)| k == kind)
            .map(|(_, lines)| *lines)
            .collect();
        format!("[visits.types.{kind}]\nwifi_tier = \"{tier}\"\n{more}")
    })
    .collect();
    format!("{tiers}{kinds}")
}

/// `[hours]` open around the clock every day: for a release build, which has no
/// `LOBBY_TEST_ALWAYS_OPEN`.
pub fn open_all_day() -> String {
    let days = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let lines: String = days
        .iter()
        .map(|d| format!("{d} = \"00:00-23:59\"\n"))
        .collect();
    format!("[hours]\n{lines}")
}

/// A configuration made at run time, for [`Options::config`].
pub fn leak(config: String) -> &'static str {
    Box::leak(config.into_boxed_str())
}

pub fn text(lang: &str, id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
    Localizer::new(lang).text(id, args)
}

pub fn en(id: &str, args: &[(&str, fluent_bundle::FluentValue<'_>)]) -> String {
    text("en-US", id, args)
}

/// An XPath string literal for any text.
pub fn lit(s: &str) -> String {
    if !s.contains('\'') {
        format!("'{s}'")
    } else if !s.contains('"') {
        format!("\"{s}\"")
    } else {
        let parts: Vec<String> = s.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

/// Visible text of the context node, without bidi isolation marks, whitespace normalised.
const NAME: &str = "normalize-space(translate(., '\u{2068}\u{2069}', ''))";
/// The same for an element's aria-label.
const LABEL: &str = "normalize-space(translate(@aria-label, '\u{2068}\u{2069}', ''))";

/// A button by its accessible name (its text, or aria-label).
pub fn button(name: &str) -> String {
    format!(
        "//*[self::button or @role='button'][{LABEL}={q} or (not(@aria-label) and {NAME}={q})]",
        q = lit(name)
    )
}

/// A text field by its label.
pub fn textbox(label: &str) -> String {
    format!(
        "//input[@id=//label[{NAME}={q}]/@for or {LABEL}={q}]",
        q = lit(label)
    )
}

/// A key of the on-screen keyboard, by what it types (`{space}`, `{bksp}` for special keys).
/// The keyboard is named in the language on screen: any of them matches.
pub fn keyboard_key(key: &str) -> String {
    let names: Vec<String> = lobby_core::config::SHIPPED_LANGUAGES
        .iter()
        .map(|lang| format!("{LABEL}={}", lit(&text(lang, "keyboard-label", &[]))))
        .collect();
    format!(
        "//*[@role='group' and not(@hidden) and ({})]//button[@data-skbtn={}]",
        names.join(" or "),
        lit(key)
    )
}

/// A heading by its text.
pub fn heading(name: &str) -> String {
    format!(
        "//*[self::h1 or self::h2 or self::h3 or @role='heading'][{NAME}={q}]",
        q = lit(name)
    )
}

/// An alert (error message) with exactly this text.
pub fn alert(message: &str) -> String {
    format!("//*[@role='alert'][{NAME}={q}]", q = lit(message))
}

/// Any element whose whole text is this.
/// An image (role img) by its accessible name.
pub fn image(name: &str) -> String {
    format!("//*[@role='img'][{LABEL}={q}]", q = lit(name))
}

pub fn with_text(s: &str) -> String {
    format!("//*[{NAME}={q}]", q = lit(s))
}

/// A screen of its own (Xvfb, `width`×`height`), with a window manager that makes the kiosk
/// fill it; stopped when dropped. Pass `display` as the kiosk's `DISPLAY`.
pub struct Screen {
    pub display: String,
    processes: Vec<std::process::Child>,
}

impl Screen {
    pub fn start(width: u32, height: u32) -> Screen {
        use std::process::{Command, Stdio};
        let n = (90..200)
            .find(|&n| display_is_free(n))
            .expect("a free display number");
        let display = format!(":{n}");
        let xvfb = Command::new("Xvfb")
            .args([
                display.as_str(),
                "-screen",
                "0",
                &format!("{width}x{height}x24"),
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb (apt-get install xvfb)");
        let socket = format!("/tmp/.X11-unix/X{n}");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !std::path::Path::new(&socket).exists() {
            assert!(std::time::Instant::now() < deadline, "Xvfb did not start");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let wm = Command::new("matchbox-window-manager")
            .args(["-use_titlebar", "no"])
            .env("DISPLAY", &display)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("matchbox-window-manager");
        Screen {
            display,
            processes: vec![wm, xvfb],
        }
    }
}

/// Whether display `n` can be taken: no lock, or a lock left by an X server that is gone (its
/// socket and lock are then removed, so runs that were killed do not use up the numbers).
fn display_is_free(n: u32) -> bool {
    let lock = format!("/tmp/.X{n}-lock");
    let socket = format!("/tmp/.X11-unix/X{n}");
    match std::fs::read_to_string(&lock) {
        Ok(pid) => {
            let alive = pid
                .trim()
                .parse::<u32>()
                .is_ok_and(|pid| std::path::Path::new(&format!("/proc/{pid}")).exists());
            if alive {
                return false;
            }
            std::fs::remove_file(&lock).is_ok() && {
                let _ = std::fs::remove_file(&socket);
                true
            }
        }
        Err(_) => !std::path::Path::new(&socket).exists(),
    }
}

impl Drop for Screen {
    /// Asks the window manager and the X server to stop (so Xvfb removes its lock and socket),
    /// and kills what is still running after two seconds.
    fn drop(&mut self) {
        for p in &mut self.processes {
            let _ = std::process::Command::new("kill")
                .args(["-TERM", &p.id().to_string()])
                .status();
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
            while matches!(p.try_wait(), Ok(None)) && std::time::Instant::now() < deadline {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            let _ = p.kill();
            let _ = p.wait();
        }
    }
}

/// Counts of what a person does at the screen, turned into seconds by the pace model of issue
/// 25: 2 s a tap, 0.4 s a key, 1 s a swipe, 4 s a signature (reading time apart). Taps that
/// first had to swipe the screen (the control was out of reach) count both.
#[derive(Debug, Default)]
pub struct Pace {
    pub taps: std::sync::atomic::AtomicU32,
    pub keys: std::sync::atomic::AtomicU32,
    pub swipes: std::sync::atomic::AtomicU32,
    pub signatures: std::sync::atomic::AtomicU32,
}

impl Pace {
    fn count(&self, what: &str) {
        use std::sync::atomic::Ordering::SeqCst;
        match what {
            "key" => self.keys.fetch_add(1, SeqCst),
            "swipe" => self.swipes.fetch_add(1, SeqCst),
            "swipe-tap" => {
                self.swipes.fetch_add(1, SeqCst);
                self.taps.fetch_add(1, SeqCst)
            }
            "signature" => self.signatures.fetch_add(1, SeqCst),
            _ => self.taps.fetch_add(1, SeqCst),
        };
    }

    fn take(&self) -> Pace {
        use std::sync::atomic::Ordering::SeqCst;
        let take = |a: &std::sync::atomic::AtomicU32| a.swap(0, SeqCst).into();
        Pace {
            taps: take(&self.taps),
            keys: take(&self.keys),
            swipes: take(&self.swipes),
            signatures: take(&self.signatures),
        }
    }

    pub fn get(&self) -> [u32; 4] {
        use std::sync::atomic::Ordering::SeqCst;
        [&self.taps, &self.keys, &self.swipes, &self.signatures].map(|a| a.load(SeqCst))
    }

    /// Seconds by the model: 2 s a tap, 0.4 s a key, 1 s a swipe, 4 s a signature.
    pub fn seconds(&self) -> f64 {
        let [taps, keys, swipes, signatures] = self.get().map(f64::from);
        2.0 * taps + 0.4 * keys + swipes + 4.0 * signatures
    }
}
