//! Roles: the `entity` and `polarity` aspects.
//!
//! An entity conflicts only when both sides fill the same slot of the same verb
//! with names that are not aliases, and neither name appears on the other side:
//! the actor right before a verb ("Volt Typhoon installed" vs "APT40 installed"),
//! its target right after ("accused China" vs "accused Russia"), or its place
//! ("struck near Tokyo" vs "struck near Osaka", "sank off the coast of Libya"
//! vs "off the coast of Tunisia", "exploded north of Kirkuk"). Without names,
//! two things conflict when the same passive verb is done by two different
//! agents ("organised by students" vs "by trade unions") or the same stand
//! is taken on two different things ("voted for the farm bill" vs "voted
//! against the budget"), or groups of two camps do the same thing to the
//! same thing ("rebels captured the airport" vs "government forces captured
//! the airport"), and opposite directions are two places ("northern Mali"
//! vs "southern Mali"). Sources are compared by [`super::stance`],
//! not here.
//!
//! Polarity conflicts when one side negates a word ("did not *install*") that the
//! other states without a negation, when one side reports a rise and the
//! other a fall ("shares *rose*" vs "shares *fell*"), or when the two say
//! opposites of the same thing: WordNet antonyms ("*won* the contract" vs
//! "*lost* the contract") or opposite actions from `data/opposites.txt`
//! ("*approved* the drug" vs "*rejected* the drug"), or when one side takes a
//! stand for what the other says it was taken against ("voted *for* the
//! bill" vs "voted *against* the bill").

use std::sync::LazyLock;

use super::stance::{stems_match, words_match, REPORT_WORDS};
use super::{oriented, side_name, Findings};
use crate::align::bag::hash_stem;
use crate::align::lexicon::{concept_of_stem, concept_of_word, same_concept};
use crate::align::wordnet;
use crate::features::entities::same_entity;
use crate::features::numbers::is_number_word;
use crate::features::{is_rule_verb, Entity, Features, Token};
use crate::model::{Aspect, AspectKind, Side};

const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "will",
    "would",
    "did",
    "does",
    "do",
    "also",
    "then",
    "later",
    "reportedly",
    "allegedly",
    "had",
    "been",
    "be",
    "may",
    "might",
    "could",
    "potentially",
    "likely",
];
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her"];
const PLACE_PREPS: &[&str] = &[
    "in", "on", "at", "near", "inside", "outside", "across", "from", "to", "into", "off",
];
/// Nouns that place a name after "of" ("the coast of Libya", "the
/// outskirts of Kyiv", "north of Baghdad").
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "coast", "shores", "outskirts", "north", "south", "east", "west", "northeast",
    "northwest", "southeast", "southwest", "centre", "center", "heart", "edge",
    "suburbs", "region", "province", "city", "town", "village", "port", "capital",
];

/// The place nouns that are directions: one right after a verb places it
/// without a preposition ("exploded north of Baghdad").
#[rustfmt::skip]
const COMPASS: &[&str] = &[
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Actor,
    Target,
    Place,
}

struct Slot<'a> {
    role: Role,
    verb: &'a Token,
    entity: Entity,
}

/// Words that open sentences as subjects without being names.
const NOT_NAMES: &[&str] = &[
    "everyone",
    "someone",
    "anyone",
    "everybody",
    "somebody",
    "anybody",
    "nobody",
    "none",
    "police",
    "government",
    "parliament",
    "congress",
    "management",
    "staff",
    "media",
    "army",
    "military",
    "public",
    "nothing",
    "each",
    "both",
    // quantifiers and days that open a sentence before a noun ("Many
    // conservatives", "Tomorrow's testimony")
    "many",
    "some",
    "most",
    "several",
    "few",
    "every",
    "other",
    "another",
    "such",
    "more",
    "much",
    "today",
    "tomorrow",
    "yesterday",
    "tonight",
];

/// A sentence-initial capitalised word the entity finder left out (it cannot
/// tell "Lula won" from "Rescue teams"): a possible name, for the actor slot only.
/// Plural-looking words and common subjects are left out.
fn initial_word(f: &Features) -> Option<Entity> {
    let t = f.tokens.first()?;
    let known = f
        .entities
        .iter()
        .any(|e| e.start <= t.start && t.start < e.end)
        || f.quantities
            .iter()
            .any(|q| q.start <= t.start && t.start < q.end)
        || f.dates
            .iter()
            .any(|d| d.start <= t.start && t.start < d.end);
    let plain = t.capitalised
        && t.content
        && t.norm.chars().all(char::is_alphabetic)
        && !t.norm.ends_with('s')
        && !NOT_NAMES.contains(&t.norm.as_str())
        && !crate::features::numbers::is_number_word(&t.norm);
    (plain && !known).then(|| Entity {
        text: f.text[t.start..t.end].to_string(),
        key: t.norm.clone(),
        start: t.start,
        end: t.end,
    })
}

/// Verbs of thinking and saying: the name after them starts a clause, it is no target.
const COGNITION: &[&str] = &[
    "believe", "believes", "believed", "think", "thinks", "thought", "suspect", "suspects", "know",
    "knows", "fear", "fears", "expect", "expects", "assume", "hope", "suggest", "suggests", "show",
    "shows", "showed", "found", "find", "finds",
];

fn usable_verb(t: &Token) -> bool {
    t.content
        && !t.capitalised
        && t.norm.chars().all(char::is_alphabetic)
        && !REPORT_WORDS.contains(&t.norm.as_str())
        && !COGNITION.contains(&t.norm.as_str())
}

