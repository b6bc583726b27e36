//! Segmentation speed: claimdiff's `segment` against unicode-segmentation's
//! `unicode_sentences()` on the same multi-megabyte news text, plus the
//! adversarial inputs at full size (they must stay linear).
//!
//! The news text is built only from text the project ships: the paragraphs of
//! the two articles in `seeds/` and the Golden Rules texts in
//! `fixtures/segment/`, recombined in a fixed pseudo-random order.
//!
//! Run: `cargo bench --bench segment`. Throughput is reported in bytes/s.

use std::sync::LazyLock;

use claimdiff::segment::segment;
use divan::counter::BytesCount;
use divan::{black_box, Bencher};
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    divan::main();
}

/// Size of the news text.
const NEWS_BYTES: usize = 5 << 20;

static NEWS: LazyLock<String> = LazyLock::new(|| build_news(NEWS_BYTES));

/// Recombine shippable paragraphs into about `size` bytes of news-like text.
fn build_news(size: usize) -> String {
    let seeds = [
        include_str!("../seeds/china-denial-a.txt"),
        include_str!("../seeds/techtimes-volt-typhoon-b.txt"),
    ];
    let mut paragraphs: Vec<String> = seeds
        .iter()
        .flat_map(|s| s.split("\n\n"))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    for line in include_str!("../fixtures/segment/golden_rules_en.jsonl").lines() {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(line) {
            if let Some(t) = v["text"].as_str() {
                paragraphs.push(t.trim().to_string());
            }
        }
    }
    let mut out = String::with_capacity(size + 4096);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    while out.len() < size {
        // A fixed linear congruential sequence: deterministic, no extra dependency.
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let p = &paragraphs[(state >> 33) as usize % paragraphs.len()];
        out.push_str(p);
        out.push_str(if state & 7 == 0 { "\n" } else { "\n\n" });
    }
    out
}

#[divan::bench(sample_count = 20)]
fn claimdiff_segment_news(bencher: Bencher) {
    let text = NEWS.as_str();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| segment(black_box(text)).len());
}

#[divan::bench(sample_count = 10)]
fn unicode_sentences_news(bencher: Bencher) {
    let text = NEWS.as_str();
    bencher
        .counter(BytesCount::new(text.len()))
        .bench(|| black_box(text).unicode_sentences().count());
}

/// The adversarial inputs of the segment guarantees, at full size.
mod adversarial {
    use super::*;

    fn run(bencher: Bencher, text: &str) {
        bencher
            .counter(BytesCount::new(text.len()))
            .bench(|| segment(black_box(text)).len());
    }

    #[divan::bench(sample_count = 3)]
    fn no_punctuation_50mb(bencher: Bencher) {
        let text = "lorem ipsum dolor sit amet ".repeat((50 << 20) / 27);
        run(bencher, &text);
    }

    #[divan::bench(sample_count = 5)]
    fn digits_and_dots_1mb_line(bencher: Bencher) {
        let text = "12.3.".repeat((1 << 20) / 5);
        run(bencher, &text);
    }

    #[divan::bench(sample_count = 5)]
    fn nested_quotes_100k(bencher: Bencher) {
        let text =
            "\"\u{201c}'(".repeat(100_000) + "It ended. Then." + &"\u{201d})'\"".repeat(100_000);
        run(bencher, &text);
    }

    #[divan::bench(sample_count = 5)]
    fn only_newlines_10mb(bencher: Bencher) {
        let text = "\n".repeat(10 << 20);
        run(bencher, &text);
    }

    #[divan::bench(sample_count = 5)]
    fn abbreviations_and_ellipses_10mb(bencher: Bencher) {
        let text = "Mr. U.S. a.m. . . . ... Inc. J. ".repeat((10 << 20) / 32);
        run(bencher, &text);
    }
}
