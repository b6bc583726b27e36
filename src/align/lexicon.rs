//! The paraphrase lexicon: words news outlets use for the same thing
//! (dismiss ~ reject ~ deny, claims ~ allegations, China ~ Chinese ~ Beijing).
//!
//! The list is `data/paraphrases.txt`, written by hand. Each line is one
//! concept; its words are keyed by their stems, so a word matches every
//! inflection the stemmer folds. The build script stems the list into a
//! hash table keyed by stem hash, embedded in the binary, so nothing is
//! parsed when a command starts (parsing took about 0.5 M instructions, on the
//! path of the first word every `pairs` worker looks up).

use super::bag::{hash_stem, HashMapPre};
use crate::features::stem::stem_key;

/// The embedded lexicon text.
pub const SOURCE: &str = include_str!("../../data/paraphrases.txt");

/// The table `build.rs` writes from [`SOURCE`]: [`SLOTS`] slots of a stem
/// hash (u64, 0 when empty) and its concept id (u32), little-endian. A
/// hash's home slot is the top bits of the hash times [`MUL`]; a taken
/// slot passes a key on to the next.
static TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.bin"));

/// Slots in [`TABLE`] (as `build.rs` sets them).
const SLOTS: usize = 1 << 12;
/// Multiplier that picks a hash's home slot (as in `build.rs`).
const MUL: u64 = 0x9e37_79b9_7f4a_7c15;
/// Bytes of one slot.
const SLOT: usize = 12;

/// Slot `k` of [`TABLE`]: its stem hash (0 when empty) and concept id.
fn slot(k: usize) -> (u64, u32) {
    let at = k * SLOT;
    let bytes = TABLE.get(at..at + SLOT).unwrap_or_default();
    let hash = bytes.get(..8).and_then(|b| b.try_into().ok());
    let id = bytes.get(8..).and_then(|b| b.try_into().ok());
    (
        hash.map_or(0, u64::from_le_bytes),
        id.map_or(0, u32::from_le_bytes),
    )
}

/// Parse lexicon text: one concept a line, `#` comments. Concept ids start at 1.
/// A word listed twice keeps its first concept. (The embedded lexicon is
/// parsed this way by the build script.)
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
    if stem_hash == 0 {
        return 0;
    }
    let mut at = (stem_hash.wrapping_mul(MUL) >> (64 - SLOTS.trailing_zeros())) as usize;
    for _ in 0..SLOTS {
        match slot(at) {
            (0, _) => return 0,
            (hash, id) if hash == stem_hash => return id,
            _ => at = (at + 1) % SLOTS,
        }
    }
    0
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
        assert_eq!(of("draws"), of("attracted"));
    }

    #[test]
    fn the_built_table_holds_what_parsing_the_source_gives() {
        let parsed = parse(SOURCE);
        assert_eq!(TABLE.len(), SLOTS * SLOT);
        let filled = (0..SLOTS).filter(|&k| slot(k).0 != 0).count();
        assert_eq!(filled, parsed.len());
        assert!(parsed.len() > 500, "{}", parsed.len());
        for (&hash, &id) in &parsed {
            assert_eq!(concept(hash), id);
        }
        assert_eq!(concept(0), 0);
        assert_eq!(concept(u64::MAX), 0);
    }

    #[test]
    fn unrelated_words_have_no_shared_concept() {
        assert_eq!(of("zebra"), 0);
        assert_ne!(of("rejected"), of("praised"));
        // "note" is on the reporting line; the negation "not" is on none
        assert_eq!(of("not"), 0);
    }
}
