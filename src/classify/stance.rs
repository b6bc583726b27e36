//! Stance: the `confidence` aspect.
//!
//! Confidence is compared where it matters: a hedge covers the words after its
//! cue up to the end of the clause ("believed to be linked to the Chinese
//! government"), and the pair diverges only when the other side states those
//! same words (a shared name plus a shared word, or most of the words) outside
//! any hedge of its own. A denial on one side only diverges when the other side
//! states the denied words, or confirms the thing denied ("denied the report"
//! / "confirmed the report"); otherwise the denial is a detail.
//!
//! Hedge, denial and reporting words are small lexicons drawn from the public
//! hedge lists (Hyland 2005) and reporting-verb lists (Recasens et al. 2013)
//! that come with the project's development data.

use std::sync::LazyLock;

use super::roles::BE;
use super::{oriented, other, side_name, Findings};
use crate::align::lexicon::{concept_of_stem, concept_of_word, same_concept};
use crate::features::entities::same_entity;
use crate::features::{is_rule_verb, Entity, Features};
use crate::model::{Aspect, AspectKind, Confidence, Side};

const HEDGE_WORDS: &[&str] = &[
    "alleged",
    "allegedly",
    "reportedly",
    "believed",
    "believe",
    "believes",
    "likely",
    "unlikely",
    "potentially",
    "possibly",
    "possible",
    "may",
    "might",
    "could",
    "suspected",
    "perhaps",
    "apparently",
    "purportedly",
    "presumably",
    "unconfirmed",
    "unverified",
    "seemingly",
    "appears",
    "appeared",
    "seems",
    "seemed",
    "probably",
    "suggests",
    "suggested",
    "purported",
];
const DENIAL_PREFIXES: &[&str] = &[
    "deni", "deny", "reject", "dismiss", "disavow", "refut", "rebut", "repudiat",
];
/// Verbs that introduce a source.
pub(crate) const REPORT_WORDS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "according",
    "reported",
    "reports",
    "announced",
    "stated",
    "revealed",
    "confirmed",
    "added",
    "noted",
    "wrote",
    "claimed",
    "claims",
    "warned",
    "disclosed",
    "tweeted",
    "insisted",
];
const CLAUSE_ENDS: &[&str] = &[
    "but", "while", "although", "though", "whereas", "because", "however",
];

/// Determiners that open the subject of an "as" clause (see [`as_clause`]).
const AS_SUBJECTS: &[&str] = &["the", "a", "an", "its", "their", "his", "her"];

/// Adjectives and ordinals that come before a noun, so that the word after
/// them is that noun, not a verb ("as the *first* steps").
const PRENOMINAL: &[&str] = &[
    "first", "second", "third", "last", "next", "final", "main", "only", "new", "latest", "key",
    "major", "biggest", "largest", "top", "real", "official", "other", "same",
];

/// Whether token `k` is "as" opening a clause with its own subject and verb
/// ("could go *as the bank shuts* 40 branches"): a determiner, one noun
/// not in the plural, then a verb in the third person singular or the past.
/// "as the main justification", "as the first steps" or "as a front" is no
/// clause, and a hedge before it covers it.
fn as_clause(f: &Features, k: usize) -> bool {
    let word = |i: usize| f.tokens.get(i).map_or("", |t| t.norm.as_str());
    word(k) == "as"
        && AS_SUBJECTS.contains(&word(k + 1))
        && f.tokens.get(k + 2).is_some_and(|t| {
            t.content && !t.norm.ends_with('s') && !PRENOMINAL.contains(&t.norm.as_str())
        })
        && f.tokens.get(k + 3).is_some_and(|t| {
            t.content && (t.norm.ends_with("ed") || t.norm.ends_with('s')) && t.norm.len() > 3
        })
}

/// The lexicon concept of involvement ("involvement", "participation", "responsible").
static INVOLVEMENT: LazyLock<u32> = LazyLock::new(|| concept_of_word("involvement"));

/// Reporting verbs that start a second statement after "and" ("denied it and said…").
const SECOND_STATEMENT: &[&str] = &[
    "said", "says", "added", "told", "insisted", "stressed", "argued", "noted", "warned",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CueKind {
    Hedge,
    Denial,
    Report,
}

fn cue_kind(cue: &str, conf: Confidence) -> CueKind {
    let lower = cue.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphabetic()).collect();
    if words
        .iter()
        .any(|w| DENIAL_PREFIXES.iter().any(|p| w.starts_with(p)))
    {
        CueKind::Denial
    } else if words.iter().any(|w| HEDGE_WORDS.contains(w)) {
        CueKind::Hedge
    } else if words.iter().any(|w| REPORT_WORDS.contains(w)) {
        CueKind::Report
    } else {
        match conf {
            Confidence::Hedged => CueKind::Hedge,
            Confidence::Denied => CueKind::Denial,
            _ => CueKind::Report,
        }
    }
}

/// Condition cues: the whole claim holds only if the condition does. "had"
/// and "should" are hedge cues only as conditions written by inversion
/// ("had the drug been given", "should they meet").
const CONDITIONS: &[&str] = &["if", "unless", "had", "should"];

