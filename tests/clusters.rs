//! Three sources (issue 7): the support matrix of `fixtures/multi/`, written
//! for this test: a wire report (adds details: the amount, the stretch of
//! river, water supplies), a report that hedges the plant's role, and the
//! company's denial.

use std::path::Path;

use claimdiff::input::read_article;
use claimdiff::model::{AspectKind, Confidence};
use claimdiff::{compare, CompareOptions, Report};

fn report() -> Report {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/multi");
    let articles: Vec<_> = [("wire.txt", "A"), ("hedging.txt", "B"), ("denial.txt", "C")]
        .iter()
        .map(|(f, l)| read_article(&dir.join(f), l).expect("fixture reads"))
        .collect();
    compare(&articles, &CompareOptions::default())
}

/// The id of the claim whose text contains `needle` (in any source).
fn id(r: &Report, needle: &str) -> String {
    r.sources
        .iter()
        .flat_map(|s| &s.claims)
        .find(|c| c.text.contains(needle))
        .unwrap_or_else(|| panic!("no claim contains {needle:?}"))
        .id
        .clone()
}

/// One expected row: the claim (by a phrase) in each source, or `None` where
/// the source is silent, with the confidence of each cell.
type Row = [Option<(&'static str, Confidence)>; 3];

#[test]
fn the_support_matrix_is_the_expected_one() {
    use Confidence::*;
    let r = report();
    let rows: [(Row, &[AspectKind]); 7] = [
        (
            [
                Some(("stretch of the river until", Asserted)),
                Some(("banned along the river until", Asserted)),
                Some(("banned along the river until", Asserted)),
            ],
            &[],
        ),
        (
            [
                Some(("has opened an investigation", Asserted)),
                Some(("has opened an investigation", Asserted)),
                Some(("has opened an investigation", Asserted)),
            ],
            &[],
        ),
        (
            [
                Some(("killed thousands of fish", Attributed)),
                Some(("Thousands of fish died", Hedged)),
                Some(("fish were found dead", Asserted)),
            ],
            &[AspectKind::Confidence],
        ),
        (
            [
                Some(("The plant released about 2,000 litres", Asserted)),
                Some(("believed to have released", Hedged)),
                Some(("has denied that its plant", Denied)),
            ],
            &[AspectKind::Confidence],
        ),
        ([Some(("Water supplies", Attributed)), None, None], &[]),
        ([None, Some(("Local anglers", Attributed)), None], &[]),
        (
            [None, None, Some(("storage tank was intact", Attributed))],
            &[],
        ),
    ];
    assert_eq!(r.clusters.len(), rows.len(), "{:#?}", r.clusters);
    for (k, (row, aspects)) in rows.iter().enumerate() {
        let cluster = &r.clusters[k];
        for (s, want) in row.iter().enumerate() {
            let cell = &cluster.cells[s];
            // Phrases shared by two sources name the claim of this source.
            let want = want.map(|(needle, conf)| {
                let label = &r.sources[s].label;
                let claim = r.sources[s]
                    .claims
                    .iter()
                    .find(|c| c.text.contains(needle))
                    .unwrap_or_else(|| panic!("{label} has no claim with {needle:?}"));
                (vec![claim.id.clone()], Some(conf))
            });
            let got = (cell.claims.clone(), cell.confidence);
            assert_eq!(
                Some(got.clone()),
                want.clone().or(Some((vec![], None))),
                "row {} ({}) column {}",
                k + 1,
                cluster.id,
                r.sources[s].label
            );
        }
        assert_eq!(&cluster.aspects, aspects, "aspects of {}", cluster.id);
    }
}

#[test]
fn rows_run_shared_then_contested_then_single() {
    let r = report();
    let rank = |c: &claimdiff::model::Cluster| {
        if c.support == r.sources.len() && c.aspects.is_empty() {
            0
        } else if c.support > 1 {
            1
        } else {
            2
        }
    };
    let ranks: Vec<u8> = r.clusters.iter().map(rank).collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    assert!(ranks.contains(&0) && ranks.contains(&1) && ranks.contains(&2));
}

#[test]
fn every_pair_keeps_its_own_comparison() {
    let r = report();
    let pairs: Vec<(&str, &str)> = r
        .comparisons
        .iter()
        .map(|c| (c.left.as_str(), c.right.as_str()))
        .collect();
    assert_eq!(pairs, [("A", "B"), ("A", "C"), ("B", "C")]);
    // The denial is linked to the hedged release in B-vs-C and diverges there.
    let (b3, c2) = (
        id(&r, "believed to have released"),
        id(&r, "has denied that"),
    );
    let link = r.comparisons[2]
        .links
        .iter()
        .find(|l| l.left.contains(&b3))
        .expect("B's hedged release is linked");
    assert_eq!(link.right, [c2]);
    assert!(link
        .aspects
        .iter()
        .any(|a| a.kind == AspectKind::Confidence));
}

#[test]
fn text_report_prints_the_matrix() {
    let r = report();
    let opts = claimdiff::report::RenderOptions {
        width: 200,
        ..Default::default()
    };
    let mut out = Vec::new();
    claimdiff::report::render(&r, claimdiff::report::Format::Text, &opts, &mut out)
        .expect("renders");
    let text = String::from_utf8(out).expect("utf-8");
    assert!(
        text.contains("SUPPORT MATRIX (3 sources: A, B, C)"),
        "{text}"
    );
    let row = text
        .lines()
        .find(|l| l.contains("The plant released about 2,000"))
        .expect("ammonia row");
    for w in ["asserted", "hedged", "denied", "confidence"] {
        assert!(row.contains(w), "{row}");
    }
}
