//! Policy texts are Markdown. They are shown as HTML made here, safely: raw HTML in the text
//! is shown as text, images become their description, and links lose their target, so nothing
//! in a policy can run, load from the network or take the kiosk elsewhere.

use pulldown_cmark::{html, CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

/// The title: the text of the first line when it is a level-1 heading (`# Title`).
pub fn title(markdown: &str) -> Option<String> {
    let first = markdown.trim_start_matches('\u{feff}').lines().next()?;
    let title = first
        .strip_prefix("# ")?
        .trim()
        .trim_end_matches('#')
        .trim();
    (!title.is_empty()).then(|| title.to_string())
}

/// The text after its `# Title` line (all of it when it has none).
pub fn without_title(markdown: &str) -> &str {
    let text = markdown.trim_start_matches('\u{feff}');
    match title(text) {
        Some(_) => text.split_once('\n').map_or("", |(_, rest)| rest),
        None => markdown,
    }
}

/// The text as HTML with nothing active in it.
pub fn to_safe_html(markdown: &str) -> String {
    let parser = Parser::new_ext(markdown, Options::ENABLE_STRIKETHROUGH).filter_map(|event| {
        match event {
            // Shown as the characters they are, escaped by the HTML writer.
            Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
            // A link keeps its words, an image its description; neither keeps a target.
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => None,
            Event::End(TagEnd::Link | TagEnd::Image) => None,
            // A fence's "language" would become a class attribute: policy texts need none.
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(_))) => {
                Some(Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)))
            }
            other => Some(other),
        }
    });
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, parser);
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_code_fence_keeps_its_text_but_not_its_language() {
        let html = to_safe_html("```javascript:alert(1)\nlet x = 1;\n```\n");
        assert_eq!(html, "<pre><code>let x = 1;\n</code></pre>\n");
    }

    #[test]
    fn the_title_is_the_first_heading() {
        assert_eq!(
            title("# Code de conduite\n\nTexte").unwrap(),
            "Code de conduite"
        );
        assert_eq!(title("\u{feff}# مدونة السلوك\n").unwrap(), "مدونة السلوك");
        assert_eq!(title("Intro\n# Late title"), None);
        assert_eq!(title("#\n"), None);
        assert_eq!(title("## Second level\n"), None);
    }

    #[test]
    fn the_title_line_can_be_left_out() {
        assert_eq!(without_title("# T\n\nBody\n"), "\nBody\n");
        assert_eq!(without_title("# T"), "");
        assert_eq!(without_title("Body\n"), "Body\n");
    }

    #[test]
    fn nothing_in_a_policy_can_run_load_or_leave() {
        let md = "# T\n\n<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> \
                  [there](https://evil.example/) ![logo](https://evil.example/a.png) \
                  <a href=\"javascript:alert(1)\">x</a> [rel](/local)\n";
        let out = to_safe_html(md);
        // Every tag in the output is a plain text tag without attributes.
        for tag in out.split('<').skip(1) {
            let name = tag.split('>').next().unwrap().trim_start_matches('/');
            assert!(["h1", "p"].contains(&name), "tag <{name}> in {out}");
        }
        assert!(out.contains("&lt;script&gt;"), "{out}");
        assert!(out.contains("there"), "{out}");
        assert!(out.contains("logo"), "{out}");
    }

    #[test]
    fn ordinary_markdown_renders() {
        let out = to_safe_html("# T\n\n## Safety\n\n- **Keep** exits *clear*\n- Report\n");
        assert!(out.contains("<h2>Safety</h2>"), "{out}");
        assert!(
            out.contains("<li><strong>Keep</strong> exits <em>clear</em></li>"),
            "{out}"
        );
    }
}
