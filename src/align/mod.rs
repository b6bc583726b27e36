//! Align: find which claims of two sources say the same thing.
//!
//! 1. Every claim becomes a [`Bag`] of its words, weighted by how rare each
//!    word (or paraphrase concept) is across both articles ([`Idf`]).
//! 2. Candidates come from an inverted index over informative words in both
//!    directions ([`index`]); only those are scored ([`score`]), so the work
//!    grows with the article size, not its square.
//! 3. Links at or above [`AlignOptions::threshold`], or at half of it when the
//!    two claims share an informative name or number (one few claims mention:
//!    claims about one event share who, where or how many), are paired
//!    one-to-one by best total score ([`pairing`]), whatever the claims' order.
//!    Generic sentences that share only common topic words stay apart. Two
//!    denials by one denier link at half the threshold too, however often
//!    the articles name that actor.
//! 4. A claim left over joins a linked group when it is close to the group's
//!    other side and that side covers a good share of it (one claim of one
//!    source covering two or three of the other), not only through the names
//!    both mention; a claim naming an actor the other side does not must
//!    match at least half of the rest of it (the same statement in a new
//!    voice, not another company's share price), and one whose figures all
//!    differ from the other side's reports another measurement; a claim
//!    credited to another source than the other side's ("..., analysts
//!    said") is another statement and does not join.
//! 5. A weaker link is kept only between claims that share an informative
//!    name or number, give a figure for the same measure ("fell 4.2
//!    percent" and "dropped 6 percent"), or are each other's best
//!    counterpart at half the threshold ("There was no tsunami warning" and
//!    "a tsunami warning had been issued but later lifted"), and that the
//!    classifier can tell apart on some aspect (related but different
//!    claims); otherwise both stay only in their source. For claims that
//!    give figures for one measure, the figures that differ do not count
//!    against the link: they are what the classifier reports.

pub mod bag;
pub mod index;
pub mod lexicon;
pub mod pairing;
pub mod score;
pub mod wordnet;

pub use bag::Bag;
pub use score::{bag_similarity, similarity, Idf};

use crate::classify::classify;
use crate::features::entities::same_entity;
use crate::features::Features;
use crate::model::Confidence;
use bag::TermClass;
use index::{Index, IndexOptions, Scratch};
use pairing::Edge;

/// Options for [`align`]. The lower thresholds are fractions of `threshold`,
/// so raising it (`--threshold`) makes every kind of link stricter.
#[derive(Debug, Clone)]
pub struct AlignOptions {
    /// Minimum similarity for two claims to be linked outright. Default 0.30.
    pub threshold: f64,
    /// Fraction of `threshold` that claims sharing an informative name or
    /// number (one found in few claims) need to be linked. Default 0.5.
    pub anchored_ratio: f64,
    /// Fraction of `threshold` a second claim needs to join a linked group
    /// (one-to-many). Default 0.33.
    pub join_ratio: f64,
    /// Fraction of `threshold` a related-but-different link needs; it is kept
    /// only when the claims share a name or number (or a figure's unit) and
    /// the classifier finds an aspect on which they differ. Default 0.33 (a
    /// similarity of 0.1 at the default threshold).
    pub weak_ratio: f64,
    /// Candidate search limits.
    pub index: IndexOptions,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            threshold: 0.30,
            anchored_ratio: 0.5,
            join_ratio: 0.33,
            weak_ratio: 0.33,
            index: IndexOptions::default(),
        }
    }
}

impl AlignOptions {
    fn anchored(&self) -> f64 {
        self.threshold * self.anchored_ratio
    }
    fn join(&self) -> f64 {
        self.threshold * self.join_ratio
    }
    fn weak(&self) -> f64 {
        self.threshold * self.weak_ratio
    }
}

/// An aligned group: indices into the left and right slices.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Indices of left claims (one, or several covered by one right claim).
    pub left: Vec<usize>,
    /// Indices of right claims.
    pub right: Vec<usize>,
    /// Similarity of the group.
    pub similarity: f64,
}

