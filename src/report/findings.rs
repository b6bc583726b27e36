//! Findings: the links and unmatched claims of a report as one ranked list, and the
//! `--fail-on` rules that select them.
//!
//! A finding is a link (agree, adds detail, diverges) or one claim that is only in
//! one source. The GitHub and Markdown formats, the baseline and the CLI's failure
//! checks all read findings, so they agree on what counts.

use std::collections::HashMap;

use crate::baseline::Baseline;
use crate::model::{AspectKind, Claim, Link, Report, Side, Verdict};

/// Claims of a report by id, for constant-time lookups while rendering.
#[derive(Debug, Clone)]
pub struct ClaimIndex<'a>(HashMap<&'a str, &'a Claim>);

impl<'a> ClaimIndex<'a> {
    /// Index every claim of every source (the first claim wins on a duplicate id).
    pub fn new(report: &'a Report) -> Self {
        let mut map = HashMap::new();
        for c in report.sources.iter().flat_map(|s| s.claims.iter()) {
            map.entry(c.id.as_str()).or_insert(c);
        }
        ClaimIndex(map)
    }

    /// The claim with this id.
    pub fn get(&self, id: &str) -> Option<&'a Claim> {
        self.0.get(id).copied()
    }

    /// The claims with these ids, in order; unknown ids are skipped.
    pub fn all(&self, ids: &[String]) -> Vec<&'a Claim> {
        ids.iter().filter_map(|id| self.get(id)).collect()
    }
}

/// One finding of a comparison.
#[derive(Debug, Clone)]
pub struct Finding<'a> {
    /// Index of the comparison in [`Report::comparisons`].
    pub comparison: usize,
    /// The verdict (`OnlyIn` for an unmatched claim).
    pub verdict: Verdict,
    /// For `OnlyIn`: the side the claim is on.
    pub side: Option<Side>,
    /// The conflicting aspects (diverging links only).
    pub aspects: Vec<AspectKind>,
    /// The claims on the left (empty for a claim only on the right).
    pub left: Vec<&'a Claim>,
    /// The claims on the right (empty for a claim only on the left).
    pub right: Vec<&'a Claim>,
    /// The link, when the finding is one.
    pub link: Option<&'a Link>,
    /// Position in the comparison's `links`, `only_left` or `only_right` list.
    pub index: usize,
    /// Whether the finding is new: always, unless a baseline records it (see [`mark_new`]).
    pub new: bool,
}

impl Finding<'_> {
    /// Importance rank, lower first: diverges, only in the right source, only in the
    /// left source, adds detail, agree. (In CI the reference is the left source, so
    /// claims only in the new source come before reference claims it leaves out.)
    pub fn rank(&self) -> u8 {
        match (self.verdict, self.side) {
            (Verdict::Diverges, _) => 0,
            (Verdict::OnlyIn, Some(Side::Right)) => 1,
            (Verdict::OnlyIn, _) => 2,
            (Verdict::AddsDetail, _) => 3,
            _ => 4,
        }
    }

    /// The claim an annotation should point at: the first right claim, else the first left.
    pub fn anchor(&self) -> Option<&Claim> {
        self.right.first().or(self.left.first()).copied()
    }
}

/// Every finding of the report, in report order: per comparison its links, then the
/// claims only on the left, then those only on the right. Ids not in the report are skipped.
pub fn all(report: &Report) -> Vec<Finding<'_>> {
    let ix = ClaimIndex::new(report);
    let mut out = Vec::new();
    for (i, cmp) in report.comparisons.iter().enumerate() {
        for (index, link) in cmp.links.iter().enumerate() {
            out.push(Finding {
                comparison: i,
                verdict: link.verdict,
                side: None,
                aspects: link.aspects.iter().map(|a| a.kind).collect(),
                left: ix.all(&link.left),
                right: ix.all(&link.right),
                link: Some(link),
                index,
                new: true,
            });
        }
        for (side, ids) in [(Side::Left, &cmp.only_left), (Side::Right, &cmp.only_right)] {
            for (index, claim) in ids
                .iter()
                .enumerate()
                .filter_map(|(k, id)| Some((k, ix.get(id)?)))
            {
                let (left, right) = match side {
                    Side::Left => (vec![claim], vec![]),
                    Side::Right => (vec![], vec![claim]),
                };
                out.push(Finding {
                    comparison: i,
                    verdict: Verdict::OnlyIn,
                    side: Some(side),
                    aspects: vec![],
                    left,
                    right,
                    link: None,
                    index,
                    new: true,
                });
            }
        }
    }
    out
}

/// Set [`Finding::new`] from a baseline (no baseline: every finding is new).
pub fn mark_new(findings: &mut [Finding], baseline: Option<&Baseline>) {
    if let Some(b) = baseline {
        let flags = b.new_findings(findings);
        for (f, new) in findings.iter_mut().zip(flags) {
            f.new = new;
        }
    }
}

/// Which findings of a report are new, looked up by comparison, list and position.
#[derive(Debug, Clone, Default)]
pub struct Novelty {
    known: std::collections::HashSet<(usize, Option<Side>, usize)>,
}

impl Novelty {
    /// Compute from a baseline; without one nothing is known.
    pub fn new(report: &Report, baseline: Option<&Baseline>) -> Novelty {
        let mut all = all(report);
        mark_new(&mut all, baseline);
        Novelty {
            known: all
                .iter()
                .filter(|f| !f.new)
                .map(|f| (f.comparison, f.side, f.index))
                .collect(),
        }
    }

