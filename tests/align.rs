//! Alignment behaviour on small hand-written articles and on the seed articles.

use claimdiff::align::{align, AlignOptions, Match};
use claimdiff::features::Features;
use claimdiff::input::read_article;
use claimdiff::{compare, CompareOptions};

fn run(left: &[&str], right: &[&str]) -> Vec<Match> {
    let lf: Vec<Features> = left.iter().map(|t| Features::extract(t)).collect();
    let rf: Vec<Features> = right.iter().map(|t| Features::extract(t)).collect();
    let l: Vec<&Features> = lf.iter().collect();
    let r: Vec<&Features> = rf.iter().collect();
    align(&l, &r, &AlignOptions::default())
}

fn pairs(ms: &[Match]) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = ms.iter().flat_map(Match::pairs).collect();
    v.sort_unstable();
    v
}

const LEFT: [&str; 4] = [
    "The mayor of Lindenfeld resigned on Tuesday after the audit.",
    "Storms flooded the harbour district overnight.",
    "The Riverside council approved a new budget of 40 million euros.",
    "Local bakers said flour prices doubled this year.",
];
const RIGHT: [&str; 4] = [
    "Flour prices have doubled this year, bakers in the town said.",
    "Lindenfeld's mayor stepped down Tuesday following the audit.",
    "A football club celebrated its centenary with a parade.",
    "Councillors in Riverside approved a budget of 40 million euros.",
];

#[test]
fn paraphrased_claims_are_linked_whatever_their_order() {
    let got = pairs(&run(&LEFT, &RIGHT));
    assert_eq!(got, [(0, 1), (2, 3), (3, 0)]);
    let reversed: Vec<&str> = RIGHT.iter().rev().copied().collect();
    let mut back: Vec<(usize, usize)> = pairs(&run(&LEFT, &reversed))
        .into_iter()
        .map(|(i, j)| (i, 3 - j))
        .collect();
    back.sort_unstable();
    assert_eq!(back, got);
}

#[test]
fn links_are_one_to_one_with_scores_in_range() {
    let ms = run(&LEFT, &RIGHT);
    for m in &ms {
        assert!((0.0..=1.0).contains(&m.similarity));
    }
    let mut rights: Vec<usize> = ms.iter().flat_map(|m| m.right.clone()).collect();
    let n = rights.len();
    rights.sort_unstable();
    rights.dedup();
    assert_eq!(rights.len(), n, "no right claim is used twice");
}

#[test]
fn one_claim_can_cover_two_of_the_other_side() {
    let left = [
        "Norvania has rejected the espionage allegations.",
        "The weather in the capital was mild.",
        "Norvania also denied any role in the Kestrel hacking campaign.",
    ];
    let right = ["The Norvania government dismissed allegations of espionage and of the Kestrel hacking campaign."];
    let ms = run(&left, &right);
    assert_eq!(ms.len(), 1, "{ms:?}");
    assert_eq!(ms[0].left, [0, 2]);
    assert_eq!(ms[0].right, [0]);
}

#[test]
fn unrelated_generic_claims_stay_unlinked() {
    let left = ["Cooperation among nations is essential to face threats."];
    let right = ["The company reported higher quarterly revenue in Oslo."];
    assert!(run(&left, &right).is_empty());
    assert!(run(&[], &right).is_empty());
}

#[test]
fn seed_articles_link_the_denials_and_the_microsoft_report() {
    let a = read_article("seeds/china-denial-a.txt".as_ref(), "A").expect("seed A");
    let b = read_article("seeds/techtimes-volt-typhoon-b.txt".as_ref(), "B").expect("seed B");
    let report = compare(&[a, b], &CompareOptions::default());
    let cmp = &report.comparisons[0];
    let claim = |src: usize, start: &str| -> String {
        report.sources[src]
            .claims
            .iter()
            .find(|c| c.text.starts_with(start))
            .map(|c| c.id.clone())
            .expect("claim present")
    };
    let linked = |l: &str, r: &str| {
        cmp.links
            .iter()
            .any(|k| k.left.iter().any(|x| x == l) && k.right.iter().any(|x| x == r))
    };
    let b_dismissed = claim(1, "In a recent development, the Chinese government");
    assert!(linked(
        &claim(0, "China has strongly rejected"),
        &b_dismissed
    ));
    assert!(linked(
        &claim(0, "In response to the accusations"),
        &b_dismissed
    ));
    assert!(linked(
        &claim(0, "Recent reports from Microsoft"),
        &claim(1, "The accusations emerged after Microsoft")
    ));
    for only in ["Secureworks, which has", "The United States prohibited"] {
        assert!(cmp.only_right.contains(&claim(1, only)), "{only}");
    }
}