impl Match {
    /// Every (left, right) pair of claims the group links.
    pub fn pairs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.left
            .iter()
            .flat_map(move |&i| self.right.iter().map(move |&j| (i, j)))
    }
}

/// Weight of a name relative to a content word when aligning articles: a
/// shared name (Microsoft, Volt Typhoon, Guam) anchors a link more than a
/// shared common word.
pub const NAME_WEIGHT: f32 = 1.5;

/// A claim's bag with the words of its named entities marked as names
/// (including a sentence-initial "China" that the bag alone cannot tell).
pub fn claim_bag(f: &Features) -> Bag {
    let bag = own_bag(f);
    if f.context.is_empty() {
        return bag;
    }
    // Names the claim refers back to ("The tech giant" = Microsoft) count as
    // names: the description stands for them ([`CONTEXT_WEIGHT`]).
    let text = f.context.join(" ");
    let mut names = Bag::from_tokens(&crate::features::tokens::tokenize(&text), |_, w| w);
    for t in &mut names.terms {
        if t.class == TermClass::Content {
            t.class = TermClass::Name;
        }
        t.weight *= CONTEXT_WEIGHT;
    }
    Bag::join([&bag, &names])
}

/// Weight of a name a claim refers back to, relative to one it writes. Full
/// weight: the description's own words ("tech giant") are generic, so the name
/// is what the claim is about; and it is only added to claims that open with
/// such a description (see [`crate::features::anaphora`]).
pub const CONTEXT_WEIGHT: f32 = 1.0;

fn own_bag(f: &Features) -> Bag {
    let mut bag = Bag::from_tokens(&f.tokens, |_, w| w);
    if f.entities.is_empty() {
        return bag;
    }
    let names: Vec<String> = f
        .entities
        .iter()
        .flat_map(|e| name_words(&e.text))
        .collect();
    for k in 0..bag.terms.len() {
        let t = bag.terms[k];
        if t.class == TermClass::Content && names.iter().any(|n| n == bag.word(&t)) {
            bag.terms[k].class = TermClass::Name;
        }
    }
    bag
}

/// Bags for both sides, weighted by rarity across both.
pub fn weighted_bags(left: &[&Features], right: &[&Features]) -> (Vec<Bag>, Vec<Bag>) {
    let (lb, rb, _) = weighted_bags_idf(left, right);
    (lb, rb)
}

fn weighted_bags_idf(left: &[&Features], right: &[&Features]) -> (Vec<Bag>, Vec<Bag>, Idf) {
    let (mut lb, mut rb): (Vec<Bag>, Vec<Bag>) = (
        left.iter().map(|f| claim_bag(f)).collect(),
        right.iter().map(|f| claim_bag(f)).collect(),
    );
    let idf = Idf::from_bags(lb.iter().chain(rb.iter()));
    for b in lb.iter_mut().chain(rb.iter_mut()) {
        for t in &mut b.terms {
            t.weight *= idf.factor(Bag::key(t));
            if t.class == TermClass::Name {
                t.weight *= NAME_WEIGHT;
            }
        }
    }
    (lb, rb, idf)
}

