//! HTML renderer: one self-contained page (no network, no script), the sources
//! side by side, linked claims aligned with inline word differences, verdict
//! colours with a legend, a filter by verdict and aspect (pure CSS), and the
//! summary at the top. Readable on a phone: the columns stack below 640 px.
//!
//! Every piece of article text, label and file name goes through
//! [`escape::html`]; the page also carries a Content-Security-Policy that forbids
//! scripts and every network fetch, so nothing in an article can run.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write;

use super::escape::{self, html as esc};
use super::findings::{ClaimIndex, Novelty};
use super::worddiff::{diff_words, Tag};
use super::RenderOptions;
use crate::model::{
    AspectKind, Claim, ClaimKind, Comparison, Confidence, Link, Report, Side, Verdict,
};

const CSS: &str = include_str!("html.css");

const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// What every row needs besides the report.
struct Ctx<'a> {
    ix: ClaimIndex<'a>,
    novelty: Novelty,
    /// A baseline was given: mark new findings.
    marked: bool,
}

pub(super) fn render(
    report: &Report,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let ctx = Ctx {
        ix: ClaimIndex::new(report),
        novelty: Novelty::new(report, opts.baseline.as_ref()),
        marked: opts.baseline.is_some(),
    };
    let mut h = String::with_capacity(64 * 1024);
    let labels: Vec<&str> = report.sources.iter().map(|s| s.label.as_str()).collect();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>claimdiff: {}</title>\n<style>\n{CSS}{}</style>\n</head>\n<body>\n<header>\n<h1>claimdiff report</h1>\n",
        esc(&labels.join(" vs ")),
        filter_css()
    );
    summary(report, &mut h);
    legend(&mut h);
    filters(&mut h);
    h.push_str("</header>\n<main>\n");
    h.push_str(&super::matrix::html(report));
    for (i, cmp) in report.comparisons.iter().enumerate() {
        comparison(report, &ctx, i, cmp, &mut h);
    }
    h.push_str("</main>\n<footer>Made by claimdiff. Similarity and verdicts are computed from the words of each claim; check the sources before quoting.</footer>\n</body>\n</html>\n");
    out.write_all(h.as_bytes())
}

/// The filter rules: an unchecked verdict hides its rows; a chosen aspect hides rows without it.
fn filter_css() -> String {
    let mut s = String::new();
    for v in Verdict::ALL {
        let v = v.as_str();
        let _ = writeln!(
            s,
            "body:has(#f-{v}:not(:checked)) .row.v-{v}{{display:none}}"
        );
    }
    for a in AspectKind::ALL {
        let a = a.as_str();
        let _ = writeln!(
            s,
            "body:has(#a-{a}:checked) .row:not(.a-{a}){{display:none}}"
        );
    }
    s
}

fn verdict_label(v: Verdict) -> &'static str {
    match v {
        Verdict::Agree => "agree",
        Verdict::AddsDetail => "adds detail",
        Verdict::Diverges => "diverges",
        _ => "only in one source",
    }
}

fn summary(report: &Report, h: &mut String) {
    h.push_str("<section class=\"summary\" id=\"summary\">\n");
    for (i, cmp) in report.comparisons.iter().enumerate() {
        let c = &cmp.counts;
        let pct = (cmp.agreement.clamp(0.0, 1.0) * 100.0).round();
        let (l, r) = (esc(&cmp.left), esc(&cmp.right));
        let path = |label: &str| esc(report.source(label).map_or("", |s| s.path.as_str()));
        let _ = writeln!(
            h,
            "<div class=\"card\"><a href=\"#cmp-{n}\"><b>{l}</b> vs <b>{r}</b></a>\
             <div class=\"files\">{} · {}</div>\
             <div><span class=\"score\">{pct:.0}%</span> agreement</div>\
             <div class=\"bar\"><span style=\"width:{pct:.0}%\"></span></div>\
             <ul class=\"counts\"><li><span class=\"chip agree\">{}</span> agree</li>\
             <li><span class=\"chip adds_detail\">{}</span> adds detail</li>\
             <li><span class=\"chip diverges\">{}</span> diverges</li>\
             <li><span class=\"chip only_in\">{}</span> only in {l}</li>\
             <li><span class=\"chip only_in\">{}</span> only in {r}</li>\
             <li>{} boilerplate</li></ul></div>",
            path(&cmp.left),
            path(&cmp.right),
            c.agree,
            c.adds_detail,
            c.diverges,
            c.only_left,
            c.only_right,
            c.boilerplate,
            n = i + 1
        );
    }
    h.push_str("</section>\n");
}

