// Keyboard-wedge badge readers type a card's UID as hex digits and Enter, far faster than a
// person types. Keys typed into a form never reach this (App.svelte only feeds keys that no
// field receives), so a visitor's typing is never swallowed.

/** The longest pause between two keys of one UID, in ms. People need over 60 ms a key. */
export const MAX_GAP_MS = 40;
const HEX = /^[0-9a-fA-F]$/;

export class WedgeReader {
  private digits = "";
  private last = -Infinity;

  /** Feeds one key; returns a UID (8 to 20 hex digits) when Enter ends a fast burst. */
  feed(key: string, at: number): string | null {
    const fast = at - this.last <= MAX_GAP_MS;
    this.last = at;
    if (key === "Enter") {
      const uid = fast && this.digits.length >= 8 && this.digits.length <= 20 ? this.digits : null;
      this.digits = "";
      return uid;
    }
    if (!HEX.test(key)) {
      this.digits = "";
      return null;
    }
    this.digits = (fast ? this.digits : "") + key.toUpperCase();
    return null;
  }
}

/** An invitation's QR code as a 2D scanner in keyboard mode types it: `ACEF-GH34` and Enter.
 * The hyphen tells it from a badge UID (hex only); the symbols are Rust's
 * `invitations::ALPHABET`. */
const INVITATION = /^[ACEFGHJKMNPQRTWXY34679]{4}-[ACEFGHJKMNPQRTWXY34679]{4}$/;

export class ScanReader {
  private typed = "";
  private last = -Infinity;

  /** Feeds one key; returns the code (8 symbols, no hyphen) when Enter ends a fast burst. */
  feed(key: string, at: number): string | null {
    const fast = at - this.last <= MAX_GAP_MS;
    this.last = at;
    if (key === "Enter") {
      const typed = this.typed;
      this.typed = "";
      return fast && INVITATION.test(typed) ? typed.replace("-", "") : null;
    }
    if (key.length !== 1) {
      this.typed = "";
      return null;
    }
    this.typed = ((fast ? this.typed : "") + key.toUpperCase()).slice(-9);
    return null;
  }
}

/** Whether a key event went to something that takes text (it is then the field's, not ours). */
export function typedIntoField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName ?? "");
}
