// What a tap on an on-screen key does to the field being typed: insert at the caret (over a
// selection), delete the character before it, and turn a pinyin syllable into a character.
// Each change is announced with an `input` event, as typing would, so Svelte's bindings and
// the forms' own checks see it.

export type TextField = HTMLInputElement | HTMLTextAreaElement;

const TEXT_TYPES = new Set(["text", "search", "email", "tel", "password", "number", "url", ""]);

/** A field the on-screen keyboard types into. */
export function isTextField(el: EventTarget | null): el is TextField {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  if (el instanceof HTMLInputElement) {
    return TEXT_TYPES.has(el.type) && !el.readOnly && !el.disabled;
  }
  return false;
}

/** Which keyboard a field wants: digits for codes and PINs, a phone pad, e-mail, or text. */
export function fieldKind(el: TextField): "text" | "email" | "digits" | "phone" {
  const mode = el.getAttribute("inputmode");
  if (mode === "numeric" || mode === "decimal" || el.type === "number") return "digits";
  if (mode === "tel" || el.type === "tel") return "phone";
  if (mode === "email" || el.type === "email") return "email";
  return "text";
}

function selection(el: TextField): [number, number] {
  // Some input types (email) have no selection API: type at the end there.
  try {
    const start = el.selectionStart;
    const end = el.selectionEnd;
    if (start !== null && end !== null) return [start, end];
  } catch {
    // fall through
  }
  return [el.value.length, el.value.length];
}

function place(el: TextField, value: string, caret: number, inputType: string, data?: string) {
  el.value = value;
  try {
    el.setSelectionRange(caret, caret);
  } catch {
    // e-mail inputs: the caret stays at the end
  }
  el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType, data: data ?? null }));
}

/** Inserts `text` at the caret, never past the field's `maxlength`; NFC-composed. */
export function insertText(el: TextField, text: string): void {
  const [start, end] = selection(el);
  const before = el.value.slice(0, start);
  const after = el.value.slice(end);
  const max = el.maxLength >= 0 ? el.maxLength : Infinity;
  const room = max - before.length - after.length;
  if (room <= 0) return;
  const head = (before + [...text].slice(0, room).join("")).normalize("NFC");
  place(el, head + after, head.length, "insertText", text);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Deletes the selection, or the one character (grapheme) before the caret. */
export function deleteBackward(el: TextField): void {
  const [start, end] = selection(el);
  if (start !== end) {
    place(el, el.value.slice(0, start) + el.value.slice(end), start, "deleteContentBackward");
    return;
  }
  if (start === 0) return;
  const before = el.value.slice(0, start);
  const parts = [...graphemes.segment(before)];
  const cut = parts.length ? parts[parts.length - 1].index : 0;
  place(el, before.slice(0, cut) + el.value.slice(start), cut, "deleteContentBackward");
}

/** The pinyin being composed: the run of Latin letters right before the caret, lower case. */
export function pinyinBeforeCaret(el: TextField): string {
  const [start, end] = selection(el);
  if (start !== end) return "";
  const m = /[a-zA-Z]+$/.exec(el.value.slice(0, start));
  return m ? m[0].toLowerCase() : "";
}

/** Candidates for the pinyin before the caret, the longest syllable at its end that has any. */
export function candidatesFor(
  el: TextField,
  dictionary: Record<string, string> | undefined,
): { pinyin: string; characters: string[] } | null {
  if (!dictionary) return null;
  const run = pinyinBeforeCaret(el);
  for (let i = 0; i < run.length; i++) {
    const pinyin = run.slice(i);
    const found = dictionary[pinyin];
    if (found) return { pinyin, characters: found.split(" ").filter(Boolean) };
  }
  return null;
}

/** Replaces the pinyin before the caret with the chosen character. */
export function chooseCandidate(el: TextField, pinyin: string, character: string): void {
  const [start] = selection(el);
  const before = el.value.slice(0, start);
  if (!before.toLowerCase().endsWith(pinyin)) return;
  const head = before.slice(0, before.length - pinyin.length) + character;
  place(el, head + el.value.slice(start), head.length, "insertReplacementText", character);
}
