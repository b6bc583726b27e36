//! Whole-pipeline benchmarks: the seeds comparison, and many sources at once
//! (issue 7's targets: 20 news-length articles < 1 s, 200 < 20 s).
//!
//! Run: `cargo bench --bench pipeline`. Inputs are built from text the project
//! ships (the seeds and the fixtures), recombined deterministically.

use claimdiff::{compare, Article, CompareOptions};

fn main() {
    divan::main();
}

const SEED_A: &str = include_str!("../seeds/china-denial-a.txt");
const SEED_B: &str = include_str!("../seeds/techtimes-volt-typhoon-b.txt");
const POOL: &[&str] = &[
    SEED_A,
    SEED_B,
    include_str!("../fixtures/multi/wire.txt"),
    include_str!("../fixtures/multi/hedging.txt"),
    include_str!("../fixtures/multi/denial.txt"),
    include_str!("../fixtures/html/harbour-fire.expected.txt"),
    include_str!("../fixtures/html/council-vote.expected.txt"),
];

fn article(label: String, text: String) -> Article {
    Article {
        path: format!("{label}.txt"),
        label,
        title: None,
        byline: None,
        date: None,
        text,
    }
}

/// `n` news-length articles (about 30 paragraphs each) recombined from the pool's
/// paragraphs by a fixed pseudo-random sequence, with numbers varied so that
/// articles overlap partly, as coverage of one event does.
fn articles(n: usize) -> Vec<Article> {
    let paras: Vec<&str> = POOL
        .iter()
        .flat_map(|t| t.split("\n\n"))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..n)
        .map(|k| {
            let mut text = String::new();
            for _ in 0..30 {
                let p = paras[(next() % paras.len() as u64) as usize];
                let p = p.replace("2024", &(2000 + next() % 25).to_string());
                text.push_str(&p);
                text.push_str("\n\n");
            }
            article(format!("S{k}"), text)
        })
        .collect()
}

#[divan::bench]
fn seeds() -> claimdiff::Report {
    let arts = [
        article("A".into(), SEED_A.into()),
        article("B".into(), SEED_B.into()),
    ];
    compare(divan::black_box(&arts), &CompareOptions::default())
}

#[divan::bench(args = [3, 20], sample_count = 10)]
fn many_sources(bencher: divan::Bencher, n: usize) {
    let arts = articles(n);
    bencher.bench(|| compare(divan::black_box(&arts), &CompareOptions::default()));
}

#[divan::bench(sample_count = 1, sample_size = 1)]
fn two_hundred_sources(bencher: divan::Bencher) {
    let arts = articles(200);
    bencher.bench(|| compare(divan::black_box(&arts), &CompareOptions::default()));
}