/// A hedge cue in one claim and the tokens it covers.
struct Hedge {
    cue: String,
    /// Token indices of the cue itself.
    cue_tokens: Vec<usize>,
    /// Token indices the hedge covers.
    scope: Vec<usize>,
    /// The noun a post-nominal hedge qualifies ("a group *believed to be*
    /// linked…"), or the subject it is said of ("the minister *may* resign",
    /// "the minister is *expected to* resign").
    head: Option<usize>,
}

/// Byte span of `cue` in `text`, at word boundaries, searching from `from`.
fn find_cue(text: &str, cue: &str, from: usize) -> Option<(usize, usize)> {
    let (hay, needle) = (text.to_ascii_lowercase(), cue.to_ascii_lowercase());
    let mut at = from;
    while let Some(p) = hay.get(at..).and_then(|h| h.find(&needle)) {
        let s = at + p;
        let e = s + needle.len();
        let before = hay[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let after = hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before && after {
            return Some((s, e));
        }
        at = e;
    }
    None
}

/// Most words in the subject of a clause-final hedge ("…, the national rail
/// company estimates") that [`scopes`] steps over to the clause before it.
const SUBJECT_MAX: usize = 6;

/// Hedge verbs that end a claim after their subject ("…, officials
/// believe"; "…, the company estimates"): the clause before the comma is
/// what they hedge.
const CLAUSE_FINAL_VERBS: &[&str] = &[
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "estimate",
    "estimates",
    "estimated",
    "expect",
    "expects",
    "expected",
    "suspect",
    "suspects",
    "fear",
    "fears",
    "feared",
    "predict",
    "predicts",
    "predicted",
    "reckon",
    "reckons",
    "assume",
    "assumes",
];

fn breaks(gap: &str) -> bool {
    gap.contains([',', ';', ':', '(', ')', '\u{2014}', '\u{2013}', '.'])
}

/// Adjectival hedges qualify the noun phrase after them only.
const ADJECTIVAL: &[&str] = &[
    "alleged",
    "suspected",
    "purported",
    "presumed",
    "so-called",
    "apparent",
];
/// Words that end the noun phrase after an adjectival hedge.
const NP_ENDS: &[&str] = &[
    "was", "were", "is", "are", "has", "have", "had", "will", "would", "who", "which", "that",
];

/// Hedge nouns: they qualify what follows only through a complement.
const NOMINAL: &[&str] = &[
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "suspicion",
    "suspicions",
    "speculation",
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "claim",
    "claims",
];
/// Words that open a hedge noun's complement.
const NOUN_LINKS: &[&str] = &["of", "that", "about", "regarding", "over", "against"];

fn hedges(f: &Features) -> Vec<Hedge> {
    scopes(f, CueKind::Hedge)
}

/// The cues of one kind in a claim, each with the tokens it covers.
fn scopes(f: &Features, kind: CueKind) -> Vec<Hedge> {
    let conf = f.assessment.confidence;
    let mut out = Vec::new();
    let mut from = 0;
    for cue in &f.assessment.cues {
        if cue_kind(cue, conf) != kind {
            continue;
        }
        let (s, e) = find_cue(&f.text, cue, from)
            .or_else(|| find_cue(&f.text, cue, 0))
            .unwrap_or((0, 0));
        from = e;
        // "May 16" is a date, not the modal "may".
        if e > s && f.dates.iter().any(|d| d.start <= s && e <= d.end) {
            continue;
        }
        let adjectival = ADJECTIVAL.contains(&cue.to_lowercase().as_str());
        let cue_tokens: Vec<usize> = (0..f.tokens.len())
            .filter(|&k| f.tokens[k].start >= s && f.tokens[k].end <= e && e > s)
            .collect();
        let mut scope = Vec::new();
        // A denial's object can be long ("allegations made by the United
        // States and its allies regarding espionage and …").
        let max_scope = if kind == CueKind::Denial { 24 } else { 12 };
        let nominal = NOMINAL.contains(&cue.to_lowercase().as_str());
        let mut from_pos = e;
        if nominal {
            // "accusations of espionage", "allegations made by the US regarding
            // espionage": a hedge noun covers its complement only, which may
            // follow a short participle phrase; "the accusations emerged after…"
            // covers nothing.
            let mut prev_end = e;
            let link = f
                .tokens
                .iter()
                .filter(|t| t.start >= e)
                .take(8)
                .take_while(|t| {
                    let ok = !breaks(&f.text[prev_end..t.start]);
                    prev_end = t.end;
                    ok
                })
                .find(|t| NOUN_LINKS.contains(&t.norm.as_str()));
            match link {
                Some(t) => from_pos = t.start,
                None => {
                    out.push(Hedge {
                        cue: cue.clone(),
                        cue_tokens,
                        scope,
                        head: None,
                    });
                    continue;
                }
            }
        }
        let mut prev_end = from_pos;
        for (k, t) in f
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.start >= from_pos)
        {
            // "denied any involvement and said the group…": a second
            // statement starts at "and" before a reporting verb
            let next_statement = t.norm == "and"
                && f.tokens
                    .get(k + 1)
                    .is_some_and(|n| SECOND_STATEMENT.contains(&n.norm.as_str()));
            if scope.len() >= max_scope
                || breaks(&f.text[prev_end..t.start])
                || CLAUSE_ENDS.contains(&t.norm.as_str())
                || next_statement
                || as_clause(f, k)
                || (adjectival && NP_ENDS.contains(&t.norm.as_str()))
            {
                break;
            }
            scope.push(k);
            prev_end = t.end;
        }
        if !scope.iter().any(|&k| f.tokens[k].content) {
            // A clause-final hedge ("…, officials believe") covers the clause
            // before it, not its own subject: a short stretch between a comma
            // and the cue ("officials", "the national rail company") is who
            // speaks, and the clause before the comma is what is hedged.
            scope.clear();
            let before = |to: usize| {
                let mut v = Vec::new();
                let mut next_start = to;
                for k in (0..f.tokens.len()).rev().filter(|&k| f.tokens[k].end <= to) {
                    if breaks(&f.text[f.tokens[k].end..next_start]) || v.len() >= max_scope {
                        return (v, Some(k));
                    }
                    v.push(k);
                    next_start = f.tokens[k].start;
                }
                (v, None)
            };
            let (subject, stop) = before(s);
            let comma = stop.is_some_and(|k| {
                subject.last().is_some_and(|&first| {
                    f.text[f.tokens[k].end..f.tokens[first].start].trim() == ","
                })
            });
            // a bare subject: no verb of its own ("the prospects are uncertain"
            // is a clause, and hedges only itself)
            let bare = subject.iter().all(|&k| {
                !NP_ENDS.contains(&f.tokens[k].norm.as_str()) && f.tokens[k].norm != "not"
            });
            let verb = CLAUSE_FINAL_VERBS.contains(&cue.to_lowercase().as_str());
            scope = match stop {
                Some(k) if verb && comma && bare && (1..=SUBJECT_MAX).contains(&subject.len()) => {
                    before(f.tokens[k].end).0
                }
                _ => subject,
            };
        }
        if e == s || CONDITIONS.contains(&cue.to_lowercase().as_str()) {
            // The cue was not found as written, or is a condition ("If
            // convicted, he faces ten years"): it covers the whole claim.
            scope = (0..f.tokens.len())
                .filter(|k| !cue_tokens.contains(k))
                .collect();
        }
        // the noun right before the cue, or the subject before a form of
        // "be" before a raising hedge ("the minister is *expected to*
        // resign") or a hedging adverb ("Russia was *likely* behind it"),
        // which may be a name: there the subject is what is hedged, not
        // who believes it ("Microsoft believes …")
        let adjacent = |k: usize, to: usize| f.text[f.tokens[k].end..to].trim().is_empty();
        let raising = cue_tokens.last().is_some_and(|&c| {
            f.tokens[c].norm == "to" || f.tokens.get(c + 1).is_some_and(|t| t.norm == "to")
        });
        let adverb = cue_tokens.len() == 1 && cue.to_lowercase().ends_with("ly");
        let head = cue_tokens
            .first()
            .and_then(|&c| c.checked_sub(1))
            .and_then(|k| {
                let be = (raising || adverb)
                    && BE.contains(&f.tokens[k].norm.as_str())
                    && adjacent(k, s);
                if be {
                    k.checked_sub(1)
                        .filter(|&h| adjacent(h, f.tokens[k].start) && f.tokens[h].content)
                } else {
                    Some(k).filter(|&k| {
                        let t = &f.tokens[k];
                        adjacent(k, s) && t.content && !t.capitalised
                    })
                }
            });
        out.push(Hedge {
            cue: cue.clone(),
            cue_tokens,
            scope,
            head,
        });
    }
    out
}

