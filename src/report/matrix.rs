//! The support matrix as plain text: one row per cluster, one column per source.

use std::io::Write;

use crate::model::Report;

/// Width of one source column.
const CELL: usize = 11;

/// Render the support matrix (only for three or more sources; nothing otherwise).
pub(super) fn render_text(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    if report.sources.len() < 3 || report.clusters.is_empty() {
        return Ok(());
    }
    let labels: Vec<&str> = report.sources.iter().map(|s| s.label.as_str()).collect();
    writeln!(
        out,
        "\nSUPPORT MATRIX ({} sources: {})",
        labels.len(),
        labels.join(", ")
    )?;
    write!(out, "{:<5}", "")?;
    for l in &labels {
        write!(out, "{:<CELL$}", clip(l, CELL - 1))?;
    }
    writeln!(out, "{:<12}claim", "diverges")?;
    for c in &report.clusters {
        write!(out, "{:<5}", c.id)?;
        for cell in &c.cells {
            let v = cell.confidence.map_or("-", |x| x.as_str());
            write!(out, "{v:<CELL$}")?;
        }
        let aspects: Vec<&str> = c.aspects.iter().map(|a| a.as_str()).collect();
        let first = c
            .claims
            .first()
            .and_then(|id| report.claim(id))
            .map(|cl| cl.text.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        writeln!(
            out,
            "{:<12}{} \u{201c}{}\u{201d}",
            clip(&aspects.join(","), 11),
            c.claims.first().map_or("", String::as_str),
            clip(&first, 72)
        )?;
    }
    Ok(())
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('\u{2026}');
        t
    }
}

/// One row's cells as words ("hedged", "-"), its aspects, and its first claim's text.
fn row<'a>(
    report: &'a Report,
    c: &'a crate::model::Cluster,
) -> (Vec<&'static str>, String, &'a str, String) {
    let cells = c
        .cells
        .iter()
        .map(|cell| cell.confidence.map_or("-", |x| x.as_str()))
        .collect();
    let aspects = c
        .aspects
        .iter()
        .map(|a| a.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    let id = c.claims.first().map_or("", String::as_str);
    let text = report
        .claim(id)
        .map(|cl| super::escape::one_line(&cl.text))
        .unwrap_or_default();
    (cells, aspects, id, text)
}

/// The support matrix as a Markdown table (three or more sources; empty otherwise).
pub(super) fn markdown(report: &Report) -> String {
    use super::escape::{markdown as md, truncate_chars};
    if report.sources.len() < 3 || report.clusters.is_empty() {
        return String::new();
    }
    let mut s = String::from("\n### Support matrix\n\n| Row |");
    for src in &report.sources {
        s.push_str(&format!(" {} |", md(&src.label)));
    }
    s.push_str(" Diverges | Claim |\n|---|");
    s.push_str(&"---|".repeat(report.sources.len() + 2));
    s.push('\n');
    for c in &report.clusters {
        let (cells, aspects, id, text) = row(report, c);
        s.push_str(&format!("| {} |", c.id));
        for v in cells {
            s.push_str(&format!(" {v} |"));
        }
        s.push_str(&format!(
            " {} | {} {} |\n",
            aspects,
            md(id),
            md(&truncate_chars(&text, 160))
        ));
    }
    s
}

/// The support matrix as an HTML section (three or more sources; empty otherwise).
pub(super) fn html(report: &Report) -> String {
    use super::escape::html as esc;
    if report.sources.len() < 3 || report.clusters.is_empty() {
        return String::new();
    }
    let mut h = String::from(
        "<section class=\"matrix\" id=\"matrix\">\n<h2>Support matrix</h2>\n<div class=\"matrix-scroll\"><table>\n<thead><tr><th>Row</th>",
    );
    for src in &report.sources {
        h.push_str(&format!("<th>{}</th>", esc(&src.label)));
    }
    h.push_str("<th>Diverges</th><th>Claim</th></tr></thead>\n<tbody>\n");
    for c in &report.clusters {
        let (cells, aspects, id, text) = row(report, c);
        h.push_str(&format!("<tr><td>{}</td>", esc(&c.id)));
        for v in cells {
            h.push_str(&format!("<td class=\"conf-{v}\">{v}</td>"));
        }
        h.push_str(&format!(
            "<td>{}</td><td><span class=\"cid\">{}</span> {}</td></tr>\n",
            esc(&aspects),
            esc(id),
            esc(&text)
        ));
    }
    h.push_str("</tbody>\n</table></div>\n</section>\n");
    h
}
