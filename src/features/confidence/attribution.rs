//! Who a claim is attributed to ("according to X", "X said", "reports from X",
//! "said X") and who denies it ("China has rejected these claims").

use super::lexicon::{lexicon, DenialClass};
use super::scan::Scan;
use super::words::{ends_phrase, is_be, is_determiner, is_pronoun, is_verb_modifier};

/// A cue with the source it names, as token spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// First and last token of the cue.
    pub cue: (usize, usize),
    /// First and last token of the named source, if one is named.
    pub source: Option<(usize, usize)>,
}

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

/// Lowercase nouns that continue a source's name ("a recent Reuters report", "Kremlin officials").
const INSTITUTIONS: &[&str] = &[
    "report",
    "officials",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "sources",
    "analysts",
    "researchers",
    "experts",
    "government",
    "ministry",
    "agency",
    "department",
    "office",
    "company",
    "firm",
    "group",
    "statement",
    "data",
    "study",
    "team",
    "police",
    "authorities",
    "lawmakers",
    "investigators",
    "prosecutors",
    "newspaper",
    "officers",
];

/// Reporting forms that are as often nouns; they attribute only with a named subject.
const NOUN_LIKE: &[&str] = &[
    "added",
    "report",
    "reports",
    "claim",
    "claims",
    "note",
    "notes",
    "estimate",
    "estimates",
    "support",
    "state",
    "states",
    "stress",
    "blame",
    "add",
    "write",
    "tell",
    "quoted",
    "estimated",
    "support",
    "supported",
    "attributed",
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
        if ok {
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

/// ", disavowing …": an -ing clause takes the subject of the clause before the comma.
fn participle_subject(s: &Scan, i: usize) -> Option<(usize, usize)> {
    if !s.low(i).ends_with("ing") || s.low_back(i, 1) != "," {
        return None;
    }
    let lo = i.saturating_sub(25);
    for j in (lo..i.saturating_sub(1)).rev() {
        let w = s.low(j);
        if matches!(w, ";" | "." | ":") {
            return None;
        }
        let verb = (w.len() > 4 && w.ends_with("ed")) || lexicon().reporting.get(w).len() == 1;
        if verb && s.is_word(j) && !s.toks[j].cap && !passive(s, j) {
            return subject_before(s, j);
        }
    }
    None
}

/// "China's firm denial": the possessor of a denial noun.
fn possessor(s: &Scan, i: usize) -> Option<(usize, usize)> {
    let lo = i.saturating_sub(4);
    let k = (lo..i).rev().find(|&k| {
        let w = s.low(k);
        w.ends_with("'s") || w.ends_with("\u{2019}s")
    })?;
    subject_before(s, k + 1)
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

/// "was believed", "were rejected": a form of "be" before the verb.
fn passive(s: &Scan, i: usize) -> bool {
    let mut j = i;
    while j > 0
        && matches!(
            s.low(j - 1),
            "widely" | "also" | "later" | "not" | "n't" | "never"
        )
    {
        j -= 1;
    }
    j > 0 && is_be(s.low(j - 1))
}

/// The noun phrase that ends just before the verb at `v` (its subject), if named.
pub fn subject_before(s: &Scan, v: usize) -> Option<(usize, usize)> {
    let mut j = v;
    while j > 0 && s.is_word(j - 1) && is_verb_modifier(s.low(j - 1)) {
        j -= 1;
    }
    // "X, which …, supports", "X, the agency, said", "X, speaking on Monday, said":
    // step over a relative clause, an apposition or a participle between commas.
    if j > 1 && s.low(j - 1) == "," {
        let lo = j.saturating_sub(30);
        if let Some(k) = (lo..j - 1).rev().find(|&k| s.low(k) == ",") {
            let w = s.low(k + 1);
            if matches!(w, "which" | "who" | "whose" | "a" | "an" | "the") || w.ends_with("ing") {
                j = k;
            }
        }
    }
    // "… claimed X and accused Y": a coordinated verb has no subject of its own here.
    if matches!(s.low_back(j, 1), "and" | "or" | "but") {
        return None;
    }
    let end = j;
    while j > 0 && s.is_word(j - 1) && end - j < 9 {
        let w = s.low(j - 1);
        let verb_ed = w.len() > 4 && w.ends_with("ed") && !s.toks[j - 1].cap;
        if ends_phrase(w) || verb_ed {
            break;
        }
        j -= 1;
        // A determiner starts the phrase unless "and" or "of" joins it to more.
        if is_determiner(w) && !matches!(s.low_back(j, 1), "and" | "of") {
            break;
        }
    }
    if j == end {
        return None;
    }
    named(s, j, end - 1)
}

/// Trim a phrase to where its name starts, and drop bare pronouns.
fn named(s: &Scan, mut a: usize, b: usize) -> Option<(usize, usize)> {
    let has_name = (a..=b).any(|k| s.toks[k].cap || is_determiner(s.low(k)));
    if has_name {
        while a < b && !s.toks[a].cap && !is_determiner(s.low(a)) {
            a += 1;
        }
    }
    while a < b && matches!(s.low(a), "and" | "of") {
        a += 1;
    }
    let function = matches!(s.low(b), "and" | "of" | "the" | "a" | "an");
    // A lone lowercase word names a source only as a plural or an institution ("critics").
    let lone = a == b && !s.toks[a].cap && {
        let w = s.low(a);
        !w.ends_with('s') && !INSTITUTIONS.contains(&w)
    };
    if lone {
        return None;
    }
    if function || a == b && (is_pronoun(s.low(a)) || !s.toks[a].cap && is_determiner(s.low(a))) {
        return None;
    }
    Some((a, b))
}

/// The noun phrase starting at token `k` ("according to the foreign ministry").
fn phrase_after(s: &Scan, k: usize) -> Option<(usize, usize)> {
    let mut e = k;
    while s.is_word(e) && (e == k || !ends_phrase(s.low(e))) && e - k < 9 {
        let w = s.low(e);
        if e > k
            && !lexicon().reporting.get(w).is_empty()
            && !NOUN_LIKE.contains(&w)
            && !s.toks[e].cap
        {
            break;
        }
        // After a name, only function words and institution nouns continue the phrase.
        let named_before = (k..e).any(|x| s.toks[x].cap);
        let plain = !s.toks[e].cap && !s.toks[e].digit;
        let after_possessive = e > k && possessive(s.low(e - 1));
        if named_before
            && plain
            && !after_possessive
            && !possessive(w)
            && !is_determiner(w)
            && !matches!(w, "and" | "of" | "for")
            && !INSTITUTIONS.contains(&w)
        {
            break;
        }
        e += 1;
    }
    if e == k {
        return None;
    }
    let (a, b) = (k, e - 1);
    if a == b && is_pronoun(s.low(a)) {
        return None;
    }
    Some((a, b))
}

fn possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s")
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

/// "were rejected by the ministry": the agent after "by".
fn agent_after(s: &Scan, v: usize) -> Option<(usize, usize)> {
    if s.low(v + 1) == "by" {
        phrase_after(s, v + 2)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(found: &[Found], s: &Scan) -> Vec<String> {
        found
            .iter()
            .filter_map(|f| f.source.map(|(a, b)| s.span(a, b).to_string()))
            .collect()
    }

    #[test]
    fn subjects_skip_auxiliaries_and_relative_clauses() {
        let s = Scan::new("The agency, which tracks such groups, supports the finding.");
        assert_eq!(sources(&attributions(&s), &s), vec!["The agency"]);
        let s = Scan::new("China has strongly rejected these claims.");
        assert_eq!(sources(&denials(&s), &s), vec!["China"]);
    }

    #[test]
    fn inverted_and_prepositional_sources() {
        let s = Scan::new("\"It is over,\" said Anna Berg, a lawyer.");
        assert_eq!(sources(&attributions(&s), &s), vec!["Anna Berg"]);
        let s = Scan::new("According to the port authority, ships waited.");
        assert_eq!(sources(&attributions(&s), &s), vec!["the port authority"]);
    }

    #[test]
    fn denying_someone_something_is_not_a_denial() {
        let s = Scan::new("The court denied bail to the two men.");
        assert!(denials(&s).is_empty());
        let s = Scan::new("The board rejected the merger offer.");
        assert!(denials(&s).is_empty());
    }
}