mod robustness {
    use claimdiff::align::bag::{Bag, WordCache};
    use claimdiff::align::bag_similarity;
    use claimdiff::classify::classify;
    use claimdiff::features::Features;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_text_scores_in_unit_range_and_caching_changes_nothing(
            a in "[a-zA-Z0-9 .,'’\\-é€US]{0,60}",
            b in "\\PC{0,60}",
        ) {
            let s = bag_similarity(&Bag::from_text(&a), &Bag::from_text(&b));
            prop_assert!((0.0..=1.0).contains(&s));
            let mut cache = WordCache::default();
            let (ca, cb) = (Bag::from_text_cached(&a, &mut cache), Bag::from_text_cached(&b, &mut cache));
            let words = |x: &Bag| x.terms.iter().map(|t| (t.norm, t.class)).collect::<Vec<_>>();
            prop_assert_eq!(words(&ca), words(&Bag::from_text(&a)));
            prop_assert_eq!(words(&cb), words(&Bag::from_text(&b)));
            prop_assert_eq!(bag_similarity(&ca, &cb), s);
        }

        #[test]
        fn any_pair_of_claims_classifies_without_panicking(
            a in CLAIM,
            b in CLAIM,
        ) {
            let (fa, fb) = (Features::extract(&a), Features::extract(&b));
            let c = classify(&[&fa], &[&fb]);
            // every aspect quotes words on both sides
            for aspect in &c.aspects {
                prop_assert!(!aspect.left.is_empty() && !aspect.right.is_empty(), "{:?}", aspect);
            }
        }
    }

    /// Claims made of the words the number, negation and acronym rules look at.
    const CLAIM: &str = "(No |not |no |to |from |raised |fell |rose |NSA |National |Security |Agency |U\\.S\\. |212-187 |2019-2020 |[0-9]{1,3} |4\\.2 |percent |km |kilometres |Novak |said |the |, |\\. |[a-z]{1,8} ){0,16}";
}

#[test]
fn claims_reporting_one_measure_differently_are_linked() {
    // no name or number is shared: what relates the two is the figure for
    // the same measure (percent), reported differently
    let left = [
        "Shares in Helvara fell 4.2 percent in early trading in Stockholm.",
        "The bank will offer affected customers free credit monitoring.",
    ];
    let right = [
        "Helvara shares dropped 6 percent on Wednesday.",
        "Customers are being urged to watch out for phishing e-mails.",
    ];
    assert_eq!(pairs(&run(&left, &right)), [(0, 0)]);
    // a shared unit alone, in claims about different things, is not enough
    let unrelated = ["Inflation rose 3 percent in Norway last year."];
    assert!(run(&left[..1], &unrelated).is_empty());
}

#[test]
fn a_claim_about_another_actor_or_only_naming_one_does_not_join_a_group() {
    // the same kind of market report, about another company: a topic, not a claim
    let left =
        ["Shares of Helvara fell 3 percent to close at 41.20 euros on the Frankfurt exchange."];
    let right = [
        "Helvara shares closed 3 percent lower at 41.20 euros in Frankfurt.",
        "Shares of Ostrava Steel rose 2 percent to close at 18.40 euros on the Frankfurt exchange.",
    ];
    assert_eq!(pairs(&run(&left, &right)), [(0, 0)]);
    // sharing only who it is about is another statement
    let left = ["Lawmakers voted 212-187 on Thursday to reject the pension bill, a blow to Prime Minister Marek Novak."];
    let right = [
        "Parliament rejected the pension bill in a 212-187 vote on Thursday.",
        "Prime Minister Marek Novak has resigned, local media reported.",
    ];
    assert_eq!(pairs(&run(&left, &right)), [(0, 0)]);
}

