//! GitHub renderer: workflow commands (`::warning file=…,line=…,title=…::…`) for the
//! most important findings, at most [`MAX_ANNOTATIONS`](super::MAX_ANNOTATIONS).
//!
//! Diverging links come first, then claims only in one source (see
//! [`Finding::rank`](super::findings::Finding::rank)). Each annotation points at the
//! line of the claim in its source file: the right claim of a link (in CI the new
//! source is on the right), or the unmatched claim. Properties and messages are
//! escaped by GitHub's rules, so article text cannot end the command early. With a
//! baseline, only new findings are annotated.

use std::io::Write;

use super::escape::{github_message, github_property, one_line, truncate_chars};
use super::findings::{ranked, Finding};
use super::{RenderOptions, MAX_ANNOTATIONS};
use crate::model::{Report, Side, Verdict};

pub(super) fn render(
    report: &Report,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let (findings, known): (Vec<Finding>, Vec<Finding>) = ranked(report, opts.baseline.as_ref())
        .into_iter()
        .filter(|f| matches!(f.verdict, Verdict::Diverges | Verdict::OnlyIn))
        .partition(|f| f.new);
    for f in findings.iter().take(MAX_ANNOTATIONS) {
        annotate(report, f, out)?;
    }
    if findings.len() > MAX_ANNOTATIONS {
        writeln!(
            out,
            "claimdiff: {} more findings not annotated (see the full report)",
            findings.len() - MAX_ANNOTATIONS
        )?;
    }
    if !known.is_empty() {
        writeln!(
            out,
            "claimdiff: {} known findings (in the baseline) not annotated",
            known.len()
        )?;
    }
    Ok(())
}

fn annotate(report: &Report, f: &Finding, out: &mut dyn Write) -> std::io::Result<()> {
    let Some(cmp) = report.comparisons.get(f.comparison) else {
        return Ok(());
    };
    let Some(anchor) = f.anchor() else {
        return Ok(());
    };
    let label = if f.right.is_empty() {
        &cmp.left
    } else {
        &cmp.right
    };
    let path = report.source(label).map_or("", |s| s.path.as_str());
    let text = |claims: &[&crate::model::Claim]| {
        claims
            .iter()
            .map(|c| format!("{} \u{201c}{}\u{201d}", c.id, one_line(&c.text)))
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let (title, message) = match f.verdict {
        Verdict::Diverges => {
            let aspects: Vec<&str> = f.aspects.iter().map(|a| a.as_str()).collect();
            let mut msg = format!(
                "{} says: {}\n{} says: {}",
                cmp.left,
                truncate_chars(&text(&f.left), 400),
                cmp.right,
                truncate_chars(&text(&f.right), 400)
            );
            for a in f.link.map_or(&[][..], |l| &l.aspects[..]) {
                msg.push('\n');
                msg.push_str(&super::findings::aspect_line(a, &cmp.left, &cmp.right));
            }
            (
                format!(
                    "claimdiff: {} diverges from {} on {}",
                    cmp.right,
                    cmp.left,
                    aspects.join(", ")
                ),
                msg,
            )
        }
        _ => {
            let (here, there) = match f.side {
                Some(Side::Left) => (&cmp.left, &cmp.right),
                _ => (&cmp.right, &cmp.left),
            };
            (
                format!("claimdiff: only in {here}, not in {there}"),
                truncate_chars(
                    &format!("{} \u{201c}{}\u{201d}", anchor.id, one_line(&anchor.text)),
                    600,
                ),
            )
        }
    };
    writeln!(
        out,
        "::warning file={},line={},title={}::{}",
        github_property(path),
        anchor.line,
        github_property(&title),
        github_message(&message)
    )
}