fn clean_gap(f: &Features, a: usize, b: usize) -> bool {
    !f.text[f.tokens[a].end..f.tokens[b].start]
        .contains([',', ';', ':', '(', ')', '.', '"', '\u{2014}'])
}

/// The first of the determiners written right before token `k` ("the",
/// "its"), or `k` when there are none.
fn past_determiners(f: &Features, mut k: usize) -> usize {
    while k > 0 && DETERMINERS.contains(&f.tokens[k - 1].norm.as_str()) && clean_gap(f, k - 1, k) {
        k -= 1;
    }
    k
}

fn slots(f: &Features) -> Vec<Slot<'_>> {
    let mut out = Vec::new();
    for e in &f.entities {
        let Some(a) = f.tokens.iter().position(|t| t.end > e.start) else {
            continue;
        };
        // Target or place: the word before the name, past determiners.
        let mut k = past_determiners(f, a);
        // "off the coast of Libya", "on the outskirts of Kyiv": the place
        // is the name, the preposition comes before the place noun
        let of_place = k >= 2
            && f.tokens[k - 1].norm == "of"
            && PLACE_NOUNS.contains(&f.tokens[k - 2].norm.as_str())
            && clean_gap(f, k - 2, k);
        if of_place {
            k = past_determiners(f, k - 2);
        }
        if k == 0 || !clean_gap(f, k - 1, k) {
            continue;
        }
        let before = &f.tokens[k - 1];
        if PLACE_PREPS.contains(&before.norm.as_str()) {
            let verb = (k.saturating_sub(5)..k - 1)
                .rev()
                .find(|&v| usable_verb(&f.tokens[v]) && clean_gap(f, v, k - 1));
            if let Some(v) = verb {
                out.push(Slot {
                    role: Role::Place,
                    verb: &f.tokens[v],
                    entity: e.clone(),
                });
            }
        } else if of_place
            && COMPASS.contains(&f.tokens[k].norm.as_str())
            && usable_verb(before)
            && !(k >= 2 && figure(&f.tokens[k - 2]))
        {
            // "exploded north of Baghdad": a direction right after the
            // verb places it ("70 miles north of Tampa" is a distance)
            out.push(Slot {
                role: Role::Place,
                verb: before,
                entity: e.clone(),
            });
        } else if usable_verb(before) && !of_place {
            // ("70 miles southwest of Tampa" names no target of "miles")
            out.push(Slot {
                role: Role::Target,
                verb: before,
                entity: e.clone(),
            });
        }
    }
    let initial = initial_word(f);
    // "Nothing was stolen": a word that opens sentences without naming anyone
    let named = f
        .entities
        .iter()
        .filter(|e| !NOT_NAMES.contains(&e.key.as_str()));
    for e in named.chain(initial.iter()) {
        let Some(b) = f.tokens.iter().rposition(|t| t.start < e.end) else {
            continue;
        };
        // Actor: the first word after the name, past auxiliaries.
        if let Some(k) = verb_after(f, b) {
            out.push(Slot {
                role: Role::Actor,
                verb: &f.tokens[k],
                entity: e.clone(),
            });
        }
    }
    out
}

/// The verb right after the subject ending at token `b`, past auxiliaries
/// ("Volt Typhoon *has* installed"), if it is a [`usable_verb`].
fn verb_after(f: &Features, b: usize) -> Option<usize> {
    let mut k = b + 1;
    while k < f.tokens.len() && AUX.contains(&f.tokens[k].norm.as_str()) && clean_gap(f, k - 1, k) {
        k += 1;
    }
    (k < f.tokens.len() && clean_gap(f, k - 1, k) && usable_verb(&f.tokens[k])).then_some(k)
}

/// The `entity` aspect. `sources` are the keys of named sources, left out here.
pub(crate) fn entities(
    left: &[&Features],
    right: &[&Features],
    sources: &[String],
    found: &mut Findings,
) {
    // Every name and word of a side: a name the other side uses in any form is no conflict.
    let all = |fs: &[&Features]| -> Vec<String> {
        fs.iter()
            .flat_map(|f| {
                let words = f
                    .tokens
                    .iter()
                    .filter(|t| t.content)
                    .map(|t| t.norm.clone());
                f.entities.iter().map(|e| e.key.clone()).chain(words)
            })
            .collect()
    };
    let (kl, kr) = (all(left), all(right));
    let mentioned = |key: &str, keys: &[String]| keys.iter().any(|k| same_entity(key, k));
    let is_source = |key: &str| sources.iter().any(|s| same_entity(key, s));
    for fl in left {
        for fr in right {
            for sl in slots(fl) {
                for sr in slots(fr) {
                    let (el, er) = (&sl.entity, &sr.entity);
                    if sl.role != sr.role
                        || !stems_match(&sl.verb.stem, &sr.verb.stem)
                        || same_entity(&el.key, &er.key)
                        || mentioned(&el.key, &kr)
                        || mentioned(&er.key, &kl)
                        || is_source(&el.key)
                        || is_source(&er.key)
                    {
                        continue;
                    }
                    let verb = &fl.text[sl.verb.start..sl.verb.end];
                    let note = match sl.role {
                        Role::Actor => format!("a different actor for \u{201c}{verb}\u{201d}"),
                        Role::Target => format!("a different target of \u{201c}{verb}\u{201d}"),
                        Role::Place => format!("a different place for \u{201c}{verb}\u{201d}"),
                    };
                    found.aspects.push(Aspect {
                        kind: AspectKind::Entity,
                        left: vec![el.text.clone()],
                        right: vec![er.text.clone()],
                        note,
                    });
                    return;
                }
            }
        }
    }
    agents(left, right, found);
    if !found.aspects.iter().any(|a| a.kind == AspectKind::Entity) {
        actors(left, right, found);
    }
}

