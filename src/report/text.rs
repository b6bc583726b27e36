//! Text renderer: a careful editor's notes, one section per verdict.

use std::io::Write;

use super::RenderOptions;
use crate::model::{Claim, Comparison, Link, Report, Side, Verdict};

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

pub(super) fn render(
    report: &Report,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let st = Style { on: opts.color };
    for s in &report.sources {
        let title = s.title.as_deref().unwrap_or("(untitled)");
        writeln!(out, "{}  {}  {}", st.paint("1", &s.label), s.path, title)?;
    }
    super::matrix::render_text(report, out)?;
    for cmp in &report.comparisons {
        render_comparison(report, cmp, &st, out)?;
    }
    Ok(())
}

fn quote(report: &Report, ids: &[String]) -> String {
    ids.iter()
        .filter_map(|id| report.claim(id))
        .map(|c| format!("{} \u{201c}{}\u{201d}", c.id, one_line(&c.text)))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn render_comparison(
    report: &Report,
    cmp: &Comparison,
    st: &Style,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let c = &cmp.counts;
    writeln!(out)?;
    writeln!(
        out,
        "{} {} vs {}: agreement {:.2}; {} agree, {} adds detail, {} diverge, {} only in {}, {} only in {}, {} boilerplate",
        st.paint("1", "=="),
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
            writeln!(out, "  {} {}", cmp.left, quote(report, &l.left))?;
            writeln!(out, "  {} {}", cmp.right, quote(report, &l.right))?;
            for a in &l.aspects {
                writeln!(
                    out,
                    "    {} {}: {} [{}] vs [{}]",
                    st.paint(color, "~"),
                    a.kind.as_str(),
                    a.note,
                    a.left.join(", "),
                    a.right.join(", ")
                )?;
            }
            for d in &l.details {
                let who = match d.side {
                    Side::Left => &cmp.left,
                    Side::Right => &cmp.right,
                };
                writeln!(out, "    + {} adds: {}", who, d.items.join(", "))?;
            }
            writeln!(out, "    similarity {:.2}", l.similarity)?;
        }
    }
    for (label, ids) in [(&cmp.left, &cmp.only_left), (&cmp.right, &cmp.only_right)] {
        if ids.is_empty() {
            continue;
        }
        writeln!(out, "\n{}", st.paint("36", &format!("ONLY IN {label}")))?;
        for id in ids {
            if let Some(claim) = report.claim(id) {
                writeln!(out, "  {}", claim_line(claim))?;
            }
        }
    }
    let boiler: Vec<&Claim> = [&cmp.left, &cmp.right]
        .iter()
        .filter_map(|l| report.source(l))
        .flat_map(|s| s.claims.iter())
        .filter(|c| c.kind == crate::model::ClaimKind::Boilerplate)
        .collect();
    if !boiler.is_empty() {
        writeln!(out, "\n{}", st.paint("2", "BOILERPLATE (not compared)"))?;
        for c in boiler {
            writeln!(out, "  {}", claim_line(c))?;
        }
    }
    Ok(())
}

fn claim_line(c: &Claim) -> String {
    format!("{} \u{201c}{}\u{201d}", c.id, one_line(&c.text))
}