/// Whether two stems are one word: equal, or one a prefix (≥ 4 letters) of the other.
pub(crate) fn stems_match(a: &str, b: &str) -> bool {
    a == b || (a.len().min(b.len()) >= 4 && (a.starts_with(b) || b.starts_with(a)))
}

/// Whether two stems are one word in any inflection ([`stems_match`]) or
/// words of one paraphrase concept ("involvement" ~ "responsible").
pub(crate) fn words_match(a: &str, b: &str) -> bool {
    stems_match(a, b) || same_concept(a, b)
}

/// The noun phrase starting at an entity: "China's hacking group, Volt Typhoon".
fn np_phrase(f: &Features, e: &Entity, all: &[Entity]) -> String {
    let mut end = f
        .tokens
        .iter()
        .find(|t| t.end >= e.end)
        .map_or(e.end, |t| t.end);
    let from = end;
    for (taken, t) in f.tokens.iter().filter(|t| t.start >= from).enumerate() {
        if taken >= 2 || !f.text[end..t.start].trim().is_empty() || !t.content || t.capitalised {
            break;
        }
        end = t.end;
    }
    // An appositive name: ", Volt Typhoon,".
    let rest = &f.text[end..];
    if rest.trim_start().starts_with(',') {
        if let Some(app) = all
            .iter()
            .find(|x| x.start > end && f.text[end..x.start].trim() == ",")
        {
            let after = f.text[app.end..].trim_start();
            if after.is_empty() || after.starts_with([',', '.', ';']) {
                end = app.end;
            }
        }
    }
    f.text[e.start..end].to_string()
}

