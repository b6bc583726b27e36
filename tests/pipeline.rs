//! Whole-pipeline guarantees: nothing lost, nothing panics.

use std::collections::HashMap;
use std::path::Path;

use claimdiff::input::{article_from_bytes, read_article, InputFormat};
use claimdiff::{compare, Article, ClaimKind, CompareOptions, Report};
use proptest::prelude::*;

fn load(paths: &[&str]) -> Vec<Article> {
    let labels = ["A", "B", "C", "D"];
    paths
        .iter()
        .zip(labels)
        .map(|(p, l)| read_article(&Path::new(env!("CARGO_MANIFEST_DIR")).join(p), l).unwrap())
        .collect()
}

/// Every compared claim of each side appears exactly once in its comparison
/// (in a link or in only_left/only_right); titles, headings and boilerplate appear in none;
/// and the claims of each source cover its non-whitespace text exactly once, in order.
fn assert_nothing_lost(articles: &[Article], report: &Report) {
    for (src, art) in report.sources.iter().zip(articles) {
        let mut pos = 0;
        for c in &src.claims {
            assert!(
                c.start >= pos && c.end > c.start,
                "{}: overlapping or empty",
                c.id
            );
            assert!(
                art.text[pos..c.start].trim().is_empty(),
                "{}: text skipped before it",
                c.id
            );
            assert_eq!(&art.text[c.start..c.end], c.text);
            pos = c.end;
        }
        assert!(
            art.text[pos..].trim().is_empty(),
            "{}: text lost at the end",
            src.label
        );
    }
    let mut clustered: HashMap<&str, usize> = HashMap::new();
    for k in &report.clusters {
        for id in &k.claims {
            *clustered.entry(id).or_default() += 1;
        }
    }
    for c in report.sources.iter().flat_map(|s| &s.claims) {
        let want = usize::from(c.kind == ClaimKind::Sentence);
        assert_eq!(
            clustered.get(c.id.as_str()).copied().unwrap_or(0),
            want,
            "{} in clusters",
            c.id
        );
    }
    for cmp in &report.comparisons {
        for (label, only, side) in [
            (&cmp.left, &cmp.only_left, true),
            (&cmp.right, &cmp.only_right, false),
        ] {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for l in &cmp.links {
                for id in if side { &l.left } else { &l.right } {
                    *seen.entry(id).or_default() += 1;
                }
            }
            for id in only {
                *seen.entry(id).or_default() += 1;
            }
            let src = report.source(label).unwrap();
            for c in &src.claims {
                let n = seen.remove(c.id.as_str()).unwrap_or(0);
                let want = usize::from(c.kind == ClaimKind::Sentence);
                assert_eq!(n, want, "{} ({:?}) appears {n} times", c.id, c.kind);
            }
            assert!(seen.is_empty(), "unknown ids {seen:?}");
        }
        let c = &cmp.counts;
        assert_eq!(c.agree + c.adds_detail + c.diverges, cmp.links.len());
        assert!((0.0..=1.0).contains(&cmp.agreement));
    }
}

#[test]
fn nothing_lost_on_the_seeds() {
    let arts = load(&[
        "seeds/china-denial-a.txt",
        "seeds/techtimes-volt-typhoon-b.txt",
    ]);
    let report = compare(&arts, &CompareOptions::default());
    assert_nothing_lost(&arts, &report);
}

#[test]
fn nothing_lost_across_formats_and_three_sources() {
    let arts = load(&[
        "fixtures/html/harbour-fire.html",
        "fixtures/html/council-vote.html",
        "fixtures/markdown/storm.md",
        "seeds/china-denial-a.txt",
    ]);
    let report = compare(&arts, &CompareOptions::default());
    assert_eq!(report.comparisons.len(), 6);
    assert_nothing_lost(&arts, &report);
}