/// Scored candidate links whose similarity, or loose similarity (see
/// [`Edge::loose`]), is at least `min`, found through the index in both directions.
pub fn candidate_edges(lb: &[Bag], rb: &[Bag], min: f64, opts: &IndexOptions) -> Vec<Edge> {
    // candidate pairs from both directions, each once, as `i << 32 | j`
    let mut pairs: Vec<u64> = Vec::new();
    let key = |i: usize, j: usize| (i as u64) << 32 | j as u64;
    let mut scratch = Scratch::default();
    let ri = Index::build(rb, opts);
    for (i, b) in lb.iter().enumerate() {
        pairs.extend(
            ri.candidates(b, opts.per_claim, &mut scratch)
                .into_iter()
                .map(|(j, _)| key(i, j)),
        );
    }
    let li = Index::build(lb, opts);
    for (j, b) in rb.iter().enumerate() {
        pairs.extend(
            li.candidates(b, opts.per_claim, &mut scratch)
                .into_iter()
                .map(|(i, _)| key(i, j)),
        );
    }
    pairs.sort_unstable();
    pairs.dedup();
    let score = |&p: &u64| {
        let (i, j) = ((p >> 32) as usize, (p & 0xffff_ffff) as usize);
        let (ca, cb) = score::coverages(&lb[i], &rb[j]);
        let s = score::combine(&ca, &cb);
        let loose = score::combine_with(&ca, &cb, score::UNMATCHED_RATE, 0.0);
        (s >= min || loose >= min).then_some(Edge { i, j, s, loose })
    };
    // long articles score their candidates on several threads
    let mut edges: Vec<Edge> = crate::parallel::map_chunked(&pairs, PARALLEL_EDGES, score)
        .into_iter()
        .flatten()
        .collect();
    edges.sort_by(|x, y| y.s.total_cmp(&x.s).then(x.i.cmp(&y.i)).then(x.j.cmp(&y.j)));
    edges
}

/// Fewest candidate pairs that are scored on several threads.
const PARALLEL_EDGES: usize = 8192;

/// Least rarity factor ([`Idf::factor`]) of a name or number that anchors a link.
pub const ANCHOR_MIN_FACTOR: f32 = 0.35;

/// The largest rarity factor of a name or number the two bags share (0 when none):
/// claims about one event share who, where or how many.
fn anchor(a: &Bag, b: &Bag, idf: &Idf) -> f32 {
    let mut best = 0f32;
    for t in a
        .terms
        .iter()
        .filter(|t| matches!(t.class, TermClass::Name | TermClass::Number))
    {
        let shared = b.terms.iter().any(|u| {
            matches!(u.class, TermClass::Name | TermClass::Number)
                && (u.stem == t.stem || (u.concept != 0 && u.concept == t.concept))
        });
        if shared {
            best = best.max(idf.factor(Bag::key(t)));
        }
    }
    best
}

/// Whether both claims are denials by one denier ("Belarus denied the
/// accusations", "the Belarusian foreign ministry rejected the allegations as
/// groundless"): outlets word a denial many ways, and who denies is what
/// relates them, however common that actor's name is in the articles.
fn same_denier(a: &Features, b: &Features) -> bool {
    let keys = |f: &Features| -> Vec<String> {
        if f.assessment.confidence != Confidence::Denied {
            return Vec::new();
        }
        let Some(src) = f.assessment.source.as_deref() else {
            return Vec::new();
        };
        f.entities
            .iter()
            .filter(|e| src.contains(e.text.as_str()))
            .map(|e| e.key.clone())
            .collect()
    };
    let ka = keys(a);
    !ka.is_empty() && keys(b).iter().any(|y| ka.iter().any(|x| same_entity(x, y)))
}

/// Whether two claims share more than names: on either side, at least
/// [`JOIN_SUBSTANCE`] of the words other than names, function words and
/// reporting verbs find a counterpart ([`substance`]). A link resting on a
/// rare name needs it: one official's remark on inflation and the same
/// official's remark on next month's decision are two claims.
fn shares_substance(a: &Bag, b: &Bag) -> bool {
    let share = |x: &Bag, y: &Bag| substance(x, &score::credits(x, y));
    share(a, b) >= JOIN_SUBSTANCE || share(b, a) >= JOIN_SUBSTANCE
}

/// The normalised words of a name as the bags hold them ("China-backed" →
/// "china", "backed"; "Microsoft's" → "microsoft").
fn name_words(name: &str) -> Vec<String> {
    crate::features::tokens::normalize(name)
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| w.trim_end_matches("'s").to_string())
        .collect()
}