/// The camp of a noun for a group of people who act in the news: two nouns
/// of one camp may name one group ("rebels" and "militants", "police" and
/// "detectives"); nouns of two camps name two ("rebels" and "troops").
#[rustfmt::skip]
fn camp(norm: &str) -> Option<&'static str> {
    Some(match norm {
        "troops" | "soldiers" | "forces" | "army" | "marines" | "paratroopers" => "military",
        "police" | "officers" | "detectives" | "investigators" | "agents" | "cops" => "police",
        "rebels" | "insurgents" | "militants" | "fighters" | "gunmen" | "attackers"
        | "guerrillas" | "militiamen" | "jihadists" | "separatists" => "armed groups",
        "protesters" | "protestors" | "demonstrators" | "activists" | "rioters" | "marchers" => {
            "protesters"
        }
        "firefighters" | "rescuers" | "paramedics" | "lifeguards" | "volunteers" => "rescuers",
        "residents" | "villagers" | "neighbours" | "neighbors" | "locals" | "witnesses"
        | "bystanders" => "locals",
        "students" | "pupils" => "students",
        "workers" | "employees" | "strikers" | "miners" | "farmers" => "workers",
        "doctors" | "nurses" | "surgeons" | "medics" => "medics",
        "fans" | "supporters" | "spectators" => "fans",
        "hackers" => "hackers",
        "lawmakers" | "legislators" | "senators" | "congressmen" | "mps" | "deputies" => {
            "lawmakers"
        }
        "voters" => "voters",
        "investors" | "shareholders" | "traders" => "investors",
        "regulators" => "regulators",
        "prosecutors" => "prosecutors",
        "judges" | "jurors" | "jury" => "judges",
        "scientists" | "researchers" => "scientists",
        _ => return None,
    })
}

/// A group of people doing something to something ("government forces
/// retook the airport"): the group's noun, its camp and phrase, the verb,
/// and the head of what the verb acts on.
struct Deed<'a> {
    actor: &'a Token,
    camp: &'static str,
    phrase: String,
    verb: &'a Token,
    object: &'a str,
}

/// The deeds of groups (see [`camp`]) in the claims: a group noun right
/// before a verb (past auxiliaries) that acts on something and is not negated.
fn deeds<'a>(fs: &[&'a Features]) -> Vec<Deed<'a>> {
    let mut out = Vec::new();
    for f in fs {
        for (h, t) in f.tokens.iter().enumerate() {
            let Some(camp) = camp(&t.norm) else {
                continue;
            };
            let Some(k) = verb_after(f, h).filter(|&k| !negated(f, k)) else {
                continue;
            };
            let Some(object) = object(f, k) else {
                continue;
            };
            // the words before the noun that qualify it ("government forces")
            let mut from = h;
            while from > 0
                && h - from < 2
                && f.tokens[from - 1].content
                && !figure(&f.tokens[from - 1])
                && clean_gap(f, from - 1, from)
            {
                from -= 1;
            }
            out.push(Deed {
                actor: t,
                camp,
                phrase: f.text[f.tokens[from].start..t.end].to_string(),
                verb: &f.tokens[k],
                object,
            });
        }
    }
    out
}

/// The `entity` aspect from groups that are no names: the same verb done to
/// the same thing by groups of two camps ("rebels captured the airport" /
/// "government forces captured the airport"). A group the other side names
/// anywhere is no conflict ("rebels said troops captured …").
fn actors(left: &[&Features], right: &[&Features], found: &mut Findings) {
    let says = |fs: &[&Features], norm: &str| {
        fs.iter()
            .any(|f| f.tokens.iter().any(|t| camp(&t.norm) == camp(norm)))
    };
    let rights = deeds(right);
    for l in deeds(left) {
        for r in &rights {
            if l.camp == r.camp
                || !stems_match(&l.verb.stem, &r.verb.stem)
                || !kin(l.object, r.object)
                || says(right, &l.actor.norm)
                || says(left, &r.actor.norm)
            {
                continue;
            }
            found.aspects.push(Aspect {
                kind: AspectKind::Entity,
                left: vec![l.phrase],
                right: vec![r.phrase.clone()],
                note: format!("a different actor for \u{201c}{}\u{201d}", l.verb.norm),
            });
            return;
        }
    }
}

/// Nouns after "by" that say when, how or how much, not who did it ("by
/// the end of the year", "by far", "by mistake", "by road").
#[rustfmt::skip]
const NOT_AGENTS: &[&str] = &[
    "time", "end", "year", "month", "week", "day", "night", "morning", "afternoon", "evening",
    "weekend", "noon", "midnight", "date", "deadline", "far", "way", "mistake", "accident",
    "chance", "hand", "phone", "telephone", "email", "mail", "post", "road", "rail", "air",
    "sea", "car", "bus", "train", "foot", "default", "law", "force", "percent", "margin",
    "point", "points", "vote", "votes",
];

/// Whether two stems may name one thing: one word, paraphrases in the
/// lexicon, or words WordNet relates.
fn kin(a: &str, b: &str) -> bool {
    words_match(a, b) || same_concept(a, b) || wordnet::related(hash_stem(a, ""), hash_stem(b, ""))
}

