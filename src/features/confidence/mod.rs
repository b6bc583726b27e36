//! Confidence of a claim: asserted, attributed, hedged or denied, with the cue
//! words that set it and the named source of an attribution or denial.
//!
//! The claim is scanned once (`scan`) and three rule sets run over the tokens:
//! denials ("rejected these claims", "categorised as disinformation"), hedges in
//! context (`hedge`: "may" but not "May 2023", "could" but not "could not") and
//! attributions with their sources (`attribution`: "according to X", "X said",
//! "reports from X", "said X"). The strongest level found wins:
//! denied > hedged > attributed > asserted, so "X denied that Y may have…" is denied.
//! Word lists are embedded from `data/` (`lexicon`).

mod attribution;
mod denial;
mod hedge;
mod lexicon;
mod scan;
mod source;
mod words;

use crate::model::Confidence;
pub use attribution::is_record_phrase;
use scan::Scan;
pub use words::is_reporting_verb;

/// The confidence of one claim and the evidence for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// Asserted, attributed, hedged or denied.
    pub confidence: Confidence,
    /// The cue words of the winning level, as written in the claim
    /// (multi-word cues as one string: "believed to be linked to").
    pub cues: Vec<String>,
    /// The named source of an attribution or denial ("Secureworks").
    pub source: Option<String>,
}

/// Assess the confidence of one claim. Never panics; linear in the claim's length.
pub fn assess(text: &str) -> Assessment {
    let s = Scan::new(text);
    let span = |(a, b): (usize, usize)| clean(s.span(a, b));
    let cues_of = |spans: &mut dyn Iterator<Item = (usize, usize)>| {
        let mut v: Vec<String> = Vec::new();
        for sp in spans {
            let c = span(sp);
            if !c.is_empty() && !v.contains(&c) {
                v.push(c);
            }
        }
        v
    };

    let denials = denial::denials(&s);
    let attributions = attribution::attributions(&s);
    let source = attributions.iter().find_map(|f| f.source).map(span);
    if !denials.is_empty() {
        // The denier, else whoever the claim is attributed to ("X said the reports were false").
        let denier = denials.iter().find_map(|f| f.source).map(span);
        return Assessment {
            confidence: Confidence::Denied,
            cues: cues_of(&mut denials.iter().map(|f| f.cue)),
            source: denier.or(source),
        };
    }
    let hedges = hedge::hedges(&s);
    if !hedges.is_empty() {
        return Assessment {
            confidence: Confidence::Hedged,
            cues: cues_of(&mut hedges.into_iter()),
            source,
        };
    }
    if !attributions.is_empty() {
        return Assessment {
            confidence: Confidence::Attributed,
            cues: cues_of(&mut attributions.iter().map(|f| f.cue)),
            source,
        };
    }
    Assessment {
        confidence: Confidence::Asserted,
        cues: Vec::new(),
        source: None,
    }
}

/// A cue or source as written, without surrounding quotes or a trailing possessive.
fn clean(span: &str) -> String {
    let t = span.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    let t = t.strip_suffix("'s").unwrap_or(t);
    t.strip_suffix("\u{2019}s").unwrap_or(t).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flat_statement_is_asserted() {
        let a = assess("The malware was installed on routers in Guam.");
        assert_eq!(a.confidence, Confidence::Asserted);
        assert!(a.cues.is_empty() && a.source.is_none());
    }

    #[test]
    fn belief_of_a_named_source_is_hedged_with_the_source() {
        let a = assess("Kestrel Labs analysts believe the outage was likely deliberate.");
        assert_eq!(a.confidence, Confidence::Hedged);
        assert_eq!(a.cues, vec!["believe", "likely"]);
        assert_eq!(a.source.as_deref(), Some("Kestrel Labs analysts"));
    }

    #[test]
    fn a_denial_outranks_the_hedge_it_denies() {
        let a = assess("The ministry denied that its agents may have joined the raid.");
        assert_eq!(a.confidence, Confidence::Denied);
        assert_eq!(a.cues, vec!["denied"]);
        assert_eq!(a.source.as_deref(), Some("The ministry"));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in [
            "",
            " ",
            "\"",
            "’s",
            "May",
            "according to",
            "denied",
            "É, said",
        ] {
            let _ = assess(t);
        }
    }
}
