//! Details: the names one side adds to a shared proposition.
//!
//! Numbers, dates and hedge qualifiers are collected by [`super::facts`] and
//! [`super::stance`]; here the named entities on one side only, by alias key
//! (US = United States; Beijing standing for the Chinese government is not new),
//! and stretches of new content (an extra clause or qualifier of three content
//! words or more that the other side does not say in any form, or of two
//! right after "and" or "but": "approved the merger *and fined the bank*").

use super::roles::spaced;
use super::stance::stems_match;
use super::Findings;
use crate::align::lexicon;
use crate::features::entities::{same_entity, same_person};
use crate::features::tokens::tokenize;
use crate::features::Features;
use crate::model::Side;

/// Add the entities named on one side only. A name the other side writes
/// without it being found as a name there (a sentence's first word:
/// "Helvara shares dropped", or "Third-quarter sales" against "in the
/// third quarter") is not new either.
pub(crate) fn entities(left: &[&Features], right: &[&Features], found: &mut Findings) {
    let all = |fs: &[&Features]| -> Vec<(String, String)> {
        fs.iter()
            .flat_map(|f| f.entities.iter().map(|e| (e.text.clone(), e.key.clone())))
            .collect()
    };
    let words = |fs: &[&Features]| -> Vec<String> {
        fs.iter()
            .flat_map(|f| f.tokens.iter().map(|t| t.norm.clone()))
            .collect()
    };
    let (l, r) = (all(left), all(right));
    let (wl, wr) = (words(left), words(right));
    for (side, a, b, b_words) in [(Side::Left, &l, &r, &wr), (Side::Right, &r, &l, &wl)] {
        let mut seen: Vec<&str> = Vec::new();
        for (text, key) in a {
            // every word of the name is on the other side, a hyphenated
            // word ("Third-quarter") when each of its parts is
            let written = || {
                let has = |w: &str| b_words.iter().any(|b| b == w);
                let toks = tokenize(text);
                !toks.is_empty()
                    && toks.iter().all(|t| {
                        has(&t.norm) || (t.norm.contains('-') && t.norm.split('-').all(has))
                    })
            };
            // a name the other side writes as one hyphenated word
            // ("Al Qaeda" / "al-Qaida"), which it may not tag as a name
            let hyphenated = || {
                b_words
                    .iter()
                    .any(|w| w.contains('-') && same_entity(key, w))
            };
            if b.iter()
                .any(|(_, k)| same_entity(key, k) || same_person(key, k))
                || seen.contains(&key.as_str())
                || written()
                || hyphenated()
            {
                continue;
            }
            seen.push(key);
            found.add(side, text.clone());
        }
    }
}

/// Content words in a row (stopwords between them allowed) that a side adds
/// before it counts as an extra clause or qualifier.
const MIN_NEW_WORDS: usize = 3;

/// Content words in a row that a side adds right after "and" or "but"
/// ("approved the plan *and rejected the bid*"): a clause of its own.
const MIN_NEW_CLAUSE_WORDS: usize = 2;

/// Words that join a clause of its own to the one before.
const COORDINATORS: &[&str] = &["and", "but"];

/// Words the stopword list lets through that carry no detail of their
/// own in a short clause: modals, quantifier pronouns, discourse adverbs
/// and verbs of saying ("and should", "and one other", "and said …").
#[rustfmt::skip]
const WEAK: &[&str] = &[
    "should", "would", "could", "must", "might", "shall", "can", "will", "may",
    "one", "other", "another", "more", "most", "less", "everything", "something",
    "anything", "nothing", "here", "there", "even", "also", "just", "still",
    "already", "hopefully", "said", "says", "say", "told", "added",
];

/// Words that open a clause of its own inside a sentence ("hugged her *as
/// people consoled her*", "questioned him *as he screamed in pain*").
const SUBORDINATORS: &[&str] = &["as", "while", "when", "after", "because", "before", "until"];

/// Subjects a subordinate clause may open with before its first content word.
const CLAUSE_SUBJECTS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

/// Whether the content word at token `k` opens a clause after a
/// subordinator, at once or after a pronoun subject ("as she lay dead"),
/// with no punctuation between them.
fn subordinate(f: &Features, k: usize) -> bool {
    let word = |i: usize| f.tokens[i].norm.as_str();
    // "as part of", "as well as", "as far as": no clause
    let idiom = k >= 1
        && word(k - 1) == "as"
        && matches!(
            word(k),
            "part" | "well" | "such" | "much" | "many" | "long" | "far" | "soon"
        );
    !idiom && (k >= 1 && SUBORDINATORS.contains(&word(k - 1)) && spaced(f, k - 1))
        || (k >= 2
            && CLAUSE_SUBJECTS.contains(&word(k - 1))
            && SUBORDINATORS.contains(&word(k - 2))
            && spaced(f, k - 2)
            && spaced(f, k - 1))
}

