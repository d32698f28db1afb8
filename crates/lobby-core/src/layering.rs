//! The rule of the module map in `lib.rs`, checked: no module of lobby-core uses one that uses
//! it back, directly or around a loop. A module's own submodules are part of it (a parent and
//! its children may use each other); between any other two modules, uses go one way.
//!
//! The check reads the source files: every `crate::` and `super::` path outside comments and
//! test modules is a use of the longest module it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`wifi::passes`, `config`, `` for lib.rs) of each source file under `src`.
fn modules(src: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().and_then(|e| e.to_str()) != Some("rs") {
                continue;
            }
            let rel = path
                .strip_prefix(src)
                .expect("under src")
                .with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
                parts.pop();
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            out.insert(parts.join("::"), text);
        }
    }
    out
}

/// The source without comments and without its test module.
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every path after `prefix` (`crate::` or `super::`), braces of `use` lists expanded.
fn paths(code: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find(prefix) {
        rest = &rest[i + prefix.len()..];
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '{'))
            .unwrap_or(rest.len());
        let head = &rest[..end];
        if let Some(brace) = head.find('{') {
            // A `use` list: up to its closing brace, each item (nested lists flattened).
            let base = head[..brace].trim_end_matches(':');
            let close = rest.find(';').unwrap_or(rest.len());
            for item in rest[brace + 1..close].split([',', '{', '}']) {
                let item = item.split_whitespace().next().unwrap_or_default();
                if !item.is_empty()
                    && item != "self"
                    && item.chars().next().is_some_and(|c| c.is_lowercase())
                {
                    out.push(format!("{base}::{item}"));
                }
            }
            out.push(base.to_string());
        } else {
            out.push(head.trim_end_matches(':').to_string());
        }
    }
    out
}

/// The longest known module a path names.
fn resolve(path: &str, known: &BTreeSet<String>) -> Option<String> {
    let parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
    (1..=parts.len())
        .rev()
        .map(|n| parts[..n].join("::"))
        .find(|m| known.contains(m))
}

fn related(a: &str, b: &str) -> bool {
    a.is_empty()
        || b.is_empty()
        || a.starts_with(&format!("{b}::"))
        || b.starts_with(&format!("{a}::"))
}

/// Who uses whom, between modules that are not one inside the other.
fn uses(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let files = modules(src);
    let known: BTreeSet<String> = files.keys().cloned().collect();
    let mut graph = BTreeMap::new();
    for (module, text) in &files {
        let code = code(text);
        let parent = module.rsplit_once("::").map(|(p, _)| p).unwrap_or("");
        let mut targets: Vec<String> = paths(&code, "crate::");
        for p in paths(&code, "super::") {
            targets.push(if parent.is_empty() {
                p
            } else {
                format!("{parent}::{p}")
            });
        }
        let edges: BTreeSet<String> = targets
            .iter()
            .filter_map(|p| resolve(p, &known))
            .filter(|t| t != module && !related(module, t))
            .collect();
        graph.insert(module.clone(), edges);
    }
    graph
}

/// A loop of uses, if there is one.
fn a_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == node) {
            let mut cycle = path[i..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(c) = visit(next, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|start| visit(start, graph, &mut Vec::new(), &mut done))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // a test that cannot set up should fail loudly
mod tests {
    use super::*;

    #[test]
    fn no_module_uses_one_that_uses_it_back() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let graph = uses(&src);
        assert!(graph.len() > 30, "the source was read: {:?}", graph.keys());
        assert!(
            graph["wifi::passes"].contains("config"),
            "uses are found: {:?}",
            graph["wifi::passes"]
        );
        if let Some(cycle) = a_cycle(&graph) {
            panic!("modules use each other in a loop: {}", cycle.join(" -> "));
        }
    }

    #[test]
    fn a_loop_is_found_and_named() {
        let mut graph = BTreeMap::new();
        graph.insert("a".to_string(), BTreeSet::from(["b".to_string()]));
        graph.insert("b".to_string(), BTreeSet::from(["c".to_string()]));
        graph.insert("c".to_string(), BTreeSet::from(["a".to_string()]));
        graph.insert("d".to_string(), BTreeSet::from(["a".to_string()]));
        assert_eq!(a_cycle(&graph).unwrap(), ["a", "b", "c", "a"]);
        graph.get_mut("c").unwrap().clear();
        assert_eq!(a_cycle(&graph), None);
    }

    #[test]
    fn use_lists_comments_and_tests_are_read_as_meant() {
        let code = code(
            "use crate::config::{self, Config};\nuse crate::wifi::{passes::live, qr};\n// crate::staff\nfn f() { crate::text::first_name(x) }\n#[cfg(test)]\nmod tests { use crate::demo; }",
        );
        let found: BTreeSet<String> = paths(&code, "crate::").into_iter().collect();
        for p in ["config", "wifi::passes", "wifi::qr", "text::first_name"] {
            assert!(found.iter().any(|f| f.starts_with(p)), "{p} in {found:?}");
        }
        assert!(
            !found
                .iter()
                .any(|f| f.starts_with("staff") || f.starts_with("demo")),
            "{found:?}"
        );
    }
}
