//! Markdown input: headings, paragraphs and list items become plain-text
//! paragraphs; emphasis and link markup are stripped (link text kept); code
//! blocks, raw HTML, images and tables are left out, since only prose makes claims.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Prose extracted from a Markdown document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prose {
    /// The first level-1 heading, if any.
    pub title: Option<String>,
    /// Paragraphs separated by blank lines (headings and list items are paragraphs of their own).
    pub text: String,
}

/// Extract the prose of a Markdown document.
pub fn to_prose(markdown: &str) -> Prose {
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    let mut blocks: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut title = None;
    let mut in_h1 = false;
    let mut skip = 0usize; // depth inside code blocks, images, tables, raw HTML blocks
    let flush = |cur: &mut String, blocks: &mut Vec<String>| {
        let t = cur.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            blocks.push(t);
        }
        cur.clear();
    };
    for ev in parser {
        match ev {
            Event::Start(
                Tag::CodeBlock(_) | Tag::Image { .. } | Tag::Table(_) | Tag::HtmlBlock,
            ) => skip += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::Image | TagEnd::Table | TagEnd::HtmlBlock) => {
                skip = skip.saturating_sub(1)
            }
            _ if skip > 0 => {}
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut cur, &mut blocks);
                in_h1 = level == pulldown_cmark::HeadingLevel::H1 && title.is_none();
            }
            Event::End(TagEnd::Heading(_)) => {
                if in_h1 {
                    let t = cur.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !t.is_empty() {
                        title = Some(t);
                    }
                    in_h1 = false;
                }
                flush(&mut cur, &mut blocks);
            }
            Event::Start(Tag::Paragraph | Tag::Item | Tag::BlockQuote(_))
            | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::BlockQuote(_)) => {
                flush(&mut cur, &mut blocks)
            }
            Event::Text(t) | Event::Code(t) => cur.push_str(&t),
            Event::SoftBreak => cur.push(' '),
            Event::HardBreak => cur.push('\n'),
            _ => {}
        }
    }
    flush(&mut cur, &mut blocks);
    Prose {
        title,
        text: blocks.join("\n\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_stripped_and_link_text_kept() {
        let p = to_prose("# Big *news*\n\nThe [minister](http://x.y) **resigned** on `Monday`.\n");
        assert_eq!(p.title.as_deref(), Some("Big news"));
        assert_eq!(p.text, "Big news\n\nThe minister resigned on Monday.");
    }

    #[test]
    fn list_items_are_paragraphs_and_code_is_dropped() {
        let p = to_prose("Intro line.\n\n- first point\n- second point\n\n```\nlet x = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert_eq!(p.text, "Intro line.\n\nfirst point\n\nsecond point");
    }

    #[test]
    fn images_and_raw_html_are_dropped() {
        let p = to_prose("![alt text](pic.png)\n\n<div>raw</div>\n\nKept sentence.");
        assert_eq!(p.text, "Kept sentence.");
    }
}
