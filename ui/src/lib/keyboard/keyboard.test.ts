import { describe, expect, it } from "vitest";
import {
  candidatesFor,
  chooseCandidate,
  deleteBackward,
  fieldKind,
  insertText,
  isTextField,
} from "./editing";
import {
  digitLayers,
  emailLayoutFor,
  layoutFor,
  loadLayout,
  pickerOrder,
  shuffledDigits,
  touchLayers,
} from "./layouts";

function field(value = "", attrs: Record<string, string> = {}): HTMLInputElement {
  const el = document.createElement("input");
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.value = value;
  document.body.append(el);
  // Only text-like inputs have a caret; e-mail inputs neither.
  if (["text", ""].includes(el.type)) el.setSelectionRange(value.length, value.length);
  return el;
}

describe("typing into a field", () => {
  it("inserts at the caret, over a selection, and announces an input event", () => {
    const el = field("Dana");
    let events = 0;
    el.addEventListener("input", () => events++);
    el.setSelectionRange(0, 0);
    insertText(el, "X");
    expect(el.value).toBe("XDana");
    expect(el.selectionStart).toBe(1);
    el.setSelectionRange(1, 5);
    insertText(el, "ö");
    expect(el.value).toBe("Xö");
    expect(events).toBe(2);
  });

  it("never goes past maxlength", () => {
    const el = field("12345", { maxlength: "6" });
    insertText(el, "6");
    insertText(el, "7");
    expect(el.value).toBe("123456");
  });

  it("composes a combining accent with the letter before it", () => {
    const el = field("Jose");
    insertText(el, "\u0301");
    expect(el.value).toBe("José");
    expect(el.value.length).toBe(4);
  });

  it("deletes one character as a reader sees it, whatever its code points", () => {
    // Lam-alef is one key but two letters: a delete takes back one.
    const el = field("سلا");
    deleteBackward(el);
    expect(el.value).toBe("سل");
    const name = field("Zoe\u0308x");
    name.setSelectionRange(4, 4);
    deleteBackward(name);
    expect(name.value).toBe("Zox");
    deleteBackward(field(""));
  });

  it("turns the pinyin before the caret into the chosen character", () => {
    const dictionary = { wang: "王 网 往", xiao: "小 笑" };
    const el = field("王xiao");
    const found = candidatesFor(el, dictionary);
    expect(found).toEqual({ pinyin: "xiao", characters: ["小", "笑"] });
    chooseCandidate(el, "xiao", "小");
    expect(el.value).toBe("王小");
    expect(candidatesFor(el, dictionary)).toBeNull();
    expect(candidatesFor(field("Dana"), undefined)).toBeNull();
  });

  it("knows which fields it types into and which keyboard each wants", () => {
    expect(isTextField(field())).toBe(true);
    expect(isTextField(field("", { type: "checkbox" }))).toBe(false);
    expect(isTextField(field("", { readonly: "" }))).toBe(false);
    expect(fieldKind(field("", { inputmode: "numeric" }))).toBe("digits");
    expect(fieldKind(field("", { type: "email" }))).toBe("email");
    expect(fieldKind(field("", { type: "tel" }))).toBe("phone");
    expect(fieldKind(field(""))).toBe("text");
  });
});

describe("layouts", () => {
  it("follow the visitor's language, with Latin letters for e-mail", () => {
    expect(layoutFor("de")).toBe("de");
    expect(layoutFor("pt-BR")).toBe("pt");
    expect(layoutFor("nl")).toBe("en");
    expect(layoutFor("zh-CN")).toBe("zh");
    expect(emailLayoutFor("ar")).toBe("en");
    expect(emailLayoutFor("fr")).toBe("fr");
    expect(pickerOrder("pl").slice(0, 2)).toEqual(["pl", "en"]);
    expect(new Set(pickerOrder("en-US")).size).toBe(9);
  });

  it("drop desktop keys and put e-mail keys on the first page", async () => {
    const de = await loadLayout("de", "text");
    const keys = de.layers.default.join(" ").split(" ");
    expect(keys).toEqual(expect.arrayContaining(["ß", "ü", "ö", "ä", "z", "{globe}", "{close}"]));
    expect(keys).not.toContain("{tab}");
    expect(keys).not.toContain("{lock}");
    const mail = await loadLayout("en", "email");
    expect(mail.layers.default.at(-1)!.split(" ")).toEqual(
      expect.arrayContaining(["@", ".", "-", "_", ".com"]),
    );
    const pl = await loadLayout("pl", "text");
    const all = Object.values(pl.layers).flat().join(" ");
    for (const c of "ąćęłńóśźż") expect(all).toContain(c);
    const zh = await loadLayout("zh", "text");
    expect(zh.candidates?.wang).toContain("王");
    expect((await loadLayout("zh", "email")).candidates).toBeUndefined();
    expect((await loadLayout("ar", "text")).rtl).toBe(true);
  });

  it("have no row of more than 13 keys, so keys stay 56 px wide in portrait", async () => {
    for (const id of ["en", "de", "fr", "es", "it", "pt", "pl", "ar", "zh"] as const) {
      for (const kind of ["text", "email"] as const) {
        const l = await loadLayout(id, kind);
        for (const [name, rows] of Object.entries(l.layers)) {
          for (const row of rows) {
            expect(row.split(" ").length, `${id} ${kind} ${name}: ${row}`).toBeLessThanOrEqual(13);
          }
          expect(
            rows
              .join(" ")
              .split(" ")
              .filter((k) => k === "{bksp}").length,
          ).toBe(1);
        }
      }
    }
  });

  it("offer accented letters on every Latin layout and no invisible keys", () => {
    const layers = touchLayers(
      { default: ["1 2 {bksp}", "a \u0301 b", "{shift} z {shift}", ".com @ {space}"] },
      "text",
    );
    expect(layers.default.slice(0, 3)).toEqual(["1 2", "a b", "{shift} z {bksp}"]);
    expect(layers.accents.join(" ")).toContain("ñ");
    expect(layers["accents-shift"].join(" ")).toContain("Ñ");
  });

  it("end every text and e-mail page with Enter (next field, or on) and the hide key", () => {
    const library = { default: ["1 2", "a b", ".com @ {space}"] };
    for (const kind of ["text", "email"] as const) {
      for (const rows of Object.values(touchLayers(library, kind))) {
        expect(rows.at(-1)).toMatch(/\{enter\} \{close\}$/);
      }
    }
  });

  it("number pad: in order by default, all ten digits when shuffled", () => {
    expect(digitLayers().default).toEqual(["1 2 3", "4 5 6", "7 8 9", "{bksp} 0 {close}"]);
    let seed = 0.3;
    const order = shuffledDigits(() => (seed = (seed * 9301 + 0.49297) % 1));
    expect([...order].sort()).toEqual([..."0123456789"]);
    expect(order.join("")).not.toBe("0123456789");
  });
});
