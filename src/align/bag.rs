//! Bags of terms: the light representation that claim similarity works on.
//!
//! A [`Bag`] holds each distinct word of a claim once, as hashes of its
//! normalised form and stem, its paraphrase-lexicon concept, a class (function
//! word, content word, name, number) and a weight. Building one needs no
//! allocation per word, so the `pairs` command can score hundreds of thousands
//! of pairs a second; the aligner builds the same bags from [`Features`] tokens.
//!
//! [`Features`]: crate::features::Features

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::features::numbers::numeral;
use crate::features::stem::{fnv, stem_key, FNV_OFFSET, FNV_PRIME};
pub use crate::features::stem::{hash_stem, hash_word};
use crate::features::tokens::{is_acronym, normalize, words, Token, STOPWORDS};

use super::lexicon;

/// What kind of word a term is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermClass {
    /// A function word ("the", "of", "has").
    Stop,
    /// An ordinary content word.
    Content,
    /// A capitalised word that is not sentence-initial, or an acronym.
    Name,
    /// A word with a digit in it ("2023", "4.6", "$1.8").
    Number,
}

/// One distinct word of a claim.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Term {
    /// Hash of the normalised word.
    pub norm: u64,
    /// Hash of the stem.
    pub stem: u64,
    /// Paraphrase-lexicon concept, 0 for none.
    pub concept: u32,
    /// What kind of word it is.
    pub class: TermClass,
    /// Weight in the overlap sums.
    pub weight: f32,
    /// Numeric value of a number term (NaN when unreadable, 0 for other terms).
    pub value: f64,
    /// Byte range of the normalised word in [`Bag::text`].
    pub span: (u32, u32),
    /// First two bytes of the normalised word (a cheap filter for fuzzy matching).
    pub lead: u16,
    /// Whether the word was written with a capital first letter.
    pub capitalised: bool,
    /// Whether the word was written as an acronym ("NSA", "U.N.").
    pub acronym: bool,
    /// The word's entry in the WordNet table ([`super::wordnet::entry`]), 0
    /// for none; function words and numbers have none.
    pub wordnet: u32,
}

/// How a word was written, as far as its term needs to know.
#[derive(Debug, Clone, Copy, Default)]
struct Shape {
    /// Capital first letter.
    capitalised: bool,
    /// Written as an acronym (see [`is_acronym`]).
    acronym: bool,
    /// The claim's first word (so its capital says nothing).
    first: bool,
}

impl Shape {
    /// The shape of `raw` as written. On the `pairs` hot path: an ASCII
    /// first letter is tested as a byte, and a lowercase second letter rules
    /// an acronym out before [`is_acronym`] scans the word.
    fn of(raw: &str, first: bool) -> Shape {
        let b = raw.as_bytes();
        let capitalised = match b.first() {
            Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
            _ => raw.chars().next().is_some_and(char::is_uppercase),
        };
        let maybe_acronym = b.get(1).is_some_and(|c| !c.is_ascii_lowercase());
        Shape {
            capitalised,
            acronym: capitalised && maybe_acronym && is_acronym(raw),
            first,
        }
    }
}

/// The distinct words of one claim (or of several claims joined).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bag {
    /// The terms, in first-seen order, each normalised word once.
    pub terms: Vec<Term>,
    /// Normalised text that the terms' spans point into (for character-level matching).
    pub text: String,
    /// A 256-bit filter of the word hashes seen, to skip most duplicate scans.
    seen: Seen,
    /// Which of the first 64 terms are numbers and acronyms.
    pub(super) kinds: Kinds,
}

/// Which of a bag's first 64 terms are numbers and acronyms, one bit per
/// term: the passes of matching that take only those visit only those
/// (most claims have none). A pass still tests its own conditions: a mask
/// only narrows the terms it looks at. A term's bits do not depend on
/// whether it is a content word or a name, so a bag's owner may turn one
/// into the other.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Kinds {
    /// Numbers.
    pub(super) number: u64,
    /// Acronyms.
    pub(super) acronym: u64,
}

impl Kinds {
    /// Set the bits of `t`, term `j` of its bag (none past the 64th).
    fn mark(&mut self, j: usize, t: &Term) {
        if j < 64 {
            self.number |= u64::from(t.class == TermClass::Number) << j;
            self.acronym |= u64::from(t.acronym) << j;
        }
    }
}