/// Where a claim names who says it ("the Polish internal security agency
/// said"), as a byte range of its text.
fn speaker(f: &Features) -> Option<(usize, usize)> {
    let src = f.assessment.source.as_deref().filter(|s| !s.is_empty())?;
    f.text.find(src).map(|at| (at, at + src.len()))
}

/// Whether token `k` of `f` is inside its speaker's name (see [`speaker`]):
/// who says a claim is not what one side hedges and the other states.
fn spoken(f: &Features, speaker: Option<(usize, usize)>, k: usize) -> bool {
    speaker.is_some_and(|(a, b)| f.tokens[k].start >= a && f.tokens[k].end <= b)
}

/// Words of a plan or a timetable: "scheduled to", "due to", "set to".
/// They are no hedge (news annotators mark them certain), but what they
/// cover has not happened yet.
const PLANNED: &[&str] = &["scheduled", "due", "set", "slated", "planned", "poised"];

/// The tokens a plan word followed by "to" covers (see [`PLANNED`]), up to
/// the end of its clause.
fn planned(f: &Features) -> Vec<usize> {
    let mut out = Vec::new();
    for k in 0..f.tokens.len().saturating_sub(1) {
        if !PLANNED.contains(&f.tokens[k].norm.as_str()) || f.tokens[k + 1].norm != "to" {
            continue;
        }
        let mut prev_end = f.tokens[k + 1].end;
        for (i, t) in f.tokens.iter().enumerate().skip(k + 2).take(12) {
            if breaks(&f.text[prev_end..t.start]) || CLAUSE_ENDS.contains(&t.norm.as_str()) {
                break;
            }
            out.push(i);
            prev_end = t.end;
        }
    }
    out
}

/// Where `hedge` (in `x`) covers words that `y` states without a hedge: the words in `y`.
fn asserted_in(x: &Features, hedge: &Hedge, y: &Features) -> Option<String> {
    stated_in(x, hedge, y, true)
}

