//! Similarity between two claims from lexical evidence.
//!
//! Each distinct word of one claim looks for its best counterpart in the other:
//! the same word (1.0), the same stem (0.9), the same paraphrase concept (0.7),
//! an acronym and its spelled-out form ("NSA" ~ "National Security Agency",
//! 0.9 for the acronym and each of the words), or a spelling variant or name
//! form by character similarity (up to 0.8).
//! The weighted matched share of both sides (a soft Dice coefficient) is then
//! discounted for what only one side says:
//!
//! `similarity = dice · exp(−0.03 · unmatched) − 0.03 · differing numbers`
//!
//! where `unmatched` is the larger of the two sides' unmatched content weight
//! (a clause one side adds is evidence against equivalence) and each number
//! found on one side only costs 0.03, three at most (a long report full of
//! figures is still about the same event). All constants are set by hand.
//!
//! That similarity says how closely two claims are related, which is what the
//! aligner needs: a claim that adds a clause is the same claim with a detail
//! added. Whether two claims say the same thing ([`equivalence`], the `pairs`
//! command's measure) is judged with one more kind of counterpart, a word
//! WordNet relates (a synonym, a derived form, an irregular inflection;
//! 0.9, see [`super::wordnet`]), and further discounts an added clause, seen
//! as a run of more than four consecutive words with no counterpart:
//!
//! `equivalence = similarity′ · exp(−0.1 · (longest unmatched run − 4))`
//!
//! There, too, the first names, titles and initials written before a name
//! the other side has earn half a word's credit ("Chief Justice William H.
//! Rehnquist" ~ "Rehnquist"): they name the same person; and an acronym the
//! paraphrase lexicon has may meet its spelled-out form ("the U.S." ~ "the
//! United States"), which the aligner leaves out (see `match_acronyms`).
//!
//! The aligner leaves WordNet out: its homographs ("found" as in "find" and
//! as in "foundation") linked unrelated claims of one article to another,
//! and alignment F1 on the MRPC-built articles fell (0.980 to 0.975 at 1,000
//! sentences), while on single pairs it raised MRPC accuracy (75.4 to 76.1).

use std::collections::HashMap;

use super::bag::{Bag, Seen, Term, TermClass};
use super::wordnet;
use crate::features::Features;

/// Credit for a word whose stem, not form, matches.
pub const STEM_MATCH: f32 = 0.9;
/// Credit for a word matched through the paraphrase lexicon.
pub const CONCEPT_MATCH: f32 = 0.7;
/// Credit for a character-level match, times the character similarity.
pub const FUZZY_MATCH: f32 = 0.8;
/// Credit for an acronym and each word of its spelled-out form ("NSA" ~
/// "National Security Agency").
pub const ACRONYM_MATCH: f32 = 0.9;
/// Credit for a capitalised word written just before a name the other side
/// has (see `name_runs`): half a word, as it names the same person or body
/// but the other side does not say it.
pub const NAME_PART: f32 = 0.5;
/// Credit for two words WordNet relates (one synset, a derived form, an
/// irregular inflection): the credit of a shared stem, as a derived form is
/// a stem's kin and a synonym says the same thing in another word.
pub const WORDNET_MATCH: f32 = 0.9;
/// Least character similarity (normalised Levenshtein) for a fuzzy match.
pub const FUZZY_MIN: f64 = 0.8;
/// Discount rate per unit of content one side has and the other lacks.
pub const UNMATCHED_RATE: f64 = 0.03;
/// Longest run of unmatched words that [`equivalence`] reads as rewording
/// rather than an added clause (see [`CLAUSE_RATE`]).
pub const CLAUSE_MIN: u32 = 4;
/// Further discount rate for each word of the longest run of consecutive
/// unmatched words beyond [`CLAUSE_MIN`]: the same unmatched words cost more
/// when they sit together, as a clause one side adds ("…, and protests
/// spread to three provinces"), than when spread over the claim, as
/// rewording is.
pub const CLAUSE_RATE: f64 = 0.1;
/// Cost of each number that only one side mentions (at most [`NUMBERS_COUNTED`]).
pub const NUMBER_COST: f64 = 0.03;

/// Most lone numbers that cost [`NUMBER_COST`] each.
pub const NUMBERS_COUNTED: u32 = 3;

/// Fewest claims [`Idf::factor`] assumes were counted: with fewer, a word
/// in every claim would weigh next to nothing (in two one-sentence articles
/// every shared word is in both claims), though a handful of claims says
/// little about how common a word is. Comparisons of 8 claims or more are
/// unaffected.
pub const IDF_MIN_DOCS: u32 = 8;