/// Align two lists of claim features. Returns matches sorted by left index.
pub fn align(left: &[&Features], right: &[&Features], opts: &AlignOptions) -> Vec<Match> {
    let (lb, rb, idf) = weighted_bags_idf(left, right);
    let floor = opts
        .weak()
        .min(opts.join())
        .min(opts.anchored())
        .min(opts.threshold);
    let edges = candidate_edges(&lb, &rb, floor, &opts.index);
    let anchors: Vec<f32> = edges
        .iter()
        .map(|e| anchor(&lb[e.i], &rb[e.j], &idf))
        .collect();
    let strong: Vec<Edge> = edges
        .iter()
        .zip(&anchors)
        .filter(|(e, &a)| {
            e.s >= opts.threshold
                || (e.s >= opts.anchored()
                    && ((a >= ANCHOR_MIN_FACTOR && shares_substance(&lb[e.i], &rb[e.j]))
                        || same_denier(left[e.i], right[e.j])))
        })
        .map(|(e, _)| *e)
        .collect();
    let partner = pairing::one_to_one(lb.len(), rb.len(), &strong);
    let mut grouping = Grouping::new(lb.len(), rb.len());
    for (i, p) in partner.iter().enumerate() {
        if let Some(j) = *p {
            grouping.link(i, j);
        }
    }
    // each claim's best edge (edges are sorted best first): two claims that
    // are each other's best counterpart, at the anchored level, are related
    // though they share no rare name or number
    let mut best = Best {
        left: vec![usize::MAX; lb.len()],
        right: vec![usize::MAX; rb.len()],
    };
    for (k, e) in edges.iter().enumerate() {
        if best.left[e.i] == usize::MAX {
            best.left[e.i] = k;
        }
        if best.right[e.j] == usize::MAX {
            best.right[e.j] = k;
        }
    }
    let claims = (left, right);
    join_leftovers(&lb, &rb, claims, &edges, opts, &mut grouping, Some(&best));
    // claims giving figures for one measure are linked first: a figure
    // reported differently is the most specific relation two claims can
    // have; then claims sharing a rare name or number, or each other's best
    // counterpart
    // whether each edge's claims give figures for one measure, read once
    // (and only for claims still free to link)
    let measured: Vec<bool> = edges
        .iter()
        .map(|e| grouping.both_free(e) && same_measure(left[e.i], right[e.j]))
        .collect();
    for measured_pass in [true, false] {
        for (k, (e, &a)) in edges.iter().zip(&anchors).enumerate() {
            if !grouping.both_free(e) {
                continue;
            }
            // claims giving figures for one measure are related by those
            // figures: the ones that differ do not count against the link
            let measured = measured[k];
            if measured != measured_pass {
                continue;
            }
            let mutual = best.left[e.i] == k && best.right[e.j] == k && e.s >= opts.anchored();
            let s = if measured { e.loose } else { e.s };
            if s < opts.weak() || (a < ANCHOR_MIN_FACTOR && !mutual && !measured) {
                continue;
            }
            // a measure's unit alone ("3 percent", "12 people") does not
            // relate claims about different things
            if measured
                && a < ANCHOR_MIN_FACTOR
                && !mutual
                && !shares_beyond_units(&lb[e.i], &rb[e.j])
            {
                continue;
            }
            if differs(left[e.i], right[e.j]) {
                grouping.link(e.i, e.j);
            }
        }
    }
    // claims held back for a closer counterpart that did not link may join now
    join_leftovers(&lb, &rb, claims, &edges, opts, &mut grouping, None);
    let mut out: Vec<Match> = grouping
        .groups
        .into_iter()
        .map(|(mut l, mut r)| {
            l.sort_unstable();
            r.sort_unstable();
            let similarity = if l.len() == 1 && r.len() == 1 {
                bag_similarity(&lb[l[0]], &rb[r[0]])
            } else {
                bag_similarity(
                    &Bag::join(l.iter().map(|&i| &lb[i])),
                    &Bag::join(r.iter().map(|&j| &rb[j])),
                )
            };
            Match {
                left: l,
                right: r,
                similarity,
            }
        })
        .collect();
    out.sort_by_key(|m| (m.left[0], m.right[0]));
    out
}

