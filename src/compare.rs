//! The pipeline: articles → claims with features → aligned, classified comparisons.

use crate::align::{self, AlignOptions};
use crate::classify::classify;
use crate::features::Features;
use crate::model::{
    Article, Claim, ClaimKind, Comparison, Counts, Link, Report, Source, Verdict, SCHEMA_VERSION,
};
use crate::segment::{self, Segment};

/// Options for the whole pipeline.
#[derive(Debug, Clone, Default)]
pub struct CompareOptions {
    /// Alignment options.
    pub align: AlignOptions,
    /// Treat each input line as one claim instead of segmenting.
    pub presplit: bool,
}

/// A source with its claims and their features, ready to compare.
#[derive(Debug, Clone)]
pub struct Analysed {
    /// The source as it appears in the report.
    pub source: Source,
    /// Features of each claim, parallel to `source.claims`.
    pub features: Vec<Features>,
}

/// Segment an article and extract the features of every claim.
pub fn analyse(article: &Article, presplit: bool) -> Analysed {
    let segments = if presplit {
        segment::presplit(&article.text)
    } else {
        segment::segment(&article.text)
    };
    let mut claims = Vec::with_capacity(segments.len());
    let mut features = Vec::with_capacity(segments.len());
    let mut line = 1;
    let mut line_pos = 0;
    for (
        i,
        Segment {
            start,
            end,
            kind,
            paragraph,
        },
    ) in segments.into_iter().enumerate()
    {
        line += article.text[line_pos..start]
            .bytes()
            .filter(|&b| b == b'\n')
            .count();
        line_pos = start;
        let text = &article.text[start..end];
        let f = Features::extract(text);
        let a = &f.assessment;
        claims.push(Claim {
            id: format!("{}{}", article.label, i + 1),
            kind,
            text: text.to_string(),
            start,
            end,
            line,
            paragraph,
            confidence: a.confidence,
            cues: a.cues.clone(),
            source: a.source.clone(),
        });
        features.push(f);
    }
    let sentence: Vec<bool> = claims.iter().map(|c| c.kind.is_compared()).collect();
    let context = crate::features::anaphora::resolve(&features, &sentence);
    for (f, names) in features.iter_mut().zip(context) {
        f.context = names;
    }
    let title = article.title.clone().or_else(|| {
        claims
            .iter()
            .find(|c| c.kind == ClaimKind::Title)
            .map(|c| c.text.clone())
    });
    Analysed {
        source: Source {
            label: article.label.clone(),
            path: article.path.clone(),
            title,
            claims,
        },
        features,
    }
}

/// Compare two analysed sources.
pub fn compare_pair(left: &Analysed, right: &Analysed, opts: &AlignOptions) -> Comparison {
    let compared = |a: &Analysed| -> Vec<usize> {
        (0..a.source.claims.len())
            .filter(|&i| a.source.claims[i].kind.is_compared())
            .collect()
    };
    let (il, ir) = (compared(left), compared(right));
    let fl: Vec<&Features> = il.iter().map(|&i| &left.features[i]).collect();
    let fr: Vec<&Features> = ir.iter().map(|&i| &right.features[i]).collect();
    let matches = align::align(&fl, &fr, opts);
    let mut used_l = vec![false; il.len()];
    let mut used_r = vec![false; ir.len()];
    let mut counts = Counts::default();
    let mut links = Vec::with_capacity(matches.len());
    // long articles classify their links on several threads
    let classes = crate::parallel::map_chunked(&matches, PARALLEL_LINKS, |m| {
        let lf: Vec<&Features> = m.left.iter().map(|&k| fl[k]).collect();
        let rf: Vec<&Features> = m.right.iter().map(|&k| fr[k]).collect();
        classify(&lf, &rf)
    });
    for (m, c) in matches.iter().zip(classes) {
        match c.verdict {
            Verdict::Agree => counts.agree += 1,
            Verdict::AddsDetail => counts.adds_detail += 1,
            _ => counts.diverges += 1,
        }
        m.left.iter().for_each(|&k| used_l[k] = true);
        m.right.iter().for_each(|&k| used_r[k] = true);
        links.push(Link {
            left: m
                .left
                .iter()
                .map(|&k| left.source.claims[il[k]].id.clone())
                .collect(),
            right: m
                .right
                .iter()
                .map(|&k| right.source.claims[ir[k]].id.clone())
                .collect(),
            similarity: round4(m.similarity),
            verdict: c.verdict,
            aspects: c
                .aspects
                .into_iter()
                .map(|mut a| {
                    a.note = name_sides(&a.note, &left.source.label, &right.source.label);
                    a
                })
                .collect(),
            details: c.details,
        });
    }
    let unused = |a: &Analysed, idx: &[usize], used: &[bool]| -> Vec<String> {
        idx.iter()
            .zip(used)
            .filter(|(_, &u)| !u)
            .map(|(&i, _)| a.source.claims[i].id.clone())
            .collect()
    };
    let only_left = unused(left, &il, &used_l);
    let only_right = unused(right, &ir, &used_r);
    counts.only_left = only_left.len();
    counts.only_right = only_right.len();
    counts.boilerplate = [left, right]
        .iter()
        .flat_map(|a| a.source.claims.iter())
        .filter(|c| c.kind == ClaimKind::Boilerplate)
        .count();
    let total = il.len() + ir.len();
    let linked = used_l.iter().chain(&used_r).filter(|&&u| u).count();
    let agreement = if total == 0 {
        0.0
    } else {
        round4(linked as f64 / total as f64)
    };
    Comparison {
        left: left.source.label.clone(),
        right: right.source.label.clone(),
        agreement,
        counts,
        links,
        only_left,
        only_right,
    }
}