/// The term indices [`Bag::each`] gives, in ascending order.
pub(super) enum Indices {
    /// The set bits of a mask.
    Bits(u64),
    /// Every index of a bag of more than 64 terms.
    Every(std::ops::Range<usize>),
}

impl Iterator for Indices {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        match self {
            Indices::Bits(0) => None,
            Indices::Bits(m) => {
                let j = m.trailing_zeros() as usize;
                *m &= *m - 1;
                Some(j)
            }
            Indices::Every(r) => r.next(),
        }
    }
}

/// A small Bloom-style filter of `W` × 64 bits, one bit per key: a clear
/// bit proves a key new without a scan. A bag keeps one of its words' hashes;
/// WordNet matching one of the other side's group ids.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Seen<const W: usize = 4>([u64; W]);

impl<const W: usize> Default for Seen<W> {
    fn default() -> Self {
        Seen([0; W])
    }
}

impl<const W: usize> Seen<W> {
    /// Whether the key's bit is set (a clear bit: never added).
    pub(super) fn has(&self, h: u64) -> bool {
        self.0[(h >> 6) as usize % W] & (1 << (h & 63)) != 0
    }
    /// Set the key's bit.
    pub(super) fn add(&mut self, h: u64) {
        self.0[(h >> 6) as usize % W] |= 1 << (h & 63);
    }
    /// Set the key's bit; whether it was set before.
    fn swap(&mut self, h: u64) -> bool {
        let (word, bit) = (&mut self.0[(h >> 6) as usize % W], 1 << (h & 63));
        let was = *word & bit != 0;
        *word |= bit;
        was
    }
}

fn lead(word: &str) -> u16 {
    let b = word.as_bytes();
    u16::from_le_bytes([
        b.first().copied().unwrap_or(0),
        b.get(1).copied().unwrap_or(0),
    ])
}

/// Longest stopword, in bytes: longer words skip the stopword lookup.
static STOP_MAX_LEN: LazyLock<usize> =
    LazyLock::new(|| STOPWORDS.iter().map(|w| w.len()).max().unwrap_or(0));

/// Base weight of a function word relative to a content word (1.0).
///
/// Function words are kept at half weight: paraphrases keep most of their
/// grammar, and a clause added on one side brings its own function words.
pub const STOP_WEIGHT: f32 = 0.5;
/// Base weight of a number: a shared or differing figure says more than a word.
pub const NUMBER_WEIGHT: f32 = 1.5;

/// The lowercase form of each ASCII letter or digit byte, 0 for any other byte.
static LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// A hasher for keys that are already hashes: one multiply spreads the bits.
#[derive(Debug, Clone, Copy, Default)]
pub struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv(self.0, bytes);
    }
    fn write_u64(&mut self, n: u64) {
        // from the empty state, a key's own spread; a second key (the
        // other half of a pair) is mixed in, not written over the first
        self.0 = (self.0 ^ n)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15)
            .rotate_left(29);
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64);
    }
}

/// A map keyed by word hashes, concept ids or claim indices.
pub type HashMapPre<K, V> = HashMap<K, V, BuildHasherDefault<PreHashed>>;

/// A set of word hashes (or pairs of them).
pub type HashSetPre<K> = HashSet<K, BuildHasherDefault<PreHashed>>;

/// Hashes of the stopwords, sorted, so a term's class costs one binary search.
static STOP_HASHES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut v: Vec<u64> = STOPWORDS.iter().map(|w| hash_word(w)).collect();
    v.sort_unstable();
    v
});

/// What a normalised word is, whatever its case or position.
///
/// 24 bytes, so a [`WordCache`] slot with its key is 32 (two to a cache
/// line, where 40 straddled them) and a cache fills 128 fresh pages, not
/// 160. A number needs its value but has no concept or WordNet entry,
/// another word the other way round, so the two share [`WordInfo::extra`].
#[derive(Debug, Clone, Copy)]
pub struct WordInfo {
    stem: u64,
    /// For a number, the bits of its value (see [`number_value`]); for
    /// another word, its concept in the low half and its WordNet entry in the high.
    extra: u64,
    stop: bool,
    number: bool,
    lead: u16,
}

