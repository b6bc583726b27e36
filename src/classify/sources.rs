//! Sources: the `source` aspect.
//!
//! A claim's source is the assessment's `source` when the confidence stage names
//! one; otherwise it is read from the claim: "according to X", "X and Y
//! revealed", "said X", "reports from X", "the central bank said". The pair
//! diverges when both sides name sources and each names one the other does not
//! (aliases and acronyms are one source); one extra source is a detail. A
//! record nobody is named for ("according to official figures") is no rival:
//! it speaks for whoever published it, who may be the other side's source.

use std::sync::LazyLock;

use super::stance::REPORT_WORDS;
use super::Findings;
use crate::align::lexicon::concept_of_word;
use crate::features::confidence::is_record_phrase;
use crate::features::entities::{entities, same_entity, same_person};
use crate::features::tokens::{stem, tokenize};
use crate::features::{Entity, Features};
use crate::model::{Aspect, AspectKind};

/// A source a claim credits.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Source {
    /// As written.
    text: String,
    /// Alias key (names) or lowercase words (plain nouns).
    key: String,
    /// A name (capitalised) rather than a plain noun ("the company").
    named: bool,
    /// A head noun owned by a name ("Chile's national seismology centre"):
    /// `key` is the head ("national seismology centre"), which the other side
    /// may write with another form of the name ("the Chilean national
    /// seismology centre").
    possessive: bool,
}

/// Plain-noun sources that speak from outside any organisation a claim
/// names: they are never that organisation under another word.
const OUTSIDE_VOICES: &[&str] = &[
    "media",
    "press",
    "newspaper",
    "newspapers",
    "analyst",
    "analysts",
    "researcher",
    "researchers",
    "expert",
    "experts",
    "witness",
    "witnesses",
    "resident",
    "residents",
];

/// Whether a plain-noun source key ("german media") ends in an outside voice.
fn is_outside(key: &str) -> bool {
    key.split_whitespace()
        .last()
        .is_some_and(|w| OUTSIDE_VOICES.contains(&w))
}

/// The sources a claim credits.
fn source_names(f: &Features) -> Vec<Source> {
    if let Some(src) = &f.assessment.source {
        // "German media", "Swedish analysts": an outside voice, whatever
        // nationality qualifies it
        let lower = src.to_lowercase();
        if is_outside(&lower) {
            return vec![Source {
                text: src.clone(),
                key: lower.strip_prefix("the ").unwrap_or(&lower).to_string(),
                named: false,
                possessive: false,
            }];
        }
        // Names are read in the claim's context (a capital after "the" is a
        // name there, but may not be when the phrase stands alone).
        let ents: Vec<Entity> = match f.text.find(src.as_str()) {
            Some(at) => f
                .entities
                .iter()
                .filter(|e| e.start >= at && e.end <= at + src.len())
                .cloned()
                .collect(),
            None => Vec::new(),
        };
        let ents = if ents.is_empty() {
            entities(src, &tokenize(src))
        } else {
            ents
        };
        // "Chile's national seismology centre": a name that only modifies the
        // head noun; the source is the whole phrase, and it is specific.
        if let [e] = ents.as_slice() {
            let after = src
                .find(e.text.as_str())
                .map(|p| &src[p + e.text.len()..])
                .unwrap_or("");
            let head = after
                .strip_prefix("'s ")
                .or_else(|| after.strip_prefix("\u{2019}s "));
            if let Some(head) = head.filter(|h| !h.trim().is_empty()) {
                return vec![Source {
                    text: src.clone(),
                    key: head.trim().to_lowercase(),
                    named: true,
                    possessive: true,
                }];
            }
        }
        if ents.is_empty() {
            let key = src.to_lowercase();
            let key = key.strip_prefix("the ").unwrap_or(&key).to_string();
            return vec![Source {
                text: src.clone(),
                key,
                named: false,
                possessive: false,
            }];
        }
        return ents
            .into_iter()
            .map(|e| Source {
                text: e.text,
                key: e.key,
                named: true,
                possessive: false,
            })
            .collect();
    }
    found_sources(f)
}

/// Whether the text between two names joins them into one list ("X and the Y", "X, Y").
fn joined(gap: &str) -> bool {
    !gap.contains(['"', '\u{201c}', '\u{201d}', '.', ';', ':', '('])
        && gap
            .to_lowercase()
            .split(|c: char| !c.is_alphabetic())
            .all(|w| w.is_empty() || w == "and" || w == "the")
}

