//! Hedge cues in context: "may" but not "May 2023", "could" but not "could not",
//! "expected" but not "as expected", "believed to be linked to" as one cue.

use super::lexicon::{lexicon, HedgeClass};
use super::scan::Scan;
use super::words::{is_be, is_determiner, is_pronoun, is_reporting_verb};

/// Words after which "May" is the month.
const MONTH_BEFORE: &[&str] = &[
    "in", "on", "since", "by", "until", "last", "next", "early", "late", "mid", "of", "from",
    "through", "before", "after", "during", "this", "that", "till", "between", "and",
];

/// Verbs that make "would not …" a refusal, not a hedge ("would not comment").
const REFUSALS: &[&str] = &[
    "comment",
    "say",
    "discuss",
    "elaborate",
    "confirm",
    "disclose",
    "reveal",
    "identify",
    "specify",
    "give",
    "provide",
    "talk",
    "answer",
    "speculate",
    "release",
    "name",
];

/// Participles absorbed into a hearsay cue: "believed to be linked to".
const LINKS: &[&str] = &[
    "linked",
    "tied",
    "connected",
    "behind",
    "responsible",
    "involved",
    "associated",
    "affiliated",
    "backed",
    "sponsored",
    "related",
    "part",
];

/// Find the hedge cues of a scanned claim, as token spans (first, last), in order.
pub fn hedges(s: &Scan) -> Vec<(usize, usize)> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.toks.len() {
        if !s.is_word(i) {
            i += 1;
            continue;
        }
        let w = s.low(i);
        let mut hit = inverted_condition(s, i).then_some(i);
        for &(cue, class) in lex.hedges.get(w).iter().filter(|_| hit.is_none()) {
            let n = cue.split(' ').count();
            if (n == 1 || s.matches(i, cue)) && accept(s, i, n, class) {
                hit = Some(extend(s, i, i + n - 1));
                break;
            }
        }
        match hit {
            Some(last) => {
                out.push((i, last));
                i = last + 1;
            }
            None => i += 1,
        }
    }
    out
}

/// A condition written by inversion, as "if" would open it: "should they be
/// allowed to meet" ("if they should be"), "had the drug been given
/// earlier" ("if the drug had been"). "should" or "had" is followed by a
/// subject (a pronoun or a determiner) where its own subject would stand
/// before it; "had" only at the start of a clause or after a verb of saying.
fn inverted_condition(s: &Scan, i: usize) -> bool {
    let w = s.low(i);
    if w != "should" && w != "had" {
        return false;
    }
    let next = s.low(i + 1);
    let subject = matches!(
        next,
        "they"
            | "he"
            | "she"
            | "it"
            | "we"
            | "you"
            | "a"
            | "an"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
    );
    if !subject {
        return false;
    }
    let prev = s.low_back(i, 1);
    let opens = i == 0 || matches!(prev, "," | "-" | "--" | "(") || is_reporting_verb(prev);
    match w {
        "should" => opens || (i > 0 && s.is_word(i - 1) && !is_pronoun(prev) && !s.toks[i - 1].cap),
        // "had the creditors turned down", not "…, had a net loss"
        _ => {
            opens
                && (i + 2..(i + 6).min(s.toks.len())).any(|k| {
                    let v = s.low(k);
                    !s.toks[k].cap
                        && (v == "been"
                            || (v.len() > 4 && (v.ends_with("ed") || v.ends_with("en"))))
                })
        }
    }
}

/// Whether the cue of `n` words at token `i` of class `class` is a hedge here.
fn accept(s: &Scan, i: usize, n: usize, class: HedgeClass) -> bool {
    let w = s.low(i);
    let prev = s.low_back(i, 1);
    let next = s.low(i + n);
    match class {
        HedgeClass::Adverb | HedgeClass::Phrase => true,
        // "arrested on suspicion of rioting" is a charge, not a doubt.
        HedgeClass::Noun => !(prev == "on" && w == "suspicion"),
        HedgeClass::Modal => modal(s, i),
        HedgeClass::ThatNoun => next == "that",
        HedgeClass::Adjective => match w {
            "possible" => {
                !matches!(
                    prev,
                    "as" | "everything" | "wherever" | "whenever" | "if" | "best" | "worst"
                ) && !prev.ends_with("est")
            }
            "unknown" => {
                is_be(prev)
                    || matches!(
                        next,
                        "to" | "whether" | "if" | "how" | "why" | "what" | "who" | "when" | "where"
                    )
            }
            _ => true,
        },
        HedgeClass::Belief => belief(s, i),
        HedgeClass::Raising => match w {
            "appear" | "appears" | "appeared" => {
                matches!(next, "to" | "that" | "likely" | "unlikely") || prev == "it"
            }
            _ => true,
        },
        HedgeClass::Condition => match w {
            "provided" => {
                next == "that"
                    || (s.toks.get(i + 1).is_some_and(|t| t.cap) && !is_be(prev) && !is_have(prev))
            }
            "if" => !conditional_idiom(s, i),
            _ => true,
        },
        HedgeClass::Passive => after_be(s, i),
    }
}