/// Inverse document frequencies over a set of claims, keyed by stem or concept.
#[derive(Debug, Clone, Default)]
pub struct Idf {
    df: HashMap<u64, u32>,
    docs: u32,
}

impl Idf {
    /// Count document frequencies over the given bags.
    pub fn from_bags<'a>(bags: impl IntoIterator<Item = &'a Bag>) -> Idf {
        let mut idf = Idf::default();
        let mut seen = Vec::new();
        for b in bags {
            idf.docs += 1;
            seen.clear();
            seen.extend(b.terms.iter().map(Bag::key));
            seen.sort_unstable();
            seen.dedup();
            for &k in &seen {
                *idf.df.entry(k).or_default() += 1;
            }
        }
        idf
    }

    /// Count document frequencies over the given claims.
    pub fn from_features<'a>(claims: impl IntoIterator<Item = &'a Features>) -> Idf {
        let bags: Vec<Bag> = claims.into_iter().map(plain_bag).collect();
        Idf::from_bags(&bags)
    }

    /// Number of claims counted.
    pub fn docs(&self) -> u32 {
        self.docs
    }

    /// Document frequency of a key.
    pub fn df(&self, key: u64) -> u32 {
        self.df.get(&key).copied().unwrap_or(0)
    }

    /// Relative weight of a key in (0, 1]: `ln((N+1)/(df+0.5)) / ln(N+1)`,
    /// at least 0.1; 1.0 when nothing was counted. `N` is at least
    /// [`IDF_MIN_DOCS`]: in two short articles a word both use is no common
    /// word ("slipped 12.27 points" in both one-sentence articles).
    pub fn factor(&self, key: u64) -> f32 {
        if self.docs == 0 {
            return 1.0;
        }
        let n = self.docs.max(IDF_MIN_DOCS) as f64 + 1.0;
        let df = self.df(key) as f64;
        ((n / (df + 0.5)).ln() / n.ln()).clamp(0.1, 1.0) as f32
    }
}

fn plain_bag(f: &Features) -> Bag {
    Bag::from_tokens(&f.tokens, |_, w| w)
}

/// Similarity in [0, 1] of two claims, weighting words by `idf` (see the module doc).
pub fn similarity(a: &Features, b: &Features, idf: &Idf) -> f64 {
    let bag = |f: &Features| Bag::from_tokens(&f.tokens, |k, w| w * idf.factor(k));
    bag_similarity(&bag(a), &bag(b))
}

/// How one bag's words are covered by another's.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Coverage {
    /// Weighted credit of the words that found a counterpart.
    pub matched: f64,
    /// Total weight.
    pub total: f64,
    /// Weight of content words (not function words) left without a counterpart.
    pub unmatched_content: f64,
    /// Numbers without an equal counterpart.
    pub lone_numbers: u32,
    /// Longest run of consecutive words without a counterpart (a run starts
    /// at a content word, name or number; function words may continue it).
    pub unmatched_run: u32,
}

impl Coverage {
    /// How much of `bag` is covered, given each term's credit (as [`credits`] gives them).
    pub fn from_credits(bag: &Bag, credits: &[f32]) -> Coverage {
        let mut c = Coverage::default();
        let mut run = 0;
        for (t, &m) in bag.terms.iter().zip(credits) {
            if m > 0.0 {
                run = 0;
            } else if t.class != TermClass::Stop || run > 0 {
                run += 1;
                c.unmatched_run = c.unmatched_run.max(run);
            }
            let w = t.weight as f64;
            c.total += w;
            c.matched += w * m as f64;
            if t.class == TermClass::Number {
                c.lone_numbers += u32::from(m < 1.0);
            } else if t.class != TermClass::Stop {
                c.unmatched_content += w * (1.0 - m as f64);
            }
        }
        c
    }

    /// Matched share of the weight, 0 for an empty bag.
    pub fn share(&self) -> f64 {
        if self.total > 0.0 {
            self.matched / self.total
        } else {
            0.0
        }
    }
}

fn credit(a: &Term, b: &Term) -> f32 {
    if a.norm == b.norm {
        return 1.0;
    }
    let (na, nb) = (a.class == TermClass::Number, b.class == TermClass::Number);
    if na || nb {
        return if na && nb && a.value == b.value {
            1.0
        } else {
            0.0
        };
    }
    if a.stem == b.stem {
        STEM_MATCH
    } else if a.concept != 0 && a.concept == b.concept {
        if a.class == TermClass::Name && b.class == TermClass::Name {
            // two names of one actor (China ~ Chinese ~ Beijing)
            1.0
        } else {
            CONCEPT_MATCH
        }
    } else {
        0.0
    }
}

