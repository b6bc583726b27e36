//! Words WordNet relates: members of one synset ("rise" ~ "climb",
//! "purchase" ~ "buy"), a word and one derived from it ("acquire" ~
//! "acquisition"), and irregular inflections ("go" ~ "went").
//!
//! The lists in `data/wordnet/` come from WordNet 3.0 unfiltered (see
//! `data/wordnet/generate.py` and its `LICENSE`). The build script keys them
//! by stem hash into a table of about 0.6 MB embedded in the binary, so
//! nothing is parsed at run time. A word is found by 44 bits of its stem
//! hash (a 12-bit bucket, then the low 32 bits), which a word WordNet lacks
//! shares with a listed one about once in 300 million lookups. A word's
//! entry is found once (bags cache it per word, see
//! [`crate::align::bag::Term::wordnet`]); relating two entries is a merge of
//! two short sorted lists.
//!
//! The classifier also reads WordNet's antonyms ([`opposed`]: "won" /
//! "lost"), from `data/wordnet/antonyms.txt`, for the polarity aspect, with
//! the opposite actions WordNet lacks ("approved" / "rejected") that
//! `data/opposites.txt` lists by hand.

use std::sync::LazyLock;

use super::bag::HashSetPre;

use crate::features::stem::{fnv, stem_key};

/// The table written by `build.rs` (layout described there).
static TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wordnet.bin"));

/// Bits of the stem hash that pick a directory bucket.
const DIR_BITS: u32 = 12;
/// Entries in the directory of key prefixes.
const DIR: usize = (1 << DIR_BITS) + 1;

fn u32_at(at: usize) -> u32 {
    TABLE
        .get(at..at + 4)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u32::from_le_bytes)
}

fn keys() -> usize {
    u32_at(0) as usize
}

/// Byte offset of the sorted keys.
const KEYS_AT: usize = 8 + DIR * 4;

/// The entry of the stem with hash `stem` (a [`crate::align::bag::Term::stem`]):
/// its key's index plus one, or 0 when WordNet lacks the word.
pub fn entry(stem: u64) -> u32 {
    let p = (stem >> (64 - DIR_BITS)) as usize;
    let (from, to) = (u32_at(8 + p * 4) as usize, u32_at(8 + p * 4 + 4) as usize);
    let low = stem as u32;
    // a bucket's keys ascend by hash, so their low bits need not: scan it all
    let bucket = TABLE
        .get(KEYS_AT + from * 4..KEYS_AT + to * 4)
        .unwrap_or_default();
    bucket
        .chunks_exact(4)
        .position(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]) == low)
        .map_or(0, |k| (from + k) as u32 + 1)
}

/// The group ids of a word, as [`Groups::of`] finds them in the table.
#[derive(Debug, Clone, Copy, Default)]
pub struct Groups {
    /// The ids, little-endian u16 each, sorted.
    ids: &'static [u8],
}

impl Groups {
    /// The groups of an entry (none for entry 0).
    pub fn of(entry: u32) -> Groups {
        if entry == 0 {
            return Groups::default();
        }
        let n = keys();
        let starts = KEYS_AT + n * 4;
        let k = entry as usize - 1;
        let (s, e) = (u32_at(starts + k * 4), u32_at(starts + k * 4 + 4));
        let from = starts + (n + 1) * 4 + s as usize * 2;
        let to = from + e.saturating_sub(s) as usize * 2;
        Groups {
            ids: TABLE.get(from..to).unwrap_or_default(),
        }
    }

    /// Whether the word is in no group.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The group ids, ascending.
    pub fn ids(&self) -> impl Iterator<Item = u16> + '_ {
        self.ids
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
    }

    /// Whether the two words share a group (a merge of the sorted ids).
    pub fn meet(&self, other: &Groups) -> bool {
        let (mut a, mut b) = (self.ids(), other.ids());
        let (mut x, mut y) = (a.next(), b.next());
        while let (Some(i), Some(j)) = (x, y) {
            if i == j {
                return true;
            }
            if i < j {
                x = a.next();
            } else {
                y = b.next();
            }
        }
        false
    }
}

/// Whether WordNet relates two different words, given their stem hashes.
pub fn related(a: u64, b: u64) -> bool {
    a != b && Groups::of(entry(a)).meet(&Groups::of(entry(b)))
}

