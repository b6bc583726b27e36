//! The outcome of a negotiation: one side says the talks failed ("the talks
//! collapsed", "broke down", "fell apart", "ended without a deal", "no deal
//! was reached") where the other says they succeeded ("reached a deal",
//! "struck an agreement", "ended in agreement", "a deal was signed").
//!
//! WordNet has no antonyms for these, and the words differ in kind (a verb
//! of failure against a verb and its object), so [`super::roles`]'
//! opposites cannot pair them. A side that says both (the talks collapsed
//! *after* a deal was signed) is left alone.

use crate::features::Features;
use crate::model::{Aspect, AspectKind};

use super::roles::spaced;
use super::Findings;

/// What a negotiation may end in (as normalised).
const PACTS: &[&str] = &[
    "deal",
    "deals",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "settlement",
    "compromise",
    "truce",
    "ceasefire",
    "pact",
];

/// What may fail: the negotiation itself, or the pact it was working towards.
const TALKS: &[&str] = &[
    "talks",
    "negotiations",
    "negotiation",
    "discussions",
    "deal",
    "agreement",
    "accord",
    "pact",
];

/// Verbs that make a pact, in every form ("reached a deal", "a deal was struck").
#[rustfmt::skip]
const SEAL: &[&str] = &[
    "reach", "reached", "reaches", "reaching", "strike", "struck", "strikes", "striking",
    "seal", "sealed", "seals", "sealing", "clinch", "clinched", "clinches", "clinching",
    "sign", "signed", "signs", "signing", "secure", "secured", "secures", "securing",
];

/// Verbs a negotiation ends with, "in" or "with" a pact or "without" one.
const END: &[&str] = &[
    "end",
    "ended",
    "ends",
    "ending",
    "conclude",
    "concluded",
    "concludes",
];

/// Verbs that say a negotiation failed, alone or with their particle.
#[rustfmt::skip]
const FAIL: &[(&str, &str)] = &[
    ("collapse", ""), ("collapsed", ""), ("collapses", ""), ("collapsing", ""),
    ("failed", ""), ("fails", ""),
    ("break", "down"), ("broke", "down"), ("breaks", "down"), ("broken", "down"),
    ("breaking", "down"), ("fell", "apart"), ("fall", "apart"), ("falls", "apart"),
    ("fallen", "apart"), ("falling", "apart"), ("foundered", ""), ("faltered", ""),
];

/// Words that may stand between a verb and the pact it makes ("reached *a
/// tentative* deal"); anything else ends the search.
#[rustfmt::skip]
const BETWEEN: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "new", "tentative", "final", "formal",
    "last-minute", "landmark", "broad", "historic", "preliminary", "provisional", "trade",
    "peace", "wage", "pay", "in", "with", "on", "into",
];

/// Whether a word is one of the [`PACTS`] or [`TALKS`], as one `match`.
fn negotiation_word(w: &str) -> bool {
    let hit = matches!(
        w,
        "deal"
            | "deals"
            | "agreement"
            | "agreements"
            | "accord"
            | "accords"
            | "settlement"
            | "compromise"
            | "truce"
            | "ceasefire"
            | "pact"
            | "talks"
            | "negotiations"
            | "negotiation"
            | "discussions"
    );
    debug_assert_eq!(hit, PACTS.contains(&w) || TALKS.contains(&w));
    hit
}

/// How one side says a negotiation ended: the words as written.
#[derive(Debug, Default)]
struct Ends {
    failed: Option<String>,
    succeeded: Option<String>,
}

/// Whether only spaces stand between tokens `from` and `to` of `f`: a
/// comma or full stop ends a phrase.
fn joined(f: &Features, from: usize, to: usize) -> bool {
    (from..to).all(|k| spaced(f, k))
}

/// The first pact named within three tokens after token `k`, through
/// [`BETWEEN`] words only.
fn pact_after(f: &Features, k: usize) -> Option<usize> {
    let end = f.tokens.len().min(k + 5);
    for m in k + 1..end {
        let w = f.tokens[m].norm.as_str();
        if PACTS.contains(&w) {
            return joined(f, k, m).then_some(m);
        }
        if !BETWEEN.contains(&w) {
            return None;
        }
    }
    None
}

/// Whether token `k` is negated: a negation's target, or at most three
/// words after its cue ("did not reach a deal"). Unlike the clause-wide
/// test of [`super::roles`], the verb before a "without" is not negated
/// ("ended without a deal" ends).
fn negated(f: &Features, k: usize) -> bool {
    f.negated.iter().any(|n| {
        n.target == Some(k)
            || (n.cue_token < k && k - n.cue_token <= 3 && f.tokens[n.cue_token].norm != "without")
    })
}

/// The text of tokens `a..=b` as written.
fn written(f: &Features, a: usize, b: usize) -> String {
    f.text[f.tokens[a].start..f.tokens[b].end].to_string()
}

