//! Finding who a cue names: the subject before a verb, the phrase after
//! "according to" or "by", the possessor of a noun ("China's denial").

use super::lexicon::lexicon;
use super::scan::Scan;
use super::words::{
    ends_phrase, is_be, is_determiner, is_pronoun, is_verb_modifier, starts_clause,
};
use crate::features::entities::particle;

/// A cue with the source it names, as token spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// First and last token of the cue.
    pub cue: (usize, usize),
    /// First and last token of the named source, if one is named.
    pub source: Option<(usize, usize)>,
}

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
    "media",
    "press",
    "service",
    "institute",
    "council",
    "commission",
    "authority",
    "regulator",
    "court",
    "army",
    "military",
    "ministers",
];

/// Lowercase titles that stand between an organisation's name and a
/// person's ("Riverside coach Ana Costa", "Acme chief executive Jo Park").
const TITLES_BEFORE_NAMES: &[&str] = &[
    "coach",
    "manager",
    "captain",
    "chief",
    "executive",
    "director",
    "president",
    "chairman",
    "chairwoman",
    "secretary",
    "minister",
    "governor",
    "mayor",
    "ambassador",
    "lawyer",
    "attorney",
    "analyst",
    "economist",
    "founder",
    "commander",
    "prosecutor",
    "judge",
    "editor",
    "correspondent",
    "researcher",
    "professor",
    "scientist",
    "leader",
    "head",
    "boss",
    "striker",
    "player",
    "goalkeeper",
    "envoy",
    "negotiator",
];

/// Most plain words between a name and the institution noun that ends its
/// phrase ("the Chinese foreign ministry", "the European forest fire service").
const TO_INSTITUTION: usize = 3;

/// Whether an institution noun follows within [`TO_INSTITUTION`] plain
/// lowercase words from token `e`; returns the token after it.
fn institution_ahead(s: &Scan, e: usize) -> Option<usize> {
    (e..e + TO_INSTITUTION)
        .take_while(|&x| {
            s.is_word(x) && !s.toks[x].cap && !s.toks[x].digit && !ends_phrase(s.low(x))
        })
        .find(|&x| INSTITUTIONS.contains(&s.low(x)))
        .map(|x| x + 1)
}

