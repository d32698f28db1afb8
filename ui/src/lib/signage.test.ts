import { describe, expect, it } from "vitest";
import { noticeAt, noticeText, pick, pictogramUrl } from "./signage";
import type { SignItem } from "./bindings/types";
import { facts, siteNotice, strip } from "./signage.fixtures";

describe("signage", () => {
  it("bundles every shipped pictogram", () => {
    for (const code of ["E001", "E002", "E003", "E004", "E007", "E010", "F001", "F005"]) {
      expect(pictogramUrl(code), code).toMatch(/E0|F0/);
    }
    expect(pictogramUrl("X999")).toBeNull();
  });

  it("passes site facts into standard notices as arguments", () => {
    const item: SignItem = {
      id: "exits",
      priority: "safety",
      schedule: "always",
      pictograms: ["E002", "E007"],
      message: "signage-exits",
      title: {},
      body: {},
    };
    const de = noticeText(item, "body", "de", ["de", "en-US"], facts);
    expect(de.lang).toBe("de");
    // The site wrote its assembly point in German too: German text, German place.
    expect(strip(de.text)).toContain("Parkplatz B");
    const fr = noticeText(item, "body", "fr", ["de", "en-US"], facts);
    // Not written in French: the site's first language that has it.
    expect(strip(fr.text)).toContain("Parkplatz B");
    expect(strip(noticeText(item, "body", "en-US", ["en-US"], facts).text)).toContain("Car park B");
    const cctv = { ...item, id: "cctv", message: "signage-cctv" };
    expect(strip(noticeText(cctv, "body", "en-US", ["en-US"], facts).text)).toContain("3 days");
  });

  it("shows a site's own notice in the visitor's language, else the site's first", () => {
    const text = { "en-US": "Bike room open", de: "Fahrradraum offen" };
    expect(pick(text, "de", ["en-US", "de"])).toEqual({ text: "Fahrradraum offen", lang: "de" });
    expect(pick(text, "ar", ["en-US", "de"])).toEqual({ text: "Bike room open", lang: "en-US" });
    expect(pick({ fr: "Vélos" }, "ar", ["en-US"])).toEqual({ text: "Vélos", lang: "fr" });
  });

  it("wraps around the notices, both ways, and shows nothing when there are none", () => {
    const items = [siteNotice("a"), siteNotice("b"), siteNotice("c")];
    const at = (i: number) => noticeAt(items, i, "en-US", ["en-US"], facts)?.item.id;
    expect([at(0), at(2), at(3), at(-1)]).toEqual(["a", "c", "a", "c"]);
    expect(noticeAt(items, 1, "de", ["en-US"], facts)?.title).toEqual({
      text: "Notice b",
      lang: "en-US",
    });
    expect(noticeAt([], 0, "en-US", ["en-US"], facts)).toBeNull();
  });
});