/// "if necessary", "dozens if not hundreds", "even if": no hypothesis about the claim.
fn conditional_idiom(s: &Scan, i: usize) -> bool {
    matches!(s.low_back(i, 1), "even" | "as")
        || matches!(
            s.low(i + 1),
            "not" | "any" | "necessary" | "needed" | "possible" | "anything" | "ever"
        )
}

fn is_have(w: &str) -> bool {
    matches!(w, "has" | "have" | "had" | "having")
}

/// "is considered", "was widely believed": a form of "be" before, adverbs skipped.
fn after_be(s: &Scan, i: usize) -> bool {
    let mut j = i;
    while j > 0
        && matches!(
            s.low(j - 1),
            "widely" | "generally" | "also" | "still" | "now"
        )
    {
        j -= 1;
    }
    is_be(s.low_back(j, 1))
}

fn modal(s: &Scan, i: usize) -> bool {
    let w = s.low(i);
    let next = s.low(i + 1);
    let prev = s.low_back(i, 1);
    match w {
        "may" => !month(s, i),
        "might" => !matches!(
            prev,
            "the" | "its" | "his" | "her" | "their" | "military" | "full"
        ),
        "could" => {
            !matches!(next, "not" | "n't" | "never")
                && !s.matches(i + 1, "be reached")
                && !negative_subject(s, i)
                && !before_it_could(s, i)
        }
        "would" => {
            !refusal(s, i)
                && !reported_future(s, i, 2)
                && !attributed_after(s, i)
                && !terms_of_deal(s, i)
                && !counterfactual_effect(s, i)
        }
        _ => true,
    }
}

/// "a law that would have privatised the utilities", "the truck that would
/// have carried the bomb": what a thing would have done, had it gone ahead,
/// described in a relative clause; no doubt about the claim.
fn counterfactual_effect(s: &Scan, i: usize) -> bool {
    let participle = s.low(i + 2);
    matches!(s.low_back(i, 1), "that" | "which")
        && s.low(i + 1) == "have"
        && participle.len() > 3
        && (participle.ends_with("ed") || participle.ends_with("en"))
}

/// "fled before they could take anything", "waited until it could land":
/// a time clause says when, not whether.
fn before_it_could(s: &Scan, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|j| matches!(s.low(j), "before" | "until" | "till"))
}

/// "neither side could score": the ability is denied, not hedged.
fn negative_subject(s: &Scan, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|j| {
        matches!(
            s.low(j),
            "neither" | "nobody" | "none" | "nothing" | "never" | "no"
        )
    })
}

/// "May" as a month: capitalised inside a sentence, or before a number.
fn month(s: &Scan, i: usize) -> bool {
    let next_digit = s.toks.get(i + 1).is_some_and(|t| t.digit);
    let prev = s.low_back(i, 1);
    if next_digit || MONTH_BEFORE.contains(&prev) && s.toks[i].cap {
        return true;
    }
    // Capitalised after another word: a name or the month, not the modal.
    s.toks[i].cap && i > 0 && s.is_word(i - 1)
}

/// "would not comment": a refusal to speak.
fn refusal(s: &Scan, i: usize) -> bool {
    matches!(s.low(i + 1), "not" | "n't") && REFUSALS.contains(&s.low(i + 2))
}

/// "X said it would resign, but would stay": future in reported speech, not a hypothesis.
/// `depth` bounds the chain of earlier "would"s followed back.
fn reported_future(s: &Scan, i: usize, depth: u8) -> bool {
    let lo = i.saturating_sub(12);
    for j in (lo..i).rev() {
        let w = s.low(j);
        if matches!(w, ";" | ":" | "if" | "unless") {
            return false;
        }
        if is_reporting_verb(w) || matches!(w, "vowed" | "vowing" | "promised" | "pledged") {
            return true;
        }
        if w == "would" && depth > 0 {
            return reported_future(s, j, depth - 1);
        }
    }
    false
}

