//! The shared data model: articles, claims, links, verdicts and the report.
//!
//! Every stage hands these types to the next one, and every renderer reads only
//! these types, so a stage can be replaced without touching the reports.

use serde::{Deserialize, Serialize};

/// Version of the JSON report layout. Fields are only ever added.
pub const SCHEMA_VERSION: u32 = 1;

/// One source: a news article as read from a file or stdin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Short label used in claim ids and reports: `A`, `B`, … or `--label`.
    pub label: String,
    /// Where the text came from (`-` for stdin).
    pub path: String,
    /// The title, when the article has one (its first heading-like line).
    pub title: Option<String>,
    /// The byline (author), when the input states one (HTML pages).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub byline: Option<String>,
    /// The publication date as the input states it (HTML pages).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date: Option<String>,
    /// The article text: UTF-8, LF line ends, no BOM. Claim offsets point into it.
    pub text: String,
}

/// What kind of text a claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ClaimKind {
    /// The article's headline.
    Title,
    /// A section heading, caption or dateline: a line without final punctuation.
    Heading,
    /// An ordinary sentence: the claims that are compared.
    Sentence,
    /// Site furniture: copyright lines, share or discussion prompts, photo credits.
    /// Shown, never aligned or scored.
    Boilerplate,
}

impl ClaimKind {
    /// The lowercase name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Title => "title",
            ClaimKind::Heading => "heading",
            ClaimKind::Sentence => "sentence",
            ClaimKind::Boilerplate => "boilerplate",
        }
    }

    /// Whether claims of this kind take part in alignment and scores.
    /// Only sentences do: titles, headings and boilerplate are shown, not compared.
    pub fn is_compared(self) -> bool {
        matches!(self, ClaimKind::Sentence)
    }
}

/// How firmly a source states a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Confidence {
    /// Stated flatly by the outlet.
    Asserted,
    /// Reported as someone's statement, without hedging ("Microsoft said…").
    Attributed,
    /// Marked uncertain ("alleged", "believed to be", "likely", "may").
    Hedged,
    /// Reported as denied or rejected ("China has rejected these claims").
    Denied,
}

impl Confidence {
    /// The lowercase name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Asserted => "asserted",
            Confidence::Attributed => "attributed",
            Confidence::Hedged => "hedged",
            Confidence::Denied => "denied",
        }
    }
}

/// One claim: a sentence (or title, heading, boilerplate line) of an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Label of the source plus the 1-based index: `A12`.
    pub id: String,
    /// What kind of text this is.
    pub kind: ClaimKind,
    /// The claim text exactly as in the article (inner newlines kept).
    pub text: String,
    /// Byte offset of the first character in [`Article::text`].
    pub start: usize,
    /// Byte offset one past the last character in [`Article::text`].
    pub end: usize,
    /// 1-based line number of `start` in the source text (for annotations).
    pub line: usize,
    /// 0-based paragraph index.
    pub paragraph: usize,
    /// How firmly the source states it.
    pub confidence: Confidence,
    /// The words that set the confidence ("believed to be linked to", "rejected").
    pub cues: Vec<String>,
    /// Who the claim is attributed to, when named ("Secureworks").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub source: Option<String>,
}

/// The type of an aligned pair of claims, or of a claim with no counterpart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verdict {
    /// The same proposition, paraphrase allowed.
    Agree,
    /// One side states the other's proposition plus specifics.
    AddsDetail,
    /// The same matter, in conflict on at least one aspect.
    Diverges,
    /// No counterpart in the other source.
    OnlyIn,
}

impl Verdict {
    /// All verdicts, in report order.
    pub const ALL: [Verdict; 4] = [
        Verdict::Agree,
        Verdict::AddsDetail,
        Verdict::Diverges,
        Verdict::OnlyIn,
    ];

    /// The snake_case name used in every output format and in `--fail-on`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::AddsDetail => "adds_detail",
            Verdict::Diverges => "diverges",
            Verdict::OnlyIn => "only_in",
        }
    }
}

/// An aspect on which two linked claims conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AspectKind {
    /// Asserted vs hedged vs attributed vs denied.
    Confidence,
    /// Different named source of the claim.
    Source,
    /// Different numbers or quantities.
    Number,
    /// Different dates or years.
    Date,
    /// Different names of people, organisations or places.
    Entity,
    /// One side negates what the other states.
    Polarity,
}

impl AspectKind {
    /// All aspects, in report order.
    pub const ALL: [AspectKind; 6] = [
        AspectKind::Confidence,
        AspectKind::Source,
        AspectKind::Number,
        AspectKind::Date,
        AspectKind::Entity,
        AspectKind::Polarity,
    ];

