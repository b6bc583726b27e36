//! Integration tests for `claimdiff::segment`: the Golden Rules, losslessness on
//! arbitrary Unicode text, adversarial inputs, and claim kinds.

use claimdiff::model::ClaimKind;
use claimdiff::segment::{presplit, segment, Segment};
use proptest::prelude::*;

const GOLDEN: &str = include_str!("../fixtures/segment/golden_rules_en.jsonl");

/// A claim as the CLI's text format prints it: inner line breaks become one space.
fn render(text: &str, s: &Segment) -> String {
    text[s.start..s.end]
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Panics unless `segs` is a lossless, ordered cover of the non-whitespace of `text`.
fn assert_lossless(text: &str, segs: &[Segment]) {
    let mut pos = 0;
    let mut para = 0;
    for s in segs {
        assert!(s.start < s.end, "empty segment {s:?}");
        assert!(s.start >= pos, "overlap or disorder at {s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let gap = &text[pos..s.start];
        assert!(
            gap.chars().all(char::is_whitespace),
            "uncovered text {gap:?}"
        );
        let body = &text[s.start..s.end];
        assert!(
            !body.starts_with(char::is_whitespace),
            "leading space {body:?}"
        );
        assert!(
            !body.ends_with(char::is_whitespace),
            "trailing space {body:?}"
        );
        assert!(s.paragraph >= para, "paragraphs out of order");
        para = s.paragraph;
        pos = s.end;
    }
    assert!(
        text[pos..].chars().all(char::is_whitespace),
        "uncovered tail"
    );
}

#[test]
fn golden_rules_pass_at_least_51_of_52() {
    let mut passed = 0;
    let mut failures = Vec::new();
    let mut total = 0;
    for line in GOLDEN.lines().filter(|l| !l.trim().is_empty()) {
        let case: serde_json::Value = serde_json::from_str(line).expect("fixture is JSON");
        let text = case["text"].as_str().expect("text");
        let want: Vec<String> = case["expected"]
            .as_array()
            .expect("expected")
            .iter()
            .map(|v| v.as_str().unwrap_or_default().trim().to_string())
            .collect();
        let segs = segment(text);
        assert_lossless(text, &segs);
        let got: Vec<String> = segs.iter().map(|s| render(text, s)).collect();
        total += 1;
        if got == want {
            passed += 1;
        } else {
            failures.push(format!(
                "#{} {}\n  want {want:?}\n  got  {got:?}",
                case["id"], case["name"]
            ));
        }
    }
    assert_eq!(total, 52);
    assert!(
        passed >= 51,
        "{passed}/52 passed; failures:\n{}",
        failures.join("\n")
    );
    if !failures.is_empty() {
        eprintln!("Golden Rules failures:\n{}", failures.join("\n"));
    }
}

#[test]
fn news_article_gets_title_dateline_sentences_and_footer() {
    let text = "Council approves new budget for Springfield\n\nTuesday, May 2, 2023\n\n\
        SPRINGFIELD, Ill. The U.S. Department of Education gave Dr. Ann B. Lee a grant on Jan. 5. \
        She said it was \"a good day.\" The vote was 7-2.\n\n\
        Budget details\n\
        The plan costs $4.5 million, i.e. about 3.2% more.\n\n\
        Copyright 2023 Springfield News. All rights reserved.\n\
        Share this article\n\
        Sign up for our newsletter";
    let segs = segment(text);
    assert_lossless(text, &segs);
    let got: Vec<(ClaimKind, String)> = segs.iter().map(|s| (s.kind, render(text, s))).collect();
    let kinds: Vec<ClaimKind> = got.iter().map(|g| g.0).collect();
    use ClaimKind::*;
    assert_eq!(
        kinds,
        [
            Title,
            Heading,
            Sentence,
            Sentence,
            Sentence,
            Heading,
            Sentence,
            Boilerplate,
            Boilerplate,
            Boilerplate,
            Boilerplate
        ],
        "{got:#?}"
    );
    assert_eq!(
        got[2].1,
        "SPRINGFIELD, Ill. The U.S. Department of Education gave Dr. Ann B. Lee a grant on Jan. 5."
    );
}

#[test]
fn quotations_spanning_sentences_split_inside() {
    let text =
        "\"Cool clock, Ahmed. Want to bring it to the White House? We should inspire more kids.\"";
    let got: Vec<String> = segment(text).iter().map(|s| render(text, s)).collect();
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn parentheses_urls_and_emails_stay_inside_sentences() {
    let text = "Visit https://example.org/a.b?c=1. Write to news@example.co.uk (not jobs@x.org). It opened (see p. 4) in 2010.";
    let got: Vec<String> = segment(text).iter().map(|s| render(text, s)).collect();
    assert_eq!(
        got,
        [
            "Visit https://example.org/a.b?c=1.",
            "Write to news@example.co.uk (not jobs@x.org).",
            "It opened (see p. 4) in 2010."
        ]
    );
}

#[test]
fn presplit_gives_one_claim_per_line() {
    let text = "First line. Still first.\n\n  Second line  \n";
    let segs = presplit(text);
    assert_lossless(text, &segs);
    assert_eq!(segs.len(), 2);
}

#[test]
fn adversarial_inputs_are_lossless_and_bounded() {
    let cases = [
        "word ".repeat(40_000),
        "1.2.".repeat(25_000),
        "\"".repeat(10_000) + "A. " + &"\u{201d}".repeat(10_000),
        "(".repeat(10_000) + "Yes." + &")".repeat(10_000),
        "\n".repeat(50_000),
        ". ".repeat(20_000),
        "a.B".repeat(20_000),
        "Mr. ".repeat(20_000),
        "\u{2026} A".repeat(20_000),
        "1. a 2. b ".repeat(5_000),
    ];
    for text in &cases {
        let segs = segment(text);
        assert_lossless(text, &segs);
        assert!(segs.len() <= text.len() / 2 + 1);
        assert_lossless(text, &presplit(text));
    }
    assert!(segment(&"\n".repeat(50_000)).is_empty());
    assert_eq!(segment(&"word ".repeat(40_000)).len(), 1);
}

fn newsy_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(vec![
            'a', 'B', 'c', 'I', 'U', 'S', 'M', 'r', '1', '0', ' ', ' ', '\n', '.', '.', '!', '?', '"', '\'',
            '(', ')', '[', ']', ':', ',', '@', '/', '-', '\u{2026}', '\u{201c}', '\u{201d}', '\u{2019}',
            '\u{a0}', '\u{3000}', '\u{2022}', '\u{a9}', '\u{3002}', 'é', '\t', '\r',
        ]),
        1 => any::<char>(),
    ]
}

proptest! {
    #[test]
    fn any_unicode_text_is_covered_losslessly(text in ".{0,300}") {
        assert_lossless(&text, &segment(&text));
        assert_lossless(&text, &presplit(&text));
    }

    #[test]
    fn punctuation_heavy_text_is_covered_losslessly(chars in prop::collection::vec(newsy_char(), 0..400)) {
        let text: String = chars.into_iter().collect();
        assert_lossless(&text, &segment(&text));
    }
}
