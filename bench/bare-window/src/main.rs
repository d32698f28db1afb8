//! A bare Tauri 2 window: the same window settings and CSP as Lobby, a page that does nothing
//! but say it is painted. `lobby-bench` compares Lobby against it.

#[tauri::command]
fn ready() {
    if let Some(path) = std::env::var_os("LOBBY_READY_FILE") {
        let _ = std::fs::write(path, b"ready");
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("bare window");
}
