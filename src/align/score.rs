//! Similarity between two claims from lexical evidence.

use std::collections::HashMap;

use crate::features::Features;

/// Inverse document frequencies over a set of claims, keyed by stem.
#[derive(Debug, Clone, Default)]
pub struct Idf {
    df: HashMap<String, u32>,
    docs: u32,
}

impl Idf {
    /// Count document frequencies over the given claims.
    pub fn from_features<'a>(claims: impl IntoIterator<Item = &'a Features>) -> Idf {
        let mut idf = Idf::default();
        for f in claims {
            idf.docs += 1;
            let mut seen: Vec<&str> = f.tokens.iter().map(|t| t.stem.as_str()).collect();
            seen.sort_unstable();
            seen.dedup();
            for s in seen {
                *idf.df.entry(s.to_string()).or_default() += 1;
            }
        }
        idf
    }

    /// Weight of a stem: `ln((N + 1) / (df + 0.5))`, at least 0.1.
    pub fn weight(&self, stem: &str) -> f64 {
        let df = self.df.get(stem).copied().unwrap_or(0) as f64;
        (((self.docs as f64) + 1.0) / (df + 0.5)).ln().max(0.1)
    }
}

/// Similarity in [0, 1]: IDF-weighted overlap of content stems (Dice form).
pub fn similarity(a: &Features, b: &Features, idf: &Idf) -> f64 {
    fn stems(f: &Features) -> Vec<&str> {
        let mut v: Vec<&str> = f
            .tokens
            .iter()
            .filter(|t| t.content)
            .map(|t| t.stem.as_str())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }
    let (sa, sb) = (stems(a), stems(b));
    let wa: f64 = sa.iter().map(|s| idf.weight(s)).sum();
    let wb: f64 = sb.iter().map(|s| idf.weight(s)).sum();
    if wa + wb == 0.0 {
        return 0.0;
    }
    let shared: f64 = sa
        .iter()
        .filter(|s| sb.binary_search(s).is_ok())
        .map(|s| idf.weight(s))
        .sum();
    (2.0 * shared / (wa + wb)).clamp(0.0, 1.0)
}
