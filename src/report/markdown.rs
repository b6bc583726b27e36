//! Markdown renderer: a summary table and per-verdict sections, fit for a
//! pull-request comment or `$GITHUB_STEP_SUMMARY`.
//!
//! The output is bounded by [`RenderOptions::markdown_limit`] bytes: sections come
//! most important first (diverges, only in one source, adds detail, agree), and when
//! the next item would pass the bound the rest is left out with a note saying how
//! many findings were not shown. All article text goes through [`escape::markdown`].

use std::fmt::Write as _;
use std::io::Write;

use super::escape::{self, truncate_chars};
use super::findings::{ClaimIndex, Novelty};
use super::RenderOptions;
use crate::model::{Claim, Comparison, Link, Report, Side, Verdict};

/// Bytes kept free for the truncation note.
const NOTE_RESERVE: usize = 400;

/// Longest claim text shown, in characters.
const MAX_CLAIM_CHARS: usize = 500;

struct Budget {
    buf: String,
    limit: usize,
    skipped: usize,
    full: bool,
}

impl Budget {
    /// Append `s` if it fits and say whether it did; a finding that does not fit is
    /// counted as skipped, and once one piece did not fit nothing more is added.
    fn push(&mut self, s: &str, is_finding: bool) -> bool {
        if !self.full && self.buf.len() + s.len() + NOTE_RESERVE > self.limit {
            self.full = true;
        }
        if self.full {
            if is_finding {
                self.skipped += 1;
            }
            return false;
        }
        self.buf.push_str(s);
        true
    }
}

pub(super) fn render(
    report: &Report,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut b = Budget {
        buf: String::new(),
        limit: opts.markdown_limit.max(NOTE_RESERVE * 2),
        skipped: 0,
        full: false,
    };
    b.push("## claimdiff report\n\n", false);
    b.push("| Sources | Agreement | Agree | Adds detail | Diverges | Only left | Only right |\n|---|---:|---:|---:|---:|---:|---:|\n", false);
    for cmp in &report.comparisons {
        let c = &cmp.counts;
        b.push(
            &format!(
                "| {} vs {} | {:.0}% | {} | {} | {} | {} | {} |\n",
                escape::markdown(&cmp.left),
                escape::markdown(&cmp.right),
                cmp.agreement * 100.0,
                c.agree,
                c.adds_detail,
                c.diverges,
                c.only_left,
                c.only_right
            ),
            false,
        );
    }
    b.push("\n", false);
    for s in &report.sources {
        let title = s.title.as_deref().map_or(String::new(), |t| {
            format!(": {}", escape::markdown(&truncate_chars(t, 200)))
        });
        b.push(
            &format!(
                "- **{}** {}{}\n",
                escape::markdown(&s.label),
                escape::markdown(&s.path),
                title
            ),
            false,
        );
    }
    b.push(&super::matrix::markdown(report), false);
    let ctx = Ctx {
        ix: ClaimIndex::new(report),
        novelty: Novelty::new(report, opts.baseline.as_ref()),
        marked: opts.baseline.is_some(),
    };
    for (i, cmp) in report.comparisons.iter().enumerate() {
        comparison(&ctx, i, cmp, &mut b);
    }
    if b.skipped > 0 {
        let _ = write!(
            b.buf,
            "\n> **Truncated:** {} more finding(s) not shown (bound {} bytes). Run `claimdiff compare --format html` for the full report.\n",
            b.skipped, b.limit
        );
    }
    out.write_all(b.buf.as_bytes())
}

struct Ctx<'a> {
    ix: ClaimIndex<'a>,
    novelty: Novelty,
    /// A baseline was given: mark new findings and count them in headings.
    marked: bool,
}

impl Ctx<'_> {
    fn heading(&self, name: &str, total: usize, new: usize) -> String {
        if self.marked {
            format!("\n#### {name} ({total}, {new} new)\n\n")
        } else {
            format!("\n#### {name} ({total})\n\n")
        }
    }

    fn mark(&self, new: bool) -> &'static str {
        if self.marked && new {
            "**new** "
        } else {
            ""
        }
    }
}