/// Reporting forms that are as often nouns; they attribute only with a named subject.
pub const NOUN_LIKE: &[&str] = &[
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

/// ", disavowing …": an -ing clause takes the subject of the clause before the comma.
pub fn participle_subject(s: &Scan, i: usize) -> Option<(usize, usize)> {
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
pub fn possessor(s: &Scan, i: usize) -> Option<(usize, usize)> {
    let lo = i.saturating_sub(4);
    let k = (lo..i).rev().find(|&k| {
        let w = s.low(k);
        w.ends_with("'s") || w.ends_with("\u{2019}s")
    })?;
    subject_before(s, k + 1)
}

/// "was believed", "were rejected": a form of "be" before the verb.
pub fn passive(s: &Scan, i: usize) -> bool {
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

/// What anonymous sources are said to know about ("people familiar with the
/// matter", "an official close to the talks", "a source briefed on the deal").
const KNOWING: &[(&str, &str)] = &[
    ("familiar", "with"),
    ("close", "to"),
    ("briefed", "on"),
    ("knowledgeable", "about"),
    ("involved", "in"),
    ("knowledge", "of"),
];

/// Whether the two words before token `j` say what a source knows about
/// ("familiar with", "close to").
fn knowing_before(s: &Scan, j: usize) -> bool {
    j >= 2 && KNOWING.contains(&(s.low(j - 2), s.low(j - 1)))
}

/// Whether the comma at token `k` separates clauses (not "5,000").
fn clause_comma(s: &Scan, k: usize) -> bool {
    let t = &s.toks;
    s.low(k) == ","
        && !(k > 0
            && t[k - 1].digit
            && t.get(k + 1).is_some_and(|n| n.digit && n.start == t[k].end)
            && t[k - 1].end == t[k].start)
}

/// Whether the name ending at token `e` is where someone works: "a doctor at
/// Stanford University", "a spokesman for Acme" (not "officials in Kyiv").
fn works_at(s: &Scan, e: usize) -> bool {
    let mut a = e;
    while a > 0 && s.is_word(a - 1) && (s.toks[a - 1].cap || s.low(a - 1) == "of") {
        a -= 1;
    }
    a > 0 && matches!(s.low(a - 1), "at" | "for" | "of" | "from" | "with")
}

/// Whether the phrase starting at token `j` says where an institution sits:
/// "police in Leeds", "officials at the ministry" (a preposition at `j - 1`
/// after an institution noun).
fn located_at(s: &Scan, j: usize) -> bool {
    j >= 2
        && matches!(s.low(j - 1), "in" | "at" | "from")
        && s.is_word(j - 2)
        && INSTITUTIONS.contains(&s.low(j - 2))
}

/// The noun phrase that ends just before the verb at `v` (its subject), if named.
pub fn subject_before(s: &Scan, v: usize) -> Option<(usize, usize)> {
    let mut j = v;
    while j > 0 && s.is_word(j - 1) && is_verb_modifier(s.low(j - 1)) {
        j -= 1;
    }
    // "X, which …, supports", "X, the agency, said", "X, his lawyer, said",
    // "X, speaking on Monday, said": step over a relative clause, an
    // apposition or a participle between commas.
    if j > 1 && s.low(j - 1) == "," {
        let lo = j.saturating_sub(30);
        if let Some(k) = (lo..j - 1).rev().find(|&k| clause_comma(s, k)) {
            let w = s.low(k + 1);
            let participle = (w.ends_with("ing") || w.ends_with("ed")) && !s.toks[k + 1].cap;
            if matches!(
                w,
                "which" | "who" | "whose" | "a" | "an" | "the" | "his" | "her" | "its" | "their"
            ) || participle
                || possessive(w)
            {
                j = k;
            } else if let Some(name) = appositive_name(s, k, j - 1) {
                if s.toks[k - 1].cap && !works_at(s, k - 1) {
                    // "Heritage Media Corp., New York, said", "officials in
                    // Kyiv, Ukraine, said": where the named subject is
                    j = k;
                } else {
                    // "the company's chief executive, John Smith, said", "a
                    // doctor at Stanford University, Anna Li, said": the person
                    return Some(name);
                }
            }
        }
    }
    // "… claimed X and accused Y": a coordinated verb has no subject of its own here.
    if matches!(s.low_back(j, 1), "and" | "or" | "but") {
        return None;
    }
    let end = j;
    let j = phrase_start(s, end);
    if j == end {
        return None;
    }
    // "a navy official on the scene said", "sources who knew of the bidding
    // said": the phrase is what the person's noun before it is said of
    if let Some(k) = person_before(s, j) {
        let start = phrase_start(s, k + 1);
        if start <= k {
            return named(s, start, k);
        }
    }
    named(s, j, end - 1)
}

/// Where the noun phrase that ends just before token `end` starts, read
/// backwards as [`subject_before`] reads a subject (`end` when none).
fn phrase_start(s: &Scan, end: usize) -> usize {
    // "a practice it says is cruel": a personal pronoun right before the
    // verb is its whole subject
    if end > 0
        && s.is_word(end - 1)
        && matches!(
            s.low(end - 1),
            "i" | "we" | "you" | "he" | "she" | "it" | "they"
        )
    {
        return end - 1;
    }
    let mut j = end;
    while j > 0 && s.is_word(j - 1) && end - j < 9 {
        let w = s.low(j - 1);
        if knowing_before(s, j) {
            // "sources close to Microsoft said": the sources are the source
            j -= 2;
            continue;
        }
        let verb_ed = w.len() > 4 && w.ends_with("ed") && !s.toks[j - 1].cap;
        if ends_phrase(w) && !located_at(s, j) || verb_ed {
            break;
        }
        j -= 1;
        // A determiner starts the phrase unless "and" or "of" joins it to more,
        // or it starts what a person is familiar with ("a person familiar
        // with the investigation said": the person is the source), or where
        // an institution sits ("officials in the province said").
        if is_determiner(w) && !matches!(s.low_back(j, 1), "and" | "of") {
            // "fire chief Tom Reyes", "police chief": a title, not a determiner
            let title = w == "chief"
                && j > 0
                && s.is_word(j - 1)
                && !is_determiner(s.low(j - 1))
                && !ends_phrase(s.low(j - 1));
            if title {
                continue;
            }
            if knowing_before(s, j) {
                j -= 2;
                continue;
            }
            if !located_at(s, j) {
                break;
            }
        }
    }
    j
}

/// Nouns for people and bodies that speak, which a phrase after them may
/// describe ("an official *on the scene*", "sources *who knew of the bidding*").
#[rustfmt::skip]
const PERSONS: &[&str] = &[
    "official", "officials", "source", "sources", "analyst", "analysts", "lawmaker",
    "lawmakers", "legislator", "legislators", "spokesman", "spokeswoman", "spokesperson",
    "expert", "experts", "investigator", "investigators", "diplomat", "diplomats", "aide",
    "aides", "executive", "executives", "person", "people", "witness", "witnesses",
    "resident", "residents", "officer", "officers", "member", "members", "researcher",
    "researchers", "employee", "employees", "worker", "workers", "trader", "traders",
];

/// Words that may join a person's noun to the phrase describing it: "who",
/// "that", and verbs of a relative clause ("who *spoke* on condition of
/// anonymity"); participles ("*looking* at the deal") count too.
#[rustfmt::skip]
const DESCRIBING: &[&str] = &[
    "who", "that", "knew", "know", "knows", "spoke", "speak", "asked", "requested", "declined",
];

/// Prepositions that describe a person without naming whom the person
/// speaks for ("an official *on* the scene", "legislators *behind* the
/// bill"; not "a spokesman *for* Acme", "an official *at* the embassy").
const DESCRIBING_PREPOSITIONS: &[&str] = &["on", "over", "about", "behind", "near", "under"];

/// The person's noun that the phrase starting at token `j` describes, at
/// most four tokens back: across a describing preposition, or across a
/// relative clause or participle ending in any preposition.
fn person_before(s: &Scan, j: usize) -> Option<usize> {
    if j == 0 || !s.is_word(j - 1) || !ends_phrase(s.low(j - 1)) || starts_clause(s.low(j - 1)) {
        return None;
    }
    let first = s.low(j - 1);
    let mut described = DESCRIBING_PREPOSITIONS.contains(&first) || DESCRIBING.contains(&first);
    for k in (j.saturating_sub(6)..j - 1).rev() {
        if !s.is_word(k) {
            return None;
        }
        let w = s.low(k);
        if PERSONS.contains(&w) {
            return described.then_some(k);
        }
        let participle = (w.ends_with("ing") || w.ends_with("ed")) && !s.toks[k].cap;
        if participle || DESCRIBING.contains(&w) {
            described = true;
        } else if !ends_phrase(w) || starts_clause(w) {
            return None;
        }
    }
    None
}

/// Longest name an apposition may be ("Miriam Osei", "Jean-Claude van der Berg").
const APPOSITIVE_NAME: usize = 5;

/// "Weiler's lawyer, Miriam Osei, said": between the commas at tokens `k`
/// and `c`, a name of capitalised words (a particle such as "van" or "de"
/// allowed inside) after a word (a role, or a place it locates: "in
/// Washington, D.C.,").
fn appositive_name(s: &Scan, k: usize, c: usize) -> Option<(usize, usize)> {
    let (a, b) = (k + 1, c.checked_sub(1)?);
    if k == 0 || b < a || b - a >= APPOSITIVE_NAME {
        return None;
    }
    let role = s.is_word(k - 1) && !s.toks[k - 1].digit;
    let name = (a..=b).all(|x| {
        s.is_word(x)
            && !s.toks[x].digit
            && (s.toks[x].cap || (x > a && x < b && particle(s.low(x))))
    });
    (role && name && s.toks[a].cap && s.toks[b].cap).then_some((a, b))
}

/// Trim a phrase to where its name starts, and drop bare pronouns.
fn named(s: &Scan, mut a: usize, b: usize) -> Option<(usize, usize)> {
    let has_name = (a..=b).any(|k| s.toks[k].cap || is_determiner(s.low(k)));
    let knowing = (a..b).any(|k| knowing_before(s, k + 2));
    if has_name && !knowing {
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
pub fn phrase_after(s: &Scan, k: usize) -> Option<(usize, usize)> {
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
        // "Riverside coach Ana Costa", "Acme chief executive Jo Park": a
        // title between two names joins them
        let title_then_name = TITLES_BEFORE_NAMES.contains(&w)
            && (e + 1..e + 3)
                .take_while(|&x| s.is_word(x))
                .find(|&x| !TITLES_BEFORE_NAMES.contains(&s.low(x)))
                .is_some_and(|x| s.toks[x].cap);
        if named_before
            && plain
            && !title_then_name
            && !after_possessive
            && !possessive(w)
            && !is_determiner(w)
            && !matches!(w, "and" | "of" | "for")
            && !INSTITUTIONS.contains(&w)
        {
            match institution_ahead(s, e) {
                Some(next) => {
                    e = next;
                    continue;
                }
                None => break,
            }
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

pub fn possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s")
}

/// "were rejected by the ministry": the agent after "by".
pub fn agent_after(s: &Scan, v: usize) -> Option<(usize, usize)> {
    if s.low(v + 1) == "by" {
        phrase_after(s, v + 2)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(text: &str, verb: &str) -> Option<String> {
        let s = Scan::new(text);
        let v = (0..s.toks.len()).find(|&i| s.low(i) == verb)?;
        subject_before(&s, v).map(|(a, b)| s.span(a, b).to_string())
    }

    #[test]
    fn subjects_skip_auxiliaries_times_and_appositions() {
        // (sentence, the subject of its "said")
        let cases = [
            ("Oslo on Friday said so.", Some("Oslo")),
            ("Acme, the parts maker, has also said so.", Some("Acme")),
            ("Acme, its biggest rival, said so.", Some("Acme")),
            (
                "Miriam Osei, Weiler's lawyer, said so.",
                Some("Miriam Osei"),
            ),
            (
                "Weiler's lawyer, Miriam Osei, said so.",
                Some("Miriam Osei"),
            ),
            (
                "A doctor at Stanford University, Anna Li, said so.",
                Some("Anna Li"),
            ),
            (
                "Heritage Media Corp., New York, said so.",
                Some("Heritage Media Corp."),
            ),
            (
                "Officials in Kyiv, Ukraine, said so.",
                Some("Officials in Kyiv"),
            ),
            (
                "Health officials in the province said so.",
                Some("Health officials in the province"),
            ),
            (
                "The company, which employs 5,000 people, said so.",
                Some("The company"),
            ),
            (
                "The report, published by Amnesty on Tuesday, said so.",
                Some("The report"),
            ),
            (
                "County fire chief Tom Reyes said so.",
                Some("County fire chief Tom Reyes"),
            ),
            ("He said so.", None),
            ("It claimed X and said so.", None),
            // a phrase describing the person is not the source
            (
                "A navy official on the scene said so.",
                Some("A navy official"),
            ),
            ("Sources who knew of the bidding said so.", Some("Sources")),
            (
                "An analyst looking at the deal said so.",
                Some("An analyst"),
            ),
            (
                "Law enforcement sources who spoke on condition of anonymity said so.",
                Some("Law enforcement sources"),
            ),
            // a pronoun right before the verb is the whole subject
            ("The state ended a practice it says is cruel.", None),
            // whom the person speaks for stays the source
            ("A spokesman for Acme said so.", Some("Acme")),
            (
                "An official at the embassy said so.",
                Some("An official at the embassy"),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(subject(text, "said").as_deref(), want, "{text}");
        }
    }
}
