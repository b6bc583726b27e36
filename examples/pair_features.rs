//! Dev tool: score pairs (`id TAB left TAB right` lines on stdin) under an
//! experimental weighting and print `id TAB score`, to compare weightings
//! with `score.py`-style threshold tuning. `MODE` picks the weighting: `idf`
//! (document frequency over the input itself), `idfc` (the same, numbers
//! exempt), `len` (content words by length), `attr` / `day` / `attrday`
//! (reporting verbs and weekdays); `EXP` is its exponent or weight. No
//! `MODE` prints the shipped scores.
use claimdiff::align::bag::{Bag, TermClass, WordCache};
use claimdiff::align::score::{combine, coverages};
use std::collections::HashMap;
use std::io::Read;

fn key(t: &claimdiff::align::bag::Term) -> u64 {
    if t.concept != 0 {
        t.concept as u64
    } else {
        t.stem
    }
}

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .unwrap_or_default();
    let mut cache = WordCache::default();
    let mut rows = Vec::new();
    for l in text.lines() {
        let mut c = l.splitn(3, '\t');
        let (Some(id), Some(a), Some(b)) = (c.next(), c.next(), c.next()) else {
            continue;
        };
        rows.push((
            id.to_string(),
            Bag::from_text_cached(a, &mut cache),
            Bag::from_text_cached(b, &mut cache),
        ));
    }
    let mut df: HashMap<u64, f64> = HashMap::new();
    for (_, a, b) in &rows {
        for bag in [a, b] {
            for t in &bag.terms {
                *df.entry(key(t)).or_default() += 1.0;
            }
        }
    }
    let n = (rows.len() * 2) as f64;
    let mode = std::env::var("MODE").unwrap_or_default();
    let exp: f64 = std::env::var("EXP")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1.0);
    for (id, a, b) in &rows {
        let rew = |bag: &Bag| {
            let words: Vec<String> = bag.terms.iter().map(|t| bag.word(t).to_string()).collect();
            let mut out = bag.clone();
            for (t, w) in out.terms.iter_mut().zip(&words) {
                let d = df[&key(t)];
                let idf = ((n + 1.0) / (d + 0.5)).ln() / (n + 1.0).ln();
                let len = (t.span.1 - t.span.0) as f64;
                let f = match mode.as_str() {
                    "idf" => idf.clamp(0.1, 1.0).powf(exp),
                    "idfc" => {
                        if t.class == TermClass::Number {
                            1.0
                        } else {
                            idf.clamp(0.1, 1.0).powf(exp)
                        }
                    }
                    "len" => {
                        if t.class == TermClass::Stop || t.class == TermClass::Number {
                            1.0
                        } else {
                            (len / 7.0).clamp(0.5, 1.5).powf(exp)
                        }
                    }
                    "attr" | "attrday" | "day" => {
                        let w = w.as_str();
                        let attr = matches!(
                            w,
                            "said"
                                | "say"
                                | "says"
                                | "told"
                                | "according"
                                | "added"
                                | "reported"
                                | "stated"
                                | "statement"
                        );
                        let day = matches!(
                            w,
                            "monday"
                                | "tuesday"
                                | "wednesday"
                                | "thursday"
                                | "friday"
                                | "saturday"
                                | "sunday"
                                | "today"
                                | "yesterday"
                        );
                        if (attr && mode != "day") || (day && mode != "attr") {
                            exp
                        } else {
                            1.0
                        }
                    }
                    _ => 1.0,
                };
                t.weight *= f as f32;
            }
            out
        };
        let (ca, cb) = coverages(&rew(a), &rew(b));
        println!("{id}\t{:.5}", combine(&ca, &cb));
    }
}