fn legend(h: &mut String) {
    h.push_str("<ul class=\"legend\" id=\"legend\">\n");
    for (v, what) in [
        (Verdict::Agree, "the same proposition, paraphrase allowed"),
        (
            Verdict::AddsDetail,
            "one side adds names, numbers or qualifiers",
        ),
        (
            Verdict::Diverges,
            "the same matter, in conflict on an aspect",
        ),
        (Verdict::OnlyIn, "no counterpart in the other source"),
    ] {
        let _ = writeln!(
            h,
            "<li><span class=\"chip {}\">{}</span> {what}</li>",
            v.as_str(),
            verdict_label(v)
        );
    }
    h.push_str("<li><del>removed</del> / <ins>added</ins> words, left to right</li>\n</ul>\n");
}

fn filters(h: &mut String) {
    h.push_str("<form class=\"filters\" id=\"filters\">\n<fieldset><legend>Show</legend>\n");
    for v in Verdict::ALL {
        let _ = writeln!(
            h,
            "<label><input type=\"checkbox\" id=\"f-{0}\" checked> {1}</label>",
            v.as_str(),
            verdict_label(v)
        );
    }
    h.push_str("</fieldset>\n<fieldset><legend>Aspect</legend>\n<label><input type=\"radio\" name=\"aspect\" id=\"a-any\" checked> any</label>\n");
    for a in AspectKind::ALL {
        let _ = writeln!(
            h,
            "<label><input type=\"radio\" name=\"aspect\" id=\"a-{0}\"> {0}</label>",
            a.as_str()
        );
    }
    h.push_str("</fieldset>\n</form>\n");
}

/// Sort key placing rows in reading order: links and left-only claims by their left
/// position, right-only claims right after the link that precedes them on the right.
type Key = (i64, u8, usize);

