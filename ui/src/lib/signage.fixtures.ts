// Test fixtures shared by the signage tests (imported by *.test.ts only, so not bundled).
import type { SignItem, SiteFacts } from "./bindings/types";

export const facts: SiteFacts = {
  site: "Nordhaus",
  address: "Hafenstraße 3",
  fire: "112",
  medical: "112",
  police: "110",
  security: "+49 30 555",
  assembly_point: { "en-US": "Car park B", de: "Parkplatz B" },
  shelter: { "en-US": "Basement" },
  first_aid: { "en-US": "Reception" },
  aed: {},
  privacy_contact: "privacy@nordhaus.example",
  camera_retention_days: 3,
  exit_pictogram: "E002",
};

/** A site's own notice, in English only, titled "Notice <id>". */
export const siteNotice = (id: string): SignItem => ({
  id,
  priority: "info",
  schedule: "always",
  pictograms: [],
  message: null,
  title: { "en-US": `Notice ${id}` },
  body: {},
});

/** Text without the Unicode isolation marks Fluent puts around arguments. */
export const strip = (s: string | null) => (s ?? "").replace(/[\u2066-\u2069]/g, "");
