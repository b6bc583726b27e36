//! Confidence of hand-written, news-like claims: each level, the traps
//! (months, negated modals, "as expected"), and the named source.

use claimdiff::features::assess;
use claimdiff::model::Confidence::{self, Asserted, Attributed, Denied, Hedged};

/// Check the level, the cues (as written) and the source of one claim.
fn check(text: &str, level: Confidence, cues: &[&str], source: Option<&str>) {
    let a = assess(text);
    assert_eq!(a.confidence, level, "level of {text:?} (cues {:?})", a.cues);
    assert_eq!(a.cues, cues, "cues of {text:?}");
    assert_eq!(a.source.as_deref(), source, "source of {text:?}");
}

#[test]
fn flat_statements_are_asserted() {
    check(
        "The harbour bridge reopened on Tuesday after repairs.",
        Asserted,
        &[],
        None,
    );
    check(
        "Floods cut power to 40,000 homes in the valley.",
        Asserted,
        &[],
        None,
    );
}

#[test]
fn the_month_may_is_not_a_hedge() {
    check(
        "The ferry line was sold in May 2021 to a Dutch operator.",
        Asserted,
        &[],
        None,
    );
    check(
        "Talks resumed on 3 May, the ministry said.",
        Attributed,
        &["said"],
        Some("the ministry"),
    );
    check(
        "Voters may reject the levy in the spring.",
        Hedged,
        &["may"],
        None,
    );
}

#[test]
fn negated_could_and_refusals_are_not_hedges() {
    check(
        "Rescuers could not reach the village before dark.",
        Asserted,
        &[],
        None,
    );
    check(
        "The club would not comment on the transfer fee.",
        Asserted,
        &[],
        None,
    );
    check(
        "The insurer could be reached for comment only by email.",
        Asserted,
        &[],
        None,
    );
    check(
        "A second storm could hit the coast by Friday.",
        Hedged,
        &["could"],
        None,
    );
}

#[test]
fn expected_after_as_is_not_a_hedge() {
    check(
        "As expected, the central bank held its rate at 4%.",
        Asserted,
        &[],
        None,
    );
    check(
        "Turnout is expected to fall below half.",
        Hedged,
        &["expected to"],
        None,
    );
}

#[test]
fn hearsay_frames_are_single_cues() {
    check(
        "Police arrested a man believed to be linked to the arson attacks.",
        Hedged,
        &["believed to be linked to"],
        None,
    );
    check(
        "The painting is said to be a forgery.",
        Hedged,
        &["said to be"],
        None,
    );
    check(
        "The fire is thought to have started in a kitchen.",
        Hedged,
        &["thought to"],
        None,
    );
    check(
        "The minister reportedly met the lobbyists twice.",
        Hedged,
        &["reportedly"],
        None,
    );
    check(
        "The allegedly forged ballots were seized.",
        Hedged,
        &["allegedly"],
        None,
    );
}

#[test]
fn hedges_in_context() {
    check(
        "The two crashes are likely related.",
        Hedged,
        &["likely"],
        None,
    );
    check(
        "Investigators suspect the pump failed first.",
        Hedged,
        &["suspect"],
        None,
    );
    check("The suspect was released on bail.", Asserted, &[], None);
    check(
        "The leak potentially exposed 2 million records.",
        Hedged,
        &["potentially"],
        None,
    );
    check(
        "Police held six men on suspicion of looting.",
        Asserted,
        &[],
        None,
    );
    check(
        "Officials have not said whether the dam will hold.",
        Hedged,
        &["whether"],
        None,
    );
    check(
        "The fund will reopen if the audit is clean.",
        Hedged,
        &["if"],
        None,
    );
    check(
        "The council will act quickly if necessary.",
        Asserted,
        &[],
        None,
    );
    check(
        "Under the deal, workers would receive a 3% raise.",
        Asserted,
        &[],
        None,
    );
    check(
        "The union said it would strike on Monday.",
        Attributed,
        &["said"],
        Some("The union"),
    );
}

