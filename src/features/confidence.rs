//! Confidence of a claim: asserted, attributed, hedged or denied, with the cue
//! words that set it and the named source of an attribution.

use crate::model::Confidence;

/// The confidence of one claim and the evidence for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// Asserted, attributed, hedged or denied.
    pub confidence: Confidence,
    /// The cue words found, as written in the claim.
    pub cues: Vec<String>,
    /// The named source of an attribution or denial ("Secureworks").
    pub source: Option<String>,
}

const HEDGES: &[&str] = &[
    "alleged",
    "allegedly",
    "believed",
    "likely",
    "potentially",
    "reportedly",
    "may",
    "might",
    "could",
    "suspected",
    "possibly",
    "perhaps",
];
const DENIALS: &[&str] = &[
    "rejected",
    "denied",
    "dismissed",
    "disavowed",
    "denies",
    "rejects",
];
const REPORTING: &[&str] = &["said", "says", "claimed", "claims", "revealed", "according"];

/// Assess the confidence of one claim.
pub fn assess(text: &str) -> Assessment {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let find = |list: &[&str]| -> Vec<String> {
        words
            .iter()
            .filter(|w| list.contains(&w.to_lowercase().as_str()))
            .map(|w| w.to_string())
            .collect()
    };
    let denied = find(DENIALS);
    if !denied.is_empty() {
        return Assessment {
            confidence: Confidence::Denied,
            cues: denied,
            source: None,
        };
    }
    let hedged = find(HEDGES);
    if !hedged.is_empty() {
        return Assessment {
            confidence: Confidence::Hedged,
            cues: hedged,
            source: None,
        };
    }
    let reported = find(REPORTING);
    if !reported.is_empty() {
        return Assessment {
            confidence: Confidence::Attributed,
            cues: reported,
            source: None,
        };
    }
    Assessment {
        confidence: Confidence::Asserted,
        cues: Vec::new(),
        source: None,
    }
}