/// Run the whole pipeline on two or more articles: every pair is compared.
pub fn compare(articles: &[Article], opts: &CompareOptions) -> Report {
    compare_with_progress(articles, opts, &mut |_, _| {})
}

/// Fewest links of one pair of sources that are classified on several threads.
const PARALLEL_LINKS: usize = 256;

/// Least text, over all articles, that is analysed on several threads.
const PARALLEL_ANALYSIS_BYTES: usize = 64 << 10;

/// [`compare`], calling `progress(done, total)` after each article is analysed and
/// each pair compared (`total` = articles + pairs).
pub fn compare_with_progress(
    articles: &[Article],
    opts: &CompareOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Report {
    let n = articles.len();
    let total = n + n * n.saturating_sub(1) / 2;
    // articles are analysed side by side when that saves more than starting
    // threads costs (news-length articles take about a millisecond each)
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let threads = if bytes >= PARALLEL_ANALYSIS_BYTES {
        usize::MAX
    } else {
        1
    };
    let analysed = crate::parallel::map_on_threads(
        articles,
        threads,
        |a| analyse(a, opts.presplit),
        &mut |k| progress(k, total),
    );
    let pairs: Vec<(usize, usize)> = (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .collect();
    // the articles are done: comparisons count on from them
    let comparisons = compare_pairs(&analysed, &pairs, &opts.align, &mut |k| {
        progress(n + k, total)
    });
    let sources: Vec<Source> = analysed.into_iter().map(|a| a.source).collect();
    let clusters = crate::cluster::clusters(&sources, &comparisons);
    Report {
        schema_version: SCHEMA_VERSION,
        sources,
        comparisons,
        clusters,
    }
}

/// Compare the given pairs of sources, on as many threads as the machine has
/// (one for a single pair), returning the comparisons in `pairs` order.
/// `progress(k)` is called on this thread after each of the `k` comparisons finishes.
fn compare_pairs(
    analysed: &[Analysed],
    pairs: &[(usize, usize)],
    opts: &AlignOptions,
    progress: &mut dyn FnMut(usize),
) -> Vec<Comparison> {
    crate::parallel::map_on_threads(
        pairs,
        usize::MAX,
        |&(i, j)| compare_pair(&analysed[i], &analysed[j], opts),
        progress,
    )
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Put the sources' labels in a classifier note: "left hedges what right
/// asserts" becomes "A hedges what B asserts".
fn name_sides(note: &str, left: &str, right: &str) -> String {
    note.split(' ')
        .map(|w| match w {
            "left" => left,
            "right" => right,
            _ => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}
