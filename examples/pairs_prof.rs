//! Dev tool: time the parts of pair scoring. `pairs_prof FILE` (id TAB left TAB right lines).
//!
//! The last lines time what one `pairs` worker does per line (refill two
//! bags from a word cache, score them), best of five runs, with and
//! without the scoring. `ONLY_REFILL=1` runs only the refilling, five
//! times, for a profiler.
use claimdiff::align::bag::{Bag, WordCache};
use claimdiff::align::score::{bag_similarity, coverages};
use claimdiff::features::tokens::words;
use std::time::{Duration, Instant};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let rows: Vec<(&str, &str)> = text
        .lines()
        .filter_map(|l| {
            let mut c = l.splitn(3, '\t');
            c.next();
            Some((c.next()?, c.next()?))
        })
        .collect();
    if std::env::var_os("ONLY_REFILL").is_some() {
        worker_loop(&rows, false);
        return;
    }
    let t = Instant::now();
    let mut n = 0;
    for (a, b) in &rows {
        n += words(a).count() + words(b).count();
    }
    println!("words: {:?} ({n} words)", t.elapsed());
    let t = Instant::now();
    let bags: Vec<(Bag, Bag)> = rows
        .iter()
        .map(|(a, b)| (Bag::from_text(a), Bag::from_text(b)))
        .collect();
    println!("bags: {:?}", t.elapsed());
    let t = Instant::now();
    let mut cache = WordCache::default();
    let cached: Vec<(Bag, Bag)> = rows
        .iter()
        .map(|(a, b)| {
            (
                Bag::from_text_cached(a, &mut cache),
                Bag::from_text_cached(b, &mut cache),
            )
        })
        .collect();
    // the same terms with the same words; where the text lies may differ
    let view = |b: &Bag| -> Vec<(String, u64, u64, u32)> {
        b.terms
            .iter()
            .map(|t| (b.word(t).to_string(), t.norm, t.stem, t.concept))
            .collect()
    };
    let same = cached
        .iter()
        .zip(&bags)
        .all(|((a, b), (c, d))| view(a) == view(c) && view(b) == view(d));
    println!("cached bags: {:?} (same terms: {same})", t.elapsed());
    let t = Instant::now();
    let mut s = 0.0;
    for (a, b) in &bags {
        let (x, y) = coverages(a, b);
        s += x.matched + y.matched;
    }
    println!("coverages: {:?} ({s:.1})", t.elapsed());
    let per_pair = |d: Duration| d.as_nanos() as f64 / rows.len().max(1) as f64;
    let (refill, _) = worker_loop(&rows, false);
    println!(
        "refilling bags: {refill:?} ({:.0} ns a pair)",
        per_pair(refill)
    );
    let (full, total) = worker_loop(&rows, true);
    println!(
        "worker loop: {full:?} ({:.0} ns a pair, sum of scores {total:.3})",
        per_pair(full)
    );
}

/// Best of five passes of a worker's loop over `rows`, each with a fresh
/// word cache; with `score`, each pair is scored too. Returns the time and
/// the sum of the scores.
fn worker_loop(rows: &[(&str, &str)], score: bool) -> (Duration, f64) {
    let mut best = Duration::MAX;
    let mut total = 0.0;
    for _ in 0..5 {
        let mut cache = WordCache::default();
        let (mut l, mut r) = (Bag::default(), Bag::default());
        let t = Instant::now();
        total = 0.0;
        for (a, b) in rows {
            l.refill_cached(a, &mut cache);
            r.refill_cached(b, &mut cache);
            if score {
                total += bag_similarity(&l, &r);
            }
            std::hint::black_box((&l, &r));
        }
        best = best.min(t.elapsed());
    }
    (best, total)
}