/// "Passengers would be given a refund, she said": future in reported speech
/// whose attribution trails the clause, after a comma, within five words
/// ("…, Conte said", "…, the company said on Tuesday"). A condition ("if",
/// "unless") before the attribution keeps the hedge.
fn attributed_after(s: &Scan, i: usize) -> bool {
    // "That would represent an increase of 10 per cent, it added": a
    // projection of what "that" refers to, whoever says it
    if matches!(s.low_back(i, 1), "that" | "this") {
        return false;
    }
    let end = s.toks.len();
    let mut k = i + 1;
    while k < end {
        let w = s.low(k);
        if matches!(w, ";" | ":" | "if" | "unless" | "." | "?" | "!") {
            return false;
        }
        if w == "," {
            let reach = end.min(k + 6);
            if (k + 1..reach).any(|j| {
                let v = s.low(j);
                matches!(v, "said" | "says" | "told" | "added" | "stated")
            }) {
                return true;
            }
        }
        k += 1;
    }
    false
}

/// Nouns of an agreement: "Under the plan, creditors would receive…" states its terms.
const DEAL_NOUNS: &[&str] = &[
    "plan",
    "terms",
    "agreement",
    "proposal",
    "accord",
    "deal",
    "offer",
    "contract",
    "arrangement",
    "settlement",
    "law",
    "rules",
    "bill",
    "pact",
    "treaty",
    "scheme",
];

/// "would" stating the terms of a deal introduced by "under".
fn terms_of_deal(s: &Scan, i: usize) -> bool {
    (i.saturating_sub(40)..i).any(|j| {
        s.low(j) == "under" && (j + 1..(j + 5).min(i)).any(|k| DEAL_NOUNS.contains(&s.low(k)))
    })
}

/// Nouns that make "forecast" after them a noun ("profit forecast", "weather forecasts").
const FORECAST_MODIFIERS: &[&str] = &[
    "profit",
    "earnings",
    "sales",
    "revenue",
    "growth",
    "weather",
    "budget",
    "inflation",
    "demand",
    "price",
    "production",
    "output",
    "annual",
    "quarterly",
    "official",
    "economic",
    "previous",
    "earlier",
    "original",
    "new",
    "latest",
    "current",
    "guidance",
];

fn belief(s: &Scan, i: usize) -> bool {
    let w = s.low(i);
    let prev = s.low_back(i, 1);
    let next = s.low(i + 1);
    match w {
        "expected" => {
            let mut j = i;
            while j > 0 && matches!(s.low(j - 1), "had" | "been" | "was" | "is" | "widely") {
                j -= 1;
            }
            !matches!(s.low_back(j, 1), "as" | "than")
        }
        "thought" => !is_determiner(prev) && !matches!(prev, "of" | "well" | "second"),
        "suspect" | "suspects" => {
            (is_pronoun(prev) && !is_determiner(prev))
                || matches!(
                    prev,
                    "police" | "officials" | "investigators" | "experts" | "authorities" | "many"
                )
                || matches!(next, "that" | "foul")
        }
        "estimate" | "estimates" => !is_determiner(prev) && !prev.ends_with("'s"),
        "estimated" => !(is_determiner(prev) && s.toks.get(i + 1).is_some_and(|t| t.digit)),
        "assume" | "assumes" | "assumed" => {
            next == "that" || is_be(prev) || is_pronoun(next) && !is_determiner(next)
        }
        "expectation" | "expectations" | "charges" => next == "that",
        "feel" | "feels" | "felt" => next == "that" || is_pronoun(next) && !is_determiner(next),
        "believe" => believe_clause(s, i),
        "doubt" => !matches!(prev, "no" | "without" | "beyond"),
        // "the forecast", "a projected 3%": the noun or a figure, not a prediction.
        "projected" => !is_determiner(prev) && !s.toks.get(i + 1).is_some_and(|t| t.digit),
        // "its 2026 profit forecast", "a full-year forecast of", "the 235,000
        // forecast by economists": the noun, not "analysts forecast that…"
        "forecast" | "forecasts" => {
            let modifier = i > 0
                && (FORECAST_MODIFIERS.contains(&prev)
                    || prev.contains('-')
                    || s.toks[i - 1].digit);
            !is_determiner(prev)
                && !modifier
                && !matches!(next, "of" | "for")
                && !s.toks.get(i + 1).is_some_and(|t| t.digit)
        }
        "fear" | "fears" | "feared" => next == "that" || is_be(prev) || next == "dead",
        _ => true,
    }
}

