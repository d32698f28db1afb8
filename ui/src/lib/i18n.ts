// Fluent over ../locales: the same .ftl files the Rust side embeds, bundled at build time.
// Dates and numbers come from the webview's Intl, formatted for the chosen language.

import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { MessageId } from "./bindings/messages";

export const REFERENCE = "en-US";
const RTL_LANGUAGES = new Set(["ar", "he", "fa", "ur"]);

// Only the screens' file: cli.ftl is for the command line and would only cost parse time.
const sources = import.meta.glob("../../../locales/*/main.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

function langOf(path: string): string {
  const parts = path.split("/");
  return parts[parts.length - 2];
}

// Each language's messages are parsed the first time that language is used: parsing all ten
// files (430 kB) when the page loaded was most of the time its script took to run, and the
// home screen needs one language and the other nine only by name (see `translate`).
// `parseAll` parses the rest once the home screen is up, so the first emergency screen (every
// language at once) or change of language does not wait for it.
const texts = new Map<string, string>();
for (const [path, text] of Object.entries(sources)) texts.set(langOf(path), text);
const bundles = new Map<string, FluentBundle>();

function bundleFor(lang: string): FluentBundle | undefined {
  let bundle = bundles.get(lang);
  const text = texts.get(lang);
  if (!bundle && text !== undefined) {
    bundle = new FluentBundle(lang);
    const errors = bundle.addResource(new FluentResource(text));
    if (errors.length) console.error(`locales/${lang}: ${errors.join("; ")}`);
    bundles.set(lang, bundle);
  }
  return bundle;
}

/** Parses every language not parsed yet. */
export function parseAll(): void {
  for (const lang of texts.keys()) bundleFor(lang);
}

/** Languages that have translations. */
export function available(): string[] {
  return [...texts.keys()].sort();
}

export function isRtl(lang: string): boolean {
  return RTL_LANGUAGES.has(lang.split("-")[0]);
}

export type Args = Record<string, FluentVariable>;

/** The message in `lang`, falling back to the reference language, then to the id itself. */
export function translate(lang: string, id: MessageId | `error-${string}`, args?: Args): string {
  // The language picker names every language in itself: read that one plain line from a file
  // not parsed yet rather than parse the whole file for it.
  if (id === "language-name" && !bundles.has(lang)) {
    const name = /^language-name = ([^{}\n]+)$/m.exec(texts.get(lang) ?? "")?.[1]?.trim();
    if (name) return name;
  }
  for (const l of [lang, REFERENCE]) {
    const bundle = bundleFor(l);
    const message = bundle?.getMessage(id);
    if (bundle && message?.value) {
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, args ?? null, errors);
      if (errors.length === 0) return text;
      console.error(`${l}/${id}: ${errors.join("; ")}`);
    }
  }
  return id;
}

/** A date in the language's own format, in the site's time zone. */
export function formatDate(lang: string, date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: "full", timeZone }).format(date);
}

export function formatTime(lang: string, date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(lang, { timeStyle: "short", timeZone }).format(date);
}

export function formatDateTime(lang: string, date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(lang, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);
}

/**
 * The day the site opens again: "today" or "tomorrow" in `lang` when it is (the kiosk's clock
 * says how many days away, in the site's time zone), else the weekday.
 */
export function openingDay(
  lang: string,
  at: Date,
  daysAway: number | null,
  timeZone: string,
): string {
  if (daysAway === 0 || daysAway === 1) {
    return new Intl.RelativeTimeFormat(lang, { numeric: "auto" }).format(daysAway, "day");
  }
  return new Intl.DateTimeFormat(lang, { weekday: "long", timeZone }).format(at);
}