    /// Whether the `index`th link of comparison `cmp` is new.
    pub fn link(&self, cmp: usize, index: usize) -> bool {
        !self.known.contains(&(cmp, None, index))
    }

    /// Whether the `index`th claim only on `side` of comparison `cmp` is new.
    pub fn only(&self, cmp: usize, side: Side, index: usize) -> bool {
        !self.known.contains(&(cmp, Some(side), index))
    }
}

/// The findings worth reporting (all but `agree`), most important first
/// (see [`Finding::rank`]); diverging links with more aspects come first, ties keep
/// report order. With a baseline, [`Finding::new`] is set.
pub fn ranked<'a>(report: &'a Report, baseline: Option<&Baseline>) -> Vec<Finding<'a>> {
    let mut all = all(report);
    mark_new(&mut all, baseline);
    let mut v: Vec<Finding> = all
        .into_iter()
        .filter(|f| f.verdict != Verdict::Agree)
        .collect();
    v.sort_by_key(|f| (f.rank(), std::cmp::Reverse(f.aspects.len())));
    v
}

/// One `--fail-on` rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Any finding with this verdict (`diverges`, `only_in`, …).
    Verdict(Verdict),
    /// Any link with this aspect (`confidence`, `number`, …).
    Aspect(AspectKind),
    /// Links with this verdict and this aspect (`diverges:confidence`).
    VerdictAspect(Verdict, AspectKind),
}

impl Rule {
    /// Parse one rule: a verdict, an aspect or `verdict:aspect`.
    pub fn parse(s: &str) -> Result<Rule, String> {
        let s = s.trim();
        let verdict = |v: &str| Verdict::ALL.iter().copied().find(|x| x.as_str() == v);
        let aspect = |a: &str| AspectKind::ALL.iter().copied().find(|x| x.as_str() == a);
        let known = "verdicts: agree, adds_detail, diverges, only_in; aspects: confidence, source, number, date, entity, polarity; or diverges:ASPECT";
        if let Some((v, a)) = s.split_once(':') {
            return match (verdict(v.trim()), aspect(a.trim())) {
                (Some(v), Some(a)) => Ok(Rule::VerdictAspect(v, a)),
                _ => Err(format!("unknown finding '{s}' ({known})")),
            };
        }
        if let Some(v) = verdict(s) {
            return Ok(Rule::Verdict(v));
        }
        if let Some(a) = aspect(s) {
            return Ok(Rule::Aspect(a));
        }
        Err(format!("unknown finding '{s}' ({known})"))
    }

    /// Parse a list of rules; empty entries are skipped.
    pub fn parse_list(list: &[String]) -> Result<Vec<Rule>, String> {
        list.iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| Rule::parse(s))
            .collect()
    }

    /// Whether the finding matches this rule.
    pub fn matches(&self, f: &Finding) -> bool {
        match *self {
            Rule::Verdict(v) => f.verdict == v,
            Rule::Aspect(a) => f.aspects.contains(&a),
            Rule::VerdictAspect(v, a) => f.verdict == v && f.aspects.contains(&a),
        }
    }

    /// The rule as written on the command line.
    pub fn name(&self) -> String {
        match self {
            Rule::Verdict(v) => v.as_str().to_string(),
            Rule::Aspect(a) => a.as_str().to_string(),
            Rule::VerdictAspect(v, a) => format!("{}:{}", v.as_str(), a.as_str()),
        }
    }
}

/// One aspect as a line of an editor's notes: the note, then the words on
/// each side, quoted: `A hedges what B asserts: A “alleged”; B “China's
/// hacking group, Volt Typhoon”`.
pub fn aspect_line(a: &crate::model::Aspect, left: &str, right: &str) -> String {
    let quote = |ws: &[String]| -> String {
        ws.iter()
            .map(|w| format!("\u{201c}{}\u{201d}", super::escape::one_line(w)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "{}: {}: {left} {}; {right} {}",
        a.kind.as_str(),
        super::escape::one_line(&a.note),
        quote(&a.left),
        quote(&a.right)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_verdicts_aspects_and_pairs() {
        assert_eq!(Rule::parse("only_in"), Ok(Rule::Verdict(Verdict::OnlyIn)));
        assert_eq!(
            Rule::parse(" number "),
            Ok(Rule::Aspect(AspectKind::Number))
        );
        assert_eq!(
            Rule::parse("diverges:confidence"),
            Ok(Rule::VerdictAspect(
                Verdict::Diverges,
                AspectKind::Confidence
            ))
        );
        assert!(Rule::parse("diverges:colour").is_err());
        assert!(Rule::parse("nonsense").is_err());
    }

    #[test]
    fn verdict_aspect_rule_needs_both() {
        let f = Finding {
            comparison: 0,
            verdict: Verdict::Diverges,
            side: None,
            aspects: vec![AspectKind::Number],
            left: vec![],
            right: vec![],
            link: None,
            index: 0,
            new: true,
        };
        assert!(Rule::parse("diverges:number").unwrap().matches(&f));
        assert!(!Rule::parse("diverges:confidence").unwrap().matches(&f));
        assert!(Rule::parse("diverges").unwrap().matches(&f));
        assert!(!Rule::parse("only_in").unwrap().matches(&f));
        assert_eq!(
            Rule::parse("diverges:number").unwrap().name(),
            "diverges:number"
        );
    }
}
