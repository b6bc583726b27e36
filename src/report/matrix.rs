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
