//! Denials: "China has rejected these claims", "categorised as disinformation",
//! "the reports were false", with the denier.

use super::lexicon::{lexicon, DenialClass};
use super::scan::Scan;
use super::source::{agent_after, participle_subject, passive, possessor, subject_before, Found};
use super::words::is_be;

/// Nouns naming a claim that a denial can reject ("rejected these claims").
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "report",
    "reports",
    "charge",
    "charges",
    "suggestion",
    "suggestions",
    "assertion",
    "assertions",
    "notion",
    "idea",
    "speculation",
    "rumor",
    "rumors",
    "rumours",
    "findings",
    "assessment",
    "conclusion",
    "conclusions",
    "account",
    "story",
    "characterization",
    "characterisation",
    "theory",
    "accounts",
    "reporting",
    "narrative",
    "that",
    "allegedly",
    "involvement",
    "any",
    "responsibility",
    "wrongdoing",
    "role",
    "link",
    "links",
    "connection",
    "connections",
    "ties",
    "participation",
    "warning",
    "warnings",
];

/// Words that call a claim false ("categorised as disinformation").
const FALSITY: &[&str] = &[
    "disinformation",
    "misinformation",
    "false",
    "baseless",
    "groundless",
    "fabricated",
    "fabrication",
    "fabrications",
    "smear",
    "lies",
    "lie",
    "nonsense",
    "fake",
    "propaganda",
    "slander",
    "unfounded",
    "untrue",
    "absurd",
    "groundless",
    "slanderous",
];

/// What "denied" denies when it is not a claim ("denied bail").
const DENIED_THINGS: &[&str] = &[
    "access",
    "entry",
    "bail",
    "permission",
    "visa",
    "visas",
    "asylum",
    "parole",
    "admission",
    "funding",
    "him",
    "her",
    "them",
    "us",
    "me",
    "service",
    "rights",
    "the right",
];

/// Denial cues with the denier, in order.
pub fn denials(s: &Scan) -> Vec<Found> {
    let lex = lexicon();
    let mut out = Vec::new();
    for i in 0..s.toks.len() {
        if !s.is_word(i) {
            continue;
        }
        let Some(&(_, class)) = lex.denials.get(s.low(i)).first() else {
            // "the reports are baseless": a claim called false, by whoever says so.
            if FALSITY.contains(&s.low(i)) && predicated_of_claim(s, i) {
                out.push(Found {
                    cue: (i, i),
                    source: None,
                });
            }
            continue;
        };
        let ok = match class {
            DenialClass::Deny => {
                let of_service = s.low(i) == "denial" && s.matches(i + 1, "of service");
                // "imports were denied duty-free treatment": someone refused something.
                let refused = passive(s, i) && s.is_word(i + 1) && s.low(i + 1) != "by";
                !(DENIED_THINGS.contains(&s.low(i + 1)) || of_service || refused)
            }
            DenialClass::Reject => rejects_claim(s, i),
            DenialClass::Label => labels_false(s, i),
        };
        if ok && !unrealised(s, i) {
            let source = if s.low(i).starts_with("denial") {
                possessor(s, i)
            } else {
                let agent = if passive(s, i) {
                    agent_after(s, i)
                } else {
                    None
                };
                agent
                    .or_else(|| subject_before(s, i))
                    .or_else(|| participle_subject(s, i))
            };
            out.push(Found {
                cue: (i, i),
                source,
            });
        }
    }
    out
}

/// "the allegations were completely false": a falsity word after "be", a claim noun before.
fn predicated_of_claim(s: &Scan, i: usize) -> bool {
    let mut j = i;
    while j > 0
        && matches!(
            s.low(j - 1),
            "completely" | "totally" | "entirely" | "utterly" | "simply"
        )
    {
        j -= 1;
    }
    if j == 0 || !is_be(s.low(j - 1)) {
        return false;
    }
    (j.saturating_sub(8)..j - 1).any(|k| {
        let w = s.low(k);
        CLAIM_NOUNS.contains(&w) && !matches!(w, "that" | "as" | "any")
    })
}

/// "may deny", "is expected to reject", "declined to deny": a denial not (yet) made.
fn unrealised(s: &Scan, i: usize) -> bool {
    let prev = s.low_back(i, 1);
    matches!(
        prev,
        "may" | "might" | "could" | "would" | "will" | "should" | "can"
    ) || prev == "to"
        && matches!(
            s.low_back(i, 2),
            "expected" | "likely" | "unlikely" | "refused" | "declined" | "going" | "set"
        )
}

fn rejects_claim(s: &Scan, i: usize) -> bool {
    // "The claims were rejected": passive, the claim is the subject.
    if passive(s, i) {
        return (i.saturating_sub(8)..i).any(|k| {
            let w = s.low(k);
            CLAIM_NOUNS.contains(&w) && !matches!(w, "that" | "as" | "any")
        });
    }
    if !s.is_word(i + 1) {
        return true;
    }
    for k in i + 1..(i + 9).min(s.toks.len()) {
        if !s.is_word(k) && !matches!(s.low(k), "\"" | "'" | "\u{201c}" | "\u{201d}") {
            return false;
        }
        if CLAIM_NOUNS.contains(&s.low(k)) || FALSITY.contains(&s.low(k)) {
            return true;
        }
    }
    false
}

/// "called the report baseless", "categorising the warning issued by … as disinformation".
fn labels_false(s: &Scan, i: usize) -> bool {
    let end = s.toks.len();
    if (i + 1..(i + 8).min(end)).any(|k| FALSITY.contains(&s.low(k))) {
        return true;
    }
    (i + 1..(i + 30).min(end))
        .take_while(|&k| !matches!(s.low(k), ";" | "." | ":"))
        .find(|&k| s.low(k) == "as")
        .is_some_and(|a| (a + 1..(a + 6).min(end)).any(|k| FALSITY.contains(&s.low(k))))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(text: &str) -> Vec<String> {
        let s = Scan::new(text);
        denials(&s)
            .iter()
            .filter_map(|f| f.source.map(|(a, b)| s.span(a, b).to_string()))
            .collect()
    }

    #[test]
    fn the_denier_is_the_subject_agent_or_possessor() {
        assert_eq!(
            sources("China has strongly rejected these claims."),
            vec!["China"]
        );
        assert_eq!(
            sources("The story was denied by the palace."),
            vec!["the palace"]
        );
        assert_eq!(sources("Acme's denial came late."), vec!["Acme's"]);
    }

    #[test]
    fn denying_someone_something_is_not_a_denial() {
        assert!(sources("The court denied bail to the two men.").is_empty());
        assert!(denials(&Scan::new("The board rejected the merger offer.")).is_empty());
        assert!(denials(&Scan::new("Imports were denied duty-free status.")).is_empty());
    }
}