fn comparison(ctx: &Ctx, ci: usize, cmp: &Comparison, b: &mut Budget) {
    let l = escape::markdown(&cmp.left);
    let r = escape::markdown(&cmp.right);
    b.push(&format!("\n### {l} vs {r}\n"), false);
    let links = |v: Verdict| -> Vec<(bool, &Link)> {
        cmp.links
            .iter()
            .enumerate()
            .filter(|(_, k)| k.verdict == v)
            .map(|(i, k)| (ctx.novelty.link(ci, i), k))
            .collect()
    };
    let new_count = |v: &[(bool, &Link)]| v.iter().filter(|x| x.0).count();
    let diverges = links(Verdict::Diverges);
    if !diverges.is_empty() {
        b.push(
            &ctx.heading("Diverges", diverges.len(), new_count(&diverges)),
            false,
        );
        for (new, k) in diverges {
            let mut item = link_item(ctx, new, k);
            for a in &k.aspects {
                let _ = writeln!(
                    item,
                    "  - *{}*: {} — {}: {} / {}: {}",
                    a.kind.as_str(),
                    escape::markdown(&a.note),
                    l,
                    list(&a.left),
                    r,
                    list(&a.right)
                );
            }
            b.push(&item, true);
        }
    }
    for (side, ids) in [(Side::Right, &cmp.only_right), (Side::Left, &cmp.only_left)] {
        let claims: Vec<(bool, &Claim)> = ids
            .iter()
            .enumerate()
            .filter_map(|(i, id)| Some((ctx.novelty.only(ci, side, i), ctx.ix.get(id)?)))
            .collect();
        if claims.is_empty() {
            continue;
        }
        let new = claims.iter().filter(|x| x.0).count();
        let (here, there) = match side {
            Side::Left => (&l, &r),
            Side::Right => (&r, &l),
        };
        b.push(
            &ctx.heading(
                &format!("Only in {here}, not in {there}"),
                claims.len(),
                new,
            ),
            false,
        );
        for (new, c) in claims {
            b.push(
                &format!("- {}{} (line {})\n", ctx.mark(new), claim(c), c.line),
                true,
            );
        }
    }
    let adds = links(Verdict::AddsDetail);
    if !adds.is_empty() {
        b.push(
            &ctx.heading("Adds detail", adds.len(), new_count(&adds)),
            false,
        );
        for (new, k) in adds {
            let mut item = link_item(ctx, new, k);
            for d in &k.details {
                let who = if d.side == Side::Left { &l } else { &r };
                let _ = writeln!(item, "  - {who} adds: {}", list(&d.items));
            }
            b.push(&item, true);
        }
    }
    let agree = links(Verdict::Agree);
    if !agree.is_empty() {
        let opened = b.push(
            &format!("\n<details><summary>Agree ({})</summary>\n\n", agree.len()),
            false,
        );
        for (new, k) in agree {
            b.push(&link_item(ctx, new, k), true);
        }
        if opened {
            // Always closed, even when truncated: the reserve leaves room for it.
            b.buf.push_str("\n</details>\n");
        }
    }
}

fn link_item(ctx: &Ctx, new: bool, k: &Link) -> String {
    let side = |ids: &[String]| {
        ctx.ix
            .all(ids)
            .into_iter()
            .map(claim)
            .collect::<Vec<_>>()
            .join(" + ")
    };
    format!(
        "- {}{} ↔ {} (similarity {:.2})\n",
        ctx.mark(new),
        side(&k.left),
        side(&k.right),
        k.similarity
    )
}

fn claim(c: &Claim) -> String {
    format!(
        "**{}** “{}”",
        escape::markdown(&c.id),
        escape::markdown(&truncate_chars(&escape::one_line(&c.text), MAX_CLAIM_CHARS))
    )
}

fn list(items: &[String]) -> String {
    if items.is_empty() {
        return "—".into();
    }
    items
        .iter()
        .map(|s| escape::markdown(s))
        .collect::<Vec<_>>()
        .join(", ")
}
