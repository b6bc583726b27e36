//! Anaphora: who "the tech giant" or "the company" is.
//!
//! News writers name an organisation or person once and then refer back to it
//! with a description ("Microsoft … The tech giant identified …") or a pronoun.
//! A claim that opens that way is about the name the sentence before it opened
//! with; the aligner adds that name to the claim's words (at reduced weight) so
//! that "The tech giant identified a group" can meet "Microsoft revealed that a
//! group …" in another source. Only the grammatical subject at the start of the
//! claim is resolved, and only from the sentence right before it (news wires
//! often give each sentence its own paragraph, so paragraphs do not bound it;
//! a heading or title in between does): a deliberately small rule that is
//! right far more often than it is wrong.

use super::Features;

/// Head nouns of descriptions that stand for a named organisation, place or person.
const HEADS: &[&str] = &[
    "agency",
    "airline",
    "army",
    "authority",
    "bank",
    "board",
    "carrier",
    "company",
    "corporation",
    "council",
    "country",
    "court",
    "department",
    "facility",
    "factory",
    "firm",
    "giant",
    "government",
    "group",
    "insurer",
    "lab",
    "laboratory",
    "lender",
    "maker",
    "mine",
    "manufacturer",
    "military",
    "minister",
    "ministry",
    "nation",
    "official",
    "organisation",
    "organization",
    "outlet",
    "party",
    "plant",
    "police",
    "president",
    "provider",
    "refinery",
    "regulator",
    "researchers",
    "retailer",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "startup",
    "team",
    "union",
    "university",
    "watchdog",
];

/// Determiners that open a description referring back.
const DETERMINERS: &[&str] = &["the", "this", "that"];

/// Pronoun subjects that refer back.
const PRONOUNS: &[&str] = &["he", "she", "they"];

/// Whether the claim opens with a subject that refers back to something named
/// before: a pronoun, or a determiner and up to three lowercase words ending in
/// a head noun ("The tech giant", "The company", "This group").
pub fn refers_back(f: &Features) -> bool {
    let Some(first) = f.tokens.first() else {
        return false;
    };
    PRONOUNS.contains(&first.norm.as_str()) || head_noun(f).is_some()
}

/// The head noun of an opening description ("plant" in "The plant released…").
fn head_noun(f: &Features) -> Option<&str> {
    let t = &f.tokens;
    if !DETERMINERS.contains(&t.first()?.norm.as_str()) {
        return None;
    }
    t.iter()
        .skip(1)
        .take(3)
        .take_while(|w| !w.capitalised && w.norm.chars().all(char::is_alphabetic))
        .find(|w| HEADS.contains(&w.norm.as_str()))
        .map(|w| w.norm.as_str())
}

/// The name the previous claim gives the same head noun: "the Norrack
/// Chemicals plant" for "The plant".
fn named_head(prev: &Features, head: &str) -> Option<String> {
    prev.entities.iter().find_map(|e| {
        let next = prev.tokens.iter().find(|t| t.start >= e.end)?;
        (next.norm == head && prev.text[e.end..next.start].trim().is_empty())
            .then(|| e.text.clone())
    })
}

/// The name a claim opens with, if its first entity comes before its first
/// verb-like break: the subject that a following description may refer to.
/// For a pronoun (`person`), a name that owns the claim's subject comes
/// before the source of a report: "Weiler's lawyer, Miriam Osei, said her
/// client … He could face" is about Weiler.
fn subject_name(f: &Features, person: bool) -> Option<String> {
    let opening = || {
        let e = f.entities.first()?;
        // The name must stand in the claim's first few words ("Microsoft's
        // revelations", "The US State Department", "A spill from the Norrack plant").
        let before = f.tokens.iter().take_while(|t| t.end <= e.start).count();
        (before <= 5).then_some(e)
    };
    if let Some(e) = opening().filter(|e| person && possessed(f, e.end)) {
        return Some(e.text.clone());
    }
    // The named source of a report is its subject ("…, Secureworks believes
    // they are…" → "The company also suggests…").
    if let Some(src) = &f.assessment.source {
        // Only a source headed by a name: "Secureworks", "the Pentagon",
        // not "reporters reached Microsoft".
        let head = src
            .strip_prefix("the ")
            .or_else(|| src.strip_prefix("The "))
            .unwrap_or(src);
        if let Some(e) = f
            .entities
            .iter()
            .find(|e| head.starts_with(e.text.as_str()))
        {
            return Some(e.text.clone());
        }
    }
    opening().map(|e| e.text.clone())
}

