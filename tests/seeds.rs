//! The demo input: what the seeds comparison must show (issue 2), checked on
//! the JSON report by claim text, plus snapshots of the text and JSON reports
//! that were read line by line when accepted.

mod common;

use serde_json::Value;

fn run(args: &[&str]) -> String {
    let out = common::seeds_compare().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn report() -> Value {
    serde_json::from_str(&run(&["--format", "json"])).expect("json")
}

/// The id of the claim of source `label` whose text contains `needle`.
fn id_of(r: &Value, label: &str, needle: &str) -> String {
    let src = r["sources"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["label"] == label))
        .expect("source");
    src["claims"]
        .as_array()
        .and_then(|cs| {
            cs.iter()
                .find(|c| c["text"].as_str().is_some_and(|t| t.contains(needle)))
        })
        .and_then(|c| c["id"].as_str())
        .unwrap_or_else(|| panic!("no claim of {label} contains {needle:?}"))
        .to_string()
}

fn ids(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// The link that holds claim `id`.
fn link_of<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["comparisons"][0]["links"]
        .as_array()
        .and_then(|ls| {
            ls.iter().find(|l| {
                ids(&l["left"]).contains(&id.into()) || ids(&l["right"]).contains(&id.into())
            })
        })
        .unwrap_or_else(|| panic!("{id} is in no link"))
}

#[test]
fn both_rejections_are_linked_with_the_dismissal() {
    let r = report();
    let b3 = id_of(
        &r,
        "B",
        "has dismissed allegations made by the United States",
    );
    let link = link_of(&r, &b3);
    for needle in [
        "China has strongly rejected these claims",
        "China has unequivocally rejected any involvement",
    ] {
        assert!(
            ids(&link["left"]).contains(&id_of(&r, "A", needle)),
            "{needle:?} not linked with {b3}: {link}"
        );
    }
}

#[test]
fn the_reports_differ_in_source_state_department_vs_nsa() {
    let r = report();
    let a2 = id_of(
        &r,
        "A",
        "Recent reports from Microsoft and the US State Department",
    );
    let b4 = id_of(
        &r,
        "B",
        "Microsoft and the National Security Agency revealed",
    );
    let link = link_of(&r, &a2);
    assert!(ids(&link["right"]).contains(&b4), "{link}");
    assert_eq!(link["verdict"], "diverges");
    let source = link["aspects"]
        .as_array()
        .and_then(|a| a.iter().find(|x| x["kind"] == "source"))
        .unwrap_or_else(|| panic!("no source aspect: {link}"));
    assert!(
        source["left"].to_string().contains("State Department"),
        "{source}"
    );
    assert!(
        source["right"]
            .to_string()
            .contains("National Security Agency"),
        "{source}"
    );
}

#[test]
fn a_hedges_the_link_to_china_that_b_asserts() {
    let r = report();
    let a8 = id_of(&r, "A", "believed to be linked to the Chinese government");
    let b4 = id_of(&r, "B", "China's hacking group, Volt Typhoon");
    let link = link_of(&r, &a8);
    assert!(ids(&link["right"]).contains(&b4), "{link}");
    let conf = link["aspects"]
        .as_array()
        .and_then(|a| a.iter().find(|x| x["kind"] == "confidence"))
        .unwrap_or_else(|| panic!("no confidence aspect: {link}"));
    assert!(
        ids(&conf["left"]).contains(&"believed to be linked to".into()),
        "{conf}"
    );
    assert!(
        conf["right"].to_string().contains("China's hacking group"),
        "{conf}"
    );
    assert!(
        conf["note"]
            .as_str()
            .is_some_and(|n| n.contains("A hedges")),
        "{conf}"
    );
}

#[test]
fn closing_lines_of_b_are_boilerplate_and_never_compared() {
    let r = report();
    let cmp = &r["comparisons"][0];
    let mut compared: Vec<String> = ids(&cmp["only_right"]);
    for l in cmp["links"].as_array().expect("links") {
        compared.extend(ids(&l["right"]));
    }
    for needle in [
        "Stay posted here at Tech Times",
        "All rights reserved",
        "Join the Discussion",
        "Real Time Analytics",
    ] {
        let id = id_of(&r, "B", needle);
        let claim = r["sources"][1]["claims"]
            .as_array()
            .and_then(|c| c.iter().find(|c| c["id"] == id.as_str()))
            .expect("claim");
        assert_eq!(claim["kind"], "boilerplate", "{claim}");
        assert!(!compared.contains(&id), "{id} was compared");
    }
    let text = run(&["--color", "never"]);
    assert!(text.contains("BOILERPLATE (not compared)"));
}

#[test]
fn one_sided_claims_are_listed_as_only_in_their_source() {
    let r = report();
    let cmp = &r["comparisons"][0];
    let (only_a, only_b) = (ids(&cmp["only_left"]), ids(&cmp["only_right"]));
    for needle in [
        "Secureworks, which has responded to at least three",
        "Secureworks believes they are likely operating",
        "prohibited the telecommunications companies Huawei and ZTE",
    ] {
        let id = id_of(&r, "B", needle);
        assert!(only_b.contains(&id), "{id} ({needle}) not only in B");
    }
    for needle in [
        "highlights the importance of international cooperation",
        "requires a unified and cooperative approach",
        "Constructive dialogue and cooperation among nations",
    ] {
        let id = id_of(&r, "A", needle);
        assert!(only_a.contains(&id), "{id} ({needle}) not only in A");
    }
}

#[test]
fn seeds_text_report_snapshot() {
    insta::assert_snapshot!(run(&["--color", "never"]));
}

#[test]
fn seeds_json_report_snapshot() {
    insta::assert_snapshot!(run(&["--format", "json"]));
}