/// Where the words `cue` (in `x`) covers are stated in `y`: outside `y`'s own
/// denials, and outside its hedges too when `unhedged` (a denial conflicts
/// with a hedged report as much as with a flat one).
fn stated_in(x: &Features, hedge: &Hedge, y: &Features, unhedged: bool) -> Option<String> {
    // `y` writes the cue too ("his son would get upset" and "her son would
    // get upset, his mom said"; "not immediately known" and "still not
    // known"), whether or not it counts there: it does not state flatly
    // what `x` qualifies
    let cue_words: Vec<&str> = hedge
        .cue_tokens
        .iter()
        .map(|&k| x.tokens[k].norm.as_str())
        .collect();
    if !cue_words.is_empty()
        && cue_words
            .iter()
            .all(|w| y.tokens.iter().any(|t| t.norm == *w))
    {
        return None;
    }
    // Words under a hedge or a denial of `y`'s own are not asserted there,
    // nor, against a hedge, what `y` says is planned ("scheduled to host 250
    // people" against "250 people were expected to arrive").
    let own_hedges = if unhedged { hedges(y) } else { Vec::new() };
    let planned = if unhedged { planned(y) } else { Vec::new() };
    let y_hedged: Vec<usize> = own_hedges
        .into_iter()
        .chain(scopes(y, CueKind::Denial))
        .flat_map(|h| h.scope.into_iter().chain(h.cue_tokens))
        .chain(planned)
        .collect();
    // nor is who says it ("the Polish internal security agency said"): the
    // speaker's words are not what the other side hedges
    let y_speaker = speaker(y);
    let free = |k: usize| !y_hedged.contains(&k) && !spoken(y, y_speaker, k);
    let (Some(&first), Some(&last)) = (hedge.scope.iter().min(), hedge.scope.iter().max()) else {
        return None;
    };
    let (s, e) = (x.tokens[first].start, x.tokens[last].end);
    // "analysts had expected a profit of 390 million" is not what "profit
    // climbed to 410 million" states: a figure under the cue must be stated too
    let figures: Vec<f64> = x
        .quantities
        .iter()
        .filter(|q| q.start >= s && q.end <= e)
        .map(|q| q.value)
        .collect();
    if !figures.is_empty() && !y.quantities.iter().any(|q| figures.contains(&q.value)) {
        return None;
    }
    let x_speaker = speaker(x);
    let stems: Vec<&str> = hedge
        .scope
        .iter()
        .chain(hedge.head.iter())
        .filter(|&&k| !spoken(x, x_speaker, k))
        .map(|&k| &x.tokens[k])
        .filter(|t| t.content && !HEDGE_WORDS.contains(&t.norm.as_str()))
        .map(|t| t.stem.as_str())
        // the other side's speaker named under the cue ("one third will
        // run, the rail company estimates") is who speaks there, not what it states
        .filter(|st| {
            !(0..y.tokens.len())
                .any(|k| spoken(y, y_speaker, k) && stems_match(st, &y.tokens[k].stem))
        })
        .collect();
    // a word of the other side matches by its stem or its paraphrase
    // concept ("involvement" ~ "responsible")
    let hits: Vec<usize> = (0..y.tokens.len())
        .filter(|&k| free(k) && y.tokens[k].content)
        .filter(|&k| stems.iter().any(|s| words_match(s, &y.tokens[k].stem)))
        .collect();
    let token_of = |pos: usize| {
        y.tokens
            .iter()
            .position(|t| t.start <= pos && pos < t.end.max(t.start + 1))
    };
    for ex in x.entities.iter().filter(|en| en.start >= s && en.end <= e) {
        for ey in &y.entities {
            let Some(k) = token_of(ey.start) else {
                continue;
            };
            if free(k) && same_entity(&ex.key, &ey.key) {
                let other_hits = hits
                    .iter()
                    .filter(|&&h| h < k || y.tokens[h].end > ey.end)
                    .count();
                if other_hits >= 1 {
                    return Some(np_phrase(y, ey, &y.entities));
                }
            }
        }
    }
    let mut distinct: Vec<&str> = hits.iter().map(|&k| y.tokens[k].stem.as_str()).collect();
    distinct.dedup();
    // "Farah denied any involvement" against "Farah said the group was
    // responsible": a denial of one word is checked against a side that
    // names the denier
    let names_denier = !unhedged
        && x.assessment.source.as_deref().is_some_and(|src| {
            let key = src.to_lowercase();
            y.entities
                .iter()
                .any(|e| same_entity(&e.key, &key) || e.key.len() > 2 && key.contains(&e.key))
        });
    // a denial of involvement conflicts only with a side that involves the
    // denier, not with one that blames someone else
    if !unhedged && !names_denier && stems.iter().any(|s| concept_of_stem(s) == *INVOLVEMENT) {
        return None;
    }
    if let [only] = hits.as_slice() {
        if stems.len() == 1 && names_denier {
            return Some(y.text[y.tokens[*only].start..y.tokens[*only].end].to_string());
        }
    }
    if distinct.len() >= 2 && distinct.len() * 2 >= stems.len() {
        let (mut a, b) = (hits[0], hits[hits.len() - 1]);
        // what `y` states is a negation: quote it from its cue ("did not
        // suffer a broken wrist", not "broken wrist")
        if let Some(n) = y
            .negated
            .iter()
            .filter(|n| n.cue_token < a && a - n.cue_token <= 4)
            .max_by_key(|n| n.cue_token)
        {
            a = n.cue_token;
            if a > 0
                && matches!(
                    y.tokens[a - 1].norm.as_str(),
                    "did"
                        | "does"
                        | "do"
                        | "has"
                        | "have"
                        | "had"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "will"
                        | "would"
                )
            {
                a -= 1;
            }
        }
        if b - a <= 14 {
            return Some(y.text[y.tokens[a].start..y.tokens[b].end].to_string());
        }
        // Too far apart to quote as one stretch: the words as written.
        let mut words: Vec<&str> = Vec::new();
        for &k in &hits {
            let w = &y.text[y.tokens[k].start..y.tokens[k].end];
            if !words.contains(&w) {
                words.push(w);
            }
        }
        return Some(words.join(" … "));
    }
    None
}

/// The cues of a claim, less those inside a date ("May" in "May 16").
fn live_cues(f: &Features) -> impl Iterator<Item = &String> {
    f.assessment.cues.iter().filter(|c| {
        !f.dates.iter().any(|d| find_cue(&d.text, c, 0).is_some())
            || find_cue(&f.text, c, 0)
                .is_some_and(|(s, _)| !f.dates.iter().any(|d| d.start <= s && s < d.end))
    })
}

fn cues_of(fs: &[&Features], kind: CueKind) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for f in fs {
        for c in live_cues(f) {
            if cue_kind(c, f.assessment.confidence) == kind && !v.contains(c) {
                v.push(c.clone());
            }
        }
    }
    v
}

fn verb_of(fs: &[&Features]) -> &'static str {
    let has = |c: Confidence| fs.iter().any(|f| f.assessment.confidence == c);
    if !cues_of(fs, CueKind::Hedge).is_empty() || has(Confidence::Hedged) {
        "hedges"
    } else if has(Confidence::Attributed) {
        "attributes"
    } else {
        "asserts"
    }
}