/// "believe that…", "believe he is…" (a belief about a claim), not "believe in God" or "believe?".
fn believe_clause(s: &Scan, i: usize) -> bool {
    let next = s.low(i + 1);
    if !s.is_word(i + 1) || next == "in" {
        return false;
    }
    let object = matches!(
        next,
        "this"
            | "him"
            | "her"
            | "them"
            | "me"
            | "you"
            | "us"
            | "anything"
            | "everything"
            | "nothing"
            | "it"
    );
    !(object && (!s.is_word(i + 2) || matches!(s.low(i + 2), "any" | "anymore")))
}

/// Grow a cue over "to be linked to", "to have been", "to": the hearsay frame.
fn extend(s: &Scan, first: usize, last: usize) -> usize {
    let w = s.low(first);
    let hearsay = matches!(
        w,
        "believed"
            | "thought"
            | "said"
            | "suspected"
            | "alleged"
            | "considered"
            | "expected"
            | "rumored"
            | "rumoured"
            | "presumed"
            | "reported"
            | "likely"
            | "unlikely"
    );
    if !hearsay || first != last || s.low(last + 1) != "to" {
        return last;
    }
    let mut k = last + 1;
    if s.matches(k + 1, "have been") {
        k += 3;
    } else if s.low(k + 1) == "be" {
        k += 2;
    } else if w != "said" && w != "likely" && w != "unlikely" {
        return k;
    } else {
        return last;
    }
    if LINKS.contains(&s.low(k)) {
        k += 1;
        if matches!(s.low(k), "to" | "with" | "for" | "in" | "by" | "of") {
            return k;
        }
        return k - 1;
    }
    if w == "likely" || w == "unlikely" {
        return last;
    }
    k - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<String> {
        let s = Scan::new(text);
        hedges(&s)
            .into_iter()
            .map(|(a, b)| s.span(a, b).to_string())
            .collect()
    }

    #[test]
    fn the_month_may_is_not_a_hedge() {
        assert!(cues("The breach was found in May 2023.").is_empty());
        assert!(cues("May 5 was the deadline.").is_empty());
        assert_eq!(cues("May the talks resume soon?"), vec!["May"]);
        assert_eq!(cues("The group may be linked to Beijing."), vec!["may"]);
    }

    #[test]
    fn negated_could_and_refusals_are_not_hedges() {
        assert!(cues("Officials could not confirm the figure.").is_empty());
        assert!(cues("The ministry would not comment on the report.").is_empty());
        assert!(cues("The firm said it would cut 200 jobs.").is_empty());
        assert_eq!(cues("That would be a mistake."), vec!["would"]);
        // (claim, its cues): future in reported speech with its attribution
        // after the clause; conditions written by inversion; a condition
        // still hedges, and so does a projection of "that"
        let cases: &[(&str, &[&str])] = &[
            ("Passengers would be given a refund, she said.", &[]),
            (
                "Another piece would be sent to the lab, Conte said on Monday.",
                &[],
            ),
            (
                "His advice, should they meet, may be to accept.",
                &["should", "may"],
            ),
            (
                "Had the creditors turned it down, the firm would have closed.",
                &["Had", "would"],
            ),
            ("Unisys, whose revenue rose, had an operating loss.", &[]),
            ("They should be allowed to meet.", &[]),
            (
                "The match would be called off if it rains, officials said.",
                &["would", "if"],
            ),
            ("That would be a rise of 10 per cent, it added.", &["would"]),
        ];
        for (text, want) in cases {
            assert_eq!(cues(text), *want, "{text}");
        }
        assert!(cues("The court struck down a law that would have privatised water.").is_empty());
        assert_eq!(
            cues("The stock, which would have a dividend of $1, is new."),
            vec!["would"]
        );
    }

    #[test]
    fn could_in_a_time_clause_is_not_a_hedge() {
        assert!(cues("The suspects fled before they could take anything.").is_empty());
        assert!(cues("The plane circled until it could land.").is_empty());
        assert_eq!(cues("The suspects could take anything."), vec!["could"]);
    }

    #[test]
    fn hearsay_frames_are_one_cue() {
        assert_eq!(
            cues("A group believed to be linked to the state."),
            vec!["believed to be linked to"]
        );
        assert_eq!(cues("He is said to be ill."), vec!["said to be"]);
        assert_eq!(
            cues("It is thought to have been stolen."),
            vec!["thought to have been"]
        );
        assert!(cues("As expected, the bill passed.").is_empty());
        assert!(cues("He said to reporters that it passed.").is_empty());
    }
}