/// Whether the two words from token `k` on are both words of substance
/// (not [`WEAK`]), so that a coordinated run of two may count.
fn clause_words(f: &Features, k: usize) -> bool {
    f.tokens[k..]
        .iter()
        .filter(|t| t.content)
        .take(MIN_NEW_CLAUSE_WORDS)
        .all(|t| !WEAK.contains(&t.norm.as_str()))
}

/// Add the stretches of new content one side states and the other does not:
/// at least three content words in a row, none said (in any inflection) on the other side.
pub(crate) fn clauses(left: &[&Features], right: &[&Features], found: &mut Findings) {
    let stems = |fs: &[&Features]| -> Vec<String> {
        fs.iter()
            .flat_map(|f| {
                f.tokens
                    .iter()
                    .filter(|t| t.content)
                    .map(|t| t.stem.clone())
            })
            .collect()
    };
    let (sl, sr) = (stems(left), stems(right));
    let (sl, sr) = (Said::new(sl), Said::new(sr));
    for (side, xs, other) in [(Side::Left, left, &sr), (Side::Right, right, &sl)] {
        for f in xs.iter() {
            for (s, e) in new_runs(f, other) {
                found.add(side, f.text[s..e].to_string());
            }
        }
    }
}

/// The content words one side says: their stems and paraphrase concepts
/// (dismissed ~ rejected is not new wording of substance).
struct Said {
    stems: Vec<String>,
    concepts: Vec<u32>,
}

impl Said {
    fn new(stems: Vec<String>) -> Said {
        let concepts = stems
            .iter()
            .map(|s| lexicon::concept_of_stem(s))
            .filter(|&c| c != 0)
            .collect();
        Said { stems, concepts }
    }

    fn has(&self, stem: &str) -> bool {
        self.stems.iter().any(|o| stems_match(o, stem)) || {
            let c = lexicon::concept_of_stem(stem);
            c != 0 && self.concepts.contains(&c)
        }
    }
}

/// Prepositions and connectives that carry no detail of their own.
const LINK_WORDS: &[&str] = &[
    "regarding",
    "concerning",
    "including",
    "following",
    "despite",
    "amid",
    "towards",
    "toward",
    "within",
    "without",
    "via",
];

/// Byte spans of runs of ≥ [`MIN_NEW_WORDS`] content tokens absent from `other`.
fn new_runs(f: &Features, other: &Said) -> Vec<(usize, usize)> {
    let named = |t: &crate::features::Token| {
        f.entities
            .iter()
            .any(|e| t.start >= e.start && t.start < e.end)
            || f.quantities
                .iter()
                .any(|q| t.start >= q.start && t.end <= q.end)
            || f.dates.iter().any(|d| t.start >= d.start && t.end <= d.end)
    };
    let mut out = Vec::new();
    // (start, end, content count, fewest content words it needs)
    let mut run: Option<(usize, usize, usize, usize)> = None;
    let mut flush = |run: &mut Option<(usize, usize, usize, usize)>| {
        if let Some((s, e, n, min)) = run.take() {
            if n >= min {
                out.push((s, e));
            }
        }
    };
    for (k, t) in f.tokens.iter().enumerate() {
        let gap_breaks =
            k > 0 && f.text[f.tokens[k - 1].end..t.start].contains([',', ';', ':', '(', ')', '.']);
        if gap_breaks {
            flush(&mut run);
        }
        // Negation words are compared as polarity, not listed as content;
        // prepositions the stopword list lacks ("regarding", "because of",
        // but not the "because" that opens a clause) do not count.
        let because_of = t.norm == "because" && f.tokens.get(k + 1).is_some_and(|n| n.norm == "of");
        if !t.content
            || LINK_WORDS.contains(&t.norm.as_str())
            || because_of
            || f.negated
                .iter()
                .any(|n| f.tokens[n.cue_token].start == t.start)
        {
            continue;
        }
        let new = !named(t) && !other.has(&t.stem);
        if new {
            run = Some(match run {
                Some((s, _, n, min)) => (s, t.end, n + 1, min),
                None => {
                    // "… and rejected the bid": a clause of its own after a
                    // coordinator needs fewer words to count
                    let coordinated = (k > 0
                        && COORDINATORS.contains(&f.tokens[k - 1].norm.as_str())
                        && !f.text[f.tokens[k - 1].end..t.start].contains(',')
                        || subordinate(f, k))
                        && clause_words(f, k);
                    let min = if coordinated {
                        MIN_NEW_CLAUSE_WORDS
                    } else {
                        MIN_NEW_WORDS
                    };
                    (t.start, t.end, 1, min)
                }
            });
        } else {
            flush(&mut run);
        }
    }
    flush(&mut run);
    out
}