#[test]
fn a_new_voice_saying_mostly_the_same_joins_the_group() {
    // the minister is named on one side only, but her claim is about the
    // plan the other side reports
    let left = [
        "Health Minister Sara Okafor on Tuesday denied reports that the government plans to close 14 rural hospitals.",
        "\"There is no such plan,\" Okafor told reporters in the capital.",
        "A leaked document seen by the Daily Ledger listed the hospitals as candidates for closure by 2026.",
        "The opposition called for an inquiry into the leak.",
    ];
    let right = [
        "The government plans to close 14 rural hospitals by 2026, according to a leaked document obtained by the Daily Ledger.",
        "The health ministry did not respond to a request for comment.",
        "Hospital staff unions said the closures would leave thousands of patients without nearby care.",
        "The opposition demanded an independent investigation.",
    ];
    assert_eq!(pairs(&run(&left, &right)), [(0, 0), (2, 0), (3, 3)]);
}

#[test]
fn a_claim_whose_figures_all_differ_does_not_join_a_group() {
    let left = [
        "Nordwind Energy said on Thursday that its quarterly profit rose 12 percent to 410 million euros, even as revenue fell 5 percent.",
        "The company raised its full-year forecast, citing lower costs.",
        "Chief financial officer Lena Park said demand in Asia had picked up in recent weeks.",
        "Analysts had expected a profit of 390 million euros.",
        "The shares rose 4 percent in morning trading.",
    ];
    let right = [
        "Nordwind Energy's third-quarter net profit climbed to 410 million euros, beating analyst estimates of 395 million, the company reported.",
        "Revenue declined 5 percent from a year earlier.",
        "Nordwind lifted its outlook for the year.",
        "Finance chief Lena Park said Asian demand was recovering, but warned that European markets remained weak.",
        "Nordwind's shares gained 3.8 percent.",
    ];
    let got = pairs(&run(&left, &right));
    // the expected profit is another measurement than the profit reported
    assert!(!got.contains(&(3, 0)), "{got:?}");
    // the revenue figure is one the first claim gives too
    assert!(got.contains(&(0, 0)) && got.contains(&(0, 1)), "{got:?}");
}

#[test]
fn claims_that_are_each_others_best_counterpart_and_differ_are_linked() {
    // no rare name or number is shared, and the similarity is below the
    // threshold; but each is the other's closest claim and they disagree
    let left = [
        "A magnitude 6.8 earthquake struck southern Peru early on Monday, killing at least 12 people.",
        "President Elena Ruiz declared a state of emergency in three provinces.",
        "The government said it would send 200 soldiers to help with the rescue effort.",
        "There was no tsunami warning.",
    ];
    let right = [
        "At least 15 people died when a powerful earthquake shook southern Peru on Monday morning.",
        "Ruiz said the emergency declaration covered four provinces.",
        "Authorities said a tsunami warning had been issued but later lifted.",
        "Hundreds of aftershocks have rattled the area since the main quake.",
    ];
    let got = pairs(&run(&left, &right));
    assert!(got.contains(&(3, 2)), "{got:?}");
    // the aftershocks claim has no counterpart
    assert!(!got.iter().any(|&(_, j)| j == 3), "{got:?}");
}

#[test]
fn differing_figures_do_not_keep_claims_about_one_measure_apart() {
    // the figures that differ would cost the pair its link; the percent
    // both give relates them, and the classifier reports the difference
    let left = [
        "Drinking three or more cups of coffee a day may reduce the risk of chronic liver disease by about 20 percent, according to a study published on Tuesday in the journal Hepatology Reports.",
        "The researchers followed 12,400 adults in Denmark for nine years.",
        "The study was funded by the Danish Health Foundation.",
    ];
    let right = [
        "Coffee drinkers are 25 percent less likely to develop liver disease, a new Danish study has found.",
        "The research was partly paid for by a coffee industry group.",
    ];
    assert_eq!(pairs(&run(&left, &right)), [(0, 0)]);
}

