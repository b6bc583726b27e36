//! Every hand-labelled claim pair in `fixtures/verdicts/` gets its expected
//! verdict, aspects and detail side; precision and recall per verdict and per
//! aspect are printed (`cargo test --test verdicts -- --nocapture`).

use claimdiff::classify::eval::{aspect_tallies, parse_cases, run, summary, verdict_tallies, Case};

/// `pairs.jsonl` was written with the classifier; `holdout.jsonl` was written
/// after it and first scored blind (25 of 27 passed), then kept as a regression set.
fn cases() -> Vec<Case> {
    let mut cases =
        parse_cases(include_str!("../fixtures/verdicts/pairs.jsonl")).expect("pairs parse");
    cases.extend(
        parse_cases(include_str!("../fixtures/verdicts/holdout.jsonl")).expect("holdout parses"),
    );
    cases
}

#[test]
fn fixtures_cover_every_verdict_and_aspect() {
    let cases = cases();
    assert!(cases.len() >= 40, "only {} cases", cases.len());
    for (v, t) in verdict_tallies(&run(&cases)) {
        assert!(
            t.tp + t.fn_ >= 8,
            "{} has {} cases",
            v.as_str(),
            t.tp + t.fn_
        );
    }
    for (k, t) in aspect_tallies(&run(&cases)) {
        assert!(
            t.tp + t.fn_ >= 3,
            "{} has {} cases",
            k.as_str(),
            t.tp + t.fn_
        );
    }
    let mut ids: Vec<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "case ids are unique");
}

#[test]
fn every_fixture_gets_its_verdict_aspects_and_details() {
    let outcomes = run(&cases());
    let report = summary(&outcomes);
    println!("{report}");
    let failed: Vec<String> = outcomes
        .iter()
        .filter(|o| !o.problems.is_empty())
        .map(|o| format!("{}: {}", o.case.id, o.problems.join("; ")))
        .collect();
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

#[test]
fn every_divergence_quotes_words_on_both_sides() {
    for o in run(&cases()) {
        for a in &o.got.aspects {
            assert!(
                !a.left.is_empty() && !a.right.is_empty(),
                "{}: {} quotes {:?} vs {:?}",
                o.case.id,
                a.kind.as_str(),
                a.left,
                a.right
            );
            assert!(!a.note.is_empty());
        }
    }
}
