//! A bare Tauri 2 window: the same window settings and CSP as Lobby, a page that does nothing
//! but say it is painted. `lobby-bench` compares Lobby against it, and the marks of its start
//! (`rust NAME MS` lines after `ready`, as Lobby writes them) against Lobby's.

use std::sync::Mutex;
use std::time::Instant;

static MARKS: Mutex<Vec<(&'static str, f64)>> = Mutex::new(Vec::new());
static START: Mutex<Option<Instant>> = Mutex::new(None);

fn mark(name: &'static str) {
    let ms = START
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0);
    MARKS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push((name, ms));
}

#[tauri::command]
fn ready() {
    mark("home-ready");
    if let Some(path) = std::env::var_os("LOBBY_READY_FILE") {
        let mut text = String::from("ready\n");
        for (name, ms) in MARKS.lock().unwrap_or_else(|e| e.into_inner()).iter() {
            text.push_str(&format!("rust {name} {ms:.1}\n"));
        }
        let _ = std::fs::write(path, text);
    }
}

fn main() {
    *START.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .on_page_load(|_, payload| match payload.event() {
            tauri::webview::PageLoadEvent::Started => mark("page-load-started"),
            tauri::webview::PageLoadEvent::Finished => mark("page-load-finished"),
        })
        .setup(|_| {
            mark("tauri-setup");
            Ok(())
        })
        .run(tauri::generate_context!())
        .expect("bare window");
}