impl WordInfo {
    /// What an empty cache slot holds (never read: hash 0 is never stored).
    /// Not all zero bytes, so filling a cache writes every page.
    const NONE: WordInfo = WordInfo {
        stem: u64::MAX,
        extra: 0,
        stop: false,
        number: false,
        lead: 0,
    };

    /// The analysis of the normalised word `norm`, whose [`hash_word`] is `hash`.
    fn of(norm: &str, hash: u64) -> WordInfo {
        let stem = stem_key(norm);
        let number = norm.bytes().any(|b| b.is_ascii_digit());
        let stop =
            !number && norm.len() <= *STOP_MAX_LEN && STOP_HASHES.binary_search(&hash).is_ok();
        let extra = if number {
            number_value(norm).to_bits()
        } else {
            let wordnet = if stop { 0 } else { super::wordnet::entry(stem) };
            u64::from(lexicon::concept(stem)) | u64::from(wordnet) << 32
        };
        WordInfo {
            stem,
            extra,
            stop,
            number,
            lead: lead(norm),
        }
    }

    /// The value of a number, 0 for another word.
    fn value(&self) -> f64 {
        if self.number {
            f64::from_bits(self.extra)
        } else {
            0.0
        }
    }

    /// The paraphrase-lexicon concept, 0 for none (and for a number).
    fn concept(&self) -> u32 {
        if self.number {
            0
        } else {
            self.extra as u32
        }
    }

    /// The WordNet entry, 0 for none (and for a number).
    fn wordnet(&self) -> u32 {
        if self.number {
            0
        } else {
            (self.extra >> 32) as u32
        }
    }
}

/// Analyse a word without a cache (the `info` argument of `Bag::push_parts`).
fn analyse(norm: &str, hash: u64) -> WordInfo {
    WordInfo::of(norm, hash)
}

/// Analyses of words already seen: a direct-mapped table keyed by the word's
/// hash (a newer word takes an older one's slot), so a lookup is one probe.
#[derive(Debug, Clone)]
pub struct WordCache {
    slots: Vec<(u64, WordInfo)>,
}

impl Default for WordCache {
    fn default() -> Self {
        // filled with non-zero bytes: a zeroed allocation would map the
        // shared zero page, and each first write to it would then cost a
        // copy-on-write fault that flushes the TLB of every core running a
        // worker (a fifth of the `pairs` time on a 2-core VM)
        WordCache {
            slots: vec![(0, WordInfo::NONE); WordCache::SLOTS],
        }
    }
}

impl WordCache {
    /// Number of slots (a power of two).
    pub const SLOTS: usize = 1 << 14;

    /// The analysis of the word with hash `hash`, which is `text[s..e]`
    /// (sliced only when the word is not in the cache).
    fn get(&mut self, hash: u64, text: &str, (s, e): (usize, usize)) -> WordInfo {
        let at = (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - Self::SLOTS.trailing_zeros()))
            as usize;
        let slot = &mut self.slots[at];
        if slot.0 != hash || hash == 0 {
            *slot = (hash, WordInfo::of(text.get(s..e).unwrap_or_default(), hash));
        }
        slot.1
    }
}

/// The verb of a negative contraction ("doesn't" → "does", "can't" →
/// "can", "won't" → "will"), or `None` for any other word.
fn contracted(word: &str) -> Option<&str> {
    let base = word.strip_suffix("n't").filter(|b| !b.is_empty())?;
    Some(match base {
        "ca" => "can",
        "wo" => "will",
        "sha" => "shall",
        b => b,
    })
}

fn base_weight(class: TermClass) -> f32 {
    match class {
        TermClass::Stop => STOP_WEIGHT,
        TermClass::Number => NUMBER_WEIGHT,
        TermClass::Content | TermClass::Name => 1.0,
    }
}

fn number_value(norm: &str) -> f64 {
    // most numbers are digits and dots only
    if norm.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return norm.parse().unwrap_or(f64::NAN);
    }
    let digits: String = norm
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits.parse().unwrap_or(f64::NAN)
}