#[test]
fn nothing_lost_when_presplit() {
    let arts = load(&[
        "seeds/techtimes-volt-typhoon-b.txt",
        "seeds/china-denial-a.txt",
    ]);
    let opts = CompareOptions {
        presplit: true,
        ..Default::default()
    };
    let report = compare(&arts, &opts);
    assert_nothing_lost(&arts, &report);
}

/// Two long articles built from the seeds' sentences: each sentence gets a
/// number of its own, and the right article repeats every other left
/// sentence in another order, among as many sentences with other numbers.
fn long_articles(sentences: usize) -> Vec<Article> {
    let seeds = load(&[
        "seeds/china-denial-a.txt",
        "seeds/techtimes-volt-typhoon-b.txt",
    ]);
    let base: Vec<&str> = seeds
        .iter()
        .flat_map(|a| a.text.split(['.', '\n']))
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 6)
        .collect();
    let line = |k: usize| format!("{}, in case {}.", base[k % base.len()], 1000 + k);
    let left: Vec<String> = (0..sentences).map(line).collect();
    let right: Vec<String> = (0..sentences)
        .rev()
        .map(|k| {
            if k % 2 == 0 {
                line(k)
            } else {
                line(k + sentences)
            }
        })
        .collect();
    let article = |label: &str, lines: &[String]| Article {
        label: label.into(),
        path: format!("{label}.txt"),
        title: None,
        byline: None,
        date: None,
        text: lines.join("\n\n"),
    };
    vec![article("A", &left), article("B", &right)]
}

#[test]
fn long_articles_split_over_threads_lose_nothing_and_come_out_the_same() {
    // long enough that analysis, candidate scoring and classification run
    // on several threads (where the machine has them)
    let arts = long_articles(1200);
    assert!(arts.iter().map(|a| a.text.len()).sum::<usize>() > 64 << 10);
    let report = compare(&arts, &CompareOptions::default());
    assert_nothing_lost(&arts, &report);
    assert!(
        report.comparisons[0].links.len() >= 500,
        "{}",
        report.comparisons[0].links.len()
    );
    let again = compare(&arts, &CompareOptions::default());
    assert_eq!(
        serde_json::to_string(&report).unwrap(),
        serde_json::to_string(&again).unwrap()
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Arbitrary bytes through the input layer and, when they decode, the whole pipeline.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600), fmt in 0u8..3) {
        let format = [InputFormat::Auto, InputFormat::Markdown, InputFormat::Html][fmt as usize];
        if let Ok(a) = article_from_bytes(&bytes, Path::new("p.txt"), "A", format) {
            let b = a.clone();
            let arts = [a, Article { label: "B".into(), ..b }];
            let report = compare(&arts, &CompareOptions::default());
            assert_nothing_lost(&arts, &report);
        }
    }

    /// Arbitrary Unicode text, with sentence punctuation and quotes likely.
    #[test]
    fn arbitrary_text_never_loses_claims(
        left in "([A-Za-z\u{e9}\u{4e2d}0-9 ,.;:!?\"'\u{201c}\u{201d}()\n-]{0,12}){0,20}",
        right in "\\PC{0,200}",
    ) {
        let arts: Vec<Article> = [left, right]
            .into_iter()
            .zip(["A", "B"])
            .filter(|(t, _)| !t.trim().is_empty())
            .map(|(text, l)| Article { label: l.into(), path: l.into(), title: None, byline: None, date: None, text })
            .collect();
        let report = compare(&arts, &CompareOptions::default());
        assert_nothing_lost(&arts, &report);
    }

    /// Arbitrary HTML-ish markup never panics the extractor.
    #[test]
    fn arbitrary_html_never_panics(body in "(<(p|div|nav|script|h1|a href='x')>[A-Za-z .,<>&;\"']{0,40}</(p|div|nav|script|h1|a)>){0,12}") {
        let page = format!("<!doctype html><html><body>{body}</body></html>");
        let _ = article_from_bytes(page.as_bytes(), Path::new("p.html"), "A", InputFormat::Auto);
    }
}
