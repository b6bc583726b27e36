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

/// Records that speak for whoever produced them ("figures from the ministry").
const RECORDS: &[&str] = &[
    "figures",
    "data",
    "estimates",
    "statistics",
    "numbers",
    "documents",
    "records",
    "calculations",
    "projections",
    "tallies",
    "results",
    "memo",
    "filing",
    "filings",
    "document",
    "report",
    "reports",
    "survey",
    "surveys",
    "study",
    "studies",
    "warrant",
    "poll",
    "polls",
];

/// Whether a lowercase word is a past participle that can follow a record
/// ("released", "compiled", "seen", "written").
fn participle(w: &str) -> bool {
    w.ends_with("ed") || matches!(w, "seen" | "written" | "drawn" | "given" | "shown")
}

/// Whether a source phrase is a record nobody is named for: its head noun,
/// the last word before any participle that follows it ("an arrest warrant
/// released yesterday", "official figures"), is a record ("the statistics
/// office" is an office).
pub fn is_record_phrase(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let end = (1..words.len())
        .find(|&k| participle(words[k]))
        .unwrap_or(words.len());
    end > 0 && RECORDS.contains(&words[end - 1])
}

/// The agent behind a record ("figures released by the ministry", "estimates
/// compiled by analysts", "data from the central bank"): who published it is
/// the source, not the record. Any other phrase is returned as it is.
fn agent_of_record(s: &Scan, (a, b): (usize, usize)) -> (usize, usize) {
    let participle = |k: usize| s.is_word(k) && participle(s.low(k));
    let by = if participle(b) && s.low(b + 1) == "by" {
        b + 2
    } else if participle(b + 1) && s.low(b + 2) == "by" {
        b + 3
    } else if RECORDS.contains(&s.low(b)) && matches!(s.low(b + 1), "from" | "by") {
        b + 2
    } else {
        return (a, b);
    };
    phrase_after(s, by).unwrap_or((a, b))
}

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
            let source = phrase_after(s, i + 2).map(|src| agent_of_record(s, src));
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
    // a comma introduces content only before a quote or a capital, the
    // start of direct speech ("added, \"We…", "added, I don't know"):
    // "sales and customer support, according to…" is a noun phrase
    if w == "," {
        return s.toks.get(k + 1).is_some_and(|n| {
            n.cap || !n.word && matches!(s.low(k + 1), "\"" | "\u{201c}" | "'" | "\u{2018}" | "`")
        });
    }
    !t.word && matches!(w, ":" | "\"" | "\u{201c}" | "'" | "\u{2018}" | "`")
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
    fn a_source_phrase_runs_to_its_institution_noun() {
        for (text, want) in [
            (
                "Talks stalled, according to the Chinese foreign ministry.",
                "the Chinese foreign ministry",
            ),
            (
                "Sales fell, according to the European forest fire service.",
                "the European forest fire service",
            ),
            ("Sales fell, according to German media.", "German media"),
            (
                "Sales fell, according to Microsoft, which declined to comment.",
                "Microsoft",
            ),
            ("Sales fell, according to Reuters calculations.", "Reuters"),
        ] {
            assert_eq!(sources(text), vec![want], "{text}");
        }
    }

    #[test]
    fn anonymous_sources_keep_what_they_know_about() {
        for (text, want) in [
            (
                "No cyberattack was ruled out, a person familiar with the investigation said.",
                "a person familiar with the investigation",
            ),
            (
                "Talks stalled, people familiar with the matter said.",
                "people familiar with the matter",
            ),
            (
                "Sources close to Microsoft said the deal was off.",
                "Sources close to Microsoft",
            ),
            (
                "\"We earned our place,\" said Riverside coach Ana Costa.",
                "Riverside coach Ana Costa",
            ),
        ] {
            assert_eq!(sources(text), vec![want], "{text}");
        }
    }

    #[test]
    fn a_record_is_credited_to_whoever_published_it() {
        assert_eq!(
            sources("Jobless rates rose, according to figures released by the statistics office."),
            vec!["the statistics office"]
        );
        assert_eq!(
            sources("The fire grew, according to satellite estimates published by the European forest fire service."),
            vec!["the European forest fire service"]
        );
        assert_eq!(
            sources("Most staff work in sales, according to an internal memo seen by Reuters."),
            vec!["Reuters"]
        );
        assert!(is_record_phrase("an arrest warrant released yesterday"));
        assert!(is_record_phrase("official figures"));
        assert!(!is_record_phrase("the statistics office"));
        assert_eq!(
            sources("According to figures from the ministry, sales fell."),
            vec!["the ministry"]
        );
        // a record nobody is named for stays the source
        assert_eq!(
            sources("According to official figures, sales fell."),
            vec!["official figures"]
        );
    }

    #[test]
    fn nouns_that_look_like_verbs_do_not_attribute() {
        let s = Scan::new("Recent reports range from ten to twelve pages.");
        assert!(attributions(&s).is_empty());
        // a noun before a comma: only a quote after the comma makes it a verb
        assert_eq!(
            sources("Most cuts hit sales and customer support, the memo shows."),
            Vec::<String>::new()
        );
        assert_eq!(
            sources("The ministry added, \"We will respond.\""),
            vec!["The ministry"]
        );
    }
}