/// The agents of passive verbs written as common noun phrases ("was
/// organised by *students*"): (verb, stem of the head, the phrase). A name
/// after "by" is a [`Slot`]'s business; a figure or a time ("rose by 5
/// percent", "by Friday", "by the end of the year") is no agent.
fn common_agents<'a>(fs: &[&'a Features]) -> Vec<(&'a Token, &'a str, String)> {
    let mut out = Vec::new();
    for f in fs {
        for k in 1..f.tokens.len() {
            let verb = &f.tokens[k - 1];
            let participle = verb.norm.ends_with("ed") || verb.norm.ends_with("en");
            if f.tokens[k].norm != "by"
                || !participle
                || !usable_verb(verb)
                || !clean_gap(f, k - 1, k)
            {
                continue;
            }
            let Some((a, b)) = object_span(f, k) else {
                continue;
            };
            let head = &f.tokens[b];
            // "delayed by two weeks": a figure before the noun counts it
            let common = (k + 1..=b).all(|i| !f.tokens[i].capitalised && !figure(&f.tokens[i]));
            if common && !NOT_AGENTS.contains(&head.norm.as_str()) && !negated(f, k - 1) {
                let phrase = f.text[f.tokens[a].start..head.end].to_string();
                out.push((verb, head.stem.as_str(), phrase));
            }
        }
    }
    out
}

/// The `entity` aspect from agents that are no names: the same passive
/// verb done by two different things ("organised by students" / "organised
/// by trade unions"). Heads that are one word, paraphrases or related in
/// WordNet are one agent, and so is a head the other side says anywhere.
fn agents(left: &[&Features], right: &[&Features], found: &mut Findings) {
    let says = |fs: &[&Features], stem: &str| {
        fs.iter().any(|f| {
            f.tokens
                .iter()
                .any(|t| t.content && words_match(stem, &t.stem))
        })
    };
    let rights = common_agents(right);
    for (vl, hl, pl) in common_agents(left) {
        for (vr, hr, pr) in &rights {
            if !stems_match(&vl.stem, &vr.stem) || kin(hl, hr) || says(right, hl) || says(left, hr)
            {
                continue;
            }
            found.aspects.push(Aspect {
                kind: AspectKind::Entity,
                left: vec![pl],
                right: vec![pr.clone()],
                note: format!("a different agent of \u{201c}{} by\u{201d}", vl.norm),
            });
            return;
        }
    }
}

/// Whether the word at `k` is under a negation: its target, or a word of the
/// same clause near the cue, after it or before it ("passwords and card
/// details were not taken" says of the passwords what "no passwords or card
/// numbers were taken" does, and the second says it of "taken" too).
pub(crate) fn negated(f: &Features, k: usize) -> bool {
    f.negated
        .iter()
        .any(|n| n.target == Some(k) || in_clause_of(f, n.cue_token, k))
}

/// Whether token `k` is another word of the clause of the negation cue at
/// `c`: at most [`NEGATION_REACH`] words from it, before or after, with no
/// punctuation between them.
fn in_clause_of(f: &Features, c: usize, k: usize) -> bool {
    let (a, b) = (k.min(c), k.max(c));
    k != c
        && b - a <= NEGATION_REACH
        && !f.text[f.tokens[a].end..f.tokens[b].start].contains([',', ';', ':', '.'])
}

/// Whether the word at `k` is what a negation rules out: its target, or a
/// word after the cue in its clause ("not caused by a *cyberattack*"); unlike
/// [`negated`], not the words before the cue, and nothing under a negated
/// verb of saying or knowing ("did not comment on prices" rules nothing out).
pub(crate) fn ruled_out(f: &Features, k: usize) -> bool {
    f.negated.iter().any(|n| {
        let c = n.cue_token;
        let says = n.target.is_some_and(|t| {
            let w = f.tokens[t].norm.as_str();
            REPORT_WORDS.contains(&w) || COGNITION.contains(&w) || w.starts_with("comment")
        });
        !says && (n.target == Some(k) || (k > c && in_clause_of(f, c, k)))
    })
}

/// The first content word of `f` with stem `stem` (or one it matches) that
/// `f` states without a negation.
fn affirmed(f: &Features, stem: &str) -> Option<usize> {
    (0..f.tokens.len())
        .find(|&k| f.tokens[k].content && stems_match(stem, &f.tokens[k].stem) && !negated(f, k))
}

/// Most words between a negation cue and a word of its clause it covers.
const NEGATION_REACH: usize = 6;