impl Bag {
    /// Build a bag straight from claim text, with base weights.
    pub fn from_text(text: &str) -> Bag {
        let mut bag = Bag {
            terms: Vec::with_capacity(32),
            text: String::with_capacity(text.len()),
            seen: Seen::default(),
            kinds: Kinds::default(),
        };
        for (k, (s, e)) in words(text).enumerate() {
            let raw = &text[s..e];
            let from = bag.text.len();
            let shape = Shape::of(raw, k == 0);
            if raw.is_ascii() {
                bag.text.push_str(raw);
                if let Some(s) = bag.text.get_mut(from..) {
                    s.make_ascii_lowercase();
                }
            } else {
                bag.text.push_str(&normalize(raw));
            }
            bag.push_parts(from, shape, &|_, w| w, &mut analyse);
        }
        bag
    }

    /// Build a bag from a claim's tokens, weighting each term by `weigh(key,
    /// base weight)`; the key is the term's concept, or its stem hash.
    pub fn from_tokens(tokens: &[Token], weigh: impl Fn(u64, f32) -> f32) -> Bag {
        let mut bag = Bag {
            terms: Vec::with_capacity(tokens.len()),
            text: String::new(),
            seen: Seen::default(),
            kinds: Kinds::default(),
        };
        for (k, t) in tokens.iter().enumerate() {
            let from = bag.text.len();
            bag.text.push_str(&t.norm);
            let shape = Shape {
                capitalised: t.capitalised,
                acronym: t.acronym,
                first: k == 0,
            };
            bag.push_parts(from, shape, &weigh, &mut analyse);
        }
        bag
    }

    /// Add the word written at `text[from..]`; a hyphenated word
    /// ("China-backed", a tally such as "212-187") is added as its parts, so
    /// each can match on its own. Letters and digits joined ("COVID-19",
    /// "F-16") stay one word. `info` analyses each word given it and its
    /// hash ([`analyse`], or a [`WordCache`] lookup).
    fn push_parts(
        &mut self,
        from: usize,
        shape: Shape,
        weigh: &impl Fn(u64, f32) -> f32,
        info: &mut impl FnMut(&str, u64) -> WordInfo,
    ) {
        let word = &self.text[from..];
        if let Some(base) = contracted(word) {
            // "doesn't" is "does" and "not", as "does not" is written
            let base = base.to_string();
            self.text.truncate(from);
            self.text.push_str(&base);
            self.push_parts(from, shape, weigh, info);
            let at = self.text.len();
            self.text.push_str("not");
            let not = Shape {
                first: false,
                ..Shape::default()
            };
            self.push_analysed(at, not, weigh, info);
            return;
        }
        if !word.as_bytes().contains(&b'-')
            || (word.bytes().any(|b| b.is_ascii_digit()) && !word.split('-').all(numeral))
        {
            self.push_analysed(from, shape, weigh, info);
            return;
        }
        let word = word.to_string();
        self.text.truncate(from);
        for (k, part) in word.split('-').filter(|p| !p.is_empty()).enumerate() {
            let at = self.text.len();
            self.text.push_str(part);
            let part_shape = Shape {
                capitalised: shape.capitalised && k == 0,
                acronym: false,
                first: shape.first && k == 0,
            };
            self.push_analysed(at, part_shape, weigh, info);
        }
    }

    /// Add the word at `text[from..]` (already normalised), skipping a
    /// repeat; `info` analyses it (or recalls the analysis) given the word and its hash.
    fn push_analysed(
        &mut self,
        from: usize,
        shape: Shape,
        weigh: &impl Fn(u64, f32) -> f32,
        info: &mut impl FnMut(&str, u64) -> WordInfo,
    ) {
        if shape.capitalised && &self.text[from..] == "us" {
            // "US" the country, not the pronoun
            self.text.truncate(from);
            self.text.push_str("u.s");
        }
        let norm_str = &self.text[from..];
        let norm = hash_word(norm_str);
        if self.seen.swap(norm) && self.terms.iter().any(|t| t.norm == norm) {
            self.text.truncate(from);
            return;
        }
        let w = info(norm_str, norm);
        let to = self.text.len();
        self.push_info(norm, (from, to), w, shape, weigh);
    }