/// Whether the name ending at byte `end` is written as a possessive ("Weiler's").
fn possessed(f: &Features, end: usize) -> bool {
    let rest = &f.text[end..];
    rest.starts_with("'s ") || rest.starts_with("\u{2019}s ")
}

/// For each claim, the names it refers back to (empty for most claims).
/// `sentence[i]` tells whether claim `i` is a body sentence; a reference is
/// resolved only between two consecutive sentences (never across a heading).
/// A claim that refers back and is itself referred to passes the name on
/// ("Microsoft … The company … The firm …").
pub fn resolve(features: &[Features], sentence: &[bool]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = vec![Vec::new(); features.len()];
    let is = |i: usize| sentence.get(i).copied().unwrap_or(false);
    for i in 1..features.len() {
        if !is(i) || !is(i - 1) || !refers_back(&features[i]) {
            continue;
        }
        let prev = &features[i - 1];
        let head = head_noun(&features[i]);
        let named = head.and_then(|h| named_head(prev, h));
        out[i] = match named.or_else(|| subject_name(prev, head.is_none())) {
            Some(name) if !refers_back(prev) => vec![name],
            _ => out[i - 1].clone(),
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fs(texts: &[&str]) -> Vec<Features> {
        texts.iter().map(|t| Features::extract(t)).collect()
    }

    #[test]
    fn a_description_after_a_named_subject_gets_the_name() {
        let f = fs(&[
            "Microsoft's researchers found the intrusion last month.",
            "The tech giant identified a group linked to the attack.",
            "The company did not say how many customers were affected.",
        ]);
        let r = resolve(&f, &[true, true, true]);
        assert!(r[0].is_empty());
        assert_eq!(r[1], ["Microsoft"]);
        assert_eq!(r[2], ["Microsoft"]);
    }

    #[test]
    fn a_description_takes_the_name_its_head_noun_had() {
        let f = fs(&[
            "Fish died in the Tarn river, possibly after a leak at the Norrack Chemicals plant.",
            "The plant is believed to have released ammonia.",
        ]);
        assert_eq!(resolve(&f, &[true, true])[1], ["Norrack Chemicals"]);
    }

    #[test]
    fn the_named_source_of_a_report_is_its_subject() {
        let f = fs(&[
            "Referring to the hackers as \"Bronze Silhouette,\" Secureworks believes they are based abroad.",
            "The company also suggests that the attacks will continue.",
        ]);
        assert_eq!(resolve(&f, &[true, true])[1], ["Secureworks"]);
    }

    #[test]
    fn a_pronoun_after_a_spokesperson_for_a_named_owner_is_the_owner() {
        let f = fs(&[
            "Weiler's lawyer, Miriam Osei, said her client would plead not guilty.",
            "He could face as many as ten years behind bars.",
            "The company's chief executive, John Smith, said profits would rise.",
            "He expects a record year.",
        ]);
        assert_eq!(f[0].assessment.source.as_deref(), Some("Miriam Osei"));
        let r = resolve(&f, &[true; 4]);
        assert_eq!(r[1], ["Weiler"]);
        assert_eq!(r[3], ["John Smith"]);
    }

    #[test]
    fn no_reference_across_a_heading_or_without_a_head_noun() {
        let f = fs(&[
            "Microsoft found the intrusion last month.",
            "The company identified a group.",
            "The implications could be severe.",
        ]);
        assert!(resolve(&f, &[false, true, true])[1].is_empty());
        assert!(resolve(&f, &[true, true, true])[2].is_empty());
    }

    #[test]
    fn a_name_deep_in_the_previous_claim_is_not_its_subject() {
        let f = fs(&[
            "Last year the long and costly investigation by reporters reached Microsoft.",
            "The company declined to comment.",
        ]);
        assert!(resolve(&f, &[true, true])[1].is_empty());
    }
}