/// The `polarity` aspect: one side negates a word the other states plainly.
pub(crate) fn polarity(left: &[&Features], right: &[&Features], found: &mut Findings) {
    let denied = super::denies;
    if denied(left) || denied(right) {
        // A denial is a stance, compared as confidence.
        return;
    }
    for (side, x, y) in [(Side::Left, left, right), (Side::Right, right, left)] {
        for fx in x {
            for n in &fx.negated {
                let Some(t) = n.target else { continue };
                // "ruled out foul play" against "has not ruled out foul
                // play" is a matter of confidence, compared there
                let ruling = is_rule_verb(&fx.tokens[n.cue_token].norm);
                let left_open = |fy: &&Features| {
                    fy.assessment.cues.iter().any(|c| {
                        let words = c.split_whitespace();
                        words
                            .clone()
                            .zip(words.skip(1))
                            .any(|(w, next)| is_rule_verb(w) && next == "out")
                    })
                };
                if ruling && y.iter().any(left_open) {
                    continue;
                }
                let stem = &fx.tokens[t].stem;
                let y_negates = y.iter().any(|fy| {
                    fy.negated.iter().any(|m| {
                        m.target
                            .is_some_and(|k| stems_match(stem, &fy.tokens[k].stem))
                    })
                });
                // "Unable to find a home, a judge told them to find housing":
                // a word the same side also affirms is not what it negates
                let x_affirms = x.iter().any(|f| affirmed(f, stem).is_some());
                if y_negates || x_affirms {
                    continue;
                }
                let hit = y.iter().find_map(|fy| {
                    affirmed(fy, stem)
                        .map(|k| fy.text[fy.tokens[k].start..fy.tokens[k].end].to_string())
                });
                let Some(plain) = hit else { continue };
                let mut s = n.cue_token;
                if s > 0 && AUX.contains(&fx.tokens[s - 1].norm.as_str()) {
                    s -= 1;
                }
                let neg = fx.text[fx.tokens[s].start..fx.tokens[t].end].to_string();
                let (l, r) = oriented(side, neg, plain);
                found.aspects.push(Aspect {
                    kind: AspectKind::Polarity,
                    left: vec![l],
                    right: vec![r],
                    note: format!("{} negates what the other side affirms", side_name(side)),
                });
                return;
            }
        }
    }
    let before = found.aspects.len();
    direction(left, right, found);
    if found.aspects.len() == before {
        opposites(left, right, found);
    }
    if found.aspects.len() == before {
        for_or_against(left, right, found);
    }
}

/// A verb followed by "for" or "against" (as written) and the head of the
/// noun phrase after it: "voted *for* the bill" → ("voted", "for", "bill").
fn sides_taken<'a>(fs: &[&'a Features]) -> Vec<Stand<'a>> {
    let mut out = Vec::new();
    for f in fs {
        for (k, t) in f.tokens.iter().enumerate().skip(1) {
            let verb = &f.tokens[k - 1];
            if matches!(t.norm.as_str(), "for" | "against")
                && verb.content
                && !negated(f, k - 1)
                && clean_gap(f, k - 1, k)
            {
                let span = object_span(f, k);
                out.push(Stand {
                    verb,
                    side: t.norm.as_str(),
                    written: f.text[t.start..t.end].to_string(),
                    head: span.map(|(_, last)| f.tokens[last].stem.as_str()),
                    object: span
                        .map(|(a, b)| f.text[f.tokens[a].start..f.tokens[b].end].to_string()),
                });
            }
        }
    }
    out
}

/// Stems of the verbs whose "for" or "against" takes a stand on what
/// follows ("voted for the bill"), unlike "paid for" or "searched for".
const STAND_VERBS: &[&str] = &[
    "vot", "campaign", "lobby", "argu", "testify", "rul", "spok", "speak", "petition", "protest",
];

/// Stems of the nouns a vote is taken on that name no particular one:
/// "voted for the bill" and "voted for the measure" may be one vote.
const PROPOSALS: &[&str] = &[
    "bill",
    "measur",
    "legislation",
    "law",
    "proposal",
    "motion",
    "resolution",
    "plan",
];

/// Whether two heads of what a stand is taken on may name one thing: one
/// word, or two of the [`PROPOSALS`].
fn one_thing(a: &str, b: &str) -> bool {
    words_match(a, b) || (PROPOSALS.contains(&a) && PROPOSALS.contains(&b))
}

/// A stand taken on something ([`sides_taken`]).
struct Stand<'a> {
    /// The verb ("voted").
    verb: &'a Token,
    /// "for" or "against", lowercase.
    side: &'a str,
    /// "for" or "against" as written.
    written: String,
    /// The stem of the head of the noun phrase after it ("bill").
    head: Option<&'a str>,
    /// That noun phrase as written ("farm bill").
    object: Option<String>,
}

/// Polarity of a stand: the same verb taken "for" a thing on one side and
/// "against" it on the other ("voted for the bill" / "voted against the
/// bill", "testified against him" does not meet "testified for the
/// defence").
///
/// The same verb taken on two different things ("voted for the farm bill" /
/// "voted against the budget") is no paraphrase either: an `entity`
/// conflict over what the stand was taken on.
fn for_or_against(left: &[&Features], right: &[&Features], found: &mut Findings) {
    let rights = sides_taken(right);
    let lefts = sides_taken(left);
    fn heads<'a>(l: &Stand<'a>, r: &Stand<'a>) -> Option<(&'a str, &'a str)> {
        l.head.zip(r.head)
    }
    for l in &lefts {
        let hit = rights.iter().find(|r| {
            r.side != l.side
                && stems_match(&l.verb.stem, &r.verb.stem)
                && heads(l, r).is_some_and(|(a, b)| one_thing(a, b))
        });
        if let Some(r) = hit {
            let (wl, wr) = (&l.written, &r.written);
            found.aspects.push(Aspect {
                kind: AspectKind::Polarity,
                left: vec![wl.clone()],
                right: vec![wr.clone()],
                note: format!("\u{201c}{wl}\u{201d} against \u{201c}{wr}\u{201d}"),
            });
            return;
        }
    }
    if found.aspects.iter().any(|a| a.kind == AspectKind::Entity) {
        return;
    }
    for l in &lefts {
        let other_thing = rights.iter().find(|r| {
            STAND_VERBS.contains(&l.verb.stem.as_str())
                && stems_match(&l.verb.stem, &r.verb.stem)
                && heads(l, r).is_some_and(|(a, b)| !one_thing(a, b) && !kin(a, b))
        });
        if let Some(r) = other_thing {
            let (Some(ol), Some(or)) = (&l.object, &r.object) else {
                continue;
            };
            let verb = &l.verb.norm;
            found.aspects.push(Aspect {
                kind: AspectKind::Entity,
                left: vec![ol.clone()],
                right: vec![or.clone()],
                note: if l.side == r.side {
                    format!("\u{201c}{verb} {}\u{201d} two different things", l.side)
                } else {
                    format!(
                        "\u{201c}{verb} {}\u{201d} one thing, \u{201c}{}\u{201d} another",
                        l.side, r.side
                    )
                },
            });
            return;
        }
    }
}

