import { describe, expect, it, vi } from "vitest";
import { available, formatDate, isRtl, openingDay, translate } from "./i18n";

const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, "");

describe("i18n", () => {
  it("bundles every shipped language from ../locales", () => {
    expect(available()).toEqual([
      "ar",
      "de",
      "en-US",
      "es",
      "fr",
      "it",
      "nl",
      "pl",
      "pt-BR",
      "zh-CN",
    ]);
  });

  it("formats arguments and keeps isolation marks for the screen", () => {
    const text = translate("en-US", "home-welcome", { site: "Nordhaus" });
    expect(text).toContain("\u2068Nordhaus\u2069");
    expect(strip(text)).toBe("Welcome to Nordhaus");
  });

  it("chooses plural forms by the language's rules", () => {
    const one = strip(translate("en-US", "error-sign-in-failed", { remaining: 1 }));
    const four = strip(translate("en-US", "error-sign-in-failed", { remaining: 4 }));
    expect(one).not.toEqual(four);
    expect(four).toContain("4");
    // Arabic has a dual: 2 reads differently from 3 and from 11.
    const ar2 = strip(translate("ar", "error-sign-in-failed", { remaining: 2 }));
    const ar3 = strip(translate("ar", "error-sign-in-failed", { remaining: 3 }));
    expect(ar2).not.toEqual(ar3.replace("3", "2"));
  });

  it("falls back to the reference language, then to the id", () => {
    expect(translate("xx", "home-staff")).toBe(translate("en-US", "home-staff"));
    expect(translate("de", "error-no-such-code")).toBe("error-no-such-code");
  });

  it("has a message for each language's own name", () => {
    expect(translate("de", "language-name")).toBe("Deutsch");
    expect(translate("ar", "language-name")).toBe("العربية");
  });

  it("names each language from its file's line as Fluent would, before and after parsing", async () => {
    // A fresh copy of the module: nothing parsed yet, so the picker's quick read answers first.
    vi.resetModules();
    const fresh = await import("./i18n");
    const quick = fresh.available().map((lang) => fresh.translate(lang, "language-name"));
    fresh.parseAll();
    const parsed = fresh.available().map((lang) => fresh.translate(lang, "language-name"));
    expect(quick).toEqual(parsed);
    expect(parsed).toContain("العربية");
    expect(parsed).toContain("Deutsch");
  });

  it("knows right-to-left languages", () => {
    expect(isRtl("ar")).toBe(true);
    expect(isRtl("zh-CN")).toBe(false);
  });

  it("formats dates for the language and the site's time zone", () => {
    const d = new Date("2026-11-27T23:30:00Z");
    expect(formatDate("de", d, "Europe/Berlin")).toContain("28. November 2026");
    expect(formatDate("en-US", d, "America/New_York")).toContain("November 27, 2026");
  });

  it("says today or tomorrow for the opening when it is, else the weekday", () => {
    // Monday 30 November 2026, 08:00 in Berlin.
    const monday = new Date("2026-11-30T07:00:00Z");
    const tz = "Europe/Berlin";
    expect(openingDay("en-US", monday, 0, tz)).toBe("today");
    expect(openingDay("de", monday, 1, tz)).toBe("morgen");
    expect(openingDay("fr", monday, 0, tz)).toBe("aujourd’hui");
    expect(openingDay("en-US", monday, 2, tz)).toBe("Monday");
    expect(openingDay("de", monday, null, tz)).toBe("Montag");
  });
});