    /// The snake_case name used in every output format and in `--fail-on`.
    pub fn as_str(self) -> &'static str {
        match self {
            AspectKind::Confidence => "confidence",
            AspectKind::Source => "source",
            AspectKind::Number => "number",
            AspectKind::Date => "date",
            AspectKind::Entity => "entity",
            AspectKind::Polarity => "polarity",
        }
    }
}

/// One conflicting aspect of a linked pair, with the words on each side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Aspect {
    /// Which aspect conflicts.
    pub kind: AspectKind,
    /// The words on the left side.
    pub left: Vec<String>,
    /// The words on the right side.
    pub right: Vec<String>,
    /// A one-line explanation naming the sources by label, e.g. `A hedges what B asserts`.
    pub note: String,
}

/// Which side of a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The first source of the pair.
    Left,
    /// The second source of the pair.
    Right,
}

/// Specifics one side adds to a shared proposition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detail {
    /// Which side adds them.
    pub side: Side,
    /// The added names, numbers, places or qualifiers, as written.
    pub items: Vec<String>,
}

/// An aligned group of claims: one-to-one, or one claim covering several.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Claim ids on the left (one, or several when one right claim covers them).
    pub left: Vec<String>,
    /// Claim ids on the right.
    pub right: Vec<String>,
    /// Similarity in [0, 1].
    pub similarity: f64,
    /// The verdict of the pair.
    pub verdict: Verdict,
    /// The conflicting aspects (non-empty exactly when the verdict is `diverges`).
    pub aspects: Vec<Aspect>,
    /// The specifics each side adds.
    pub details: Vec<Detail>,
}

/// Number of links (and unmatched claims) per verdict.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Links typed `agree`.
    pub agree: usize,
    /// Links typed `adds_detail`.
    pub adds_detail: usize,
    /// Links typed `diverges`.
    pub diverges: usize,
    /// Compared claims of the left source with no counterpart.
    pub only_left: usize,
    /// Compared claims of the right source with no counterpart.
    pub only_right: usize,
    /// Boilerplate claims, both sides, not compared.
    pub boilerplate: usize,
}

/// The comparison of two sources.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// Label of the left source.
    pub left: String,
    /// Label of the right source.
    pub right: String,
    /// How much of the two articles' content is shared, in [0, 1].
    pub agreement: f64,
    /// Counts per verdict.
    pub counts: Counts,
    /// The aligned claims.
    pub links: Vec<Link>,
    /// Compared claims only in the left source.
    pub only_left: Vec<String>,
    /// Compared claims only in the right source.
    pub only_right: Vec<String>,
}

/// A source in the report: the article's metadata and its claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Label (`A`, `B`, …).
    pub label: String,
    /// Path as given on the command line (`-` for stdin).
    pub path: String,
    /// Title, when found.
    pub title: Option<String>,
    /// Every claim of the article, in order.
    pub claims: Vec<Claim>,
}

/// One cell of the support matrix: how one source states a cluster's claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SupportCell {
    /// Label of the source (the matrix column).
    pub source: String,
    /// The source's claims in the cluster (empty: the source does not say it).
    pub claims: Vec<String>,
    /// The firmest-to-weakest confidence of those claims (denied > hedged >
    /// attributed > asserted); `None` when the source does not say it.
    pub confidence: Option<Confidence>,
}

/// Equivalent claims across sources: one row of the support matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    /// `K1`, `K2`, … in report order.
    pub id: String,
    /// Number of sources that make the claim.
    pub support: usize,
    /// Every claim id in the cluster, in source order.
    pub claims: Vec<String>,
    /// One cell per source, in source order.
    pub cells: Vec<SupportCell>,
    /// Aspects on which the cluster's claims diverge (confidence included when
    /// the sources state it with different confidence).
    pub aspects: Vec<AspectKind>,
}

/// The whole result of a comparison: what every renderer prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The sources, in command-line order.
    pub sources: Vec<Source>,
    /// One comparison per pair of sources.
    pub comparisons: Vec<Comparison>,
    /// Equivalent claims grouped across all sources (the support matrix); every
    /// compared claim is in exactly one cluster.
    #[serde(default)]
    pub clusters: Vec<Cluster>,
}

impl Report {
    /// The source with this label.
    pub fn source(&self, label: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.label == label)
    }

    /// The claim with this id (`A12`), searching every source.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.sources
            .iter()
            .flat_map(|s| s.claims.iter())
            .find(|c| c.id == id)
    }
}