#[test]
fn not_ruling_something_out_is_a_hedge() {
    check(
        "Nordair has not ruled out a cyberattack, a person familiar with the investigation said.",
        Hedged,
        &["not ruled out"],
        Some("a person familiar with the investigation"),
    );
    check(
        "Police didn't rule out foul play.",
        Hedged,
        &["didn't rule out"],
        None,
    );
}

#[test]
fn what_was_not_proven_is_hedged() {
    check(
        "The findings did not prove that coffee protects the liver.",
        Hedged,
        &["not prove"],
        None,
    );
    // an absence stated plainly is not a hedge
    check("There is no proof of life.", Asserted, &[], None);
}

#[test]
fn named_sources_of_attribution() {
    check(
        "According to the coast guard, the trawler sank within minutes.",
        Attributed,
        &["According to"],
        Some("the coast guard"),
    );
    check(
        "Northwind Energy said output at the plant doubled last year.",
        Attributed,
        &["said"],
        Some("Northwind Energy"),
    );
    check(
        "\"We were never told,\" said Priya Nair, a nurse at the clinic.",
        Attributed,
        &["said"],
        Some("Priya Nair"),
    );
    check(
        "Reports from Oxfam and the Red Cross describe shortages of clean water.",
        Attributed,
        &["Reports from"],
        Some("Oxfam and the Red Cross"),
    );
    check(
        "The regulator, which opened an inquiry in June, supports the findings.",
        Attributed,
        &["supports"],
        Some("The regulator"),
    );
}

#[test]
fn hedged_claims_keep_their_source() {
    check(
        "Citing the logs, Halcyon Security believes the intruders are likely state-backed.",
        Hedged,
        &["believes", "likely"],
        Some("Halcyon Security"),
    );
    check(
        "The outage came after Fastnet and the Energy Ministry revealed that the grid may have been probed.",
        Hedged,
        &["may"],
        Some("Fastnet and the Energy Ministry"),
    );
}

#[test]
fn denials_outrank_hedges_and_name_the_denier() {
    check(
        "Moscow has flatly rejected these accusations.",
        Denied,
        &["rejected"],
        Some("Moscow"),
    );
    check(
        "The Brazilian government dismissed allegations made by the opposition.",
        Denied,
        &["dismissed"],
        Some("The Brazilian government"),
    );
    check(
        "The company denied that its staff may have leaked the data.",
        Denied,
        &["denied"],
        Some("The company"),
    );
    check(
        "A spokesman for the embassy, speaking on Monday, categorised the report as disinformation.",
        Denied,
        &["categorised"],
        Some("the embassy"),
    );
    check("The court denied bail to both men.", Asserted, &[], None);
    check("The board rejected the merger offer.", Asserted, &[], None);
    check("The zoning plan was rejected.", Asserted, &[], None);
    check(
        "The airline said the reports were completely false.",
        Denied,
        &["false"],
        Some("The airline"),
    );
    check("The second test gave a false reading.", Asserted, &[], None);
    check(
        "The mayor is expected to reject the allegations on Monday.",
        Hedged,
        &["expected to", "allegations"],
        None,
    );
    check(
        "The claims were rejected by the harbour authority.",
        Denied,
        &["rejected"],
        Some("the harbour authority"),
    );
}

proptest::proptest! {
    #[test]
    fn any_text_is_assessed_without_panicking(text in "\\PC{0,200}") {
        let a = assess(&text);
        for cue in &a.cues {
            proptest::prop_assert!(text.contains(cue.as_str()));
        }
    }

    #[test]
    fn cue_words_in_any_order_do_not_panic(words in proptest::collection::vec(
        proptest::sample::select(vec![
            "May", "may", "could", "not", "would", "said", "to", "be", "believed", "linked",
            "according", ",", "\"", "denied", "rejected", "as", "which", "’s", "X", "the", "if",
        ]),
        0..30,
    )) {
        let _ = assess(&words.join(" "));
    }
}