#[test]
fn sharing_only_function_words_and_said_is_not_enough_to_join() {
    // "The ministry" is read as Carvonia's from the sentence before it; the
    // ministry declining to comment shares "said", "it" and that name with
    // the army's report, which is not what the report says
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).expect("write");
        read_article(&p, name).expect("read")
    };
    let a = write(
        "a.txt",
        "Drone downed over border, army says\n\nThe army of Carvonia said on Saturday that it had shot down a military drone that crossed into its airspace from neighbouring Estmark.\n\nThe drone was destroyed near the border town of Velin at about 4 a.m., a military spokesman said.\n\nCarvonia's foreign ministry summoned Estmark's ambassador in protest.\n\nEstmark has not commented on the incident.\n",
    );
    let b = write(
        "b.txt",
        "Estmark rejects Carvonian claim over drone\n\nEstmark on Saturday denied that any of its drones had entered Carvonian airspace.\n\n\"None of our aircraft crossed the border,\" Estmark's defence ministry said in a statement.\n\nCarvonia says it shot down an Estmarkian military drone near the town of Velin early on Saturday.\n\nThe ministry said it would not comment further.\n",
    );
    let report = compare(&[a, b], &CompareOptions::default());
    let no_comment = report.sources[1]
        .claims
        .iter()
        .find(|c| c.text.starts_with("The ministry said"))
        .map(|c| c.id.clone())
        .expect("claim present");
    let cmp = &report.comparisons[0];
    assert!(
        !cmp.links
            .iter()
            .any(|k| k.right.contains(&no_comment) && k.right.len() > 1),
        "{:?}",
        cmp.links
    );
}

/// Market-report claims that give the shared words their due weight.
const MARKET_LEFT: [&str; 4] = [
    "Oil prices slipped as traders weighed higher inventories.",
    "The dollar weakened against the yen in Asian trading.",
    "Gold rose to a two-week high.",
    "Bond yields edged lower after the jobs report.",
];
const MARKET_RIGHT: [&str; 3] = [
    "Crude futures fell after a report showed stockpiles grew.",
    "Gold climbed to its highest level in two weeks.",
    "The yen strengthened against the dollar.",
];

/// Where the claims after the market filler link: `left`'s and `right`'s
/// indices (from 0) among `pairs`, filler links left out.
fn after_filler(left: &[&str], right: &[&str]) -> Vec<(usize, usize)> {
    let (nl, nr) = (MARKET_LEFT.len(), MARKET_RIGHT.len());
    let l: Vec<&str> = MARKET_LEFT.iter().chain(left).copied().collect();
    let r: Vec<&str> = MARKET_RIGHT.iter().chain(right).copied().collect();
    pairs(&run(&l, &r))
        .into_iter()
        .filter(|&(i, j)| i >= nl || j >= nr)
        .map(|(i, j)| (i.wrapping_sub(nl), j.wrapping_sub(nr)))
        .collect()
}

#[test]
fn a_claim_adding_nothing_to_a_complete_group_joins_only_as_a_restatement() {
    // the share-price claims say the same; the earnings outlook shares
    // "25 cents" and "shares" with them but is another statement
    let left = [
        "Brightwater shares fell 25 cents to close at $32.30 on the New York Stock Exchange on Monday.",
        "It expects earnings of 5 cents to 25 cents a share in the quarter.",
    ];
    let right = ["On the New York Stock Exchange, Brightwater shares dropped 25 cents to close at $32.30 on Monday."];
    assert_eq!(after_filler(&left, &right), [(0, 0)]);
}

#[test]
fn a_claim_giving_another_measurement_of_a_shared_index_does_not_join() {
    // "500" is shared, but the joining claim's other figures are another
    // day's, and the group would still lack the "3 points" the other side gives
    let left = [
        "The Standard & Poor's 500 index rose 0.4 percent to 924.",
        "The broader Standard & Poor's 500 index had gained 5.5 points, or 0.6 percent, to 981.",
    ];
    let right = ["The broad Standard & Poor's 500 index gained 3 points, or 0.4 percent, to 924."];
    assert_eq!(after_filler(&left, &right), [(0, 0)]);
}

#[test]
fn a_shared_speaker_alone_does_not_link_two_remarks() {
    // the governor's remark on inflation and her remark on the next move
    // share only her name; the inflation figures are what relate claims here
    let left = [
        "The central bank of Vardia raised its main rate to 4.5 percent on Thursday.",
        "Governor Mira Holt said inflation, at 6.1 percent in October, was still far above the 2 percent target.",
    ];
    let right = [
        "Vardia's central bank lifted its benchmark rate to 4.5 percent on Thursday.",
        "Inflation stood at 6.3 percent in October, according to the statistics office.",
        "Governor Mira Holt did not rule out another increase in December.",
    ];
    let got = pairs(&run(&left, &right));
    assert!(got.contains(&(1, 1)), "{got:?}");
    assert!(!got.contains(&(1, 2)), "{got:?}");
    // a speaker saying the same thing in other words is still linked
    let left = ["Chief executive Anna Berg apologised to customers and said the bank had reported the breach to the Financial Supervisory Authority."];
    let right = ["CEO Anna Berg said she was deeply sorry and that regulators had been informed."];
    assert_eq!(after_filler(&left, &right), [(0, 0)]);
}