/// The `confidence` aspect, or the hedge cues as a qualifier one side adds.
pub(crate) fn confidence(left: &[&Features], right: &[&Features], found: &mut Findings) {
    let denied = |fs: &[&Features]| super::denies(fs) || !cues_of(fs, CueKind::Denial).is_empty();
    let sides = [(Side::Left, left, right), (Side::Right, right, left)];
    if denied(left) != denied(right) {
        let (side, x, y) = if denied(left) { sides[0] } else { sides[1] };
        // Only a denial of words the other side states is a conflict; a denial
        // of "these claims" cannot be checked and stays a detail, unless the
        // other side confirms the same thing ("confirmed the claims").
        let phrase = x.iter().find_map(|fx| {
            scopes(fx, CueKind::Denial)
                .iter()
                .find_map(|d| y.iter().find_map(|fy| stated_in(fx, d, fy, false)))
        });
        let denials = cues_of(x, CueKind::Denial);
        // the other side's words for what is denied, and what it does with them
        let (theirs, how) = match phrase {
            Some(phrase) => {
                // how the other side marks the words the denial covers, and the words
                let mut theirs = cues_of(y, CueKind::Hedge);
                theirs.extend(cues_of(y, CueKind::Report));
                let lower = phrase.to_lowercase();
                if !theirs.iter().any(|c| lower.contains(&c.to_lowercase())) {
                    theirs.push(phrase);
                }
                (theirs, verb_of(y))
            }
            None => match confirms_denied(x, y) {
                Some(confirmed) => (vec![confirmed], "reports confirmed"),
                None => {
                    for c in denials {
                        found.add(side, c);
                    }
                    return;
                }
            },
        };
        let note = format!(
            "{} reports a denial of what {} {how}",
            side_name(side),
            side_name(other(side))
        );
        push_confidence(found, side, denials, theirs, note);
        return;
    }
    for (side, x, y) in sides {
        // Every hedge of this side over words the other side asserts.
        let (mut cues, mut words): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
        for fx in x {
            for h in hedges(fx) {
                if let Some(w) = y.iter().find_map(|fy| asserted_in(fx, &h, fy)) {
                    if !cues.contains(&h.cue) {
                        cues.push(h.cue.clone());
                    }
                    if !words.contains(&w) {
                        words.push(w);
                    }
                }
            }
        }
        if !cues.is_empty() {
            let note = format!(
                "{} hedges what {} asserts",
                side_name(side),
                side_name(other(side))
            );
            push_confidence(found, side, cues, words, note);
            return;
        }
    }
    // One side has "not ruled out" (or suspects) what the other rules out
    // (or found no evidence of).
    for (side, x, y) in sides {
        if let Some((cue, word)) = left_open(x, y) {
            let note = format!(
                "{} rules out what {} leaves open",
                side_name(other(side)),
                side_name(side)
            );
            push_confidence(found, side, vec![cue], vec![word], note);
            return;
        }
    }
    // One side reports as planned what the other reports as done.
    for (side, x, y) in sides {
        if let Some((plan, done)) = planned_vs_done(x, y) {
            let note = format!(
                "{} reports as to come what {} reports done",
                side_name(side),
                side_name(other(side))
            );
            push_confidence(found, side, vec![plan], vec![done], note);
            return;
        }
    }
    // A hedge on one side only, over words the other does not state: a qualifier.
    let (hl, hr) = (
        cues_of(left, CueKind::Hedge),
        cues_of(right, CueKind::Hedge),
    );
    if hl.is_empty() != hr.is_empty() {
        let (side, cues) = if hl.is_empty() {
            (Side::Right, hr)
        } else {
            (Side::Left, hl)
        };
        let other_side = if side == Side::Left { right } else { left };
        for c in cues {
            // "accusations" against the other side's "allegations" adds nothing.
            if !said_in(&c, other_side) {
                found.add(side, c);
            }
        }
    }
}

/// Modals and infinitive markers: a verb after them is not reported done.
const NOT_DONE: &[&str] = &[
    "will", "shall", "would", "could", "can", "may", "might", "must", "should", "to",
];

/// Add a `confidence` aspect: `side`'s words, the other side's, and the note.
fn push_confidence(
    found: &mut Findings,
    side: Side,
    mine: Vec<String>,
    theirs: Vec<String>,
    note: String,
) {
    let (left, right) = oriented(side, mine, theirs);
    found.aspects.push(Aspect {
        kind: AspectKind::Confidence,
        left,
        right,
        note,
    });
}

/// Past tenses of common verbs that do not end in "-ed", with their stems.
#[rustfmt::skip]
const IRREGULAR_PAST: &[(&str, &str)] = &[
    ("began", "begin"), ("went", "go"), ("took", "take"), ("held", "hold"), ("met", "meet"),
    ("won", "win"), ("lost", "lose"), ("came", "come"), ("fell", "fall"), ("rose", "rise"),
    ("sold", "sell"), ("bought", "buy"), ("paid", "pay"), ("made", "make"), ("gave", "give"),
    ("ran", "run"), ("struck", "strike"), ("spoke", "speak"), ("told", "tell"),
    ("sought", "seek"), ("brought", "bring"), ("kept", "keep"), ("left", "leave"),
    ("led", "lead"), ("chose", "choose"), ("drew", "draw"), ("grew", "grow"), ("flew", "fly"),
    ("wrote", "write"), ("broke", "break"), ("sent", "send"), ("spent", "spend"),
    ("built", "build"), ("sank", "sink"), ("swore", "swear"), ("stood", "stand"),
];