/// Most tokens between an antonym and the content word that anchors it.
const ANCHOR_REACH: usize = 3;

/// Verbs that link a subject to what is said of it, passed over when
/// looking for an antonym's anchor ("the crossing *remained* open" says
/// "open" of the crossing, as "the crossing *was* closed" says "closed";
/// "the jury *found* him guilty" says "guilty" as the jury's finding).
const LINKING: &[&str] = &[
    "remain", "remained", "remains", "stay", "stayed", "stays", "become", "became", "becomes",
    "seem", "seemed", "seems", "appear", "appeared", "appears", "kept", "keep", "keeps", "found",
    "find", "finds",
];

/// The nearest content word before (`step` −1) or after (+1) token `k`,
/// within [`ANCHOR_REACH`]; figures, in digits or words, are no anchor
/// ("won 2-1" and "lost 2-1" are no evidence that two teams are one), nor
/// are [`OBJECT_PRONOUNS`], and linking verbs are passed over (see [`LINKING`]).
fn anchor(f: &Features, k: usize, step: isize) -> Option<&str> {
    (1..=ANCHOR_REACH as isize + 1)
        .map_while(|d| {
            k.checked_add_signed(d * step)
                .filter(|&i| i < f.tokens.len())
        })
        .map(|i| &f.tokens[i])
        .filter(|t| !LINKING.contains(&t.norm.as_str()))
        .take(ANCHOR_REACH)
        .find(|t| t.content && !figure(t) && !OBJECT_PRONOUNS.contains(&t.norm.as_str()))
        .map(|t| t.stem.as_str())
}

/// Object pronouns the tokenizer counts as content words: no anchor, as
/// they stand for someone named elsewhere ("the jury found *him* guilty"
/// says "guilty" as the jury's finding, as "the jury acquitted him" does).
const OBJECT_PRONOUNS: &[&str] = &["him", "me", "us"];

/// Whether a word is a figure, in digits or in words ("2-1", "two"): no
/// anchor of an antonym nor the thing a verb acts on.
fn figure(t: &Token) -> bool {
    t.norm.bytes().any(|b| b.is_ascii_digit()) || is_number_word(&t.norm)
}

/// Stems of verbs whose subject is the one the other side's opposite verb
/// acts on ("the coach *resigned*" / "the club sacked the coach", "the crew
/// *survived*" / "the storm killed the crew").
const UNDERGOERS: &[&str] = &["resign", "surviv", "di"];

/// Whether antonym `i` of `fl` and antonym `j` of `fr` are said of one
/// thing: the content words right before them are one word, or, when one
/// has none before it, the words right after them are. Two different words
/// before them are two actors ("the firm bought the plant" and "Acme sold
/// the plant" say one sale).
///
/// When one side says the word of its subject, after a linking verb or a
/// form of "be" ("the schools *will remain* open") or as one of the
/// [`UNDERGOERS`], and the other uses it
/// as a verb ("the council closed two schools"), the first side's subject
/// is matched against what the other's verb acts on, the word after it.
fn said_of_one_thing(fl: &Features, i: usize, fr: &Features, j: usize) -> bool {
    let same = |a: Option<&str>, b: Option<&str>| a.zip(b).is_some_and(|(a, b)| words_match(a, b));
    let (bl, br) = (anchor(fl, i, -1), anchor(fr, j, -1));
    let undergoer = |f: &Features, k: usize| UNDERGOERS.contains(&f.tokens[k].stem.as_str());
    let (pl, pr) = (predicative(fl, i), predicative(fr, j));
    let (ul, ur) = (undergoer(fl, i) && !pl, undergoer(fr, j) && !pr);
    // "the coach resigned" against "the club sacked the coach" (one), not
    // "the coach sacked his assistant" (another event of the same subject)
    if ul && !pr && !ur {
        return same(bl, object(fr, j));
    }
    if ur && !pl && !ul {
        return same(br, object(fl, i));
    }
    same(bl, br)
        || ((bl.is_none() || br.is_none()) && same(anchor(fl, i, 1), anchor(fr, j, 1)))
        || (pl && !pr && same(bl, object(fr, j)))
        || (pr && !pl && same(br, object(fl, i)))
}

/// Prepositions that are not function words to the tokenizer: they end
/// the noun phrase [`object`] reads.
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "across", "against", "along", "amid", "among", "around", "before", "behind", "below",
    "beside", "between", "beyond", "despite", "down", "during", "following", "inside",
    "near", "off", "out", "outside", "over", "since", "through", "throughout", "toward",
    "towards", "under", "until", "up", "within", "without",
];

/// What the verb at token `k` acts on: the last word of the noun phrase
/// that starts at the first content word after it (within
/// [`ANCHOR_REACH`]), a run of content words that a preposition or a
/// punctuation mark ends ("closed *the city library* during the storm" →
/// "library").
fn object(f: &Features, k: usize) -> Option<&str> {
    object_span(f, k).map(|(_, last)| f.tokens[last].stem.as_str())
}

