//! The translations are complete and correct: every locale has every message and attribute of
//! the reference (en-US) with the same arguments, every message formats without error, every
//! plural has each category its language needs (Arabic has six), and the code only uses ids
//! that exist.

#![allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly

use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement, VariantKey};
use intl_pluralrules::{PluralRuleType, PluralRules};
use lobby_core::i18n::{self, REFERENCE};
use lobby_core::ErrorCode;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// message id -> (attribute names, variables used, has a value)
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>, bool)>;

const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn parse(lang: &str) -> Vec<ast::Resource<&'static str>> {
    let mut out = Vec::new();
    for (file, source) in i18n::sources(lang) {
        match fluent_syntax::parser::parse(source) {
            Ok(r) => out.push(r),
            Err((_, errors)) => panic!("{lang}/{file} does not parse: {errors:?}"),
        }
    }
    assert!(!out.is_empty(), "{lang} has no .ftl files");
    out
}

fn walk_pattern<'s>(p: &ast::Pattern<&'s str>, f: &mut impl FnMut(&Expression<&'s str>)) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(expression, f);
        }
    }
}

fn walk_expression<'s>(e: &Expression<&'s str>, f: &mut impl FnMut(&Expression<&'s str>)) {
    f(e);
    match e {
        Expression::Select { selector, variants } => {
            walk_inline(selector, f);
            for v in variants {
                walk_pattern(&v.value, f);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, f),
    }
}

fn walk_inline<'s>(e: &InlineExpression<&'s str>, f: &mut impl FnMut(&Expression<&'s str>)) {
    match e {
        InlineExpression::Placeable { expression } => walk_expression(expression, f),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, f);
            }
            for n in &arguments.named {
                walk_inline(&n.value, f);
            }
        }
        _ => {}
    }
}

fn variables(p: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    walk_pattern(p, &mut |e| {
        let selector_or_inline = match e {
            Expression::Select { selector, .. } => selector,
            Expression::Inline(i) => i,
        };
        if let InlineExpression::VariableReference { id } = selector_or_inline {
            into.insert(id.name.to_string());
        }
    });
}

fn shape(lang: &str) -> Shape {
    let mut shape = Shape::new();
    for resource in parse(lang) {
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    variables(v, &mut vars);
                }
                let mut attrs = BTreeSet::new();
                for a in &m.attributes {
                    attrs.insert(a.id.name.to_string());
                    variables(&a.value, &mut vars);
                }
                let previous =
                    shape.insert(m.id.name.to_string(), (attrs, vars, m.value.is_some()));
                assert!(
                    previous.is_none(),
                    "{lang}: message {} is defined twice",
                    m.id.name
                );
            }
        }
    }
    shape
}

#[test]
fn every_shipped_language_is_present() {
    let available = i18n::available();
    for lang in lobby_core::config::SHIPPED_LANGUAGES {
        assert!(available.contains(&lang), "locales/{lang} is missing");
    }
}

