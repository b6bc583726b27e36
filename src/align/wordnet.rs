//! Words WordNet relates: members of one synset ("rise" ~ "climb",
//! "purchase" ~ "buy"), a word and one derived from it ("acquire" ~
//! "acquisition"), and irregular inflections ("go" ~ "went").
//!
//! The lists in `data/wordnet/` come from WordNet 3.0 unfiltered (see
//! `data/wordnet/generate.py` and its `LICENSE`). The build script keys them
//! by stem hash into a table embedded in the binary, so nothing is parsed at
//! run time. A word's entry is found once (bags cache it per word, see
//! [`crate::align::bag::Term::wordnet`]); relating two entries is a merge of
//! two short sorted lists.
//!
//! The classifier also reads WordNet's antonyms ([`opposed`]: "won" /
//! "lost"), from `data/wordnet/antonyms.txt`, for the polarity aspect.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::bag::hash_stem;
use crate::features::stem::stem_parts;

/// The table written by `build.rs` (layout described there).
static TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/wordnet.bin"));

/// Entries in the directory of key prefixes.
const DIR: usize = (1 << 16) + 1;

fn u32_at(at: usize) -> u32 {
    TABLE
        .get(at..at + 4)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u32::from_le_bytes)
}

fn u64_at(at: usize) -> u64 {
    TABLE
        .get(at..at + 8)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u64::from_le_bytes)
}

fn keys() -> usize {
    u32_at(0) as usize
}

/// Byte offset of the sorted keys.
const KEYS_AT: usize = 8 + DIR * 4;

/// The entry of the stem with hash `stem` (a [`crate::align::bag::Term::stem`]):
/// its key's index plus one, or 0 when WordNet lacks the word.
pub fn entry(stem: u64) -> u32 {
    let p = (stem >> 48) as usize;
    let (mut at, end) = (u32_at(8 + p * 4) as usize, u32_at(8 + p * 4 + 4) as usize);
    while at < end {
        let k = u64_at(KEYS_AT + at * 8);
        if k == stem {
            return at as u32 + 1;
        }
        if k > stem {
            break;
        }
        at += 1;
    }
    0
}

/// The group ids of an entry: byte offset of the first, and how many.
fn groups(entry: u32) -> (usize, usize) {
    if entry == 0 {
        return (0, 0);
    }
    let n = keys();
    let starts = KEYS_AT + n * 8;
    let k = entry as usize - 1;
    let (s, e) = (u32_at(starts + k * 4), u32_at(starts + k * 4 + 4));
    (
        starts + (n + 1) * 4 + s as usize * 4,
        e.saturating_sub(s) as usize,
    )
}

/// Whether the words of two entries share a group; never for entry 0.
pub fn meet(a: u32, b: u32) -> bool {
    let ((fa, na), (fb, nb)) = (groups(a), groups(b));
    let (mut i, mut j) = (0, 0);
    while i < na && j < nb {
        let (x, y) = (u32_at(fa + i * 4), u32_at(fb + j * 4));
        if x == y {
            return true;
        }
        if x < y {
            i += 1;
        } else {
            j += 1;
        }
    }
    false
}

/// Whether WordNet relates two different words, given their stem hashes.
pub fn related(a: u64, b: u64) -> bool {
    a != b && meet(entry(a), entry(b))
}

/// Antonym pairs (`data/wordnet/antonyms.txt`), one pair a line.
const ANTONYMS: &str = include_str!("../../data/wordnet/antonyms.txt");

/// The antonym pairs keyed by stem hash, both orders; read on first use
/// (about 4,000 pairs, a fraction of a millisecond).
static OPPOSED: LazyLock<HashSet<(u64, u64)>> = LazyLock::new(|| {
    let key = |w: &str| {
        let (base, tail) = stem_parts(w);
        hash_stem(base, tail)
    };
    let mut set = HashSet::new();
    for line in ANTONYMS.lines().filter(|l| !l.starts_with('#')) {
        if let Some((a, b)) = line.split_once(' ') {
            let (a, b) = (key(a), key(b));
            if a != b {
                set.insert((a, b));
                set.insert((b, a));
            }
        }
    }
    set
});

/// Whether WordNet gives the two stems (as [`crate::features::Token::stem`]
/// holds them) as antonyms: "won" / "lost", "guilty" / "innocent".
pub fn opposed(a: &str, b: &str) -> bool {
    opposed_keys(hash_stem(a, ""), hash_stem(b, ""))
}

/// [`opposed`] for stem hashes.
pub fn opposed_keys(a: u64, b: u64) -> bool {
    OPPOSED.contains(&(a, b))
}

/// Stem hashes of the words that have an antonym, to pass over the rest.
static HAS_ANTONYM: LazyLock<HashSet<u64>> =
    LazyLock::new(|| OPPOSED.iter().map(|&(a, _)| a).collect());

/// Whether WordNet gives the stem (by its hash) any antonym.
pub fn has_antonym(stem: u64) -> bool {
    HAS_ANTONYM.contains(&stem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::bag::hash_stem;
    use crate::features::tokens::stem_parts;

    fn key(w: &str) -> u64 {
        let (base, tail) = stem_parts(w);
        hash_stem(base, tail)
    }

    #[test]
    fn synonyms_derivations_and_irregular_forms_are_related() {
        assert!(related(key("purchased"), key("bought")));
        assert!(related(key("acquisition"), key("acquired")));
        assert!(related(key("went"), key("traveled")));
        assert!(related(key("children"), key("child")));
    }

    #[test]
    fn antonyms_and_their_irregular_forms_are_opposed() {
        let stem = |w: &str| crate::features::tokens::stem(w);
        assert!(opposed(&stem("won"), &stem("lost")));
        assert!(opposed(&stem("guilty"), &stem("innocent")));
        assert!(opposed(&stem("closed"), &stem("open")));
        assert!(!opposed(&stem("won"), &stem("secured")));
    }

    #[test]
    fn unrelated_and_unknown_words_are_not() {
        assert!(!related(key("purchased"), key("volcano")));
        // "found" is a word of its own, so not read as "find"'s past
        assert!(!related(key("found"), key("discovered")));
        assert_eq!(entry(key("zzxqj")), 0);
        assert!(!meet(0, entry(key("buy"))));
        assert_ne!(entry(key("buy")), 0);
    }
}
