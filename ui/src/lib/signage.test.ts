import { describe, expect, it } from "vitest";
import { noticeText, pick, pictogramUrl } from "./signage";
import type { SignItem, SiteFacts } from "./bindings/types";

const facts: SiteFacts = {
  site: "Nordhaus",
  address: "Hafenstraße 3",
  fire: "112",
  medical: "112",
  police: "110",
  security: "+49 30 555",
  assembly_point: "Car park B",
  first_aid: "Reception",
  aed: "",
  privacy_contact: "privacy@nordhaus.example",
  camera_retention_days: 3,
  exit_pictogram: "E002",
};

const strip = (s: string) => s.replace(/[\u2066-\u2069]/g, "");

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
    expect(strip(de.text)).toContain("Car park B");
    const cctv = { ...item, id: "cctv", message: "signage-cctv" };
    expect(strip(noticeText(cctv, "body", "en-US", ["en-US"], facts).text)).toContain("3 days");
  });

  it("shows a site's own notice in the visitor's language, else the site's first", () => {
    const text = { "en-US": "Bike room open", de: "Fahrradraum offen" };
    expect(pick(text, "de", ["en-US", "de"])).toEqual({ text: "Fahrradraum offen", lang: "de" });
    expect(pick(text, "ar", ["en-US", "de"])).toEqual({ text: "Bike room open", lang: "en-US" });
    expect(pick({ fr: "Vélos" }, "ar", ["en-US"])).toEqual({ text: "Vélos", lang: "fr" });
  });
});