/// A verb of `x` put in the future or in a plan ("will begin", "is
/// scheduled to begin", "is to begin") that `y` reports done, in the past
/// tense ("began", "opened"): the two phrases.
fn planned_vs_done(x: &[&Features], y: &[&Features]) -> Option<(String, String)> {
    for fx in x {
        for k in 1..fx.tokens.len() {
            let (t, prev) = (&fx.tokens[k], fx.tokens[k - 1].norm.as_str());
            let before = k.checked_sub(2).map_or("", |i| fx.tokens[i].norm.as_str());
            let to_come = matches!(prev, "will" | "shall")
                || (prev == "to"
                    && (PLANNED.contains(&before) || matches!(before, "is" | "are" | "plans")));
            if !to_come || !t.content || super::roles::negated(fx, k) {
                continue;
            }
            for fy in y {
                let done = (1..fy.tokens.len()).find(|&j| {
                    let u = &fy.tokens[j];
                    let past = (u.norm.ends_with("ed") && stems_match(&t.stem, &u.stem))
                        || IRREGULAR_PAST.contains(&(u.norm.as_str(), t.stem.as_str()));
                    u.content
                        && past
                        && !NOT_DONE.contains(&fy.tokens[j - 1].norm.as_str())
                        && !BE.contains(&fy.tokens[j - 1].norm.as_str())
                        && !super::roles::negated(fy, j)
                });
                if let Some(j) = done {
                    let from = if prev == "to" { k - 2 } else { k - 1 };
                    let plan = fx.text[fx.tokens[from].start..t.end].to_string();
                    let u = &fy.tokens[j];
                    return Some((plan, fy.text[u.start..u.end].to_string()));
                }
            }
        }
    }
    None
}

/// Verbs that confirm what they take as object ("confirmed the report").
const CONFIRMING: &[&str] = &[
    "confirm",
    "confirms",
    "confirmed",
    "confirming",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "acknowledging",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "verify",
    "verifies",
    "verified",
    "corroborated",
];

/// Where `y` confirms the thing a denial in `x` denies ("the spokesman
/// denied the report" / "the spokesman confirmed the report"): the first
/// content word after the denial cue and the first after a confirming verb
/// of `y` are one word. Returns `y`'s words from the verb to that word.
/// Only the heads are compared: "denied involvement in the attack" does not
/// deny the attack.
fn confirms_denied(x: &[&Features], y: &[&Features]) -> Option<String> {
    // the first content word of the clause after token `k`
    let object = |f: &Features, k: usize| {
        let mut prev_end = f.tokens[k].end;
        f.tokens[k + 1..]
            .iter()
            .take(5)
            .take_while(|t| {
                let ok = !breaks(&f.text[prev_end..t.start]) && !NP_ENDS.contains(&t.norm.as_str());
                prev_end = t.end;
                ok
            })
            .position(|t| t.content)
            .map(|p| k + 1 + p)
    };
    let denied: Vec<&str> = x
        .iter()
        .flat_map(|fx| {
            scopes(fx, CueKind::Denial)
                .into_iter()
                .filter_map(|d| object(fx, *d.cue_tokens.last()?))
                .map(|j| fx.tokens[j].stem.as_str())
                .collect::<Vec<_>>()
        })
        .collect();
    y.iter().find_map(|fy| {
        (0..fy.tokens.len()).find_map(|k| {
            if !CONFIRMING.contains(&fy.tokens[k].norm.as_str()) || super::roles::negated(fy, k) {
                return None;
            }
            let j = object(fy, k)?;
            denied
                .iter()
                .any(|d| words_match(d, &fy.tokens[j].stem))
                .then(|| fy.text[fy.tokens[k].start..fy.tokens[j].end].to_string())
        })
    })
}

/// What `x` has "not ruled out" and `y` rules out ("has not ruled out that
/// hackers were involved" / "was not caused by a cyberattack"), or what
/// `x` hedges and `y` found no evidence of ("suspect foul play" / "found no
/// evidence of foul play"): the cue of `x`, and a word `y` negates
/// ([`super::roles::ruled_out`]) that one of the cue's content words
/// matches and `x` does not negate itself.
fn left_open(x: &[&Features], y: &[&Features]) -> Option<(String, String)> {
    let rule_out = |f: &Features, k: usize| is_rule_verb(&f.tokens[k].norm);
    // the first word of `y` that matches `stem` and that `y` rules out
    // (only for want of evidence, with `no_evidence`)
    let ruled_in_y = |stem: &str, no_evidence: bool| {
        y.iter().find_map(|fy| {
            let j = (0..fy.tokens.len()).find(|&j| {
                fy.tokens[j].content
                    && words_match(stem, &fy.tokens[j].stem)
                    && super::roles::ruled_out(fy, j)
                    && (!no_evidence || for_want_of_evidence(fy, j))
            })?;
            Some(fy.text[fy.tokens[j].start..fy.tokens[j].end].to_string())
        })
    };
    for fx in x {
        for h in hedges(fx) {
            // any hedge meets a finding of no evidence ("suspect foul
            // play" / "found no evidence of foul play"); only "not ruled
            // out" meets a plain negation
            let no_evidence = !h.cue_tokens.iter().any(|&k| rule_out(fx, k));
            let open = h.scope.iter().filter(|&&k| {
                let t = &fx.tokens[k];
                t.content
                    && !REPORT_WORDS.contains(&t.norm.as_str())
                    && !super::roles::ruled_out(fx, k)
            });
            if let Some(word) = open
                .map(|&k| &fx.tokens[k].stem)
                .find_map(|s| ruled_in_y(s, no_evidence))
            {
                return Some((h.cue.clone(), word));
            }
        }
    }
    None
}

