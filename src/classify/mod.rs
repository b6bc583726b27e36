//! Classify: type an aligned pair as `agree`, `adds_detail` or `diverges`,
//! with the evidence (the words on each side).
//!
//! Only what both sides say about the same thing is compared. A name, number or
//! date on one side only is a detail that side adds; a divergence needs the same
//! slot filled differently on both sides:
//!
//! - [`stance`]—`confidence` (one side hedges or denies what the other asserts);
//! - [`sources`]—`source` (each side credits a different source);
//! - [`facts`]—`number` and `date`, compared by value, unit and what they denote;
//! - [`roles`]—`entity` (a different agent, object or place for the same verb)
//!   and `polarity` (one side negates the shared predicate);
//! - [`outcome`]—`polarity` too, when one side says talks failed and the
//!   other that they ended in a deal;
//! - [`details`]—the specifics one side adds.
//!
//! The verdict is `diverges` when any aspect conflicts, else `adds_detail` when
//! either side adds specifics, else `agree`.

pub mod details;
pub mod eval;
pub mod facts;
pub mod outcome;
pub mod roles;
pub mod sources;
pub mod stance;

use crate::features::Features;
use crate::model::{Aspect, AspectKind, Detail, Side, Verdict};

/// The verdict of one aligned pair with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    /// Agree, adds detail or diverges.
    pub verdict: Verdict,
    /// Conflicting aspects (non-empty exactly when `verdict` is `Diverges`).
    pub aspects: Vec<Aspect>,
    /// Specifics one side adds.
    pub details: Vec<Detail>,
}

/// What one comparison step found: conflicts and the specifics each side adds.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub aspects: Vec<Aspect>,
    pub left: Vec<String>,
    pub right: Vec<String>,
}

impl Findings {
    pub(crate) fn add(&mut self, side: Side, item: String) {
        let v = match side {
            Side::Left => &mut self.left,
            Side::Right => &mut self.right,
        };
        if !v.iter().any(|x| x.eq_ignore_ascii_case(&item)) {
            v.push(item);
        }
    }
}

/// Whether any claim of a side denies what it reports about (its confidence
/// is [`Confidence::Denied`](crate::model::Confidence::Denied)).
pub(crate) fn denies(fs: &[&Features]) -> bool {
    fs.iter()
        .any(|f| f.assessment.confidence == crate::model::Confidence::Denied)
}

/// "found no evidence of fraud" against "found evidence of fraud": the hedge
/// cue "no evidence" is the negation itself, so when the pair already
/// diverges in polarity, a confidence aspect resting only on such cues goes.
fn negated_evidence_is_polarity(found: &mut Findings) {
    if !found.aspects.iter().any(|a| a.kind == AspectKind::Polarity) {
        return;
    }
    let negated = |w: &String| {
        let w = w.to_lowercase();
        w.starts_with("no ") || w.starts_with("not any ")
    };
    found.aspects.retain(|a| {
        a.kind != AspectKind::Confidence
            || !(a.left.iter().any(negated) || a.right.iter().any(negated))
    });
}

/// Classify a linked pair. Several claims on one side are compared as one.
pub fn classify(left: &[&Features], right: &[&Features]) -> Classification {
    let mut found = Findings::default();
    stance::confidence(left, right, &mut found);
    let sources = sources::sources(left, right, &mut found);
    facts::numbers(left, right, &mut found);
    facts::dates(left, right, &mut found);
    roles::entities(left, right, &sources, &mut found);
    roles::polarity(left, right, &mut found);
    if !found.aspects.iter().any(|a| a.kind == AspectKind::Polarity) {
        outcome::outcomes(left, right, &mut found);
    }
    negated_evidence_is_polarity(&mut found);
    details::entities(left, right, &mut found);
    details::clauses(left, right, &mut found);
    let quoted: Vec<String> = found
        .aspects
        .iter()
        .flat_map(|a| a.left.iter().chain(a.right.iter()))
        .map(|w| w.to_lowercase())
        .collect();
    let mut out = Vec::new();
    for (side, items) in [(Side::Left, found.left), (Side::Right, found.right)] {
        // Words already quoted as a conflict are not also listed as details.
        // An item inside a longer one ("potentially" in "potentially installed malware") goes.
        let lower: Vec<String> = items.iter().map(|i| i.to_lowercase()).collect();
        let items: Vec<String> = items
            .iter()
            .zip(&lower)
            .filter(|(_, l)| !quoted.iter().any(|q| q.contains(l.as_str())))
            .filter(|(_, l)| {
                !lower
                    .iter()
                    .any(|o| o.len() > l.len() && o.contains(l.as_str()))
            })
            .map(|(i, _)| i.clone())
            .collect();
        if !items.is_empty() {
            out.push(Detail { side, items });
        }
    }
    let verdict = if !found.aspects.is_empty() {
        Verdict::Diverges
    } else if !out.is_empty() {
        Verdict::AddsDetail
    } else {
        Verdict::Agree
    };
    Classification {
        verdict,
        aspects: found.aspects,
        details: out,
    }
}

