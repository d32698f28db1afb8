// Safety signage helpers: the ISO 7010 pictograms bundled from ../icons/iso7010 (never
// mirrored: their direction is physical), and the text of a notice in one language, with the
// site's facts passed as Fluent arguments.

import type { SignItem, SiteFacts } from "./bindings/types";
import type { MessageId } from "./bindings/messages";
import { translate, type Args } from "./i18n";

const urls = import.meta.glob("../../../icons/iso7010/*.svg", {
  query: "?url",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The bundled file of an ISO 7010 pictogram, e.g. `E001`. */
export function pictogramUrl(code: string): string | null {
  for (const [path, url] of Object.entries(urls)) {
    if (path.endsWith(`/${code}.svg`)) return url;
  }
  return null;
}

/** The site's facts as Fluent arguments in `lang`: places the site wrote per language are
 * given in `lang`, else in the site's first language that has them. */
export function factArgs(facts: SiteFacts, lang: string, languages: string[]): Args {
  const place = (text: Record<string, string | undefined>) => pick(text, lang, languages).text;
  return {
    ...facts,
    assembly_point: place(facts.assembly_point),
    shelter: place(facts.shelter),
    first_aid: place(facts.first_aid),
    aed: place(facts.aed),
  };
}

/** A site's own text in `lang`, else in the site's first language that has it. */
export function pick(
  text: Record<string, string | undefined>,
  lang: string,
  languages: string[],
): { text: string; lang: string } {
  for (const l of [lang, ...languages, ...Object.keys(text)]) {
    const value = text[l];
    if (value) return { text: value, lang: l };
  }
  return { text: "", lang };
}

/** The title or body of a notice in `lang`, and the language it is actually in. */
export function noticeText(
  item: SignItem,
  part: "title" | "body",
  lang: string,
  languages: string[],
  facts: SiteFacts,
): { text: string; lang: string } {
  if (item.message) {
    const id = `${item.message}-${part}` as MessageId;
    return { text: translate(lang, id, factArgs(facts, lang, languages)), lang };
  }
  return pick(item[part], lang, languages);
}

/** What the sign shows at position `index` (wrapping), with title and body in `lang`. */
export function noticeAt(
  items: SignItem[],
  index: number,
  lang: string,
  languages: string[],
  facts: SiteFacts,
): {
  item: SignItem;
  title: { text: string; lang: string };
  body: { text: string; lang: string };
} | null {
  if (!items.length) return null;
  const item = items[((index % items.length) + items.length) % items.length];
  return {
    item,
    title: noticeText(item, "title", lang, languages, facts),
    body: noticeText(item, "body", lang, languages, facts),
  };
}
