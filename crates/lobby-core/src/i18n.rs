//! Fluent for what Rust renders itself: command-line output, and later receipts and exports.
//! The UI formats its own strings from the same `.ftl` files with `@fluent/bundle`.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The reference language: every other locale must have each of its messages.
pub const REFERENCE: &str = "en-US";

/// The languages that have `.ftl` files, sorted.
pub fn available() -> Vec<&'static str> {
    let mut langs: Vec<&str> = LOCALE_FILES.iter().map(|(l, _, _)| *l).collect();
    langs.dedup();
    langs
}

/// The Fluent sources of one language.
pub fn sources(lang: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    LOCALE_FILES
        .iter()
        .filter(move |(l, _, _)| *l == lang)
        .map(|(_, f, s)| (*f, *s))
}

/// Whether text in this language runs right to left.
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang.split('-').next(), Some("ar" | "he" | "fa" | "ur"))
}

/// Builds the bundle of one language. `isolating` keeps Fluent's FSI/PDI marks around
/// arguments (right for screens, wrong for plain-text output).
pub fn bundle(lang: &str, isolating: bool) -> Option<FluentBundle<FluentResource>> {
    let id: LanguageIdentifier = lang.parse().ok()?;
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(isolating);
    let mut any = false;
    for (_, source) in sources(lang) {
        let resource = FluentResource::try_new(source.to_string()).ok()?;
        bundle.add_resource(resource).ok()?;
        any = true;
    }
    any.then_some(bundle)
}

/// Formats messages in one language for plain-text output, falling back to the reference
/// language for a message the chosen one lacks.
pub struct Localizer {
    lang: String,
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Localizer {
    pub fn new(lang: &str) -> Self {
        let lang = negotiate(lang);
        let mut bundles = Vec::new();
        if let Some(b) = bundle(&lang, false) {
            bundles.push(b);
        }
        if lang != REFERENCE {
            if let Some(b) = bundle(REFERENCE, false) {
                bundles.push(b);
            }
        }
        Self { lang, bundles }
    }

    /// The operator's language from `LC_ALL`, `LC_MESSAGES` or `LANG`.
    pub fn from_env() -> Self {
        let lang = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .unwrap_or_default();
        Self::new(&lang)
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The message `id` with `args`; the id itself if no bundle has it (a test makes sure
    /// that never happens for ids used in code).
    pub fn text(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for bundle in &self.bundles {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                if errors.is_empty() {
                    return text.into_owned();
                }
                tracing::warn!(id, lang = %self.lang, ?errors, "message failed to format");
            }
        }
        id.to_string()
    }
}

/// Maps a POSIX locale or a BCP 47 tag (`de_DE.UTF-8`, `zh_CN`, `ar`) to a shipped language.
pub fn negotiate(requested: &str) -> String {
    let tag = requested
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    let langs = available();
    if let Some(exact) = langs.iter().find(|l| l.eq_ignore_ascii_case(&tag)) {
        return exact.to_string();
    }
    let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
    langs
        .iter()
        .find(|l| {
            l.split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(&primary))
        })
        .map(|l| l.to_string())
        .unwrap_or_else(|| REFERENCE.to_string())
}

/// Removes Fluent's bidi isolation marks (FSI, PDI, LRI, RLI) from text meant for plain output.
pub fn strip_isolation(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_posix_locales() {
        assert_eq!(negotiate("de_DE.UTF-8"), "de");
        assert_eq!(negotiate("zh_CN.UTF-8"), "zh-CN");
        assert_eq!(negotiate("ar_EG"), "ar");
        assert_eq!(negotiate("en_GB"), "en-US");
        assert_eq!(negotiate("C"), "en-US");
        assert_eq!(negotiate(""), "en-US");
    }

    #[test]
    fn formats_with_arguments_and_without_isolation_marks() {
        let l = Localizer::new("de");
        let text = l.text("cli-audit-intact", &[("entries", 3.into())]);
        assert!(!text.contains('\u{2068}'), "{text:?}");
        assert!(text.contains('3'), "{text}");
        assert_ne!(
            text,
            Localizer::new("en-US").text("cli-audit-intact", &[("entries", 3.into())])
        );
    }

    #[test]
    fn rtl_languages() {
        assert!(is_rtl("ar"));
        assert!(!is_rtl("zh-CN"));
    }
}