#[test]
fn a_claim_waits_for_its_own_best_counterpart_before_joining_a_group() {
    // the military's claim could join the rebels' statement (both blame or
    // deny the rebels), but its best counterpart is the army's hedged
    // version of it, which is free and best matched with it
    let left = [
        "A drone struck a fuel depot in the border town of Kessara late on Saturday, local officials said.",
        "The military said the drone was launched from across the border and blamed rebel forces for the attack.",
        "The rebels' spokesman, Idris Farah, denied any involvement and said the group did not possess long-range drones.",
    ];
    let right = [
        "A suspected rebel drone attack set a fuel depot on fire in Kessara on Saturday night, the army said.",
        "Army spokesman Colonel Tarek Amin said the drone had probably been launched from rebel-held territory.",
        "Rebel spokesman Idris Farah said the group was responsible for the strike, calling the depot a legitimate military target.",
    ];
    let got = after_filler(&left, &right);
    assert!(got.contains(&(1, 1)), "{got:?}");
    assert!(got.contains(&(2, 2)), "{got:?}");
    assert!(!got.contains(&(1, 2)), "{got:?}");
}

#[test]
fn two_denials_by_one_denier_link_though_the_name_is_everywhere() {
    // "Belarus" is in most claims, so it anchors nothing; the two denials
    // still say the same thing in other words
    let left = [
        "Poland has expelled two Belarusian diplomats accused of spying, the foreign ministry in Warsaw said on Wednesday.",
        "Belarus denied the accusations and called the expulsions a provocation.",
        "Relations between Poland and Belarus have deteriorated sharply since 2021.",
    ];
    let right = [
        "Warsaw ordered two diplomats from Belarus to leave the country on Wednesday over alleged espionage.",
        "The Belarusian foreign ministry rejected the allegations as groundless.",
        "Poland has also closed a border crossing with Belarus.",
    ];
    let got = pairs(&run(&left, &right));
    assert!(got.contains(&(1, 1)), "{got:?}");
    assert!(got.contains(&(0, 0)), "{got:?}");
}

#[test]
fn two_one_sentence_articles_saying_one_thing_link() {
    // every word both use is in every claim; that must not make it weightless
    let got = pairs(&run(
        &["The index slipped 12.27 points, or 1.23 percent, to 981.73 on Friday."],
        &["On Friday the broad index slipped 12.27 points, or 1.2 percent, to 981.73."],
    ));
    assert_eq!(got, [(0, 0)]);
    let got = pairs(&run(
        &["The charity spent $114.3 million on disaster relief last year."],
        &["The Red Cross said it spent $114 million on disaster relief last year."],
    ));
    assert_eq!(got, [(0, 0)]);
    // "draws" ~ "attracts" through the paraphrase lexicon
    let got = pairs(&run(
        &["The park draws more than 2 million visitors a year."],
        &["The park attracts over two million visitors annually."],
    ));
    assert_eq!(got, [(0, 0)]);
}

#[test]
fn a_claim_in_another_voice_does_not_join_a_group() {
    // the analysts' forecast shares the expulsion's words but is another statement
    let left = [
        "Poland has expelled two Belarusian diplomats accused of spying, the foreign ministry in Warsaw said on Wednesday.",
        "Relations between Poland and Belarus have deteriorated sharply since 2021.",
    ];
    let right = [
        "Warsaw ordered two diplomats from Belarus to leave the country on Wednesday over alleged espionage.",
        "Belarus is expected to retaliate by expelling Polish diplomats, analysts said.",
        "Poland has also closed a border crossing with Belarus.",
    ];
    let got = pairs(&run(&left, &right));
    assert!(got.contains(&(0, 0)), "{got:?}");
    assert!(!got.contains(&(0, 1)), "{got:?}");
}