/// Shortest word (in bytes) compared by characters.
const FUZZY_MIN_LEN: u32 = 5;

fn fuzzy(wa: &str, wb: &str) -> f32 {
    let (la, lb) = (wa.len(), wb.len());
    if la < FUZZY_MIN_LEN as usize
        || lb < FUZZY_MIN_LEN as usize
        || la.abs_diff(lb) > 3
        || wa.as_bytes()[..2] != wb.as_bytes()[..2]
    {
        return 0.0;
    }
    let r = strsim::normalized_levenshtein(wa, wb);
    if r >= FUZZY_MIN {
        FUZZY_MATCH * r as f32
    } else {
        0.0
    }
}

fn is_wordy(t: &Term) -> bool {
    matches!(t.class, TermClass::Content | TermClass::Name)
}

/// A small open-addressing table from a key (stem hash or concept) to the
/// indices of the terms that have it, so matching two bags costs one probe per
/// word instead of a scan of the other bag.
struct Probe<'a> {
    slots: &'a mut [(u64, u32)],
    mask: usize,
}

/// Slots a [`Probe`] over `n` keys needs.
fn probe_size(n: usize) -> usize {
    (n * 2).next_power_of_two().max(32)
}

impl<'a> Probe<'a> {
    const EMPTY: u32 = u32::MAX;

