//! Alignment speed on large articles: `cargo bench --bench align`.
//!
//! The articles are generated from the seed articles' sentences (shippable
//! text): each generated sentence is the start of a seed sentence with a
//! made-up name, place and figures appended (about 125 bytes, so 1 MB is about
//! 8k claims), so the vocabulary grows with the size as in real text.
//! The right article holds the left one's sentences, shuffled, half of them with
//! other figures, plus as many fresh sentences. Sizes: 125 kB to 2 MB per
//! article; the time should grow about linearly.

mod common;

use claimdiff::{compare, Article, CompareOptions};
use common::{name, seed_sentences, Rng};

fn main() {
    let (a, b) = articles(1_000_000);
    let count = |t: &str| claimdiff::segment::segment(t).len();
    eprintln!(
        "1 MB articles: {} and {} claims",
        count(&a.text),
        count(&b.text)
    );
    divan::main();
}

/// The first words of a seed sentence (about 60 bytes) plus a made-up source,
/// place and figures: about 125 bytes, so 1 MB holds about 8k claims.
fn sentence(base: &str, rng: &mut Rng) -> String {
    let words: Vec<&str> = base.split_whitespace().take(9).collect();
    format!(
        "{}, {} said in {} after {} cases in {}.",
        words.join(" "),
        name(rng),
        name(rng),
        rng.below(5000),
        1990 + rng.below(35)
    )
}

/// Two articles of about `bytes` each, as described in the module doc.
fn articles(bytes: usize) -> (Article, Article) {
    let seeds = seed_sentences();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut left = Vec::new();
    let mut size = 0;
    while size < bytes {
        let s = sentence(&seeds[rng.below(seeds.len())], &mut rng);
        size += s.len() + 1;
        left.push(s);
    }
    let mut right: Vec<String> = left
        .iter()
        .step_by(2)
        .cloned()
        .chain((0..left.len() / 2).map(|_| sentence(&seeds[rng.below(seeds.len())], &mut rng)))
        .collect();
    for i in (1..right.len()).rev() {
        right.swap(i, rng.below(i + 1));
    }
    let article = |label: &str, lines: Vec<String>| Article {
        label: label.into(),
        path: format!("{label}.txt"),
        title: None,
        byline: None,
        date: None,
        text: lines
            .chunks(5)
            .map(|p| p.join(" "))
            .collect::<Vec<_>>()
            .join("\n\n"),
    };
    (article("A", left), article("B", right))
}

#[divan::bench(args = [125_000, 250_000, 500_000, 1_000_000, 2_000_000], sample_count = 3)]
fn compare_two_articles(bencher: divan::Bencher, bytes: usize) {
    let (a, b) = articles(bytes);
    let pair = [a, b];
    bencher.bench(|| compare(divan::black_box(&pair), &CompareOptions::default()));
}
