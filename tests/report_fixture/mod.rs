//! A hand-built report for the renderer tests: every verdict and aspect, details,
//! a one-to-many link, claims only in one source, boilerplate, and hostile text
//! (markup, event handlers, workflow commands, Markdown) in claims, titles, paths
//! and aspect words.

#![allow(dead_code)]

use claimdiff::model::*;

/// Markup that would run or change the page if it were not escaped.
pub const SCRIPT: &str =
    "<script>document.title='PWNED';document.body.setAttribute('data-pwned','1')</script>";
pub const ONERROR: &str = "\" onerror=alert(1) x=\"";
pub const IMG: &str = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">";
pub const TEXTAREA: &str = "</textarea><b>bold</b>";

fn claim(
    id: &str,
    kind: ClaimKind,
    text: &str,
    line: usize,
    conf: Confidence,
    cues: &[&str],
) -> Claim {
    Claim {
        id: id.into(),
        kind,
        text: text.into(),
        start: 0,
        end: text.len(),
        line,
        paragraph: line / 2,
        confidence: conf,
        cues: cues.iter().map(|s| s.to_string()).collect(),
        source: None,
    }
}

fn s(id: &str, text: &str, line: usize) -> Claim {
    claim(
        id,
        ClaimKind::Sentence,
        text,
        line,
        Confidence::Asserted,
        &[],
    )
}

fn aspect(kind: AspectKind, l: &[&str], r: &[&str], note: &str) -> Aspect {
    Aspect {
        kind,
        left: l.iter().map(|s| s.to_string()).collect(),
        right: r.iter().map(|s| s.to_string()).collect(),
        note: note.into(),
    }
}

fn ids(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// The report: sources A and B, one comparison.
pub fn hostile_report() -> Report {
    let a_claims = vec![
        claim(
            "A1",
            ClaimKind::Title,
            &format!("Harbour bridge shut {SCRIPT}"),
            1,
            Confidence::Asserted,
            &[],
        ),
        claim(
            "A2",
            ClaimKind::Sentence,
            "The collapse was believed to be caused by a faulty cable, officials said.",
            3,
            Confidence::Hedged,
            &["believed to be"],
        ),
        s("A3", "Twelve people were hurt on Monday, police said.", 3),
        s("A4", "The mayor ordered an inquiry.", 5),
        s("A5", "The inquiry will report in June.", 5),
        s(
            "A6",
            &format!("Crews worked overnight {IMG} to clear the road."),
            7,
        ),
        s(
            "A7",
            &format!("A witness wrote {TEXTAREA} and {ONERROR} on a sign."),
            9,
        ),
        s(
            "A8",
            "Traffic was diverted through the old tunnel | 50% slower *today* @octocat.",
            11,
        ),
        claim(
            "A9",
            ClaimKind::Boilerplate,
            "Copyright 2026 Harbour News. All rights reserved.",
            13,
            Confidence::Asserted,
            &[],
        ),
    ];
    let b_claims = vec![
        claim(
            "B1",
            ClaimKind::Title,
            "Bridge closed after collapse",
            1,
            Confidence::Asserted,
            &[],
        ),
        s("B2", "A faulty cable caused the collapse.", 3),
        s(
            "B3",
            "Fifteen people were hurt on Sunday, the fire service said.",
            5,
        ),
        s(
            "B4",
            "The mayor ordered an inquiry that will report in June.",
            7,
        ),
        s(
            "B5",
            "Crews worked overnight to clear the road near Pier 4.",
            9,
        ),
        s(
            "B6",
            &format!("Residents were told to stay indoors {SCRIPT}."),
            11,
        ),
        s("B7", "The port did not close.", 13),
        s(
            "B8",
            "Ferries ran an extra service:\nline one,\r\nline two.",
            15,
        ),
    ];
    let links = vec![
        Link {
            left: ids(&["A2"]),
            right: ids(&["B2"]),
            similarity: 0.71,
            verdict: Verdict::Diverges,
            aspects: vec![
                aspect(
                    AspectKind::Confidence,
                    &["believed to be"],
                    &[],
                    "left hedges what right asserts",
                ),
                aspect(
                    AspectKind::Source,
                    &["officials"],
                    &[],
                    "only left names a source",
                ),
            ],
            details: vec![],
        },
        Link {
            left: ids(&["A3"]),
            right: ids(&["B3"]),
            similarity: 0.66,
            verdict: Verdict::Diverges,
            aspects: vec![
                aspect(
                    AspectKind::Number,
                    &["Twelve"],
                    &["Fifteen"],
                    "different number",
                ),
                aspect(AspectKind::Date, &["Monday"], &["Sunday"], "different date"),
                aspect(
                    AspectKind::Entity,
                    &["police"],
                    &["the fire service"],
                    "different entity",
                ),
                aspect(
                    AspectKind::Polarity,
                    &[],
                    &[SCRIPT],
                    &format!("one side negates {ONERROR}"),
                ),
            ],
            details: vec![],
        },
        Link {
            left: ids(&["A4", "A5"]),
            right: ids(&["B4"]),
            similarity: 0.83,
            verdict: Verdict::Agree,
            aspects: vec![],
            details: vec![],
        },
        Link {
            left: ids(&["A6"]),
            right: ids(&["B5"]),
            similarity: 0.58,
            verdict: Verdict::AddsDetail,
            aspects: vec![],
            details: vec![Detail {
                side: Side::Right,
                items: vec!["Pier 4".into(), IMG.into()],
            }],
        },
    ];
    Report {
        schema_version: SCHEMA_VERSION,
        clusters: Vec::new(),
        sources: vec![
            Source {
                label: "A".into(),
                path: format!("news/{IMG}a,b:c.txt"),
                title: Some(format!("Harbour bridge shut {SCRIPT}")),
                claims: a_claims,
            },
            Source {
                label: "B".into(),
                path: "news/b%0A.txt".into(),
                title: Some("Bridge closed after collapse".into()),
                claims: b_claims,
            },
        ],
        comparisons: vec![Comparison {
            left: "A".into(),
            right: "B".into(),
            agreement: 0.5,
            counts: Counts {
                agree: 1,
                adds_detail: 1,
                diverges: 2,
                only_left: 2,
                only_right: 3,
                boilerplate: 1,
            },
            links,
            only_left: ids(&["A7", "A8"]),
            only_right: ids(&["B6", "B7", "B8"]),
        }],
    }
}

/// Render `report` in `format` to a string.
pub fn render(
    report: &Report,
    format: claimdiff::report::Format,
    opts: &claimdiff::report::RenderOptions,
) -> String {
    let mut out = Vec::new();
    claimdiff::report::render(report, format, opts, &mut out).expect("render to a Vec");
    String::from_utf8(out).expect("renderers write UTF-8")
}