/// The first and last tokens of the noun phrase [`object`] reads.
fn object_span(f: &Features, k: usize) -> Option<(usize, usize)> {
    let noun = |i: usize| {
        let t = &f.tokens[i];
        t.content && !figure(t) && !PREPOSITIONS.contains(&t.norm.as_str())
    };
    let end = f.tokens.len().min(k + 1 + ANCHOR_REACH);
    let first = (k + 1..end).find(|&i| noun(i))?;
    let mut last = first;
    while last + 1 < f.tokens.len() && noun(last + 1) && spaced(f, last) {
        last += 1;
    }
    Some((first, last))
}

/// Whether token `k` and the next are written with only white space between.
pub(crate) fn spaced(f: &Features, k: usize) -> bool {
    f.tokens.get(k + 1).is_some_and(|n| {
        f.text
            .get(f.tokens[k].end..n.start)
            .is_some_and(|g| g.chars().all(char::is_whitespace))
    })
}

/// Forms of "be", which link a subject to what is said of it as
/// [`LINKING`] verbs do.
pub(crate) const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Whether token `k` is said of the subject: right after a linking verb or
/// a form of "be" ("remained open", "was closed").
fn predicative(f: &Features, k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|p| f.tokens.get(p))
        .is_some_and(|t| LINKING.contains(&t.norm.as_str()) || BE.contains(&t.norm.as_str()))
}

/// Forms of "give" and "take", which WordNet lists as antonyms but which
/// news uses in idioms more than as opposites ("giving a yield of 3.16
/// percent" / "taking its yield to 3.26 percent"; "Kurds swept the
/// elections, taking the largest block" / "elections that gave Kurds the
/// largest block").
#[rustfmt::skip]
const LIGHT_VERBS: &[&str] = &[
    "give", "gives", "gave", "given", "giving", "take", "takes", "took", "taken", "taking",
];

/// A word of one side, stated without a negation, that has an antonym.
struct Opposable<'a> {
    /// The claim.
    f: &'a Features,
    /// The word's token (a phrase's verb).
    k: usize,
    /// The phrase's last token (`k` for a single word).
    last: usize,
    /// The stem hash, or [`wordnet::phrase_key`] for a phrase.
    key: u64,
}

/// The words of one side stated without a negation that have an antonym. A
/// verb and the particle right after it that the hand-written list pairs
/// as one ("went ahead", "took place") count as one phrase.
fn opposable<'a>(fs: &[&'a Features]) -> Vec<Opposable<'a>> {
    let mut out = Vec::new();
    for f in fs {
        for (k, t) in f.tokens.iter().enumerate() {
            let h = hash_stem(&t.stem, "");
            let phrase = f
                .tokens
                .get(k + 1)
                .filter(|_| wordnet::starts_phrase(h) && spaced(f, k));
            let phrase = phrase.map(|p| (k + 1, wordnet::phrase_key(h, &p.norm)));
            let (last, key) = match phrase.filter(|&(_, key)| wordnet::has_antonym(key)) {
                Some(found) => found,
                None if t.content
                    && wordnet::has_antonym(h)
                    && !LIGHT_VERBS.contains(&t.norm.as_str()) =>
                {
                    (k, h)
                }
                None => continue,
            };
            if !negated(f, k) {
                out.push(Opposable { f, k, last, key });
            }
        }
    }
    out
}

/// The `polarity` aspect from antonyms: one side says of something what
/// WordNet, or `data/opposites.txt`, gives as the opposite of what the other
/// says of it ([`wordnet::opposed`]) ("the company
/// *won* the contract" vs "the company *lost* the contract", "found *guilty*"
/// vs "found *innocent*"). Both words must be stated without a negation
/// ("not guilty" is no conflict with "innocent"), said of the same thing
/// (see [`said_of_one_thing`]: "Riverside won" and "Northside lost" are no
/// conflict), and neither side may use the other's word as well, except as
/// what its own word is said of ([`complement`]: "voted against" meets
/// "abstained in the vote").
fn opposites(left: &[&Features], right: &[&Features], found: &mut Findings) {
    // a side's use of the other word counts unless it names what that
    // side's own word is said of ("abstained in the vote" does not vote)
    let uses = |fs: &[&Features], stem: &str, own: &Opposable| {
        fs.iter().any(|f| {
            f.tokens.iter().enumerate().any(|(m, t)| {
                stems_match(stem, &t.stem)
                    && !(std::ptr::eq(*f, own.f) && complement(f, own.last, m))
            })
        })
    };
    let rights = opposable(right);
    if rights.is_empty() {
        return;
    }
    for l in opposable(left) {
        let (fl, i) = (l.f, l.k);
        let x = &fl.tokens[i];
        for r in &rights {
            let (fr, j) = (r.f, r.k);
            let y = &fr.tokens[j];
            if !wordnet::opposed(l.key, r.key)
                || uses(left, &y.stem, &l)
                || uses(right, &x.stem, r)
                || !said_of_one_thing(fl, i, fr, j)
            {
                continue;
            }
            let lw = &fl.text[x.start..fl.tokens[l.last].end];
            let rw = &fr.text[y.start..fr.tokens[r.last].end];
            // "north of Baghdad" / "south of Baghdad", "northern" / "southern
            // Iraq": opposite directions are two places
            let place = [&x.norm, &y.norm].iter().all(|w| {
                let w = w.strip_suffix("ern").unwrap_or(w);
                COMPASS.contains(&w)
            });
            if place && found.aspects.iter().any(|a| a.kind == AspectKind::Entity) {
                return;
            }
            found.aspects.push(Aspect {
                kind: if place {
                    AspectKind::Entity
                } else {
                    AspectKind::Polarity
                },
                left: vec![lw.to_string()],
                right: vec![rw.to_string()],
                note: if place {
                    format!("a different place: \u{201c}{lw}\u{201d} against \u{201c}{rw}\u{201d}")
                } else {
                    format!("\u{201c}{lw}\u{201d} against its opposite, \u{201c}{rw}\u{201d}")
                },
            });
            return;
        }
    }
}