/// Nouns of evidence whose negation says a thing was looked for and not
/// found ("no evidence of foul play", "no sign of survivors").
const EVIDENCE: &[&str] = &[
    "evidence",
    "sign",
    "signs",
    "indication",
    "indications",
    "trace",
    "traces",
    "proof",
];

/// Whether word `j` of `f` is ruled out by a negated noun of evidence
/// before it in its clause ("found *no evidence* of foul play").
fn for_want_of_evidence(f: &Features, j: usize) -> bool {
    f.negated.iter().any(|n| {
        n.cue_token < j
            && n.target
                .is_some_and(|t| t < j && EVIDENCE.contains(&f.tokens[t].norm.as_str()))
    })
}

/// Whether a one-word cue is said on the other side, in any inflection or paraphrase.
fn said_in(cue: &str, fs: &[&Features]) -> bool {
    let toks = crate::features::tokens::tokenize(cue);
    let [t] = toks.as_slice() else {
        return false;
    };
    fs.iter()
        .flat_map(|f| &f.tokens)
        .any(|u| words_match(&u.stem, &t.stem))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Features {
        Features::extract(s)
    }

    #[test]
    fn an_as_clause_with_its_own_subject_and_verb_ends_a_hedge_scope() {
        let at_as = |s: &str| {
            let x = f(s);
            let k = x.tokens.iter().position(|t| t.norm == "as").expect("as");
            as_clause(&x, k)
        };
        assert!(at_as(
            "Up to 300 jobs could go as the bank shuts 40 branches."
        ));
        assert!(at_as("Prices may rise as the company raised its costs."));
        // no verb after the noun, or a plural noun: no clause
        assert!(!at_as(
            "They allegedly cited weapons as the main justification."
        ));
        assert!(!at_as("He was accused of using the firm as a front."));
        assert!(!at_as("They could serve as the first steps toward peace."));
    }

    #[test]
    fn hedge_scope_ends_at_the_clause() {
        let x = f("Police reportedly arrested two men, the mayor said.");
        let h = hedges(&x);
        let words: Vec<&str> = h[0]
            .scope
            .iter()
            .map(|&k| x.tokens[k].norm.as_str())
            .collect();
        assert_eq!(words, ["arrested", "two", "men"]);
    }

    #[test]
    fn a_clause_final_hedge_verb_covers_the_clause_not_its_subject() {
        let words = |text: &str| -> Vec<String> {
            let x = f(text);
            let mut v: Vec<String> = hedges(&x)[0]
                .scope
                .iter()
                .map(|&k| x.tokens[k].norm.clone())
                .collect();
            v.sort();
            v
        };
        assert_eq!(
            words("Half of the trains will run, the national rail company estimates."),
            ["half", "of", "run", "the", "trains", "will"]
        );
        // a clause of its own hedges only itself
        assert_eq!(
            words("Courts are still hearing cases, but the prospects are uncertain."),
            ["are", "but", "prospects", "the"]
        );
    }

    /// The confidence findings for two one-claim sides.
    fn compared(left: &str, right: &str) -> Findings {
        let (a, b) = (f(left), f(right));
        let mut found = Findings::default();
        confidence(&[&a], &[&b], &mut found);
        found
    }

    #[test]
    fn what_one_side_rules_out_the_other_leaves_open() {
        let found = compared(
            "The company has not ruled out that hackers were involved.",
            "The outage was not caused by a cyberattack, the company said.",
        );
        assert_eq!(found.aspects.len(), 1, "{found:?}");
        assert_eq!(
            found.aspects[0].note,
            "right rules out what left leaves open"
        );
        assert_eq!(found.aspects[0].right, ["cyberattack"]);
        // both sides rule it out: no conflict of confidence
        let both = compared(
            "Police have not ruled out that the fire was not arson.",
            "The fire was not arson, police said.",
        );
        assert!(
            both.aspects.iter().all(|a| !a.note.contains("rules out")),
            "{both:?}"
        );
        // a negated verb of saying rules nothing out
        let silent = compared(
            "Police have not ruled out foul play.",
            "Police would not say whether foul play was involved.",
        );
        assert!(
            silent.aspects.iter().all(|a| !a.note.contains("rules out")),
            "{silent:?}"
        );
    }

    #[test]
    fn hedged_words_stated_flatly_elsewhere_diverge() {
        let found = compared(
            "Police reportedly arrested two men in the raid.",
            "Police arrested two men in the raid.",
        );
        assert_eq!(found.aspects.len(), 1, "{found:?}");
        assert_eq!(found.aspects[0].note, "left hedges what right asserts");
        assert_eq!(found.aspects[0].left, ["reportedly"]);
    }

    #[test]
    fn a_negation_stated_flatly_is_quoted_from_its_cue() {
        let found = compared(
            "The goalkeeper was taken to hospital with a suspected broken wrist.",
            "The goalkeeper did not suffer a broken wrist, the club said.",
        );
        assert_eq!(found.aspects.len(), 1, "{found:?}");
        assert_eq!(found.aspects[0].right, ["did not suffer a broken wrist"]);
    }
}
