//! Escaping article text and file names for each output medium.
//!
//! Article text is untrusted: it may contain markup, workflow commands or
//! Markdown syntax. Every renderer passes it through one of these functions.

/// Escape text for HTML element content and double-quoted attribute values:
/// `&`, `<`, `>`, `"` and `'` become character references.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escape the message of a GitHub workflow command: `%`, CR and LF.
pub fn github_message(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c => out.push(c),
        }
    }
    out
}

/// Escape a property value of a GitHub workflow command: as the message, plus `:` and `,`.
pub fn github_property(s: &str) -> String {
    github_message(s).replace(':', "%3A").replace(',', "%2C")
}

/// Escape text for inline Markdown (GitHub-flavoured, also inside table cells):
/// line breaks become spaces, HTML specials become character references and
/// inline Markdown punctuation is backslash-escaped, so nothing in `s` becomes
/// markup. Meant for text that does not start a line.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut last_space = false;
    for ch in s.chars() {
        if ch.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // Inline markup, table cells, strikethrough, math and @mentions. (Text never
            // starts a line here, so block markers such as `#`, `-` and `1.` are safe.)
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '$' | '@' => {
                out.push('\\');
                out.push(ch);
            }
            c => out.push(c),
        }
    }
    out
}

/// Shorten `s` to at most `max` characters (not bytes), ending with `…` when cut.
pub fn truncate_chars(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('\u{2026}');
    out
}

/// Collapse every run of whitespace (newlines included) to one space and trim;
/// other control characters (terminal escapes) become U+FFFD.
pub fn one_line(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            w.chars()
                .map(|c| if c.is_control() { '\u{fffd}' } else { c })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(
            html(r#"<script>alert(1)</script> " onerror=x '&"#),
            "&lt;script&gt;alert(1)&lt;/script&gt; &quot; onerror=x &#39;&amp;"
        );
    }

    #[test]
    fn github_message_escapes_percent_and_newlines_only() {
        assert_eq!(github_message("50% a:b,c\r\nd"), "50%25 a:b,c%0D%0Ad");
    }

    #[test]
    fn github_property_also_escapes_colon_and_comma() {
        assert_eq!(github_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    #[test]
    fn markdown_neutralises_markup_and_table_pipes() {
        let s = markdown("a | *b* <img src=x onerror=y>\n[l](u)");
        assert!(!s.contains('<'));
        assert!(s.contains("\\|"));
        assert!(s.contains("\\*b\\*"));
        assert!(s.contains("\\[l\\](u)"));
        assert!(!s.contains('\n'));
    }

    #[test]
    fn one_line_flattens_whitespace_and_defuses_terminal_escapes() {
        assert_eq!(one_line(" a\n\tb  \x1b[31mc "), "a b \u{fffd}[31mc");
    }

    #[test]
    fn truncate_counts_characters_not_bytes() {
        assert_eq!(truncate_chars("ééééé", 3), "éé\u{2026}");
        assert_eq!(truncate_chars("abc", 3), "abc");
    }
}
