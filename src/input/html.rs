//! HTML input: the main article of a saved news page, readability-style.
//!
//! [`dom_smoothie`] (a port of Firefox's Readability) finds the main content and
//! drops navigation, ads, related-article lists, scripts, styles and comments;
//! its Markdown rendering of the content then goes through the Markdown reader,
//! so headings, paragraphs and list items become paragraphs of plain text.

use super::markdown;

/// The article found in an HTML page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    /// The headline.
    pub title: Option<String>,
    /// The byline (author), when the page has one.
    pub byline: Option<String>,
    /// The publication date as the page states it.
    pub date: Option<String>,
    /// Paragraphs separated by blank lines, the title first.
    pub text: String,
}

/// Extract the main article of an HTML page, or `None` when there is none.
pub fn extract(html: &str) -> Option<Extracted> {
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Markdown,
        ..Default::default()
    };
    let mut r = dom_smoothie::Readability::new(html, None, Some(cfg)).ok()?;
    let article = r.parse().ok()?;
    let prose = markdown::to_prose(&article.text_content);
    if !prose.text.split("\n\n").any(is_prose_paragraph) {
        return None;
    }
    let title = Some(article.title.trim().to_string()).filter(|t| !t.is_empty());
    let text = match &title {
        Some(t) if !prose.text.starts_with(t.as_str()) => format!("{t}\n\n{}", prose.text),
        _ => prose.text,
    };
    let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Some(Extracted {
        title,
        byline: clean(article.byline),
        date: clean(article.published_time),
        text,
    })
}

/// Whether a paragraph reads like article prose rather than page furniture:
/// at least six words and a sentence-final punctuation mark. A page whose main
/// content has no such paragraph (a navigation-only page, a cookie wall) has no article.
fn is_prose_paragraph(p: &str) -> bool {
    let p = p.trim_end();
    p.split_whitespace().count() >= 6 && p.ends_with(['.', '!', '?', '"', '\u{201d}', '\''])
}

/// Whether `text` looks like an HTML document rather than prose.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml") && head.contains("<html")
        || (head.starts_with('<') && (head.contains("<head") || head.contains("<body")))
}
