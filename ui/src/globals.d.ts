import type { KioskSettings } from "./lib/bindings/types";

declare global {
  interface Window {
    /** Set by the app (src-tauri/src/lib.rs, kiosk_guard) before any page script runs. */
    __LOBBY_SETTINGS__?: KioskSettings;
  }
}

export {};