/// Sources named in the claim itself: "according to X", "X and Y revealed",
/// "said X", "reports from X", or a plain noun before a reporting verb
/// ("the central bank said").
fn found_sources(f: &Features) -> Vec<Source> {
    let ents = &f.entities;
    let mut out: Vec<&Entity> = Vec::new();
    let mut plain: Vec<(usize, String, String)> = Vec::new();
    fn chain_back<'a>(f: &'a Features, mut i: usize, out: &mut Vec<&'a Entity>) {
        let ents = &f.entities;
        loop {
            out.push(&ents[i]);
            if i == 0 || !joined(&f.text[ents[i - 1].end..ents[i].start]) {
                break;
            }
            i -= 1;
        }
    }
    for (k, t) in f.tokens.iter().enumerate() {
        let w = t.norm.as_str();
        let intro = matches!(w, "according")
            || (matches!(
                w,
                "reports" | "report" | "statement" | "warning" | "analysis"
            ) && matches!(
                f.tokens.get(k + 1).map(|n| n.norm.as_str()),
                Some("from" | "by")
            ));
        if intro {
            if let Some(i) = ents
                .iter()
                .position(|e| e.start > t.end && e.start <= t.end + 24)
            {
                out.push(&ents[i]);
                let mut j = i + 1;
                while j < ents.len() && joined(&f.text[ents[j - 1].end..ents[j].start]) {
                    out.push(&ents[j]);
                    j += 1;
                }
            }
        } else if REPORT_WORDS.contains(&w) && w != "according" {
            let before = ents.iter().rposition(|e| {
                e.end <= t.start
                    && f.text[e.end..t.start].split_whitespace().count() <= 2
                    && !f.text[e.end..t.start].contains([',', '.'])
            });
            if let Some(i) = before {
                chain_back(f, i, &mut out);
            } else if let Some(e) = ents.iter().find(|e| {
                // ", said Microsoft": the verb comes right after a comma or a quote.
                let inverted =
                    k > 0 && f.text[f.tokens[k - 1].end..t.start].contains([',', '"', '\u{201d}']);
                inverted
                    && e.start >= t.end
                    && f.text[t.end..e.start].split_whitespace().count() <= 1
            }) {
                out.push(e);
            } else if let Some(np) = noun_before(f, k) {
                plain.push(np);
            }
        }
    }
    out.sort_by_key(|e| e.start);
    out.dedup_by_key(|e| e.start);
    let mut v: Vec<(usize, Source)> = out
        .into_iter()
        .map(|e| {
            (
                e.start,
                Source {
                    text: e.text.clone(),
                    key: e.key.clone(),
                    named: true,
                    possessive: false,
                },
            )
        })
        .collect();
    v.extend(plain.into_iter().map(|(s, text, key)| {
        (
            s,
            Source {
                text,
                key,
                named: false,
                possessive: false,
            },
        )
    }));
    v.sort_by_key(|x| x.0);
    v.into_iter().map(|x| x.1).collect()
}

