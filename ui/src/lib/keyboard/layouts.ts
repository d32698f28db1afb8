// The on-screen keyboard's layouts: the language layouts of `simple-keyboard-layouts`, made
// for a finger (no Tab, Caps Lock or Enter; a globe key to change layout, a key of accented
// letters, a key that closes the keyboard), plus an e-mail page and a number pad of our own.
// A language's layout file is loaded only when that layout is first shown.

/** Layers by name, each a list of rows of space-separated keys. */
export type Layers = Record<string, string[]>;

export interface TouchLayout {
  id: LayoutId;
  layers: Layers;
  /** Pinyin syllable → candidate characters (Chinese only). */
  candidates?: Record<string, string>;
  rtl: boolean;
}

export type LayoutId = "en" | "de" | "fr" | "es" | "it" | "pt" | "pl" | "ar" | "zh";
export type FieldKind = "text" | "email" | "digits" | "phone";

/** Each layout's name in its own language, for the layout picker. */
export const LAYOUT_NAMES: Record<LayoutId, string> = {
  en: "English · QWERTY",
  de: "Deutsch · QWERTZ",
  fr: "Français · AZERTY",
  es: "Español",
  it: "Italiano",
  pt: "Português (Brasil)",
  pl: "Polski",
  ar: "العربية",
  zh: "中文 · 拼音",
};

/** Text layouts in the order the picker lists them. */
export const LAYOUT_IDS: LayoutId[] = ["en", "de", "fr", "es", "it", "pt", "pl", "ar", "zh"];

/** The layout a visitor reading in `lang` starts with. Dutch typists use US QWERTY. */
export function layoutFor(lang: string): LayoutId {
  const base = lang.split("-")[0];
  switch (base) {
    case "de":
    case "fr":
    case "es":
    case "it":
    case "pl":
    case "ar":
    case "zh":
      return base;
    case "pt":
      return "pt";
    default:
      return "en";
  }
}

/** The picker's order for a visitor in `lang`: theirs, then plain Latin, then the rest. */
export function pickerOrder(lang: string): LayoutId[] {
  const own = layoutFor(lang);
  const first: LayoutId[] = own === "en" ? ["en"] : [own, "en"];
  return [...first, ...LAYOUT_IDS.filter((id) => !first.includes(id))];
}

// Accented letters for names from anywhere Latin letters are written: one page, every layout.
const ACCENTS = [
  "á à â ä ã å ā æ ç ć č",
  "é è ê ë ē ę ė í ì î ï",
  "ó ò ô ö õ ø ő œ ú ù û ü",
  "ñ ń ł ś š ş ß ź ż ž ý ğ",
];

const SPECIAL = /^\{.+\}$/;
/** Keys in a row at most: 13 keys of 56 px and their gaps fill an 800 px portrait screen. */
const MAX_KEYS = 13;
/** A key that is only a combining mark: invisible on its own, so not offered. */
const COMBINING_ONLY = /^\p{M}+$/u;

/** Drops the desktop keys a finger has no use for and combining-mark keys. */
function touchRow(row: string): string {
  return row
    .split(" ")
    .filter((k) => k !== "" && !["{tab}", "{lock}", "{enter}"].includes(k))
    .filter((k) => SPECIAL.test(k) || !COMBINING_ONLY.test(k))
    .join(" ");
}

function upper(row: string): string {
  return row
    .split(" ")
    .map((k) => (k === "ß" ? k : k.toLocaleUpperCase()))
    .join(" ");
}

/**
 * Turns a library layout into the kiosk's text and e-mail pages: its rows without the last
 * (".com @ {space}"), then a bottom row for the field kind.
 */