/// Antonym pairs (`data/wordnet/antonyms.txt`), one pair a line.
const ANTONYMS: &str = include_str!("../../data/wordnet/antonyms.txt");
/// Opposite actions WordNet does not give as antonyms, written by hand
/// (`data/opposites.txt`), one pair a line.
const OPPOSITES: &str = include_str!("../../data/opposites.txt");

/// The key of a verb and the particle written right after it ("went
/// ahead", "called off"), given the verb's stem hash: the hand-written list
/// pairs such phrases as `go_ahead`.
pub fn phrase_key(stem: u64, particle: &str) -> u64 {
    fnv(fnv(stem, b" "), particle.as_bytes())
}

/// The key of a word of the lists: its stem hash, or a phrase's key.
fn list_key(word: &str) -> u64 {
    match word.split_once('_') {
        Some((verb, particle)) => phrase_key(stem_key(verb), particle),
        None => stem_key(word),
    }
}

/// The antonym pairs of both lists keyed by stem hash (or [`phrase_key`]),
/// both orders; read on first use (about 4,000 pairs, a fraction of a
/// millisecond).
static OPPOSED: LazyLock<HashSetPre<(u64, u64)>> = LazyLock::new(|| {
    let mut set = HashSetPre::default();
    let lines = ANTONYMS.lines().chain(OPPOSITES.lines());
    for line in lines.filter(|l| !l.starts_with('#')) {
        if let Some((a, b)) = line.split_once(' ') {
            let (a, b) = (list_key(a), list_key(b));
            if a != b {
                set.insert((a, b));
                set.insert((b, a));
            }
        }
    }
    set
});

/// Whether WordNet, or the hand-written list, gives two words, by their
/// stem hashes, as opposites: "won" / "lost", "guilty" / "innocent",
/// "approved" / "rejected".
pub fn opposed(a: u64, b: u64) -> bool {
    OPPOSED.contains(&(a, b))
}

/// Stem hashes of the words that have an antonym, to pass over the rest.
static HAS_ANTONYM: LazyLock<HashSetPre<u64>> =
    LazyLock::new(|| OPPOSED.iter().map(|&(a, _)| a).collect());

/// Whether the stem (by its hash) has any opposite in either list.
pub fn has_antonym(stem: u64) -> bool {
    HAS_ANTONYM.contains(&stem)
}

/// Stem hashes of the verbs that start a phrase of the hand-written list.
static PHRASE_VERBS: LazyLock<HashSetPre<u64>> = LazyLock::new(|| {
    OPPOSITES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(|l| l.split(' '))
        .filter_map(|w| w.split_once('_'))
        .map(|(verb, _)| stem_key(verb))
        .collect()
});

/// Whether a phrase of the hand-written list starts with this verb (by its
/// stem hash): only then is the word after it worth a [`phrase_key`].
pub fn starts_phrase(stem: u64) -> bool {
    PHRASE_VERBS.contains(&stem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::stem::stem_key as key;

    #[test]
    fn synonyms_derivations_and_irregular_forms_are_related() {
        assert!(related(key("purchased"), key("bought")));
        assert!(related(key("acquisition"), key("acquired")));
        assert!(related(key("went"), key("traveled")));
        assert!(related(key("children"), key("child")));
    }

    #[test]
    fn antonyms_and_their_irregular_forms_are_opposed() {
        assert!(opposed(key("won"), key("lost")));
        assert!(opposed(key("guilty"), key("innocent")));
        assert!(opposed(key("closed"), key("open")));
        assert!(!opposed(key("won"), key("secured")));
        // the hand-written opposite actions are read too
        assert!(opposed(key("approved"), key("rejected")));
        assert!(has_antonym(key("lifted")));
        // a verb and its particle, as the hand-written list pairs them
        let went_ahead = phrase_key(key("went"), "ahead");
        assert!(opposed(key("cancelled"), went_ahead));
        assert!(opposed(
            phrase_key(key("called"), "off"),
            phrase_key(key("took"), "place")
        ));
        assert!(!opposed(key("cancelled"), key("went")));
        assert!(starts_phrase(key("went")) && !starts_phrase(key("cancelled")));
    }

    #[test]
    fn unrelated_and_unknown_words_are_not() {
        assert!(!related(key("purchased"), key("volcano")));
        // "found" is a word of its own, so not read as "find"'s past
        assert!(!related(key("found"), key("discovered")));
        assert_eq!(entry(key("zzxqj")), 0);
        assert!(!Groups::of(0).meet(&Groups::of(entry(key("buy")))));
        assert_ne!(entry(key("buy")), 0);
    }
}