/// Words that may stand between a verb and the noun it is said of:
/// "abstained *in the* vote", "boycotted *the* vote".
const COMPLEMENT_GAP: &[&str] = &["in", "from", "on", "at", "the", "a", "an"];

/// Whether token `m` of `f` is the noun that the word ending at token `last`
/// is said of: at most three tokens on, with only [`COMPLEMENT_GAP`] words
/// between ("abstained in the vote", not "a profit after a loss").
fn complement(f: &Features, last: usize, m: usize) -> bool {
    m > last
        && m - last <= 3
        && f.tokens[last + 1..m]
            .iter()
            .all(|t| COMPLEMENT_GAP.contains(&t.norm.as_str()))
        && (last..m).all(|k| spaced(f, k))
}

/// Words of change up and down, as the paraphrase lexicon groups them.
static UP: LazyLock<[u32; 2]> =
    LazyLock::new(|| [concept_of_word("rise"), concept_of_word("raise")]);
static DOWN: LazyLock<[u32; 2]> =
    LazyLock::new(|| [concept_of_word("fall"), concept_of_word("cut")]);

/// Comparatives that name a rank, not a change ("the lower house of parliament").
const RANKS: &[(&str, &str)] = &[
    ("lower", "house"),
    ("lower", "chamber"),
    ("lower", "court"),
    ("lower", "courts"),
    ("higher", "court"),
    ("higher", "courts"),
    ("higher", "education"),
];

/// The words of change a side uses, un-negated: (up, down), as written.
fn changes(fs: &[&Features]) -> (Vec<String>, Vec<String>) {
    let (mut up, mut down) = (Vec::new(), Vec::new());
    for f in fs {
        for (k, t) in f.tokens.iter().enumerate() {
            let c = concept_of_stem(&t.stem);
            let next = f.tokens.get(k + 1).map_or("", |n| n.norm.as_str());
            if c == 0 || negated(f, k) || RANKS.contains(&(t.norm.as_str(), next)) {
                continue;
            }
            let word = f.text[t.start..t.end].to_string();
            if UP.contains(&c) {
                up.push(word);
            } else if DOWN.contains(&c) {
                down.push(word);
            }
        }
    }
    (up, down)
}

/// Polarity of change: one side reports only a rise where the other reports
/// only a fall.
fn direction(left: &[&Features], right: &[&Features], found: &mut Findings) {
    let (l, r) = (changes(left), changes(right));
    let opposite = |a: &(Vec<String>, Vec<String>), b: &(Vec<String>, Vec<String>)| {
        !a.0.is_empty() && a.1.is_empty() && !b.1.is_empty() && b.0.is_empty()
    };
    let (lw, rw, note) = if opposite(&l, &r) {
        (l.0, r.1, "left reports a rise where right reports a fall")
    } else if opposite(&r, &l) {
        (l.1, r.0, "left reports a fall where right reports a rise")
    } else {
        return;
    };
    found.aspects.push(Aspect {
        kind: AspectKind::Polarity,
        left: lw,
        right: rw,
        note: note.into(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The claim and the index of its token `word`.
    fn at(text: &str, word: &str) -> (Features, usize) {
        let f = Features::extract(text);
        let k = f.tokens.iter().position(|t| t.norm == word).expect(word);
        (f, k)
    }

    #[test]
    fn the_subject_of_resigned_is_what_sacked_acts_on() {
        let one = |l: &str, r: &str| {
            let (fl, i) = at(l, "resigned");
            let (fr, j) = at(r, "sacked");
            said_of_one_thing(&fl, i, &fr, j)
        };
        assert!(one("The coach resigned.", "The club sacked the coach."));
        assert!(one("The coach resigned.", "The coach was sacked."));
        // the same subject acting on someone else is another event
        assert!(!one(
            "The coach resigned.",
            "The coach sacked his assistant."
        ));
    }

    #[test]
    fn a_verbs_object_is_the_last_word_of_its_noun_phrase() {
        for (text, want) in [
            (
                "Officials closed the city library during the storm.",
                Some("library"),
            ),
            ("The council closed two schools on Monday.", Some("school")),
            ("Police closed the store, the mayor said.", Some("store")),
            ("Officials closed the library parking lot.", Some("lot")),
            ("The talks closed.", None),
        ] {
            let (f, k) = at(text, "closed");
            let stem = |w: &str| crate::features::tokens::stem(w);
            assert_eq!(object(&f, k), want.map(stem).as_deref(), "{text}");
        }
    }

    #[test]
    fn a_predicate_of_the_subject_meets_the_object_of_a_verb() {
        let (open, i) = at("The library stayed open on Monday.", "open");
        for (text, one) in [
            ("Officials closed the library on Monday.", true),
            ("Officials closed the library parking lot on Monday.", false),
            ("The museum closed the library on Monday.", true),
            ("The museum closed its doors on Monday.", false),
        ] {
            let (closed, j) = at(text, "closed");
            assert_eq!(said_of_one_thing(&open, i, &closed, j), one, "{text}");
        }
    }
}
