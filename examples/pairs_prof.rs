//! Dev tool: time the parts of pair scoring. `pairs_prof FILE` (id TAB left TAB right lines).
use claimdiff::align::bag::Bag;
use claimdiff::align::score::coverages;
use claimdiff::features::tokens::words;
use std::time::Instant;

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
    let mut cache = claimdiff::align::bag::WordCache::default();
    let cached: Vec<(Bag, Bag)> = rows
        .iter()
        .map(|(a, b)| {
            (
                Bag::from_text_cached(a, &mut cache),
                Bag::from_text_cached(b, &mut cache),
            )
        })
        .collect();
    println!("cached bags: {:?} (same: {})", t.elapsed(), cached == bags);
    let t = Instant::now();
    let mut s = 0.0;
    for (a, b) in &bags {
        let (x, y) = coverages(a, b);
        s += x.matched + y.matched;
    }
    println!("coverages: {:?} ({s:.1})", t.elapsed());
}