/// Whether the two sides credit different sources: the `source` aspect
/// [`classify`] would report, found without the other comparisons.
pub(crate) fn credit_other_sources(left: &[&Features], right: &[&Features]) -> bool {
    let mut found = Findings::default();
    sources::sources(left, right, &mut found);
    found.aspects.iter().any(|a| a.kind == AspectKind::Source)
}

/// The name of a side in notes.
pub(crate) fn side_name(side: Side) -> &'static str {
    match side {
        Side::Left => "left",
        Side::Right => "right",
    }
}

/// What `side` says and what the other side says, as `(left, right)`.
pub(crate) fn oriented<T>(side: Side, mine: T, theirs: T) -> (T, T) {
    match side {
        Side::Left => (mine, theirs),
        Side::Right => (theirs, mine),
    }
}

/// The other side.
pub(crate) fn other(side: Side) -> Side {
    match side {
        Side::Left => Side::Right,
        Side::Right => Side::Left,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AspectKind;

    fn run(l: &str, r: &str) -> Classification {
        let (a, b) = (Features::extract(l), Features::extract(r));
        classify(&[&a], &[&b])
    }

    fn kinds(c: &Classification) -> Vec<AspectKind> {
        c.aspects.iter().map(|a| a.kind).collect()
    }

    #[test]
    fn tolls_are_compared_toll_with_toll() {
        let c = run(
            "Three people have died and 48 cases have been recorded, the department said.",
            "The outbreak has infected 52 people and killed four, the department said.",
        );
        let n = c
            .aspects
            .iter()
            .find(|a| a.kind == AspectKind::Number)
            .expect("a number aspect");
        assert_eq!(n.left, ["Three", "48"]);
        assert_eq!(n.right, ["four", "52"]);
        // parts that add up to the other side's total are that total
        let c = run(
            "The strike killed two militia commanders and at least five other people.",
            "The strike killed seven people.",
        );
        assert!(c.aspects.is_empty(), "{:?}", c.aspects);
    }

    #[test]
    fn paraphrase_agrees() {
        let c = run(
            "The minister resigned on Monday after the vote.",
            "After the vote, the minister stepped down on Monday.",
        );
        assert_eq!(c.verdict, Verdict::Agree, "{c:?}");
    }

    #[test]
    fn a_name_on_one_side_is_a_detail_not_a_conflict() {
        let c = run(
            "Hackers installed malware in critical systems.",
            "Hackers from Volt Typhoon installed malware in critical systems on Guam.",
        );
        assert_eq!(c.verdict, Verdict::AddsDetail, "{c:?}");
        assert_eq!(c.details[0].side, Side::Right);
        assert_eq!(c.details[0].items, ["Volt Typhoon", "Guam"]);
    }

    #[test]
    fn different_counts_of_the_same_thing_diverge() {
        let c = run("The storm killed 12 people.", "The storm killed 15 people.");
        assert_eq!(kinds(&c), [AspectKind::Number]);
        assert_eq!(
            (c.aspects[0].left.clone(), c.aspects[0].right.clone()),
            (vec!["12".to_string()], vec!["15".to_string()])
        );
    }

    #[test]
    fn at_least_three_is_three_plus_a_qualifier() {
        let c = run(
            "Secureworks has responded to three of the group's hacks.",
            "Secureworks has responded to at least three of the group's hacks.",
        );
        assert_eq!(c.verdict, Verdict::AddsDetail, "{c:?}");
        assert_eq!(c.details[0].items, ["at least three"]);
    }
}