    fn push_info(
        &mut self,
        norm: u64,
        (from, to): (usize, usize),
        w: WordInfo,
        shape: Shape,
        weigh: &impl Fn(u64, f32) -> f32,
    ) {
        let class = if w.number {
            TermClass::Number
        } else if w.stop {
            TermClass::Stop
        } else if shape.capitalised && !shape.first {
            TermClass::Name
        } else {
            TermClass::Content
        };
        let concept = w.concept();
        let key = if concept != 0 { concept as u64 } else { w.stem };
        let t = Term {
            norm,
            stem: w.stem,
            concept,
            class,
            weight: weigh(key, base_weight(class)),
            value: w.value(),
            span: (from as u32, to as u32),
            lead: w.lead,
            capitalised: shape.capitalised,
            acronym: shape.acronym,
            wordnet: w.wordnet(),
        };
        self.kinds.mark(self.terms.len(), &t);
        self.terms.push(t);
    }

    /// Like [`Bag::from_text`], recalling the analysis of words seen before
    /// from `cache` (the `pairs` command scores many claims with one vocabulary).
    pub fn from_text_cached(text: &str, cache: &mut WordCache) -> Bag {
        let mut bag = Bag::default();
        bag.refill_cached(text, cache);
        bag
    }

    /// [`Bag::from_text_cached`] into this bag, reusing its buffers.
    pub fn refill_cached(&mut self, text: &str, cache: &mut WordCache) {
        self.terms.clear();
        self.text.clear();
        self.seen = Seen::default();
        self.kinds = Kinds::default();
        let bag = self;
        if !text.is_ascii() {
            for (k, (s, e)) in words(text).enumerate() {
                let raw = &text[s..e];
                let from = bag.text.len();
                bag.text.push_str(&normalize(raw));
                bag.push_parts(
                    from,
                    Shape::of(raw, k == 0),
                    &|_, w| w,
                    &mut |norm: &str, hash| cache.get(hash, norm, (0, norm.len())),
                );
            }
            return;
        }
        // ASCII: the whole line is lowercased once, and the terms' spans point
        // into it; one pass finds each word (as `words` does) and hashes it
        bag.text.push_str(text);
        bag.text.make_ascii_lowercase();
        let bytes = text.as_bytes();
        let (n, mut i, mut k) = (bytes.len(), 0, 0);
        while i < n {
            while i < n && LOWER[bytes[i] as usize] == 0 {
                i += 1;
            }
            if i >= n {
                break;
            }
            let s = i;
            let (mut h, mut good) = (FNV_OFFSET, (FNV_OFFSET, s));
            let (mut hyphen, mut apostrophe) = (false, false);
            while i < n {
                let b = bytes[i];
                let l = LOWER[b as usize];
                if l != 0 {
                    h = (h ^ l as u64).wrapping_mul(FNV_PRIME);
                    good = (h, i + 1);
                } else if matches!(b, b'.' | b'\'' | b'-')
                    || (b == b','
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
                {
                    // split as `push_parts` does, whatever follows the hyphen
                    hyphen |= b == b'-';
                    apostrophe |= b == b'\'';
                    h = (h ^ b as u64).wrapping_mul(FNV_PRIME);
                } else {
                    break;
                }
                i += 1;
            }
            let (norm, e) = good;
            let first = k == 0;
            k += 1;
            // `Shape::of`, on bytes: the word starts with a letter or digit
            let capitalised = bytes[s].is_ascii_uppercase();
            let shape = Shape {
                capitalised,
                acronym: capitalised
                    && bytes.get(s + 1).is_some_and(|c| !c.is_ascii_lowercase())
                    && is_acronym(&text[s..e]),
                first,
            };
            let from = bag.text.len();
            let us = capitalised
                && e - s == 2
                && bytes[s + 1].eq_ignore_ascii_case(&b's')
                && bytes[s] == b'U';
            let contraction = apostrophe
                && e - s > 3
                && bytes[e - 2] == b'\''
                && bytes[e - 3].eq_ignore_ascii_case(&b'n')
                && bytes[e - 1].eq_ignore_ascii_case(&b't');
            if hyphen || us || contraction {
                bag.text.push_str(&text[s..e]);
                if let Some(w) = bag.text.get_mut(from..) {
                    w.make_ascii_lowercase();
                }
                bag.push_parts(from, shape, &|_, w| w, &mut |norm: &str, hash| {
                    cache.get(hash, norm, (0, norm.len()))
                });
                continue;
            }
            if bag.seen.swap(norm) && bag.terms.iter().any(|t| t.norm == norm) {
                continue;
            }
            let w = cache.get(norm, &bag.text, (s, e));
            bag.push_info(norm, (s, e), w, shape, &|_, w| w);
        }
    }

    /// The indices of the terms in `mask` (a [`Kinds`] field), or of every
    /// term when the bag has more than 64.
    pub(super) fn each(&self, mask: u64) -> Indices {
        if self.terms.len() > 64 {
            Indices::Every(0..self.terms.len())
        } else {
            Indices::Bits(mask)
        }
    }

    /// The normalised word of a term.
    pub fn word(&self, t: &Term) -> &str {
        self.text
            .get(t.span.0 as usize..t.span.1 as usize)
            .unwrap_or("")
    }

    /// The key a term is indexed and weighted under: its concept, or its stem hash.
    pub fn key(t: &Term) -> u64 {
        if t.concept != 0 {
            t.concept as u64
        } else {
            t.stem
        }
    }

    /// Join several bags into one (a claim group), each word once.
    pub fn join<'a>(bags: impl IntoIterator<Item = &'a Bag>) -> Bag {
        let mut out = Bag::default();
        for b in bags {
            for t in &b.terms {
                if out.seen.swap(t.norm) && out.terms.iter().any(|u| u.norm == t.norm) {
                    continue;
                }
                let from = out.text.len();
                out.text.push_str(b.word(t));
                let t = Term {
                    span: (from as u32, out.text.len() as u32),
                    ..*t
                };
                out.kinds.mark(out.terms.len(), &t);
                out.terms.push(t);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pre_hashed_keys_spread_alone_and_mix_in_pairs() {
        use std::hash::{BuildHasher, BuildHasherDefault};
        let h = BuildHasherDefault::<PreHashed>::default();
        let one = |k: u64| h.hash_one(k);
        assert_eq!(
            one(7),
            7u64.wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29)
        );
        // both halves of a pair count
        assert_ne!(h.hash_one((1u64, 9u64)), h.hash_one((2u64, 9u64)));
        assert_ne!(h.hash_one((1u64, 9u64)), h.hash_one((1u64, 8u64)));
    }

    #[test]
    fn repeated_words_count_once() {
        let b = Bag::from_text("The cat saw the cat.");
        assert_eq!(b.terms.len(), 3);
    }

    #[test]
    fn classes_follow_case_digits_and_stopwords() {
        let b = Bag::from_text("Officials in Guam counted 3,000 ships");
        let classes: Vec<_> = b.terms.iter().map(|t| t.class).collect();
        assert_eq!(
            classes,
            [
                TermClass::Content,
                TermClass::Stop,
                TermClass::Name,
                TermClass::Content,
                TermClass::Number,
                TermClass::Content
            ]
        );
        assert_eq!(b.terms[4].value, 3000.0);
    }

    #[test]
    fn hyphenated_words_match_by_their_parts() {
        let b = Bag::from_text("China-backed hackers");
        let words: Vec<&str> = b.terms.iter().map(|t| b.word(t)).collect();
        assert_eq!(words, ["china", "backed", "hackers"]);
        let n = Bag::from_text("a 3-2 win for F-16 makers");
        let words: Vec<&str> = n.terms.iter().map(|t| n.word(t)).collect();
        assert_eq!(words, ["a", "3", "2", "win", "for", "f-16", "makers"]);
    }

    #[test]
    fn word_info_packs_a_number_or_a_word_into_a_32_byte_slot() {
        assert_eq!(std::mem::size_of::<(u64, WordInfo)>(), 32);
        let n = WordInfo::of("4.5", hash_word("4.5"));
        assert!(n.number && !n.stop);
        assert_eq!(n.value(), 4.5);
        assert_eq!((n.concept(), n.wordnet()), (0, 0));
        let stem = stem_key("denied");
        let w = WordInfo::of("denied", hash_word("denied"));
        assert!(!w.number && !w.stop);
        assert_eq!(w.value(), 0.0);
        assert_ne!(w.concept(), 0);
        assert_eq!(w.concept(), lexicon::concept(stem));
        assert_ne!(w.wordnet(), 0);
        assert_eq!(w.wordnet(), super::super::wordnet::entry(stem));
        assert_eq!(w.lead, u16::from_le_bytes([b'd', b'e']));
    }

    #[test]
    fn cached_bags_equal_fresh_ones() {
        let mut cache = WordCache::default();
        for text in [
            "The U.S. paid $1,200.50 to China's hackers.",
            "US officials and us; China-backed groups, re-elected.",
            "Le café’s owner said the café was closed",
            "the THE The cat-, dog. end'",
            "It doesn't fit; they CAN'T and won’t sign.",
            "",
        ] {
            // the same terms with the same words; where the text lies may differ
            let view = |b: &Bag| -> Vec<(String, Term)> {
                b.terms
                    .iter()
                    .map(|t| {
                        let value = if t.value.is_nan() { -1.0 } else { t.value };
                        (
                            b.word(t).to_string(),
                            Term {
                                span: (0, 0),
                                value,
                                ..*t
                            },
                        )
                    })
                    .collect()
            };
            let fresh = view(&Bag::from_text(text));
            assert_eq!(
                view(&Bag::from_text_cached(text, &mut cache)),
                fresh,
                "{text}"
            );
            assert_eq!(
                view(&Bag::from_text_cached(text, &mut cache)),
                fresh,
                "{text}"
            );
        }
    }

    #[test]
    fn kinds_mark_the_numbers_and_acronyms_of_every_bag() {
        let expected = |b: &Bag| -> Kinds {
            let mut k = Kinds::default();
            for (j, t) in b.terms.iter().enumerate().take(64) {
                k.number |= u64::from(t.class == TermClass::Number) << j;
                k.acronym |= u64::from(t.acronym) << j;
            }
            k
        };
        let mut cache = WordCache::default();
        let texts = [
            "The NSA paid $1,200 in 2019, the FBI's report said.",
            "U.S. and E.U. officials met 3 times; NATO didn't.",
            "",
        ];
        let mut bags = Vec::new();
        for text in texts {
            bags.push(Bag::from_text(text));
            bags.push(Bag::from_text_cached(text, &mut cache));
            let toks = crate::features::tokens::tokenize(text);
            bags.push(Bag::from_tokens(&toks, |_, w| w));
        }
        bags.push(Bag::join(&bags));
        for b in &bags {
            assert_eq!(b.kinds, expected(b), "{}", b.text);
        }
        assert_ne!(bags[0].kinds.number, 0);
        assert_ne!(bags[0].kinds.acronym, 0);
        // past 64 terms, every index is visited
        let long: String = (0..80).map(|i| format!("w{i}x ")).collect();
        let b = Bag::from_text(&long);
        assert_eq!(b.terms.len(), 80);
        assert_eq!(b.each(0).count(), 80);
        assert_eq!(bags[0].each(0b1010).collect::<Vec<_>>(), [1, 3]);
    }

    #[test]
    fn negative_contractions_are_the_verb_and_not() {
        let b = Bag::from_text("It doesn't fit and they can't or won't sign.");
        let words: Vec<&str> = b.terms.iter().map(|t| b.word(t)).collect();
        assert_eq!(
            words,
            ["it", "does", "not", "fit", "and", "they", "can", "or", "will", "sign"]
        );
        let spelled = Bag::from_text("It does not fit.");
        let short = Bag::from_text("It doesn't fit.");
        let norms = |b: &Bag| b.terms.iter().map(|t| t.norm).collect::<Vec<_>>();
        assert_eq!(norms(&short), norms(&spelled));
    }

    #[test]
    fn text_and_tokens_give_the_same_terms() {
        let text = "China’s US envoy rejected the claims.";
        let toks = crate::features::tokens::tokenize(text);
        let a = Bag::from_text(text);
        let b = Bag::from_tokens(&toks, |_, w| w);
        assert_eq!(a, b);
        assert_eq!(a.word(&a.terms[1]), "u.s");
    }
}
