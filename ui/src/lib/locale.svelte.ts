// The language on screen right now. Components call `t()`; reading `current.lang` inside it
// makes every translated string update when the visitor picks another language.

import { translate, isRtl, type Args } from "./i18n";
import type { MessageId } from "./bindings/messages";

export const current = $state({ lang: "en-US" });

export function t(id: MessageId | `error-${string}`, args?: Args): string {
  return translate(current.lang, id, args);
}

export function setLanguage(lang: string): void {
  current.lang = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = isRtl(lang) ? "rtl" : "ltr";
}