/// A plain noun phrase right before the reporting verb at token `k`
/// ("the central bank said"): up to three content words after a determiner
/// or the clause start; pronouns and names are left out.
fn noun_before(f: &Features, k: usize) -> Option<(usize, String, String)> {
    let mut s = k;
    while s > 0 && k - s < 3 {
        let t = &f.tokens[s - 1];
        let gap = &f.text[t.end..f.tokens[s].start];
        if !t.content
            || gap.contains([',', ';', ':', '.', '"'])
            || !t.norm.chars().all(char::is_alphabetic)
        {
            break;
        }
        s -= 1;
    }
    if s == k {
        return None;
    }
    let start = f.tokens[s].start;
    let end = f.tokens[k - 1].end;
    // A clause opener like "Investigators believe" or the subject of a longer clause is not a source.
    let opens = s == 0 || {
        let p = &f.tokens[s - 1];
        matches!(p.norm.as_str(), "the" | "a" | "an" | "its" | "their")
            || f.text[p.end..start].contains([',', '"', '\u{201d}'])
    };
    if !opens {
        return None;
    }
    let text = f.text[start..end].to_string();
    let key = f.tokens[s..k]
        .iter()
        .map(|t| t.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    Some((start, text, key))
}

/// The lexicon concepts of unnamed officialdom: officials, and the government.
static OFFICIALDOM: LazyLock<[u32; 2]> =
    LazyLock::new(|| ["official", "government"].map(concept_of_word));

/// Whether two plain-noun sources can be one source: their head nouns share
/// a paraphrase concept ("experts" ~ "analysts"), or both are unnamed
/// officialdom ("officials" ~ "local authorities" ~ "the government").
fn alike_nouns(a: &str, b: &str) -> bool {
    let concept = |key: &str| key.split_whitespace().last().map_or(0, concept_of_word);
    let (ca, cb) = (concept(a), concept(b));
    let official = |c: u32| c != 0 && OFFICIALDOM.contains(&c);
    ca != 0 && (ca == cb || (official(ca) && official(cb))) || same_body(a, b)
}

/// Nouns for whoever speaks for a body, which the words before them name
/// ("law enforcement *sources*", "military *officials*").
const SPEAKERS: &[&str] = &[
    "sources",
    "source",
    "officials",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "authorities",
];

/// Whether two plain-noun sources are speakers for one body: the same
/// words before two [`SPEAKERS`] ("law enforcement sources" / "law
/// enforcement officials").
fn same_body(a: &str, b: &str) -> bool {
    fn body(key: &str) -> Option<&str> {
        let key = key
            .strip_prefix("the ")
            .or_else(|| key.strip_prefix("a "))
            .unwrap_or(key);
        let (rest, head) = key.rsplit_once(' ')?;
        SPEAKERS.contains(&head).then_some(rest)
    }
    matches!((body(a), body(b)), (Some(x), Some(y)) if x == y)
}

/// The `source` aspect: both sides credit a source, and they differ.
/// Returns the keys of every source named, so they are not compared again as entities.
pub(crate) fn sources(
    left: &[&Features],
    right: &[&Features],
    found: &mut Findings,
) -> Vec<String> {
    let names =
        |fs: &[&Features]| -> Vec<Source> { fs.iter().flat_map(|f| source_names(f)).collect() };
    let (l, r) = (names(left), names(right));
    let keys = l.iter().chain(r.iter()).map(|x| x.key.clone()).collect();
    // When one side denies what the other reports, the denier is not a rival
    // source for the claim: the `confidence` aspect already names both.
    let denied = super::denies;
    if denied(left) != denied(right) {
        return keys;
    }
    // Names are compared with names; a plain noun ("the company") may stand for
    // a name on the other side, so it is compared only when neither side names one.
    let named = |v: &[Source]| v.iter().any(|x| x.named);
    let kind = named(&l) && named(&r);
    if !kind && (named(&l) || named(&r)) {
        // a plain noun may stand for the name, unless it is an outside voice
        // ("German media", "security researchers" are not the agency named)
        let outside =
            |v: &[Source]| !v.is_empty() && v.iter().all(|x| !x.named && is_outside(&x.key));
        let texts = |v: &[Source], want_named: bool| -> Vec<String> {
            v.iter()
                .filter(|x| x.named == want_named)
                .map(|x| x.text.clone())
                .collect()
        };
        // "the researchers" and "lead researcher Amina Diallo": the name is
        // one of the outside voices
        let one_of = |v: &[Source], fs: &[&Features]| {
            v.iter().filter(|x| !x.named).any(|x| {
                let noun = x.key.split_whitespace().last().unwrap_or("");
                let noun = stem(noun);
                fs.iter()
                    .any(|f| f.tokens.iter().any(|t| !noun.is_empty() && t.stem == noun))
            })
        };
        let (ol, or) = if named(&l) && outside(&r) && !one_of(&r, left) {
            (texts(&l, true), texts(&r, false))
        } else if named(&r) && outside(&l) && !one_of(&l, right) {
            (texts(&l, false), texts(&r, true))
        } else {
            return keys;
        };
        found.aspects.push(Aspect {
            kind: AspectKind::Source,
            left: ol,
            right: or,
            note: "left and right credit different sources".into(),
        });
        return keys;
    }
    let text = |fs: &[&Features]| -> String {
        fs.iter()
            .map(|f| f.text.to_lowercase())
            .collect::<Vec<_>>()
            .join(" ")
    };
    // a record nobody is named for ("according to preliminary results")
    // speaks for whoever produced it, who may be the other side's source
    let voice = |x: &Source| x.named || !is_record_phrase(&x.key);
    // a name the other side writes in apposition to its own source: "The
    // CEO, John Park, announced" credits the person "Chief executive John
    // Park" does (but "Beijing accused Washington" does not credit Washington)
    let appositions = |fs: &[&Features], own: &[Source]| -> Vec<String> {
        let mut out = Vec::new();
        let sources: Vec<String> = own.iter().map(|y| y.text.to_lowercase()).collect();
        for f in fs {
            let lower = f.text.to_lowercase();
            for e in &f.entities {
                let name = e.text.to_lowercase();
                let beside = sources.iter().any(|src| {
                    let after = |a: &str, b: &str| {
                        lower.match_indices(a).any(|(i, _)| {
                            lower[i + a.len()..]
                                .trim_start_matches([',', ' '])
                                .starts_with(b)
                        })
                    };
                    *src != name && (after(src, &name) || after(&name, src))
                });
                if beside {
                    out.push(e.key.clone());
                }
            }
        }
        out
    };
    let only = |a: &[Source], b: &[Source], b_text: &str, b_names: &[String]| -> Vec<String> {
        a.iter()
            .filter(|x| x.named == kind && voice(x))
            .filter(|x| {
                // named on the other side too, or the possessor of a phrase
                // the other side writes
                let shared = b.iter().any(|y| {
                    same_entity(&x.key, &y.key)
                        || (kind && same_person(&x.key, &y.key))
                        || (!kind && alike_nouns(&x.key, &y.key))
                });
                let beside = b_names
                    .iter()
                    .any(|n| same_entity(&x.key, n) || same_person(&x.key, n));
                let written = x.possessive && b_text.contains(x.key.as_str());
                !(shared || beside || written)
            })
            .map(|x| x.text.clone())
            .collect()
    };
    let (ol, or) = (
        only(&l, &r, &text(right), &appositions(right, &r)),
        only(&r, &l, &text(left), &appositions(left, &l)),
    );
    if !ol.is_empty() && !or.is_empty() {
        found.aspects.push(Aspect {
            kind: AspectKind::Source,
            left: ol,
            right: or,
            note: "left and right credit different sources".into(),
        });
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Features {
        Features::extract(s)
    }

    #[test]
    fn speakers_for_one_body_are_one_source() {
        assert!(alike_nouns(
            "law enforcement sources",
            "law enforcement officials"
        ));
        assert!(alike_nouns("the military sources", "military officials"));
        assert!(!alike_nouns("military sources", "police officials"));
        assert!(!alike_nouns(
            "law enforcement sources",
            "law enforcement experts"
        ));
    }

    #[test]
    fn sources_are_read_from_the_claim() {
        let x = f("Microsoft and the National Security Agency revealed that hackers struck.");
        let names: Vec<String> = source_names(&x).into_iter().map(|n| n.text).collect();
        assert_eq!(names, ["Microsoft", "National Security Agency"]);
        let y = f("The ministry closed the port, according to Reuters.");
        assert_eq!(source_names(&y)[0].text, "Reuters");
    }

    #[test]
    fn a_name_owning_the_head_noun_makes_the_whole_phrase_the_source() {
        let x = f(
            "A strong earthquake hit the north, Chile\u{2019}s national seismology centre said.",
        );
        let s = &source_names(&x)[0];
        assert_eq!(
            (s.key.as_str(), s.named, s.possessive),
            ("national seismology centre", true, true)
        );
        // Another form of the same name with the same head is the same source.
        let mut found = Findings::default();
        let y =
            f("A strong earthquake hit the north, said the Chilean national seismology centre.");
        sources(&[&x], &[&y], &mut found);
        assert!(found.aspects.is_empty(), "{:?}", found.aspects);
    }

    #[test]
    fn one_surname_with_two_titles_is_one_source() {
        assert!(same_person("general jeffery", "maj-gen jeffery"));
        assert!(same_person("general myers", "richard myers"));
        assert!(!same_person("justice department", "state department"));
        assert!(
            !same_person("myers", "myers"),
            "one word each: same_entity's job"
        );
    }

    #[test]
    fn a_plain_noun_before_said_is_a_source() {
        let x = f("Inflation will slow next year, the central bank said.");
        let s = &source_names(&x)[0];
        assert_eq!(
            (s.text.as_str(), s.key.as_str(), s.named),
            ("the central bank", "central bank", false)
        );
        // The confidence stage names the believer; a plain noun, not a name.
        let b = source_names(&f("Investigators believe the group installed it."));
        assert!(b.iter().all(|s| !s.named), "{b:?}");
        assert!(source_names(&f("The group installed it last week.")).is_empty());
    }

    #[test]
    fn an_indictment_speaks_for_the_prosecutors() {
        let x =
            f("The indictment alleges that the mayor steered three city contracts to a relative.");
        let y = f("The mayor steered five municipal contracts to a relative, prosecutors said.");
        let mut found = Findings::default();
        sources(&[&x], &[&y], &mut found);
        assert!(found.aspects.is_empty(), "{:?}", found.aspects);
        // a plain noun of another kind is still another source
        let z = f("The mayor steered five municipal contracts to a relative, his critics said.");
        let mut other = Findings::default();
        sources(&[&x], &[&z], &mut other);
        assert_eq!(other.aspects.len(), 1, "{:?}", other.aspects);
    }
}