/// Whether both claims give a figure for the same measure (the same unit or
/// counted noun: "4.2 percent" and "6 percent", "1.2 million customers" and
/// "2 million customers"): a figure the two report differently is what
/// relates them, though no name or number is shared.
fn same_measure(a: &Features, b: &Features) -> bool {
    // a time of day is no measure: two claims giving times need not be about one thing
    fn measured(f: &Features) -> impl Iterator<Item = &str> {
        f.quantities
            .iter()
            .filter(|q| q.kind == crate::features::QuantityKind::Number)
            .filter_map(|q| q.unit.as_deref())
            .filter(|&u| u != crate::features::numbers::CLOCK_UNIT)
    }
    measured(a).any(|u| measured(b).any(|v| v == u))
}

/// Whether two claims share a content word or name besides the generic units
/// figures are counted in ("percent", "people"): "Helvara shares fell 4.2
/// percent" and "Helvara shares dropped 6 percent" share the company and
/// the shares; "inflation rose 3 percent" shares only "percent" with them.
/// Function words and reporting verbs ("said") do not count.
fn shares_beyond_units(a: &Bag, b: &Bag) -> bool {
    let percent = *PERCENT;
    let credit = score::credits(a, b);
    a.terms.iter().zip(&credit).any(|(t, &c)| {
        c > 0.0
            && matches!(t.class, TermClass::Content | TermClass::Name)
            && (t.concept == 0 || t.concept != percent)
            && !GENERIC_UNITS.contains(&a.word(t))
            && !crate::classify::stance::REPORT_WORDS.contains(&a.word(t))
    })
}

/// The lexicon concept of "percent" ("per-cent", "pct"), looked up once.
static PERCENT: std::sync::LazyLock<u32> =
    std::sync::LazyLock::new(|| lexicon::concept_of_word("percent"));

/// Units any topic counts in: sharing one says nothing about what two
/// claims are about ("firefighters" and "aircraft" do).
const GENERIC_UNITS: &[&str] = &[
    "people", "person", "persons", "year", "years", "month", "months", "week", "weeks", "day",
    "days", "hour", "hours", "time", "times", "point", "points", "cent", "cents",
];

/// Whether two claims credit different sources (the classifier's `source`
/// aspect): a claim in another voice ("..., analysts said") is another
/// statement, not a restatement that joins a group.
fn other_voice(a: &Features, b: &Features) -> bool {
    crate::classify::credit_other_sources(&[a], &[b])
}

/// Whether the classifier finds an aspect on which two related claims differ.
fn differs(a: &Features, b: &Features) -> bool {
    !classify(&[a], &[b]).aspects.is_empty()
}

/// Each claim's best edge on either side (an index into the edges, or `usize::MAX`).
struct Best {
    left: Vec<usize>,
    right: Vec<usize>,
}

/// The groups made so far, and which group each claim is in.
struct Grouping {
    groups: Vec<(Vec<usize>, Vec<usize>)>,
    of_left: Vec<Option<usize>>,
    of_right: Vec<Option<usize>>,
}

impl Grouping {
    /// No groups yet, for `nl` left and `nr` right claims.
    fn new(nl: usize, nr: usize) -> Grouping {
        Grouping {
            groups: Vec::new(),
            of_left: vec![None; nl],
            of_right: vec![None; nr],
        }
    }

    /// Link left claim `i` and right claim `j` as a new one-to-one group.
    fn link(&mut self, i: usize, j: usize) {
        self.of_left[i] = Some(self.groups.len());
        self.of_right[j] = Some(self.groups.len());
        self.groups.push((vec![i], vec![j]));
    }

