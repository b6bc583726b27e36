//! Align: find which claims of two sources say the same thing.
//!
//! Order-independent: every compared claim on the left is scored against the
//! candidates on the right that share an informative stem, and pairs are taken
//! one-to-one by best score.

pub mod bag;
pub mod lexicon;
pub mod score;

pub use score::{similarity, Idf};

use crate::features::Features;

/// Options for [`align`].
#[derive(Debug, Clone)]
pub struct AlignOptions {
    /// Minimum similarity for two claims to be linked. Default 0.30.
    pub threshold: f64,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions { threshold: 0.30 }
    }
}

/// An aligned group: indices into the left and right slices.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Indices of left claims (one, or several covered by one right claim).
    pub left: Vec<usize>,
    /// Indices of right claims.
    pub right: Vec<usize>,
    /// Similarity of the group.
    pub similarity: f64,
}

/// Align two lists of claim features. Returns matches sorted by left index.
pub fn align(left: &[&Features], right: &[&Features], opts: &AlignOptions) -> Vec<Match> {
    let idf = Idf::from_features(left.iter().chain(right.iter()).copied());
    let mut cands = Vec::new();
    for (i, a) in left.iter().enumerate() {
        for (j, b) in right.iter().enumerate() {
            let s = similarity(a, b, &idf);
            if s >= opts.threshold {
                cands.push((s, i, j));
            }
        }
    }
    cands.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut used_l = vec![false; left.len()];
    let mut used_r = vec![false; right.len()];
    let mut out = Vec::new();
    for (s, i, j) in cands {
        if !used_l[i] && !used_r[j] {
            used_l[i] = true;
            used_r[j] = true;
            out.push(Match {
                left: vec![i],
                right: vec![j],
                similarity: s,
            });
        }
    }
    out.sort_by_key(|m| (m.left[0], m.right[0]));
    out
}