/// How the claims of one side say a negotiation ended.
fn ends(fs: &[&Features]) -> Ends {
    let mut out = Ends::default();
    for f in fs {
        let toks = &f.tokens;
        // every reading below needs a pact or a negotiation: most claims have neither
        if !toks.iter().any(|t| negotiation_word(&t.norm)) {
            continue;
        }
        let norm = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
        for (k, t) in toks.iter().enumerate() {
            let w = t.norm.as_str();
            // "failed to reach a deal", "unable to strike a deal"
            let thwarted = k >= 2
                && norm(k - 1) == "to"
                && matches!(norm(k - 2), "failed" | "fails" | "unable" | "refused");
            if SEAL.contains(&w) {
                if let Some(m) = pact_after(f, k) {
                    let phrase = written(f, if thwarted { k - 2 } else { k }, m);
                    if thwarted || negated(f, k) {
                        out.failed.get_or_insert(phrase);
                    } else {
                        out.succeeded.get_or_insert(phrase);
                    }
                }
            } else if END.contains(&w) && !negated(f, k) {
                let via = norm(k + 1);
                if let Some(m) = pact_after(f, k).filter(|_| via != "on") {
                    let phrase = written(f, k, m);
                    if via == "without" || ((via == "in" || via == "with") && norm(k + 2) == "no") {
                        out.failed.get_or_insert(phrase);
                    } else if via == "in" || via == "with" {
                        out.succeeded.get_or_insert(phrase);
                    }
                } else if via == "without" {
                    if let Some(m) = pact_after(f, k + 1) {
                        out.failed.get_or_insert(written(f, k, m));
                    }
                }
            } else if PACTS.contains(&w) {
                // "a deal was reached", "no deal was struck"
                let passive = matches!(norm(k + 1), "was" | "were" | "is" | "has" | "had")
                    && (SEAL.contains(&norm(k + 2))
                        || (norm(k + 2) == "been" && SEAL.contains(&norm(k + 3))));
                if passive && joined(f, k, k + 2) {
                    let last = if norm(k + 2) == "been" { k + 3 } else { k + 2 };
                    if k >= 1 && norm(k - 1) == "no" {
                        out.failed.get_or_insert(written(f, k - 1, last));
                    } else if !negated(f, last) {
                        out.succeeded.get_or_insert(written(f, k, last));
                    }
                }
            }
            let failing = FAIL
                .iter()
                .find(|(v, p)| *v == w && (p.is_empty() || norm(k + 1) == *p));
            if let Some((_, particle)) = failing {
                let talks_before = toks[..k].iter().any(|t| TALKS.contains(&t.norm.as_str()));
                let to_follows = norm(k + 1) == "to";
                if talks_before && !to_follows && !negated(f, k) {
                    let last = if particle.is_empty() { k } else { k + 1 };
                    out.failed.get_or_insert(written(f, k, last));
                }
            }
        }
    }
    out
}

/// The `polarity` aspect from how a negotiation ended: one side says only
/// that it failed, the other only that it succeeded. A denial on either side
/// is a stance, compared as confidence.
pub(crate) fn outcomes(left: &[&Features], right: &[&Features], found: &mut Findings) {
    let denied = super::denies;
    if denied(left) || denied(right) {
        return;
    }
    let (lw, rw, left_failed) = match (ends(left), ends(right)) {
        (
            Ends {
                failed: Some(f),
                succeeded: None,
            },
            Ends {
                failed: None,
                succeeded: Some(s),
            },
        ) => (f, s, true),
        (
            Ends {
                failed: None,
                succeeded: Some(s),
            },
            Ends {
                failed: Some(f),
                succeeded: None,
            },
        ) => (s, f, false),
        _ => return,
    };
    let (fw, sw) = if left_failed { (&lw, &rw) } else { (&rw, &lw) };
    found.aspects.push(Aspect {
        kind: AspectKind::Polarity,
        note: format!(
            "one side says the talks failed (\u{201c}{fw}\u{201d}), the other that they \
             succeeded (\u{201c}{sw}\u{201d})"
        ),
        left: vec![lw.clone()],
        right: vec![rw.clone()],
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends_of(text: &str) -> (Option<String>, Option<String>) {
        let f = Features::extract(text);
        let e = ends(&[&f]);
        (e.failed, e.succeeded)
    }

    #[test]
    fn failures_and_successes_are_read_with_their_words() {
        let failed = |t: &str, w: &str| assert_eq!(ends_of(t), (Some(w.to_string()), None), "{t}");
        let succeeded =
            |t: &str, w: &str| assert_eq!(ends_of(t), (None, Some(w.to_string())), "{t}");
        failed("The talks collapsed on Friday.", "collapsed");
        failed(
            "Talks between the two sides broke down late on Friday.",
            "broke down",
        );
        failed("The ceasefire deal fell apart within days.", "fell apart");
        failed(
            "The talks ended without an agreement.",
            "ended without an agreement",
        );
        failed(
            "Negotiators failed to reach a deal.",
            "failed to reach a deal",
        );
        failed("No deal was reached on Friday.", "No deal was reached");
        succeeded(
            "The union struck a tentative deal with the company.",
            "struck a tentative deal",
        );
        succeeded(
            "The talks ended in agreement on Friday.",
            "ended in agreement",
        );
        succeeded("A deal was signed on Friday.", "deal was signed");
    }

    #[test]
    fn the_negotiation_words_are_the_pacts_and_talks() {
        for w in PACTS.iter().chain(TALKS) {
            assert!(negotiation_word(w), "{w}");
        }
        assert!(!negotiation_word("bridge"));
    }

    #[test]
    fn other_collapses_and_deals_are_not_outcomes() {
        // no negotiation before the verb: a bridge, a price
        assert_eq!(ends_of("The bridge collapsed on Friday."), (None, None));
        assert_eq!(
            ends_of("Oil prices collapsed after the talks."),
            (None, None)
        );
        // "failed to" is about something else
        assert_eq!(ends_of("The talks failed to address pay."), (None, None));
        // a deal "on" something is what was ended, not how
        assert_eq!(
            ends_of("The minister ended the deal on Friday."),
            (None, None)
        );
        // a comma ends the phrase
        assert_eq!(
            ends_of("They reached Geneva, a deal in sight."),
            (None, None)
        );
    }
}