    /// Whether neither claim of `e` is in a group yet.
    fn both_free(&self, e: &Edge) -> bool {
        self.of_left[e.i].is_none() && self.of_right[e.j].is_none()
    }
}

/// Whether the leftover claim of edge `e` (its left claim when `left`, else
/// its right one) should wait for its own best edge rather than join a
/// group through `e`: its best counterpart is still free, is best matched
/// with it, is closer than `e`, and is close enough for a related link
/// ("the military said the drone was launched from across the border"
/// waits for "the army said the drone had probably been launched from
/// rebel-held territory" rather than joining the rebels' statement).
fn waits_for_best(
    e: &Edge,
    left: bool,
    best: &Best,
    edges: &[Edge],
    opts: &AlignOptions,
    grouping: &Grouping,
) -> bool {
    let k = if left {
        best.left[e.i]
    } else {
        best.right[e.j]
    };
    let Some(b) = edges.get(k) else {
        return false;
    };
    let (free, mutual) = if left {
        (grouping.of_right[b.j].is_none(), best.right[b.j] == k)
    } else {
        (grouping.of_left[b.i].is_none(), best.left[b.i] == k)
    };
    free && mutual && b.s > e.s && b.s >= opts.anchored()
}

/// Let each unlinked claim join the group on the other side that it is close to
/// (at least the join threshold), when the group covers most of it. With
/// `best`, a claim whose best counterpart is free and best matched with it
/// waits (see [`waits_for_best`]).
fn join_leftovers(
    lb: &[Bag],
    rb: &[Bag],
    (left, right): (&[&Features], &[&Features]),
    edges: &[Edge],
    opts: &AlignOptions,
    grouping: &mut Grouping,
    best: Option<&Best>,
) {
    for e in edges.iter().filter(|e| e.s >= opts.join()) {
        let left_free = grouping.of_left[e.i].is_none();
        if best.is_some_and(|b| waits_for_best(e, left_free, b, edges, opts, grouping)) {
            continue;
        }
        let Grouping {
            groups,
            of_left: group_of_left,
            of_right: group_of_right,
        } = &mut *grouping;
        match (group_of_left[e.i], group_of_right[e.j]) {
            (None, Some(g)) if groups[g].1.len() == 1 && groups[g].0.len() < GROUP_MAX => {
                let own = Bag::join(groups[g].0.iter().map(|&i| &lb[i]));
                if adds_coverage(&own, &lb[e.i], &rb[e.j]) && !other_voice(left[e.i], right[e.j]) {
                    groups[g].0.push(e.i);
                    group_of_left[e.i] = Some(g);
                }
            }
            (Some(g), None) if groups[g].0.len() == 1 && groups[g].1.len() < GROUP_MAX => {
                let own = Bag::join(groups[g].1.iter().map(|&j| &rb[j]));
                if adds_coverage(&own, &rb[e.j], &lb[e.i]) && !other_voice(left[e.i], right[e.j]) {
                    groups[g].1.push(e.j);
                    group_of_right[e.j] = Some(g);
                }
            }
            _ => {}
        }
    }
}

/// Least gain in covered share of the other side for a claim to join a group.
pub const JOIN_GAIN: f64 = 0.0;

/// Least share of a joining claim that the group's other side must cover.
pub const JOIN_COVERED: f64 = 0.25;
/// Least share of a joining claim that the group's other side must cover
/// when the claim adds nothing to what the group covers there: it then
/// joins only as a restatement of the group's claim, not as a claim that
/// merely shares its topic ("No dates have been set for the trial" beside
/// an invitation accepted with no date yet set).
pub const JOIN_RESTATED: f64 = 0.4;
/// Share of the other side's claim that the group's own claims already
/// cover, above which another claim joins only as a restatement
/// ([`JOIN_RESTATED`]): the group is complete, and a claim that adds a word
/// or two to it is more likely another statement on the same topic.
pub const JOIN_COMPLETE: f64 = 0.7;
/// Most claims on the many side of a one-to-many group.
pub const GROUP_MAX: usize = 3;