#[test]
fn every_locale_has_every_message_and_attribute_of_the_reference() {
    let reference = shape(REFERENCE);
    let mut problems = Vec::new();
    for lang in i18n::available() {
        let this = shape(lang);
        for (id, (attrs, vars, has_value)) in &reference {
            match this.get(id) {
                None => problems.push(format!("{lang}: missing {id}")),
                Some((a, v, hv)) => {
                    if a != attrs {
                        problems.push(format!(
                            "{lang}: {id} has attributes {a:?}, reference {attrs:?}"
                        ));
                    }
                    if v != vars {
                        problems.push(format!(
                            "{lang}: {id} uses variables {v:?}, reference {vars:?}"
                        ));
                    }
                    if hv != has_value {
                        problems.push(format!(
                            "{lang}: {id} value presence differs from the reference"
                        ));
                    }
                }
            }
        }
        for id in this.keys() {
            if !reference.contains_key(id) {
                problems.push(format!("{lang}: {id} is not in the reference (stale?)"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_formats_without_error_in_every_locale() {
    let reference = shape(REFERENCE);
    let mut problems = Vec::new();
    for lang in i18n::available() {
        let bundle = i18n::bundle(lang, true).expect("bundle builds");
        for (id, (attrs, vars, _)) in &reference {
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            // Several numbers, so every plural branch of every language is formatted once.
            for n in [0, 1, 2, 3, 5, 11, 100, 1_000_000] {
                let mut args = FluentArgs::new();
                for v in vars {
                    args.set(v.as_str(), FluentValue::from(n));
                }
                let mut patterns: Vec<_> = message.value().into_iter().collect();
                for a in attrs {
                    patterns.extend(message.get_attribute(a).map(|a| a.value()));
                }
                for p in patterns {
                    let mut errors = Vec::new();
                    let text = bundle.format_pattern(p, Some(&args), &mut errors);
                    if !errors.is_empty() {
                        problems.push(format!("{lang}: {id} (n={n}): {errors:?}"));
                    }
                    if text.trim().is_empty() {
                        problems.push(format!("{lang}: {id} formats to nothing"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn plurals_have_every_category_their_language_needs() {
    let mut problems = Vec::new();
    for lang in i18n::available() {
        // The plural rules are per language ("zh", "en"), not per region.
        let primary = lang.split('-').next().expect("a language subtag");
        let rules = PluralRules::create(
            primary
                .parse::<unic_langid::LanguageIdentifier>()
                .expect("language id"),
            PluralRuleType::CARDINAL,
        )
        .expect("plural rules for every shipped language");
        let needed = categories(&rules);
        for resource in parse(lang) {
            for entry in &resource.body {
                let Entry::Message(m) = entry else { continue };
                let mut patterns: Vec<&ast::Pattern<&str>> = m.value.iter().collect();
                patterns.extend(m.attributes.iter().map(|a| &a.value));
                for p in patterns {
                    walk_pattern(p, &mut |e| {
                        if let Expression::Select { variants, .. } = e {
                            let keys: BTreeSet<&str> = variants
                                .iter()
                                .filter_map(|v| match &v.key {
                                    VariantKey::Identifier { name } => Some(*name),
                                    VariantKey::NumberLiteral { .. } => None,
                                })
                                .collect();
                            let is_plural = keys
                                .iter()
                                .any(|k| PLURAL_CATEGORIES.contains(k) && *k != "other");
                            if is_plural {
                                let missing: Vec<_> = needed.difference(&keys).collect();
                                if !missing.is_empty() {
                                    problems.push(format!(
                                        "{lang}: {} lacks plural categories {missing:?}",
                                        m.id.name
                                    ));
                                }
                            }
                        }
                    });
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The categories whole numbers reach (counts are whole numbers on a kiosk).
fn categories(rules: &PluralRules) -> BTreeSet<&'static str> {
    (0..=1000u64)
        .chain([1_000_000, 2_000_000, 1_000_000_000])
        .map(|n| category_name(rules.select(n).expect("plural rules take integers")))
        .collect()
}

fn category_name(c: intl_pluralrules::PluralCategory) -> &'static str {
    use intl_pluralrules::PluralCategory::*;
    match c {
        ZERO => "zero",
        ONE => "one",
        TWO => "two",
        FEW => "few",
        MANY => "many",
        OTHER => "other",
    }
}

#[test]
fn arabic_needs_six_plural_forms() {
    let rules = PluralRules::create(
        "ar".parse::<unic_langid::LanguageIdentifier>().unwrap(),
        PluralRuleType::CARDINAL,
    )
    .unwrap();
    assert_eq!(categories(&rules).len(), 6);
}

#[test]
fn every_error_code_has_a_message() {
    let reference = shape(REFERENCE);
    for code in ErrorCode::ALL {
        assert!(
            reference.contains_key(&code.message_id()),
            "no message {}",
            code.message_id()
        );
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files_under(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if p.is_dir() {
            if name != "node_modules" && name != "bindings" && name != "dist" {
                files_under(&p, exts, out);
            }
        } else if exts.iter().any(|x| name.ends_with(x)) {
            out.push(p);
        }
    }
}

/// Message ids written in the code: `t("id"` / `t('id'` in the UI, `.text("id"` in Rust.
fn ids_used_in_code() -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    files_under(&workspace().join("ui/src"), &[".ts", ".svelte"], &mut files);
    files_under(&workspace().join("src-tauri/src"), &[".rs"], &mut files);
    files_under(
        &workspace().join("crates/lobby-core/src"),
        &[".rs"],
        &mut files,
    );
    let mut used = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable source");
        for marker in ["t(\"", "t('", ".text(\"", "msg=\"", "msgId: \"", "msgId: '"] {
            let mut rest = text.as_str();
            while let Some(i) = rest.find(marker) {
                // `t(` must be the whole name: `insert("` or `set("` are not calls of `t`.
                let before = rest[..i].chars().next_back();
                let whole = !marker.starts_with('t')
                    || !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.');
                rest = &rest[i + marker.len()..];
                if !whole {
                    continue;
                }
                // Only a preceding non-identifier char counts (so `set("` is not `t("`).
                let id: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                let quote = rest[id.len()..].chars().next();
                if !id.is_empty() && matches!(quote, Some('"') | Some('\'')) {
                    used.push((f.clone(), id));
                }
            }
        }
    }
    used
}

#[test]
fn code_uses_only_ids_that_exist() {
    let reference = shape(REFERENCE);
    let used = ids_used_in_code();
    assert!(
        used.len() > 10,
        "the scan found too few ids ({}); is it broken?",
        used.len()
    );
    let unknown: Vec<_> = used
        .iter()
        .filter(|(_, id)| !reference.contains_key(id))
        .map(|(f, id)| format!("{}: {id}", f.display()))
        .collect();
    assert!(
        unknown.is_empty(),
        "unknown message ids:\n{}",
        unknown.join("\n")
    );
}

/// Regression: new audit actions showed up on the staff screen as raw ids
/// ("policy-publish"). Every action the code writes has its own words in every language.
#[test]
fn every_audit_action_has_a_name_on_the_staff_screen() {
    fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut actions = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        // Unit tests write made-up actions; only what the product writes counts.
        let product = text.split("#[cfg(test)]").next().unwrap();
        for marker in ["action: \"", "refuse(\""] {
            for piece in product.split(marker).skip(1) {
                let id = piece.split('"').next().unwrap();
                if !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                    actions.insert(id.to_string());
                }
            }
        }
    }
    assert!(
        actions.contains("badge-unknown") && actions.len() > 15,
        "{actions:?}"
    );
    for lang in i18n::available() {
        let bundle = i18n::bundle(lang, false).unwrap();
        let message = bundle.get_message("staff-recent-entry").unwrap();
        for action in &actions {
            let mut args = FluentArgs::new();
            args.set("action", FluentValue::from(action.as_str()));
            let mut errors = vec![];
            let shown = bundle.format_pattern(message.value().unwrap(), Some(&args), &mut errors);
            assert_ne!(
                shown,
                action.as_str(),
                "{lang}: no words for the audit action {action}"
            );
        }
    }
}