enum Row<'a> {
    Link(bool, &'a Link),
    Only(Side, bool, &'a Claim),
}

fn comparison(report: &Report, ctx: &Ctx, i: usize, cmp: &Comparison, h: &mut String) {
    let index: HashMap<&str, usize> = [&cmp.left, &cmp.right]
        .iter()
        .filter_map(|l| report.source(l))
        .flat_map(|s| s.claims.iter().enumerate().map(|(k, c)| (c.id.as_str(), k)))
        .collect();
    let pos = |id: &str| -> usize { index.get(id).copied().unwrap_or(usize::MAX / 2) };
    let min_pos = |ids: &[String]| ids.iter().map(|id| pos(id)).min().unwrap_or(usize::MAX / 2);
    let mut rows: Vec<(Key, Row)> = Vec::new();
    // (right position, left position) of each link, by right position.
    let mut by_right: Vec<(usize, usize)> = Vec::with_capacity(cmp.links.len());
    for (k, l) in cmp.links.iter().enumerate() {
        let lp = min_pos(&l.left);
        let new = ctx.marked && ctx.novelty.link(i, k);
        rows.push(((lp as i64, 0, 0), Row::Link(new, l)));
        by_right.push((min_pos(&l.right), lp));
    }
    by_right.sort_unstable();
    for (k, id) in cmp.only_left.iter().enumerate() {
        if let Some(c) = ctx.ix.get(id) {
            let new = ctx.marked && ctx.novelty.only(i, Side::Left, k);
            rows.push(((pos(&c.id) as i64, 0, 0), Row::Only(Side::Left, new, c)));
        }
    }
    for (k, id) in cmp.only_right.iter().enumerate() {
        let Some(c) = ctx.ix.get(id) else { continue };
        let new = ctx.marked && ctx.novelty.only(i, Side::Right, k);
        let p = pos(&c.id);
        let k = by_right.partition_point(|&(rp, _)| rp < p);
        let primary = k
            .checked_sub(1)
            .and_then(|k| by_right.get(k))
            .map_or(-1, |&(_, lp)| lp as i64);
        rows.push(((primary, 1, p), Row::Only(Side::Right, new, c)));
    }
    rows.sort_by_key(|(k, _)| *k);

    let (l, r) = (esc(&cmp.left), esc(&cmp.right));
    let _ = writeln!(
        h,
        "<section class=\"cmp\" id=\"cmp-{}\">\n<h2>{l} vs {r}</h2>",
        i + 1
    );
    h.push_str("<div class=\"sources\">");
    for label in [&cmp.left, &cmp.right] {
        let (path, title) = report
            .source(label)
            .map_or(("", None), |s| (s.path.as_str(), s.title.as_deref()));
        let _ = write!(
            h,
            "<div><b>{}</b> <code>{}</code>{}</div>",
            esc(label),
            esc(path),
            title.map_or(String::new(), |t| format!(
                "<br>{}",
                esc(&escape::one_line(t))
            ))
        );
    }
    h.push_str("</div>\n");
    for (_, row) in &rows {
        match row {
            Row::Link(new, link) => link_row(ctx, cmp, link, *new, h),
            Row::Only(side, new, c) => only_row(cmp, *side, c, *new, h),
        }
    }
    boilerplate(report, cmp, h);
    h.push_str("</section>\n");
}

fn ids_html(claims: &[&Claim]) -> String {
    let mut s = String::new();
    for c in claims {
        let _ = write!(s, "<span class=\"id\">{}</span>", esc(&c.id));
        if c.confidence != Confidence::Asserted {
            let _ = write!(
                s,
                "<span class=\"conf\" title=\"{}\">{}</span> ",
                esc(&c.cues.join(", ")),
                c.confidence.as_str()
            );
        }
    }
    s
}

fn link_row(ctx: &Ctx, cmp: &Comparison, link: &Link, new: bool, h: &mut String) {
    let (lc, rc) = (ctx.ix.all(&link.left), ctx.ix.all(&link.right));
    let join = |cs: &[&Claim]| {
        cs.iter()
            .map(|c| escape::one_line(&c.text))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (lp, rp) = diff_words(&join(&lc), &join(&rc));
    let mut classes = format!("row v-{}", link.verdict.as_str());
    for a in &link.aspects {
        let _ = write!(classes, " a-{}", a.kind.as_str());
    }
    if new {
        classes.push_str(" new");
    }
    let _ = write!(
        h,
        "<div class=\"{classes}\">\n<div class=\"cell left\" data-side=\"{}\">{}",
        esc(&cmp.left),
        ids_html(&lc)
    );
    for p in &lp {
        match p.tag {
            Tag::Left => {
                let _ = write!(h, "<del>{}</del>", esc(&p.text));
            }
            _ => h.push_str(&esc(&p.text)),
        }
    }
    let _ = write!(
        h,
        "</div>\n<div class=\"cell right\" data-side=\"{}\">{}",
        esc(&cmp.right),
        ids_html(&rc)
    );
    for p in &rp {
        match p.tag {
            Tag::Right => {
                let _ = write!(h, "<ins>{}</ins>", esc(&p.text));
            }
            _ => h.push_str(&esc(&p.text)),
        }
    }
    let _ = write!(
        h,
        "</div>\n<div class=\"note\">{}<span class=\"chip {}\">{}</span> similarity {:.2}",
        new_chip(new),
        link.verdict.as_str(),
        verdict_label(link.verdict),
        link.similarity
    );
    if !link.aspects.is_empty() || !link.details.is_empty() {
        h.push_str("<ul>");
        for a in &link.aspects {
            let _ = write!(
                h,
                "<li class=\"aspect\"><b>{}</b>: {} — {}: {} · {}: {}</li>",
                a.kind.as_str(),
                esc(&a.note),
                esc(&cmp.left),
                words(&a.left),
                esc(&cmp.right),
                words(&a.right)
            );
        }
        for d in &link.details {
            let who = if d.side == Side::Left {
                &cmp.left
            } else {
                &cmp.right
            };
            let _ = write!(
                h,
                "<li class=\"detail\">{} adds: {}</li>",
                esc(who),
                words(&d.items)
            );
        }
        h.push_str("</ul>");
    }
    h.push_str("</div>\n</div>\n");
}

fn words(items: &[String]) -> String {
    if items.is_empty() {
        return "—".into();
    }
    items
        .iter()
        .map(|w| format!("“{}”", esc(w)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn new_chip(new: bool) -> &'static str {
    if new {
        "<span class=\"chip new\">new</span> "
    } else {
        ""
    }
}

fn only_row(cmp: &Comparison, side: Side, c: &Claim, new: bool, h: &mut String) {
    let (here, there) = match side {
        Side::Left => (&cmp.left, &cmp.right),
        Side::Right => (&cmp.right, &cmp.left),
    };
    let cell = format!(
        "<div class=\"cell {}\" data-side=\"{}\">{}{}</div>",
        if side == Side::Left { "left" } else { "right" },
        esc(here),
        ids_html(&[c]),
        esc(&escape::one_line(&c.text))
    );
    let empty = format!("<div class=\"cell empty\">not in {}</div>", esc(there));
    let (a, b) = if side == Side::Left {
        (&cell, &empty)
    } else {
        (&empty, &cell)
    };
    let _ = write!(
        h,
        "<div class=\"row v-only_in{}\">\n{a}\n{b}\n<div class=\"note\">{}<span class=\"chip only_in\">only in {}</span> line {}</div>\n</div>\n",
        if new { " new" } else { "" },
        new_chip(new),
        esc(here),
        c.line
    );
}

fn boilerplate(report: &Report, cmp: &Comparison, h: &mut String) {
    let claims: Vec<&Claim> = [&cmp.left, &cmp.right]
        .iter()
        .filter_map(|l| report.source(l))
        .flat_map(|s| s.claims.iter())
        .filter(|c| c.kind == ClaimKind::Boilerplate)
        .collect();
    if claims.is_empty() {
        return;
    }
    let _ = write!(
        h,
        "<details class=\"boilerplate\"><summary>Not compared: {} boilerplate line(s)</summary><ul>",
        claims.len()
    );
    for c in claims {
        let _ = write!(
            h,
            "<li><span class=\"id\">{}</span>{}</li>",
            esc(&c.id),
            esc(&escape::one_line(&c.text))
        );
    }
    h.push_str("</ul></details>\n");
}
