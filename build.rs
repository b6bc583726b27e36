//! Build script: turn the WordNet word lists in `data/wordnet/` into the
//! table `src/align/wordnet.rs` searches, keyed by the matcher's own stem
//! hashes (`src/features/stem.rs` is included here, so both always agree),
//! and on Linux link the binary without PIE (see `link_without_pie`).
//!
//! Table layout, little-endian, kept small so that lookups stay in cache:
//! the number of keys `n` and of group ids `m` (u32 each); a directory of
//! 4,097 u32, where entry `p` is the index of the first key whose top 12
//! bits are at least `p`; the `n` keys in ascending order of stem hash, each
//! as the hash's low 32 bits (u32: with the 12 bits of its directory bucket,
//! 44 bits of the hash must agree); `n + 1` offsets into the id list (u32);
//! then the `m` group ids (u16), each key's sorted.

use std::collections::BTreeMap;
use std::path::PathBuf;

#[allow(dead_code)]
#[path = "src/features/stem.rs"]
mod stem;

fn lines(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_whitespace().collect())
}

fn main() {
    let dir = PathBuf::from("data/wordnet");
    for f in ["related.txt", "irregular.txt"] {
        println!("cargo:rerun-if-changed={}", dir.join(f).display());
    }
    println!("cargo:rerun-if-changed=src/features/stem.rs");
    println!("cargo:rerun-if-changed=data/paraphrases.txt");
    write_lexicon();
    link_without_pie();
    let read = |f: &str| {
        std::fs::read_to_string(dir.join(f)).unwrap_or_else(|e| panic!("data/wordnet/{f}: {e}"))
    };
    let (related, irregular) = (read("related.txt"), read("irregular.txt"));

    let mut groups: BTreeMap<u64, Vec<u32>> = BTreeMap::new();
    let mut next = 0u32;
    for words in lines(&related) {
        next += 1;
        for w in words {
            groups.entry(stem::stem_key(w)).or_default().push(next);
        }
    }
    // an irregular form shares its lemma's groups, and one of its own with it
    for words in lines(&irregular) {
        next += 1;
        let lemma = stem::stem_key(words[0]);
        let mut ids = groups.get(&lemma).cloned().unwrap_or_default();
        ids.push(next);
        groups.entry(lemma).or_default().push(next);
        for w in &words[1..] {
            groups.entry(stem::stem_key(w)).or_default().extend(&ids);
        }
    }

    let n = groups.len();
    let m: usize = groups.values().map(Vec::len).sum();
    let mut out = Vec::with_capacity(8 + 4097 * 4 + n * 8 + 4 + m * 2);
    out.extend((n as u32).to_le_bytes());
    out.extend((m as u32).to_le_bytes());
    let keys: Vec<u64> = groups.keys().copied().collect();
    for p in 0..=1u64 << 12 {
        let first = keys.partition_point(|&k| k >> 52 < p);
        out.extend((first as u32).to_le_bytes());
    }
    for k in &keys {
        out.extend((*k as u32).to_le_bytes());
    }
    let mut at = 0u32;
    out.extend(at.to_le_bytes());
    let mut ids_bytes = Vec::with_capacity(m * 2);
    for ids in groups.values_mut() {
        ids.sort_unstable();
        ids.dedup();
        at += ids.len() as u32;
        out.extend(at.to_le_bytes());
        for &id in ids.iter() {
            let id = u16::try_from(id).expect("group ids fit in u16");
            ids_bytes.extend(id.to_le_bytes());
        }
    }
    // the header counted ids before duplicates were dropped
    let m = at as usize;
    out[4..8].copy_from_slice(&(m as u32).to_le_bytes());
    out.extend(ids_bytes);
    let path = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(path.join("wordnet.bin"), out).expect("write the WordNet table");
}

/// Write `lexicon.bin`, the paraphrase lexicon keyed by stem hash, for
/// `src/align/lexicon.rs`: an open-addressing table of `LEXICON_SLOTS`
/// slots, each a stem hash (u64, 0 for an empty slot) and its concept id
/// (u32), little-endian. A key's home slot is the top bits of its hash
/// times `LEXICON_MUL`; a taken slot passes the key on to the next one.
/// Concept ids count the lexicon's lines from 1 (comments and blank lines
/// aside); a word listed twice keeps its first concept.
fn write_lexicon() {
    let text = std::fs::read_to_string("data/paraphrases.txt")
        .unwrap_or_else(|e| panic!("data/paraphrases.txt: {e}"));
    let mut map: BTreeMap<u64, u32> = BTreeMap::new();
    let mut id = 0u32;
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        id += 1;
        for w in line.split_whitespace() {
            map.entry(stem::stem_key(&w.to_lowercase())).or_insert(id);
        }
    }
    // at most a quarter full, so most lookups of a word the lexicon lacks
    // end at their home slot
    const LEXICON_SLOTS: usize = 1 << 12;
    const LEXICON_MUL: u64 = 0x9e37_79b9_7f4a_7c15;
    assert!(map.len() * 4 <= LEXICON_SLOTS, "grow LEXICON_SLOTS");
    let mut slots = vec![(0u64, 0u32); LEXICON_SLOTS];
    for (&k, &v) in &map {
        assert_ne!(k, 0, "a stem hash of 0 marks an empty slot");
        let mut at =
            (k.wrapping_mul(LEXICON_MUL) >> (64 - LEXICON_SLOTS.trailing_zeros())) as usize;
        while slots[at].0 != 0 {
            at = (at + 1) % LEXICON_SLOTS;
        }
        slots[at] = (k, v);
    }
    let mut out = Vec::with_capacity(LEXICON_SLOTS * 12);
    for (k, v) in slots {
        out.extend(k.to_le_bytes());
        out.extend(v.to_le_bytes());
    }
    let path = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(path.join("lexicon.bin"), out).expect("write the lexicon table");
}

/// Link the `claimdiff` binary as a position-dependent executable on
/// Linux with glibc. As a PIE, each start spent about 0.4 ms of CPU and 120
/// page faults rebasing some 25,000 pointers, nearly all in the HTML entity
/// tables of the readability parser's dependencies, before `main` ran: a
/// tenth of a whole `pairs` run on MRPC. Without PIE the linker resolves
/// them once. The library, tests and benches are unaffected.
fn link_without_pie() {
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