/// Least share of a joining claim's words besides names that the group's
/// other side must match: a claim that shares only who it is about
/// ("Prime Minister Novak has resigned" beside a vote that was a blow to
/// Novak) makes another statement.
pub const JOIN_SUBSTANCE: f64 = 0.1;

/// Least share of a joining claim's words besides names that the group's
/// other side must match when the claim names someone or something the other
/// side does not: a new actor joins only to say mostly the same thing (a
/// minister denying the plan the other side reports), not merely to share a
/// topic ("Shares of Xoma lost 77 cents" beside Microsoft's shares).
pub const JOIN_NEW_NAME: f64 = 0.5;

/// Whether `extra`, whose terms earn `credit` against `other`, says enough
/// of what `other` says, besides naming the same actors, to join a group
/// opposite `other` (see [`JOIN_SUBSTANCE`] and [`JOIN_NEW_NAME`]), and does
/// not give only figures that differ from those `other` gives.
fn joins_on_substance(extra: &Bag, other: &Bag, credit: &[f32]) -> bool {
    let (mut new_name, mut figures, mut figures_matched) = (false, 0, 0);
    for (t, &c) in extra.terms.iter().zip(credit) {
        if t.class == TermClass::Number {
            figures += 1;
            figures_matched += usize::from(c > 0.0);
        }
        new_name |= t.class == TermClass::Name && c == 0.0;
    }
    // figures that all differ from the other side's: another measurement
    // ("Analysts had expected 390 million" beside "profit climbed to 410 million")
    if figures > 0
        && figures_matched == 0
        && other.terms.iter().any(|t| t.class == TermClass::Number)
    {
        return false;
    }
    substance(extra, credit)
        >= if new_name {
            JOIN_NEW_NAME
        } else {
            JOIN_SUBSTANCE
        }
}

/// The matched share of a claim's words other than names, function words
/// and reporting verbs, given each term's credit: function words say
/// nothing, and "said" is who says it, not what is said.
fn substance(bag: &Bag, credit: &[f32]) -> f64 {
    let (mut matched, mut total) = (0f64, 0f64);
    for (t, &c) in bag.terms.iter().zip(credit) {
        if !matches!(t.class, TermClass::Name | TermClass::Stop)
            && !crate::classify::stance::REPORT_WORDS.contains(&bag.word(t))
        {
            matched += f64::from(t.weight * c);
            total += f64::from(t.weight);
        }
    }
    if total > 0.0 {
        matched / total
    } else {
        0.0
    }
}

/// Whether `other` covers most of `extra`, beyond the names they share,
/// and `extra` joined to `own` covers more of `other` than `own` alone.
/// A claim that covers nothing of `other` beyond what `own` covers joins
/// only as a restatement ([`JOIN_RESTATED`]); one that gives a figure
/// `other` lacks does not join while `other` keeps a figure the group lacks
/// (two measurements: another day's index level, another count).
fn adds_coverage(own: &Bag, extra: &Bag, other: &Bag) -> bool {
    let credit = score::credits(extra, other);
    let covered = score::Coverage::from_credits(extra, &credit);
    if covered.share() < JOIN_COVERED || !joins_on_substance(extra, other, &credit) {
        return false;
    }
    let alone = score::coverage(other, own);
    let joined = score::coverage(other, &Bag::join([own, extra]));
    if covered.lone_numbers > 0 && joined.lone_numbers > 0 {
        return false;
    }
    let gain = joined.share() - alone.share();
    let restates = covered.share() >= JOIN_RESTATED;
    // little left to cover: the group already says what `other` says
    let complete = alone.share() >= JOIN_COMPLETE;
    gain >= JOIN_GAIN && (restates || (gain > JOIN_GAIN && !complete))
}
