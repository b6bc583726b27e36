//! Who a claim is attributed to: "according to X", "X said", "reports from X",
//! "said X" (inverted), "X, which…, supports…".

use super::lexicon::lexicon;
use super::scan::Scan;
use super::source::{agent_after, passive, phrase_after, subject_before, Found, NOUN_LIKE};
use super::words::is_pronoun;

/// Nouns that carry a source after "from" or "by" ("reports from Microsoft").
const SOURCE_NOUNS: &[&str] = &[
    "report",
    "reports",
    "statement",
    "statements",
    "analysis",
    "assessment",
    "findings",
    "research",
    "investigation",
    "claims",
    "warnings",
    "data",
    "documents",
    "intelligence",
];

/// Attribution cues with their sources, in order.
pub fn attributions(s: &Scan) -> Vec<Found> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.toks.len() {
        if !s.is_word(i) {
            i += 1;
            continue;
        }
        let w = s.low(i);
        if w == "according" && s.low(i + 1) == "to" {
            let source = phrase_after(s, i + 2);
            out.push(Found {
                cue: (i, i + 1),
                source,
            });
            i = source.map_or(i + 2, |(_, b)| b + 1);
            continue;
        }
        if SOURCE_NOUNS.contains(&w) && matches!(s.low(i + 1), "from" | "by") {
            if let Some(src) = phrase_after(s, i + 2) {
                out.push(Found {
                    cue: (i, i + 1),
                    source: Some(src),
                });
                i = src.1 + 1;
                continue;
            }
        }
        // A capitalised form inside the sentence is a name ("United States", "Reports Weekly").
        let name = s.toks[i].cap && i > 0 && s.is_word(i - 1);
        if !lex.reporting.get(w).is_empty() && w != "according" && !name {
            // "believed to be", "said to have": a raising passive, nobody named.
            let raising = s.low(i + 1) == "to" && matches!(s.low(i + 2), "be" | "have");
            let passive = passive(s, i) || raising;
            let source = if passive {
                agent_after(s, i)
            } else {
                subject_before(s, i).or_else(|| inverted_subject(s, i))
            };
            let named = source.is_some();
            // "reports", "claims", "added" are verbs here only before what they report.
            let verb_use = !NOUN_LIKE.contains(&w) || named && introduces_content(s, i + 1);
            if (!passive || named) && verb_use {
                out.push(Found {
                    cue: (i, i),
                    source,
                });
            }
        }
        i += 1;
    }
    out
}

/// Whether token `k` starts what a reporting verb reports: "that", a quote, a name, a pronoun.
fn introduces_content(s: &Scan, k: usize) -> bool {
    let Some(t) = s.toks.get(k) else { return true };
    let w = s.low(k);
    !t.word && matches!(w, "," | ":" | "\"" | "\u{201c}" | "'" | "\u{2018}" | "`")
        || t.cap
        || matches!(
            w,
            "that" | "the" | "a" | "an" | "its" | "their" | "his" | "her"
        )
        || is_pronoun(w) && !matches!(w, "which" | "who" | "some" | "many" | "both" | "one")
}

/// Verbs that take their subject after them: ", said Maureen Connelly".
const INVERTING: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "wrote",
    "writes",
    "noted",
    "explained",
    "told",
    "asked",
    "stated",
    "argued",
    "warned",
    "insisted",
    "continued",
    "reported",
    "reports",
    "claimed",
];

/// ", said Maureen Connelly": the subject after a quote-closing reporting verb.
fn inverted_subject(s: &Scan, v: usize) -> Option<(usize, usize)> {
    if v == 0 || s.is_word(v - 1) || !INVERTING.contains(&s.low(v)) {
        return None;
    }
    let next = s.toks.get(v + 1)?;
    if !next.word || !(next.cap || matches!(s.low(v + 1), "the" | "a" | "an")) {
        return None;
    }
    phrase_after(s, v + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(text: &str) -> Vec<String> {
        let s = Scan::new(text);
        attributions(&s)
            .iter()
            .filter_map(|f| f.source.map(|(a, b)| s.span(a, b).to_string()))
            .collect()
    }

    #[test]
    fn subjects_step_over_relative_clauses() {
        assert_eq!(
            sources("The agency, which tracks such groups, supports the finding."),
            vec!["The agency"]
        );
    }

    #[test]
    fn inverted_and_prepositional_sources() {
        assert_eq!(
            sources("\"It is over,\" said Anna Berg, a lawyer."),
            vec!["Anna Berg"]
        );
        assert_eq!(
            sources("According to the port authority, ships waited."),
            vec!["the port authority"]
        );
    }

    #[test]
    fn nouns_that_look_like_verbs_do_not_attribute() {
        let s = Scan::new("Recent reports range from ten to twelve pages.");
        assert!(attributions(&s).is_empty());
    }
}
