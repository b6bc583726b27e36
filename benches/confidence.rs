//! Throughput of the confidence detector on news-like claims (run: `cargo bench --bench confidence`).

use claimdiff::features::assess;
use divan::counter::BytesCount;
use divan::Bencher;

const CLAIMS: &[&str] = &[
    "The harbour bridge reopened on Tuesday after three weeks of repairs, the city council said.",
    "Police arrested a man believed to be linked to the arson attacks in the old town.",
    "According to the coast guard, the trawler sank within minutes of striking the reef.",
    "Moscow has flatly rejected these accusations, calling them a smear campaign.",
    "Analysts expect the central bank to hold its rate at 4% when it meets in May.",
    "Rescuers could not reach the village before dark, and the road may stay closed until Friday.",
    "The regulator, which opened an inquiry in June, supports the findings of the audit.",
    "Floods cut power to 40,000 homes in the valley and left two bridges impassable.",
];

fn main() {
    divan::main();
}

/// Assess a batch of claims totalling about 1 MB.
#[divan::bench]
fn assess_1mb(bencher: Bencher) {
    let mut batch = Vec::new();
    let mut bytes = 0;
    while bytes < 1_000_000 {
        for c in CLAIMS {
            batch.push(*c);
            bytes += c.len();
        }
    }
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        batch
            .iter()
            .map(|c| assess(divan::black_box(c)).cues.len())
            .sum::<usize>()
    });
}