    /// A table in `slots` (of [`probe_size`] length) over `keys`.
    fn new(slots: &'a mut [(u64, u32)], keys: impl ExactSizeIterator<Item = u64>) -> Probe<'a> {
        slots.fill((0, Self::EMPTY));
        let mask = slots.len() - 1;
        let p = Probe { slots, mask };
        for (i, k) in keys.enumerate() {
            if k == 0 {
                continue;
            }
            let mut at = Self::slot(k) & p.mask;
            while p.slots[at].1 != Self::EMPTY {
                at = (at + 1) & p.mask;
            }
            p.slots[at] = (k, i as u32);
        }
        p
    }

    fn slot(k: u64) -> usize {
        (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize
    }

    fn each(&self, k: u64, mut f: impl FnMut(usize)) {
        if k == 0 {
            return;
        }
        let mut at = Self::slot(k) & self.mask;
        while self.slots[at].1 != Self::EMPTY {
            if self.slots[at].0 == k {
                f(self.slots[at].1 as usize);
            }
            at = (at + 1) & self.mask;
        }
    }
}

/// Most terms on each side for the stack-only path of [`coverages`].
const SMALL: usize = 64;

/// Coverage of each bag's words by the other's: `(coverage of a, coverage of b)`.
///
/// Words are paired by stem or concept (a scan of the other side's keys
/// when both bags are small, as single claims are; probe tables otherwise),
/// then numbers by value, acronyms by their spelled-out forms, then what is
/// left by characters.
pub fn coverages(a: &Bag, b: &Bag) -> (Coverage, Coverage) {
    coverages_with(a, b, false)
}

/// [`coverages`], with the further matches of [`match_further`] when
/// `further` is set.
fn coverages_with(a: &Bag, b: &Bag, further: bool) -> (Coverage, Coverage) {
    matched(a, b, further, |best_a, best_b| {
        (
            Coverage::from_credits(a, best_a),
            Coverage::from_credits(b, best_b),
        )
    })
}

/// The credit each of `a`'s terms earns against `b` (0 when it found no
/// counterpart), by the same matching as [`coverages`].
pub fn credits(a: &Bag, b: &Bag) -> Vec<f32> {
    matched(a, b, false, |best_a, _| best_a.to_vec())
}

/// Pair the two bags' words (see [`coverages`]) and hand each side's best
/// credit per term to `then`; with `further`, words still unmatched then get
/// the further matches of [`match_further`] ([`equivalence`] asks for them,
/// the aligner does not).
fn matched<R>(a: &Bag, b: &Bag, further: bool, then: impl FnOnce(&[f32], &[f32]) -> R) -> R {
    let (na, nb) = (a.terms.len(), b.terms.len());
    if na <= SMALL && nb <= SMALL {
        let mut best = [0f32; 2 * SMALL];
        let (best_a, best_b) = best.split_at_mut(SMALL);
        let (best_a, best_b) = (&mut best_a[..na], &mut best_b[..nb]);
        match_keys_small(a, b, best_a, best_b);
        finish(a, b, best_a, best_b);
        if further {
            match_further(a, b, best_a, best_b);
        }
        then(best_a, best_b)
    } else {
        let (mut best_a, mut best_b) = (vec![0f32; na], vec![0f32; nb]);
        let mut slots = vec![(0u64, 0u32); probe_size(nb)];
        match_keys_probed(a, b, &mut best_a, &mut best_b, &mut slots);
        finish(a, b, &mut best_a, &mut best_b);
        if further {
            match_further(a, b, &mut best_a, &mut best_b);
        }
        then(&best_a, &best_b)
    }
}

/// Raise the best credits of `a`'s term `i` and `b`'s term `j` to `c`.
/// (Credits are never NaN, so a plain comparison does what `f32::max`
/// does, without its NaN handling.)
fn give(best: (&mut [f32], &mut [f32]), i: usize, j: usize, c: f32) {
    if c > best.0[i] {
        best.0[i] = c;
    }
    if c > best.1[j] {
        best.1[j] = c;
    }
}

/// Pair terms sharing a stem or a concept; `b` has at most [`SMALL`] terms.
/// `b`'s terms are filed in 64 buckets by stem and by concept (a bit mask
/// of terms per bucket, one set of buckets for both keys), so each of
/// `a`'s terms checks only the few terms in its two buckets: for
/// claim-sized bags this is cheaper than hashing into a table, and than
/// comparing every pair of terms.
fn match_keys_small(a: &Bag, b: &Bag, best_a: &mut [f32], best_b: &mut [f32]) {
    let bucket = |k: u64| (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) as usize;
    // stems and concepts share the buckets: a term found through the
    // other kind of key fails the test below
    let mut by_key = [0u64; 64];
    for (j, t) in b.terms.iter().enumerate() {
        if t.stem != 0 {
            by_key[bucket(t.stem)] |= 1 << j;
        }
        if t.concept != 0 {
            by_key[bucket(u64::from(t.concept))] |= 1 << j;
        }
    }
    for (i, ta) in a.terms.iter().enumerate() {
        let (stem, concept) = (ta.stem, ta.concept);
        let mut hits = 0u64;
        if stem != 0 {
            hits |= by_key[bucket(stem)];
        }
        if concept != 0 {
            hits |= by_key[bucket(u64::from(concept))];
        }
        while hits != 0 {
            let j = hits.trailing_zeros() as usize;
            hits &= hits - 1;
            let tb = &b.terms[j];
            if (stem != 0 && tb.stem == stem) || (concept != 0 && tb.concept == concept) {
                give((best_a, best_b), i, j, credit(ta, tb));
            }
        }
    }
}

/// [`match_keys_small`] for bags of any size, through probe tables in `slots`
/// (of [`probe_size`] of `b`'s length).
fn match_keys_probed(
    a: &Bag,
    b: &Bag,
    best_a: &mut [f32],
    best_b: &mut [f32],
    slots: &mut [(u64, u32)],
) {
    {
        let stems = Probe::new(slots, b.terms.iter().map(|t| t.stem));
        for (i, ta) in a.terms.iter().enumerate() {
            stems.each(ta.stem, |j| {
                let c = credit(ta, &b.terms[j]);
                give((best_a, best_b), i, j, c);
            });
        }
    }
    if a.terms.iter().any(|t| t.concept != 0) {
        let concepts = Probe::new(slots, b.terms.iter().map(|t| t.concept as u64));
        for (i, ta) in a.terms.iter().enumerate() {
            concepts.each(ta.concept as u64, |j| {
                let c = credit(ta, &b.terms[j]);
                give((best_a, best_b), i, j, c);
            });
        }
    }
}

/// Most letters of an acronym matched against a spelled-out form.
const ACRONYM_MAX: usize = 8;

/// Credit each unmatched acronym of `a` whose letters are the initials of a
/// run of `b`'s words, and the words of that run. The run's words follow one
/// another in `b` (lowercase function words such as "of" may sit between
/// them) and are all capitalised, or, for acronyms of three letters or
/// more, all lowercase content words ("GDP" ~ "gross domestic product").
///
/// An acronym the paraphrase lexicon already has ("U.S." ~ "American") is
/// matched through its concept only unless `lexical` is set: crediting
/// "United States" too made a passing mention of the country enough to pull
/// unrelated claims together in the seed articles. [`equivalence`], which
/// only ever weighs two claims, makes a second pass for those acronyms with
/// `lexical` set, after every other match ("the U.S." ~ "the United States").
fn match_acronyms(a: &Bag, b: &Bag, best_a: &mut [f32], best_b: &mut [f32], lexical: bool) {
    for i in a.each(a.kinds.acronym) {
        let ta = &a.terms[i];
        if !ta.acronym || (ta.concept != 0) != lexical || best_a[i] > 0.0 {
            continue;
        }
        let mut letters = [0u8; ACRONYM_MAX];
        let mut n = 0;
        for &c in a.word(ta).as_bytes() {
            match c {
                b'.' => {}
                b'\'' => break,
                _ if n < ACRONYM_MAX => {
                    letters[n] = c;
                    n += 1;
                }
                _ => {}
            }
        }
        if n < 2 {
            continue;
        }
        if let Some((from, to)) = spelled_out(b, &letters[..n]) {
            best_a[i] = best_a[i].max(ACRONYM_MATCH);
            for (j, t) in b.terms.iter().enumerate().take(to).skip(from) {
                if t.class != TermClass::Stop {
                    best_b[j] = best_b[j].max(ACRONYM_MATCH);
                }
            }
        }
    }
}

/// The range of `b`'s terms whose initials spell `letters` (see [`match_acronyms`]).
fn spelled_out(b: &Bag, letters: &[u8]) -> Option<(usize, usize)> {
    let initial = |t: &Term| b.word(t).as_bytes().first().copied();
    let fits = |t: &Term, caps: bool| {
        matches!(t.class, TermClass::Content | TermClass::Name)
            && !t.acronym
            && t.capitalised == caps
    };
    for (start, t) in b.terms.iter().enumerate() {
        let caps = t.capitalised;
        if initial(t) != Some(letters[0]) || !fits(t, caps) || (!caps && letters.len() < 3) {
            continue;
        }
        let (mut k, mut at) = (1, start + 1);
        while k < letters.len() {
            let Some(u) = b.terms.get(at) else { break };
            if u.class == TermClass::Stop && !u.capitalised {
                at += 1;
                continue;
            }
            if initial(u) != Some(letters[k]) || !fits(u, caps) {
                break;
            }
            k += 1;
            at += 1;
        }
        if k == letters.len() {
            return Some((start, at));
        }
    }
    None
}

/// After key matching: numbers by value, acronyms by their spelled-out
/// forms, then unmatched words by characters.
fn finish(a: &Bag, b: &Bag, best_a: &mut [f32], best_b: &mut [f32]) {
    for i in a.each(a.kinds.number) {
        let ta = &a.terms[i];
        if ta.class != TermClass::Number || best_a[i] > 0.0 {
            continue;
        }
        for j in b.each(b.kinds.number) {
            let tb = &b.terms[j];
            if tb.class == TermClass::Number {
                let c = credit(ta, tb);
                give((best_a, best_b), i, j, c);
            }
        }
    }
    match_acronyms(a, b, best_a, best_b, false);
    match_acronyms(b, a, best_b, best_a, false);
    for (i, ta) in a.terms.iter().enumerate() {
        if best_a[i] > 0.0 || !is_wordy(ta) || ta.span.1 - ta.span.0 < FUZZY_MIN_LEN {
            continue;
        }
        for (j, tb) in b.terms.iter().enumerate() {
            if tb.lead == ta.lead
                && best_b[j] == 0.0
                && is_wordy(tb)
                && (tb.span.1 - tb.span.0).abs_diff(ta.span.1 - ta.span.0) <= 3
            {
                let f = fuzzy(a.word(ta), b.word(tb));
                if f > 0.0 {
                    give((best_a, best_b), i, j, f);
                }
            }
        }
    }
}

/// The matches only [`equivalence`] makes, after every other kind: words
/// WordNet relates, acronyms the lexicon has against their spelled-out
/// forms, and the rest of a fuller name.
fn match_further(a: &Bag, b: &Bag, best_a: &mut [f32], best_b: &mut [f32]) {
    match_wordnet(a, b, best_a, best_b);
    match_acronyms(a, b, best_a, best_b, true);
    match_acronyms(b, a, best_b, best_a, true);
    name_runs(a, best_a);
    name_runs(b, best_b);
}

/// Most open words of the other side [`match_wordnet`] keeps on the stack.
const OPEN_ON_STACK: usize = 16;

/// Pair each still unmatched word of `a` with the first still unmatched
/// word of `b` that WordNet relates to it (see [`super::wordnet`]), at
/// [`WORDNET_MATCH`]. Only content words and names take part, as in
/// character-level matching.
fn match_wordnet(a: &Bag, b: &Bag, best_a: &mut [f32], best_b: &mut [f32]) {
    let open = |t: &Term, best: f32| best == 0.0 && t.wordnet != 0 && is_wordy(t);
    // the other side's open words with their groups, found once (on the
    // stack while there are few: after the other matches, a claim has a
    // handful left)
    let mut small = [(0usize, wordnet::Groups::default()); OPEN_ON_STACK];
    let mut large = Vec::new();
    let mut n = 0;
    for (j, tb) in b.terms.iter().enumerate() {
        if open(tb, best_b[j]) {
            let found = (j, wordnet::Groups::of(tb.wordnet));
            if n < OPEN_ON_STACK {
                small[n] = found;
            } else {
                if n == OPEN_ON_STACK {
                    large.extend_from_slice(&small);
                }
                large.push(found);
            }
            n += 1;
        }
    }
    let others = if n <= OPEN_ON_STACK {
        &small[..n]
    } else {
        &large[..]
    };
    if others.is_empty() {
        return;
    }
    // a filter of the other side's group ids: a word none of whose ids is
    // in it meets none of those words, and skips the merges
    let mut seen = Seen::<16>::default();
    for (_, gb) in others {
        gb.ids().for_each(|id| seen.add(u64::from(id)));
    }
    for (i, ta) in a.terms.iter().enumerate() {
        if !open(ta, best_a[i]) {
            continue;
        }
        let ga = wordnet::Groups::of(ta.wordnet);
        if !ga.ids().any(|id| seen.has(u64::from(id))) {
            continue;
        }
        for &(j, gb) in others {
            if best_b[j] == 0.0 && ga.meet(&gb) {
                give((best_a, best_b), i, j, WORDNET_MATCH);
                break;
            }
        }
    }
}

/// Credit each unmatched capitalised word written just before a name
/// the other side has, or before such a word, at [`NAME_PART`]: the first
/// names, titles and initials of a fuller form of one name ("Chief Justice
/// William H. Rehnquist" ~ "Rehnquist", "Mr Annan" ~ "Annan"). A name
/// matched only through the lexicon or by characters does not lend credit.
fn name_runs(bag: &Bag, best: &mut [f32]) {
    let mut before_name = false;
    for (t, m) in bag.terms.iter().zip(best.iter_mut()).rev() {
        if !t.capitalised || !is_wordy(t) {
            before_name = false;
        } else if *m >= STEM_MATCH {
            before_name = true;
        } else if before_name && *m == 0.0 {
            *m = NAME_PART;
        } else {
            before_name = false;
        }
    }
}

/// Coverage of `a`'s words by `b`'s.
pub fn coverage(a: &Bag, b: &Bag) -> Coverage {
    coverages(a, b).0
}

/// Combine the two directions' coverage into the similarity (see the module doc).
pub fn combine(ca: &Coverage, cb: &Coverage) -> f64 {
    combine_with(ca, cb, UNMATCHED_RATE, NUMBER_COST)
}

/// [`combine`] with a given discount rate for unmatched content and cost per lone number.
pub fn combine_with(ca: &Coverage, cb: &Coverage, unmatched_rate: f64, number_cost: f64) -> f64 {
    let total = ca.total + cb.total;
    if total <= 0.0 {
        return 0.0;
    }
    let dice = (ca.matched + cb.matched) / total;
    let unmatched = ca.unmatched_content.max(cb.unmatched_content);
    let numbers = (ca.lone_numbers + cb.lone_numbers).min(NUMBERS_COUNTED) as f64;
    (dice * (-unmatched_rate * unmatched).exp() - number_cost * numbers).clamp(0.0, 1.0)
}

/// Similarity in [0, 1] of two bags: how closely two claims are related
/// (the aligner's measure; a claim that adds a clause is still the same claim
/// with a detail added).
pub fn bag_similarity(a: &Bag, b: &Bag) -> f64 {
    let (ca, cb) = coverages(a, b);
    combine(&ca, &cb)
}

/// Equivalence in [0, 1] of two bags: whether two claims say the same thing
/// (the `pairs` command's measure). It is [`bag_similarity`], with words
/// WordNet relates paired too (at [`WORDNET_MATCH`]), and a further
/// discount for an added clause: `exp(−CLAUSE_RATE · k)` for the `k` words
/// by which the longest run of consecutive unmatched words on either side
/// exceeds [`CLAUSE_MIN`].
pub fn equivalence(a: &Bag, b: &Bag) -> f64 {
    let (ca, cb) = coverages_with(a, b, true);
    let clause = ca
        .unmatched_run
        .max(cb.unmatched_run)
        .saturating_sub(CLAUSE_MIN);
    combine(&ca, &cb) * (-CLAUSE_RATE * f64::from(clause)).exp()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> f64 {
        bag_similarity(&Bag::from_text(a), &Bag::from_text(b))
    }

    #[test]
    fn equivalence_discounts_an_added_clause_but_not_rewording() {
        let base = Bag::from_text("The minister resigned on Monday after the vote.");
        let reworded = Bag::from_text("The minister quit on Monday following the vote.");
        let clause = Bag::from_text(
            "The minister resigned on Monday after the vote, as protests spread to three northern provinces overnight.",
        );
        assert_eq!(
            equivalence(&base, &reworded),
            bag_similarity(&base, &reworded)
        );
        let (e, s) = (equivalence(&base, &clause), bag_similarity(&base, &clause));
        // a run of seven unmatched words: three beyond the four allowed
        assert!((e - s * (-0.3f64).exp()).abs() < 1e-9, "{e} vs {s}");
    }

    #[test]
    fn equivalence_pairs_words_wordnet_relates_and_similarity_does_not() {
        let a = Bag::from_text("A wealthy physician bought the estate in 2019.");
        let b = Bag::from_text("An affluent doctor purchased the estate in 2019.");
        // "wealthy" ~ "affluent" and "physician" ~ "doctor" share synsets: two
        // more words matched at 0.9 each
        let (e, s) = (equivalence(&a, &b), bag_similarity(&a, &b));
        assert!(e > s + 0.1, "{e} vs {s}");
        let (ca, _) = coverages_with(&a, &b, true);
        let (plain, _) = coverages(&a, &b);
        let gained = ca.matched - plain.matched;
        assert!(
            (gained - 2.0 * f64::from(WORDNET_MATCH)).abs() < 1e-6,
            "{gained}"
        );
        // unrelated words stay unmatched
        let c = Bag::from_text("A young lawyer rented the estate in 2019.");
        assert_eq!(coverages_with(&a, &c, true), coverages(&a, &c));
    }

    #[test]
    fn wordnet_finds_a_counterpart_past_the_open_words_kept_on_the_stack() {
        let many = "apple banana cherry table chair window river mountain ocean forest \
                    desert island valley castle bridge garden kitchen pencil rocket violin \
                    tiger lemon carpet basket";
        let a = Bag::from_text("physician");
        for last in ["doctor", "lawyer"] {
            let b = Bag::from_text(&format!("{many} {last}"));
            let open = b.terms.iter().filter(|t| t.wordnet != 0).count();
            assert!(open > OPEN_ON_STACK + 1, "{open}");
            let (ca, _) = coverages_with(&a, &b, true);
            let expected = if last == "doctor" { WORDNET_MATCH } else { 0.0 };
            assert!(
                (ca.matched - f64::from(expected)).abs() < 1e-6,
                "{last}: {ca:?}"
            );
        }
    }

    #[test]
    fn words_of_a_fuller_name_earn_part_credit() {
        let bag = Bag::from_text("He met Chief Justice William Rehnquist and Laura today");
        let word = |w: &str| bag.terms.iter().position(|t| bag.word(t) == w).unwrap();
        let mut best = vec![0.0; bag.terms.len()];
        best[word("rehnquist")] = 1.0;
        name_runs(&bag, &mut best);
        for w in ["chief", "justice", "william"] {
            assert_eq!(best[word(w)], NAME_PART, "{w}");
        }
        for w in ["he", "met", "and", "laura", "today"] {
            assert_eq!(best[word(w)], 0.0, "{w}");
        }
        // a name matched only through the lexicon lends no credit
        best.fill(0.0);
        best[word("rehnquist")] = CONCEPT_MATCH;
        name_runs(&bag, &mut best);
        assert_eq!(best[word("william")], 0.0);
        // and the fuller form scores closer to the short one
        let (full, short) = (
            "Justice William Rehnquist wrote the opinion",
            "Rehnquist wrote the opinion",
        );
        let other = "Pundits say Rehnquist wrote the opinion";
        let eq = |a: &str, b: &str| equivalence(&Bag::from_text(a), &Bag::from_text(b));
        assert!(
            eq(full, short) > eq(other, short),
            "{} {}",
            eq(full, short),
            eq(other, short)
        );
    }

    #[test]
    fn identical_claims_score_one() {
        assert!((sim("Prices rose sharply.", "Prices rose sharply.") - 1.0).abs() < 1e-9);
    }

    #[test]
    fn unrelated_claims_score_low() {
        assert!(sim("Prices rose sharply.", "The weather was mild in Guam.") < 0.15);
    }

    #[test]
    fn paraphrase_lexicon_links_reworded_claims() {
        let para = sim(
            "China rejected the claims.",
            "The Chinese government dismissed the allegations.",
        );
        let plain = sim(
            "China rejected the claims.",
            "The Canadian government praised the athletes.",
        );
        assert!(para > plain + 0.2, "{para} vs {plain}");
    }

    #[test]
    fn a_differing_number_lowers_similarity() {
        let same = sim(
            "Shares fell 4.6 percent.",
            "Shares fell 4.6 percent on Monday.",
        );
        let diff = sim(
            "Shares fell 4.6 percent.",
            "Shares fell 7.2 percent on Monday.",
        );
        assert!(same > diff + 0.1, "{same} vs {diff}");
    }

    #[test]
    fn spelling_variants_match_by_characters() {
        let s = sim("The organisation grew.", "The organization grew.");
        assert!(s > 0.85, "{s}");
    }

    #[test]
    fn an_added_clause_costs_more_than_a_reworded_word() {
        let base = "The minister resigned on Monday after the vote";
        let reworded = sim(base, "The minister quit on Monday after the vote");
        let added = sim(
            base,
            "The minister resigned on Monday after the vote, and protests spread to three provinces overnight",
        );
        assert!(reworded > added, "{reworded} vs {added}");
    }

    #[test]
    fn scanned_and_probed_key_matching_agree() {
        let texts = [
            "China rejected the claims by U.S. officials on Monday, calling them baseless.",
            "The Chinese government dismissed the allegations made by American officials.",
            "Shares rose 4.6 percent to $12.50 as the organisation's profit grew.",
            "The organization said profits grew and shares climbed 4.6 pct to 12.50.",
        ];
        for a in texts {
            for b in texts {
                let (a, b) = (Bag::from_text(a), Bag::from_text(b));
                let (na, nb) = (a.terms.len(), b.terms.len());
                let (mut sa, mut sb) = (vec![0f32; na], vec![0f32; nb]);
                match_keys_small(&a, &b, &mut sa, &mut sb);
                let (mut pa, mut pb) = (vec![0f32; na], vec![0f32; nb]);
                let mut slots = vec![(0u64, 0u32); probe_size(nb)];
                match_keys_probed(&a, &b, &mut pa, &mut pb, &mut slots);
                assert_eq!((&sa, &sb), (&pa, &pb));
                assert!(sa.iter().any(|&c| c > 0.0));
            }
        }
    }

    #[test]
    fn acronyms_match_their_spelled_out_forms() {
        let (a, b) = (
            Bag::from_text("The NSA said the FBI's report was late."),
            Bag::from_text("The National Security Agency said the Federal Bureau of Investigation report was late."),
        );
        let (ca, cb) = coverages(&a, &b);
        assert!(ca.unmatched_content < 0.3, "{ca:?}");
        assert!(cb.unmatched_content < 0.7, "{cb:?}");
        // function words may sit inside the spelled-out form, and an
        // acronym of three letters or more may be spelled out in lowercase
        let s = sim(
            "UCLA researchers said GDP fell.",
            "Researchers at the University of California at Los Angeles said gross domestic product fell.",
        );
        let plain = sim(
            "UCLA researchers said GDP fell.",
            "Researchers at the University of Oregon said gross margins fell.",
        );
        assert!(s > plain + 0.2, "{s} vs {plain}");
        // an acronym the lexicon has is spelled out for equivalence only
        let (us, spelled) = (
            Bag::from_text("The servers were found in the U.S. and Canada."),
            Bag::from_text("The servers were found in the United States and Canada."),
        );
        assert!(coverage(&us, &spelled).unmatched_content > 0.9);
        let before = sim(
            "The servers were found in the U.S. and Canada.",
            "The servers were found in the United States and Canada.",
        );
        assert!(equivalence(&us, &spelled) > before + 0.1);
    }

    #[test]
    fn acronyms_need_every_initial_in_order() {
        for (acr, words) in [
            ("The NSA agreed.", "The Security National Agency agreed."),
            ("The NSA agreed.", "The National Security agreed."),
            // two letters must be spelled out in capitals
            ("The EU agreed.", "They eventually understood and agreed."),
        ] {
            let (a, b) = (Bag::from_text(acr), Bag::from_text(words));
            let (ca, _) = coverages(&a, &b);
            assert!(ca.unmatched_content >= 1.0, "{acr} ~ {words}: {ca:?}");
        }
    }

    #[test]
    fn credits_cover_each_term_even_against_an_empty_bag() {
        let a = Bag::from_text("China rejected the claims.");
        let b = Bag::from_text("Beijing dismissed the allegations.");
        let c = credits(&a, &b);
        assert_eq!(c.len(), a.terms.len());
        assert!(c.iter().all(|&x| x > 0.0), "{c:?}");
        let empty = Bag::from_text("");
        assert_eq!(credits(&a, &empty), vec![0.0; a.terms.len()]);
        assert!(credits(&empty, &a).is_empty());
    }

    #[test]
    fn scores_stay_in_unit_range() {
        for (a, b) in [("", ""), ("1 2 3", "4 5 6"), ("a", "")] {
            let s = sim(a, b);
            assert!((0.0..=1.0).contains(&s), "{s}");
        }
    }
}
