//! The paraphrase lexicon: words news outlets use for the same thing
//! (dismiss ~ reject ~ deny, claims ~ allegations, China ~ Chinese ~ Beijing).
//!
//! The list is `data/paraphrases.txt`, written by hand and embedded in the
//! binary. Each line is one concept; its words are keyed by their stems, so a
//! word matches every inflection the stemmer folds.

use std::sync::LazyLock;

use super::bag::{hash_stem, HashMapPre};
use crate::features::stem::stem_key;

/// The embedded lexicon text.
pub const SOURCE: &str = include_str!("../../data/paraphrases.txt");

static CONCEPTS: LazyLock<HashMapPre<u64, u32>> = LazyLock::new(|| parse(SOURCE));

/// Parse lexicon text: one concept a line, `#` comments. Concept ids start at 1.
/// A word listed twice keeps its first concept.
pub fn parse(text: &str) -> HashMapPre<u64, u32> {
    let mut map = HashMapPre::default();
    let mut id = 0u32;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        id += 1;
        for w in line.split_whitespace() {
            let w = w.to_lowercase();
            map.entry(stem_key(&w)).or_insert(id);
        }
    }
    map
}

/// The concept of a stem (by its [`stem_key`]), or 0 when the lexicon has none.
pub fn concept(stem_hash: u64) -> u32 {
    CONCEPTS.get(&stem_hash).copied().unwrap_or(0)
}

/// Whether two stems (as text) are words of one lexicon concept.
pub fn same_concept(a: &str, b: &str) -> bool {
    let c = concept_of_stem(a);
    c != 0 && c == concept_of_stem(b)
}

/// The concept of a stem as text (a [`crate::features::Token::stem`]), or 0.
pub fn concept_of_stem(stem: &str) -> u32 {
    concept(hash_stem(stem, ""))
}

/// The concept of a word as written (stemmed first), or 0.
pub fn concept_of_word(word: &str) -> u32 {
    concept(stem_key(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(word: &str) -> u32 {
        concept_of_word(word)
    }

    #[test]
    fn news_paraphrases_share_a_concept() {
        assert_ne!(of("rejected"), 0);
        assert_eq!(of("rejected"), of("dismissed"));
        assert_eq!(of("claims"), of("allegations"));
        assert_eq!(of("china"), of("chinese"));
        assert_eq!(of("hackers"), of("attacker"));
        assert_eq!(of("said"), of("told"));
        assert_ne!(of("involvement"), 0);
        assert_eq!(of("involvement"), of("responsible"));
        assert_eq!(of("army"), of("military"));
        assert_eq!(of("fire"), of("blaze"));
        assert_ne!(of("fire"), of("sacked"));
        assert_eq!(of("passengers"), of("travellers"));
        assert_eq!(of("airliner"), of("aircraft"));
        assert_eq!(of("vessel"), of("ferry"));
    }

    #[test]
    fn unrelated_words_have_no_shared_concept() {
        assert_eq!(of("zebra"), 0);
        assert_ne!(of("rejected"), of("praised"));
        // "note" is on the reporting line; the negation "not" is on none
        assert_eq!(of("not"), 0);
    }
}
