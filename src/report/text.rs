//! Text renderer: a careful editor's notes, one section per verdict, wrapped to
//! the terminal width, coloured only when asked.

use std::io::Write;

use super::escape::one_line;
use super::findings::ClaimIndex;
use super::RenderOptions;
use crate::model::{Claim, ClaimKind, Comparison, Link, Report, Side, Verdict};

struct Style {
    on: bool,
    width: usize,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// Write `text` wrapped to the width: the first line starts with `lead` (painted
    /// with `code`), the others are indented to line up after it.
    fn para(
        &self,
        out: &mut dyn Write,
        indent: usize,
        lead: &str,
        code: &str,
        text: &str,
    ) -> std::io::Result<()> {
        // Every string printed passes here: flatten it and defuse terminal escapes.
        let (lead, text) = (one_line(lead), one_line(text));
        let lead = lead.as_str();
        let lead_cols = lead.chars().count();
        let first = if lead.is_empty() { 0 } else { lead_cols + 1 };
        let lines = wrap(&text, self.width.saturating_sub(indent + first).max(20));
        let pad = " ".repeat(indent);
        for (i, line) in lines.iter().enumerate() {
            if i == 0 && !lead.is_empty() {
                writeln!(out, "{pad}{} {line}", self.paint(code, lead))?;
            } else {
                writeln!(out, "{pad}{}{line}", " ".repeat(first))?;
            }
        }
        Ok(())
    }
}

/// Split `text` into lines of at most `width` characters at spaces; a word longer
/// than the width gets a line of its own.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut cols = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if cols > 0 && cols + 1 + n > width {
            lines.push(std::mem::take(&mut line));
            cols = 0;
        }
        if cols > 0 {
            line.push(' ');
            cols += 1;
        }
        line.push_str(word);
        cols += n;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

pub(super) fn render(
    report: &Report,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let st = Style {
        on: opts.color,
        width: opts.width.max(20),
    };
    for s in &report.sources {
        let title = s.title.as_deref().unwrap_or("(untitled)");
        st.para(
            out,
            0,
            &s.label,
            "1",
            &format!("{}  {}", s.path, one_line(title)),
        )?;
    }
    super::matrix::render_text(report, out)?;
    let ix = ClaimIndex::new(report);
    for cmp in &report.comparisons {
        render_comparison(report, &ix, cmp, &st, out)?;
    }
    Ok(())
}

fn quote(ix: &ClaimIndex, ids: &[String]) -> String {
    ix.all(ids)
        .into_iter()
        .map(|c| format!("{} \u{201c}{}\u{201d}", c.id, one_line(&c.text)))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn render_comparison(
    report: &Report,
    ix: &ClaimIndex,
    cmp: &Comparison,
    st: &Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let c = &cmp.counts;
    writeln!(out)?;
    st.para(
        out,
        0,
        "==",
        "1",
        &format!(
            "{} vs {}: agreement {:.2}; {} agree, {} adds detail, {} diverge, {} only in {}, {} only in {}, {} boilerplate",
            cmp.left,
            cmp.right,
            cmp.agreement,
            c.agree,
            c.adds_detail,
            c.diverges,
            c.only_left,
            cmp.left,
            c.only_right,
            cmp.right,
            c.boilerplate
        ),
    )?;
    for (verdict, color, heading) in [
        (Verdict::Diverges, "31", "DIVERGES"),
        (Verdict::AddsDetail, "33", "ADDS DETAIL"),
        (Verdict::Agree, "32", "AGREE"),
    ] {
        let links: Vec<&Link> = cmp.links.iter().filter(|l| l.verdict == verdict).collect();
        if links.is_empty() {
            continue;
        }
        writeln!(out, "\n{}", st.paint(color, heading))?;
        for l in links {
            render_link(ix, cmp, l, color, st, out)?;
        }
    }
    for (label, ids) in [(&cmp.left, &cmp.only_left), (&cmp.right, &cmp.only_right)] {
        if ids.is_empty() {
            continue;
        }
        writeln!(out, "\n{}", st.paint("36", &format!("ONLY IN {label}")))?;
        for claim in ix.all(ids) {
            st.para(out, 2, &claim.id, "", &quoted(claim))?;
        }
    }
    let boiler: Vec<&Claim> = [&cmp.left, &cmp.right]
        .iter()
        .filter_map(|l| report.source(l))
        .flat_map(|s| s.claims.iter())
        .filter(|c| c.kind == ClaimKind::Boilerplate)
        .collect();
    if !boiler.is_empty() {
        writeln!(out, "\n{}", st.paint("2", "BOILERPLATE (not compared)"))?;
        for c in boiler {
            st.para(out, 2, &c.id, "2", &quoted(c))?;
        }
    }
    Ok(())
}

fn render_link(
    ix: &ClaimIndex,
    cmp: &Comparison,
    l: &Link,
    color: &str,
    st: &Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    st.para(out, 2, &cmp.left, "1", &quote(ix, &l.left))?;
    st.para(out, 2, &cmp.right, "1", &quote(ix, &l.right))?;
    for a in &l.aspects {
        let text = super::findings::aspect_line(a, &cmp.left, &cmp.right);
        st.para(out, 4, "~", color, &text)?;
    }
    for d in &l.details {
        let who = match d.side {
            Side::Left => &cmp.left,
            Side::Right => &cmp.right,
        };
        let text = format!("{who} adds: {}", one_line(&d.items.join(", ")));
        st.para(out, 4, "+", color, &text)?;
    }
    writeln!(out, "    similarity {:.2}", l.similarity)
}

fn quoted(c: &Claim) -> String {
    format!("\u{201c}{}\u{201d}", one_line(&c.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_lines_within_width() {
        let text =
            "Officials said the bridge would stay closed until repairs are finished next spring.";
        let lines = wrap(text, 20);
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|l| l.chars().count() <= 20));
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn wrap_puts_an_overlong_word_on_its_own_line() {
        let lines = wrap("a https://example.com/a/very/long/path b", 10);
        assert_eq!(lines, ["a", "https://example.com/a/very/long/path", "b"]);
    }

    #[test]
    fn wrap_of_empty_text_is_one_empty_line() {
        assert_eq!(wrap("  ", 10), [""]);
    }
}
