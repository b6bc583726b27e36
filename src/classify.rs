//! Classify: type an aligned pair as `agree`, `adds_detail` or `diverges`,
//! with the evidence (the words on each side).

use crate::features::{Features, QuantityKind};
use crate::model::{Aspect, AspectKind, Confidence, Detail, Side, Verdict};

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

/// Classify a linked pair. Several claims on one side are passed as their features joined.
pub fn classify(left: &[&Features], right: &[&Features]) -> Classification {
    let mut aspects = Vec::new();
    let conf = |fs: &[&Features]| {
        fs.iter()
            .map(|f| f.assessment.confidence)
            .max()
            .unwrap_or(Confidence::Asserted)
    };
    let cues = |fs: &[&Features]| -> Vec<String> {
        fs.iter().flat_map(|f| f.assessment.cues.clone()).collect()
    };
    let (cl, cr) = (conf(left), conf(right));
    if cl != cr {
        aspects.push(Aspect {
            kind: AspectKind::Confidence,
            left: cues(left),
            right: cues(right),
            note: format!("left is {}, right is {}", cl.as_str(), cr.as_str()),
        });
    }
    let sources = |fs: &[&Features]| -> Vec<String> {
        fs.iter()
            .filter_map(|f| f.assessment.source.clone())
            .collect()
    };
    let (sl, sr) = (sources(left), sources(right));
    if !sl.is_empty() && !sr.is_empty() && sl != sr {
        aspects.push(Aspect {
            kind: AspectKind::Source,
            left: sl,
            right: sr,
            note: "different sources".into(),
        });
    }
    let nums = |fs: &[&Features], k: QuantityKind| -> Vec<(String, f64)> {
        fs.iter()
            .flat_map(|f| f.quantities.iter())
            .filter(|q| q.kind == k)
            .map(|q| (q.text.clone(), q.value))
            .collect()
    };
    for (kind, qk) in [
        (AspectKind::Number, QuantityKind::Number),
        (AspectKind::Date, QuantityKind::Year),
    ] {
        let (nl, nr) = (nums(left, qk), nums(right, qk));
        let shared = |a: &[(String, f64)], b: &[(String, f64)]| {
            a.iter().any(|x| b.iter().any(|y| x.1 == y.1))
        };
        if !nl.is_empty() && !nr.is_empty() && !shared(&nl, &nr) {
            aspects.push(Aspect {
                kind,
                left: nl.into_iter().map(|x| x.0).collect(),
                right: nr.into_iter().map(|x| x.0).collect(),
                note: format!("different {}", kind.as_str()),
            });
        }
    }
    let neg =
        |fs: &[&Features]| -> Vec<String> { fs.iter().flat_map(|f| f.negations.clone()).collect() };
    let (gl, gr) = (neg(left), neg(right));
    if gl.is_empty() != gr.is_empty() {
        aspects.push(Aspect {
            kind: AspectKind::Polarity,
            left: gl,
            right: gr,
            note: "one side negates".into(),
        });
    }
    let keys = |fs: &[&Features]| -> Vec<(String, String)> {
        fs.iter()
            .flat_map(|f| f.entities.iter())
            .map(|e| (e.key.clone(), e.text.clone()))
            .collect()
    };
    let (kl, kr) = (keys(left), keys(right));
    let extra = |a: &[(String, String)], b: &[(String, String)]| -> Vec<String> {
        let mut v: Vec<String> = a
            .iter()
            .filter(|x| !b.iter().any(|y| y.0 == x.0))
            .map(|x| x.1.clone())
            .collect();
        v.dedup();
        v
    };
    let mut details = Vec::new();
    for (side, items) in [
        (Side::Left, extra(&kl, &kr)),
        (Side::Right, extra(&kr, &kl)),
    ] {
        if !items.is_empty() {
            details.push(Detail { side, items });
        }
    }
    let verdict = if !aspects.is_empty() {
        Verdict::Diverges
    } else if !details.is_empty() {
        Verdict::AddsDetail
    } else {
        Verdict::Agree
    };
    Classification {
        verdict,
        aspects,
        details,
    }
}
