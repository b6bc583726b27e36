//! Candidate generation: an inverted index over the informative words of one
//! side, so each claim is scored only against the few claims it shares
//! informative words with, never against all of them.
//!
//! Keys are stems, or paraphrase concepts where the lexicon has one (so
//! "rejected" finds "dismissed"). Function words are not indexed, and a key
//! found in more claims than the cut-off of [`IndexOptions`] is dropped: a word that
//! common says little about which claim matches, and its posting list would
//! make the search quadratic.

use super::bag::{Bag, HashMapPre, TermClass};

/// Limits of the candidate search.
#[derive(Debug, Clone, Copy)]
pub struct IndexOptions {
    /// Keys in more claims than `max(max_df_min, max_df_share · claims)` are
    /// not indexed. Default 0: a fixed cut-off keeps the search linear in size.
    pub max_df_share: f64,
    /// Floor of the document-frequency cut-off. Default 100 claims.
    pub max_df_min: usize,
    /// Candidates kept per claim, best shared weight first.
    pub per_claim: usize,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            max_df_share: 0.0,
            max_df_min: 100,
            per_claim: 8,
        }
    }
}

/// Posting lists over a set of bags.
#[derive(Debug, Clone, Default)]
pub struct Index {
    postings: HashMapPre<u64, Vec<(u32, f32)>>,
    len: usize,
}

fn indexed(class: TermClass) -> bool {
    class != TermClass::Stop
}

impl Index {
    /// Index the informative terms of `bags` (see the module doc).
    pub fn build(bags: &[Bag], opts: &IndexOptions) -> Index {
        let mut postings: HashMapPre<u64, Vec<(u32, f32)>> = HashMapPre::default();
        for (j, b) in bags.iter().enumerate() {
            for t in b.terms.iter().filter(|t| indexed(t.class)) {
                let list = postings.entry(Bag::key(t)).or_default();
                if list.last().is_none_or(|&(k, _)| k != j as u32) {
                    list.push((j as u32, t.weight));
                }
            }
        }
        let cap = opts
            .max_df_min
            .max((opts.max_df_share * bags.len() as f64) as usize);
        postings.retain(|_, v| v.len() <= cap);
        Index {
            postings,
            len: bags.len(),
        }
    }

    /// The indexed claims that share informative words with `bag`, with the
    /// summed product of the shared words' weights, best first, at most `limit`.
    pub fn candidates(&self, bag: &Bag, limit: usize, scratch: &mut Scratch) -> Vec<(usize, f32)> {
        scratch.acc.resize(self.len, 0.0);
        for t in bag.terms.iter().filter(|t| indexed(t.class)) {
            if let Some(list) = self.postings.get(&Bag::key(t)) {
                for &(j, w) in list {
                    let slot = &mut scratch.acc[j as usize];
                    if *slot == 0.0 {
                        scratch.touched.push(j);
                    }
                    *slot += w * t.weight;
                }
            }
        }
        let mut out: Vec<(usize, f32)> = scratch
            .touched
            .drain(..)
            .map(|j| (j as usize, std::mem::take(&mut scratch.acc[j as usize])))
            .collect();
        if out.len() > limit {
            out.select_nth_unstable_by(limit, |x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            out.truncate(limit);
        }
        out.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        out
    }
}

/// Reusable buffers for [`Index::candidates`].
#[derive(Debug, Clone, Default)]
pub struct Scratch {
    acc: Vec<f32>,
    touched: Vec<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_share_informative_words_best_first() {
        let right: Vec<Bag> = [
            "The weather in Guam was mild.",
            "China dismissed the allegations of espionage.",
            "Prices of oil rose.",
        ]
        .iter()
        .map(|t| Bag::from_text(t))
        .collect();
        let idx = Index::build(&right, &IndexOptions::default());
        let q = Bag::from_text("Chinese officials rejected the espionage claims.");
        let c = idx.candidates(&q, 5, &mut Scratch::default());
        assert_eq!(c.first().map(|x| x.0), Some(1));
        assert!(
            c.iter().all(|x| x.0 != 2),
            "no shared word with the oil claim"
        );
    }

    #[test]
    fn very_common_keys_are_not_indexed() {
        let right: Vec<Bag> = (0..100)
            .map(|i| Bag::from_text(&format!("Hackers struck target{i}.")))
            .collect();
        let opts = IndexOptions {
            max_df_share: 0.02,
            max_df_min: 10,
            per_claim: 8,
        };
        let idx = Index::build(&right, &opts);
        let q = Bag::from_text("Hackers struck again.");
        assert!(idx.candidates(&q, 5, &mut Scratch::default()).is_empty());
    }
}