export function touchLayers(library: Layers, kind: "text" | "email"): Layers {
  // Delete moves from the number row to where the right shift was, as on phone keyboards:
  // no row has more than 13 keys, so every key is 56 px wide or more on an 800 px screen.
  const body = (rows: string[]) =>
    rows
      .slice(0, -1)
      .map(touchRow)
      .map((row, i, all) => {
        const keys = row.split(" ").filter((k) => k !== "{bksp}");
        if (i === all.length - 1) {
          if (keys.at(-1) === "{shift}") keys.pop();
          keys.push("{bksp}");
        }
        // Still too long: drop punctuation from the end of the row (names need none of it).
        for (let j = keys.length - 1; j >= 0 && keys.length > MAX_KEYS; j--) {
          if (!SPECIAL.test(keys[j]) && !/\p{L}/u.test(keys[j])) keys.splice(j, 1);
        }
        return keys.join(" ");
      });
  // Enter does what Enter on a hardware keyboard does: the next field, or Continue.
  const bottom =
    kind === "email"
      ? "{globe} _ - @ . .com {enter} {close}"
      : "{globe} {accents} {space} {enter} {close}";
  const accentsBottom =
    kind === "email" ? "{abc} _ - @ . .com {enter} {close}" : "{abc} {space} {enter} {close}";
  return {
    default: [...body(library.default), bottom],
    shift: [...body(library.shift ?? library.default), bottom],
    accents: [...ACCENTS, "{shift} {bksp} " + accentsBottom],
    "accents-shift": [...ACCENTS.map(upper), "{shift} {bksp} " + accentsBottom],
  };
}

/** The 3×4 number pad; `order` is the ten digits in the order to place them. */
export function digitLayers(order: string[] = [..."1234567890"]): Layers {
  const d = order;
  return {
    default: [
      `${d[0]} ${d[1]} ${d[2]}`,
      `${d[3]} ${d[4]} ${d[5]}`,
      `${d[6]} ${d[7]} ${d[8]}`,
      `{bksp} ${d[9]} {close}`,
    ],
  };
}

/** Phone numbers: the number pad with a plus, a space and the delete key. */
export function phoneLayers(): Layers {
  return {
    default: ["1 2 3", "4 5 6", "7 8 9", "+ 0 {bksp}", "{space} {close}"],
  };
}

/** The ten digits in random order (a site's choice for the staff PIN pad). */
export function shuffledDigits(random: () => number = Math.random): string[] {
  const digits = [..."0123456789"];
  for (let i = digits.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [digits[i], digits[j]] = [digits[j], digits[i]];
  }
  return digits;
}

type LibraryLayout = { layout: Layers; layoutCandidates?: Record<string, string> };

// One dynamic import per layout, so each is its own small chunk loaded on first use.
const LOADERS: Record<LayoutId, () => Promise<{ default: LibraryLayout }>> = {
  en: () => import("simple-keyboard-layouts/build/layouts/english.js"),
  de: () => import("simple-keyboard-layouts/build/layouts/german.js"),
  fr: () => import("simple-keyboard-layouts/build/layouts/french.js"),
  es: () => import("simple-keyboard-layouts/build/layouts/spanish.js"),
  it: () => import("simple-keyboard-layouts/build/layouts/italian.js"),
  pt: () => import("simple-keyboard-layouts/build/layouts/brazilian.js"),
  pl: () => import("simple-keyboard-layouts/build/layouts/polish.js"),
  ar: () => import("simple-keyboard-layouts/build/layouts/arabic.js"),
  zh: () => import("simple-keyboard-layouts/build/layouts/chinese.js"),
};

const loaded = new Map<LayoutId, LibraryLayout>();

/** E-mail addresses are written in Latin letters: Arabic and pinyin start on QWERTY there. */
export function emailLayoutFor(lang: string): LayoutId {
  const own = layoutFor(lang);
  return own === "ar" || own === "zh" ? "en" : own;
}

/** The layout for a text or e-mail field, loading its file the first time. */
export async function loadLayout(id: LayoutId, kind: "text" | "email"): Promise<TouchLayout> {
  let library = loaded.get(id);
  if (!library) {
    library = (await LOADERS[id]()).default;
    loaded.set(id, library);
  }
  return {
    id,
    layers: touchLayers(library.layout, kind),
    // E-mail addresses are Latin: no candidates there.
    candidates: kind === "text" ? library.layoutCandidates : undefined,
    rtl: id === "ar",
  };
}
