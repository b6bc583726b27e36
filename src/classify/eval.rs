//! Evaluation of the classifier on hand-labelled claim pairs.
//!
//! A case is one JSON line: `id`, `left`, `right`, the expected `verdict`, the
//! expected `aspects` (for `diverges`), and optionally `details` (`left`,
//! `right`, `both` or `none`: which side adds specifics). Used by
//! `tests/verdicts.rs` and `examples/verdict_eval.rs` on `fixtures/verdicts/`.

use serde::Deserialize;

use super::{classify, Classification};
use crate::features::Features;
use crate::model::{AspectKind, Side, Verdict};

/// One labelled claim pair.
#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    /// A short unique name.
    pub id: String,
    /// The left claim.
    pub left: String,
    /// The right claim.
    pub right: String,
    /// The expected verdict.
    pub verdict: Verdict,
    /// The expected conflicting aspects.
    #[serde(default)]
    pub aspects: Vec<AspectKind>,
    /// Which side adds specifics: `left`, `right`, `both` or `none`; unchecked when absent.
    #[serde(default)]
    pub details: Option<String>,
    /// What the case tests.
    #[serde(default)]
    pub note: String,
}

/// A case with what the classifier said and what was wrong.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The case.
    pub case: Case,
    /// The classifier's answer.
    pub got: Classification,
    /// Mismatches with the expectation; empty when the case passes.
    pub problems: Vec<String>,
}

/// Parse JSON lines of cases; blank lines are skipped.
pub fn parse_cases(jsonl: &str) -> Result<Vec<Case>, String> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| serde_json::from_str(l).map_err(|e| format!("line {}: {e}", n + 1)))
        .collect()
}

fn sides(c: &Classification) -> &'static str {
    let has = |s: Side| c.details.iter().any(|d| d.side == s);
    match (has(Side::Left), has(Side::Right)) {
        (true, true) => "both",
        (true, false) => "left",
        (false, true) => "right",
        (false, false) => "none",
    }
}

/// Classify every case and compare with its labels.
pub fn run(cases: &[Case]) -> Vec<Outcome> {
    cases
        .iter()
        .map(|case| {
            let (l, r) = (
                Features::extract(&case.left),
                Features::extract(&case.right),
            );
            let got = classify(&[&l], &[&r]);
            let mut problems = Vec::new();
            if got.verdict != case.verdict {
                problems.push(format!(
                    "verdict {} (want {})",
                    got.verdict.as_str(),
                    case.verdict.as_str()
                ));
            }
            let mut want: Vec<AspectKind> = case.aspects.clone();
            let mut have: Vec<AspectKind> = got.aspects.iter().map(|a| a.kind).collect();
            want.sort();
            have.sort();
            have.dedup();
            if want != have {
                problems.push(format!("aspects {have:?} (want {want:?})"));
            }
            if let Some(side) = &case.details {
                if sides(&got) != side {
                    problems.push(format!("details on {} (want {side})", sides(&got)));
                }
            }
            Outcome {
                case: case.clone(),
                got,
                problems,
            }
        })
        .collect()
}

/// True and false positives and false negatives of one label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Predicted and expected.
    pub tp: usize,
    /// Predicted, not expected.
    pub fp: usize,
    /// Expected, not predicted.
    pub fn_: usize,
}

impl Tally {
    /// Precision (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }

    /// Recall (1 when nothing was expected).
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

/// Tally per verdict (agree, adds detail, diverges).
pub fn verdict_tallies(outcomes: &[Outcome]) -> Vec<(Verdict, Tally)> {
    [Verdict::Agree, Verdict::AddsDetail, Verdict::Diverges]
        .into_iter()
        .map(|v| {
            let mut t = Tally::default();
            for o in outcomes {
                match (o.got.verdict == v, o.case.verdict == v) {
                    (true, true) => t.tp += 1,
                    (true, false) => t.fp += 1,
                    (false, true) => t.fn_ += 1,
                    _ => {}
                }
            }
            (v, t)
        })
        .collect()
}

/// Tally per aspect over all cases.
pub fn aspect_tallies(outcomes: &[Outcome]) -> Vec<(AspectKind, Tally)> {
    AspectKind::ALL
        .into_iter()
        .map(|k| {
            let mut t = Tally::default();
            for o in outcomes {
                let got = o.got.aspects.iter().any(|a| a.kind == k);
                match (got, o.case.aspects.contains(&k)) {
                    (true, true) => t.tp += 1,
                    (true, false) => t.fp += 1,
                    (false, true) => t.fn_ += 1,
                    _ => {}
                }
            }
            (k, t)
        })
        .collect()
}

/// A plain-text table of precision and recall per verdict and per aspect, then the failures.
pub fn summary(outcomes: &[Outcome]) -> String {
    let mut s = String::new();
    let passed = outcomes.iter().filter(|o| o.problems.is_empty()).count();
    s.push_str(&format!("{passed}/{} cases pass\n", outcomes.len()));
    let row = |name: &str, t: &Tally| {
        format!(
            "{name:<12} precision {:.2}  recall {:.2}  (tp {}, fp {}, fn {})\n",
            t.precision(),
            t.recall(),
            t.tp,
            t.fp,
            t.fn_
        )
    };
    for (v, t) in verdict_tallies(outcomes) {
        s.push_str(&row(v.as_str(), &t));
    }
    for (k, t) in aspect_tallies(outcomes) {
        s.push_str(&row(&format!("~{}", k.as_str()), &t));
    }
    for o in outcomes.iter().filter(|o| !o.problems.is_empty()) {
        s.push_str(&format!("FAIL {}: {}\n", o.case.id, o.problems.join("; ")));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_parse_and_score() {
        let cases = parse_cases(
            r#"{"id":"a","left":"The storm killed 12 people.","right":"The storm killed 15 people.","verdict":"diverges","aspects":["number"]}"#,
        )
        .expect("valid case");
        let out = run(&cases);
        assert!(out[0].problems.is_empty(), "{:?}", out[0].problems);
        let v = verdict_tallies(&out);
        assert_eq!(
            v[2].1,
            Tally {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert!(summary(&out).starts_with("1/1 cases pass"));
    }
}
