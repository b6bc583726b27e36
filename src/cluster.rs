//! Clusters: equivalent claims grouped across three or more sources, and the
//! support matrix (one row per cluster, one column per source).
//!
//! **Rule.** Clusters are built from the pairwise links, strongest first. A link
//! joins the clusters of its claims only if, afterwards, every two claims of the
//! cluster that come from different sources are directly linked in their pairwise
//! comparison. So `A~B` and `B~C` never put `A` and `C` together unless `A~C` too:
//! clusters do not chain. Each compared claim is in exactly one cluster; a claim
//! linked to nothing is a cluster of its own.

use std::collections::{HashMap, HashSet};

use crate::align::bag::HashMapPre;

use crate::model::{
    AspectKind, Claim, ClaimKind, Cluster, Comparison, Confidence, Link, Source, SupportCell,
};

/// Group the compared claims of `sources` into clusters using the pairwise `comparisons`,
/// sorted for reading: what all sources share, then contested rows, then partial
/// support, then what one source alone says.
pub fn clusters(sources: &[Source], comparisons: &[Comparison]) -> Vec<Cluster> {
    // Claims are numbered across all sources; links and groups work on numbers.
    let all: Vec<(&str, usize)> = sources
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.claims.iter().map(move |c| (c.id.as_str(), i)))
        .collect();
    let number: HashMap<&str, u32> = all
        .iter()
        .enumerate()
        .map(|(k, (id, _))| (*id, k as u32))
        .collect();
    let source_of = |k: u32| all[k as usize].1;
    let key = |a: u32, b: u32| (u64::from(a.min(b)) << 32) | u64::from(a.max(b));
    let mut linked: HashMapPre<u64, ()> = HashMapPre::default();
    let mut edges: Vec<(f64, Vec<u32>)> = Vec::new();
    for link in comparisons.iter().flat_map(|c| &c.links) {
        let side = |ids: &[String]| -> Vec<u32> {
            ids.iter()
                .filter_map(|id| number.get(id.as_str()).copied())
                .collect()
        };
        let (l, r) = (side(&link.left), side(&link.right));
        for &a in &l {
            for &b in &r {
                linked.insert(key(a, b), ());
            }
        }
        edges.push((link.similarity, l.into_iter().chain(r).collect()));
    }
    edges.sort_by(|a, b| b.0.total_cmp(&a.0));

    let mut groups: Vec<Vec<u32>> = Vec::new();
    let mut group_of: Vec<Option<usize>> = vec![None; all.len()];
    for (_, ids) in &edges {
        let mut touched: Vec<usize> = ids.iter().filter_map(|&k| group_of[k as usize]).collect();
        touched.sort_unstable();
        touched.dedup();
        let fresh: Vec<u32> = ids
            .iter()
            .copied()
            .filter(|&k| group_of[k as usize].is_none())
            .collect();
        if fresh.is_empty() && touched.len() == 1 {
            continue; // already together
        }
        // The parts to join are cliques already (the link's own claims are
        // linked across its two sides): check only pairs across parts.
        let mut parts: Vec<&[u32]> = touched.iter().map(|&g| groups[g].as_slice()).collect();
        parts.push(&fresh);
        let clique = parts.iter().enumerate().all(|(p, xs)| {
            parts[p + 1..].iter().all(|ys| {
                xs.iter().all(|&a| {
                    ys.iter()
                        .all(|&b| source_of(a) == source_of(b) || linked.contains_key(&key(a, b)))
                })
            })
        });
        if !clique {
            continue;
        }
        let target = match touched.first() {
            Some(&g) => g,
            None => {
                groups.push(Vec::new());
                groups.len() - 1
            }
        };
        for &g in touched.iter().skip(1) {
            let moved = std::mem::take(&mut groups[g]);
            for &k in &moved {
                group_of[k as usize] = Some(target);
            }
            groups[target].extend(moved);
        }
        for k in fresh {
            group_of[k as usize] = Some(target);
            groups[target].push(k);
        }
    }
    for s in sources {
        for c in s.claims.iter().filter(|c| c.kind == ClaimKind::Sentence) {
            if let Some(&k) = number.get(c.id.as_str()) {
                if group_of[k as usize].is_none() {
                    group_of[k as usize] = Some(groups.len());
                    groups.push(vec![k]);
                }
            }
        }
    }
    let groups: Vec<Vec<&str>> = groups
        .into_iter()
        .map(|g| g.into_iter().map(|k| all[k as usize].0).collect())
        .collect();

    let order: HashMap<&str, usize> = sources
        .iter()
        .flat_map(|s| s.claims.iter())
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let index = Index::new(sources, comparisons);
    let mut out: Vec<Cluster> = groups
        .into_iter()
        .filter(|g| !g.is_empty())
        .map(|mut g| {
            g.sort_by_key(|id| order.get(id).copied().unwrap_or(usize::MAX));
            build(sources, &index, &g)
        })
        .collect();
    let n = sources.len();
    let rank = |c: &Cluster| {
        let support = c.support;
        if !c.aspects.is_empty() {
            1
        } else if support == n {
            0
        } else if support > 1 {
            2
        } else {
            3
        }
    };
    let first = |c: &Cluster| order.get(c.claims[0].as_str()).copied().unwrap_or(0);
    out.sort_by_key(|c| (rank(c), std::cmp::Reverse(c.support), first(c)));
    for (i, c) in out.iter_mut().enumerate() {
        c.id = format!("K{}", i + 1);
    }
    out
}

/// Claims and links by claim id, so each cluster is built in time proportional
/// to its own size.
struct Index<'a> {
    /// Claim id → (source index, claim).
    claims: HashMap<&'a str, (usize, &'a Claim)>,
    /// Claim id → the links whose first left claim it is.
    links: HashMap<&'a str, Vec<&'a Link>>,
}

impl<'a> Index<'a> {
    fn new(sources: &'a [Source], comparisons: &'a [Comparison]) -> Index<'a> {
        let claims = sources
            .iter()
            .enumerate()
            .flat_map(|(i, s)| s.claims.iter().map(move |c| (c.id.as_str(), (i, c))))
            .collect();
        let mut links: HashMap<&str, Vec<&Link>> = HashMap::new();
        for l in comparisons.iter().flat_map(|c| &c.links) {
            if let Some(first) = l.left.first() {
                links.entry(first.as_str()).or_default().push(l);
            }
        }
        Index { claims, links }
    }
}

fn build(sources: &[Source], index: &Index, ids: &[&str]) -> Cluster {
    let inside: HashSet<&str> = ids.iter().copied().collect();
    let mut per_source: Vec<Vec<&Claim>> = vec![Vec::new(); sources.len()];
    for id in ids {
        if let Some(&(s, c)) = index.claims.get(id) {
            per_source[s].push(c);
        }
    }
    let cells: Vec<SupportCell> = sources
        .iter()
        .zip(&per_source)
        .map(|(s, claims)| SupportCell {
            source: s.label.clone(),
            claims: claims.iter().map(|c| c.id.clone()).collect(),
            confidence: claims.iter().map(|c| c.confidence).max(),
        })
        .collect();
    let mut aspects: Vec<AspectKind> = ids
        .iter()
        .filter_map(|id| index.links.get(id))
        .flatten()
        .filter(|l| {
            l.left
                .iter()
                .chain(&l.right)
                .all(|id| inside.contains(id.as_str()))
        })
        .flat_map(|l| l.aspects.iter().map(|a| a.kind))
        .collect();
    let confidences: HashSet<Confidence> = cells.iter().filter_map(|c| c.confidence).collect();
    if confidences.len() > 1 && !aspects.contains(&AspectKind::Confidence) {
        aspects.push(AspectKind::Confidence);
    }
    aspects.sort_unstable();
    aspects.dedup();
    Cluster {
        id: String::new(),
        support: cells.iter().filter(|c| !c.claims.is_empty()).count(),
        claims: ids.iter().map(|s| s.to_string()).collect(),
        cells,
        aspects,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Counts, Verdict};

    fn source(label: &str, confs: &[Confidence]) -> Source {
        Source {
            label: label.into(),
            path: label.into(),
            title: None,
            claims: confs
                .iter()
                .enumerate()
                .map(|(i, &confidence)| Claim {
                    id: format!("{label}{}", i + 1),
                    kind: ClaimKind::Sentence,
                    text: format!("claim {i}"),
                    start: 0,
                    end: 1,
                    line: 1,
                    paragraph: i,
                    confidence,
                    cues: vec![],
                    source: None,
                })
                .collect(),
        }
    }

    fn cmp(left: &str, right: &str, links: &[(&[&str], &[&str], f64)]) -> Comparison {
        Comparison {
            left: left.into(),
            right: right.into(),
            agreement: 0.0,
            counts: Counts::default(),
            links: links
                .iter()
                .map(|(l, r, s)| Link {
                    left: l.iter().map(|x| x.to_string()).collect(),
                    right: r.iter().map(|x| x.to_string()).collect(),
                    similarity: *s,
                    verdict: Verdict::Agree,
                    aspects: vec![],
                    details: vec![],
                })
                .collect(),
            only_left: vec![],
            only_right: vec![],
        }
    }

    const A: Confidence = Confidence::Asserted;

    #[test]
    fn links_do_not_chain_unrelated_claims() {
        let s = [source("A", &[A]), source("B", &[A]), source("C", &[A])];
        let c = [
            cmp("A", "B", &[(&["A1"], &["B1"], 0.9)]),
            cmp("B", "C", &[(&["B1"], &["C1"], 0.5)]),
            cmp("A", "C", &[]),
        ];
        let k = clusters(&s, &c);
        assert_eq!(k.len(), 2);
        assert_eq!(k[0].claims, ["A1", "B1"], "the stronger link wins B1");
        assert_eq!(k[1].claims, ["C1"]);
    }

    #[test]
    fn a_triangle_of_links_is_one_cluster_of_full_support() {
        let s = [
            source("A", &[A]),
            source("B", &[Confidence::Hedged]),
            source("C", &[A]),
        ];
        let c = [
            cmp("A", "B", &[(&["A1"], &["B1"], 0.9)]),
            cmp("B", "C", &[(&["B1"], &["C1"], 0.5)]),
            cmp("A", "C", &[(&["A1"], &["C1"], 0.6)]),
        ];
        let k = clusters(&s, &c);
        assert_eq!(k.len(), 1);
        assert_eq!(k[0].support, 3);
        assert_eq!(k[0].claims, ["A1", "B1", "C1"]);
        assert_eq!(k[0].aspects, [AspectKind::Confidence]);
        assert_eq!(k[0].cells[1].confidence, Some(Confidence::Hedged));
    }

    #[test]
    fn every_claim_is_in_exactly_one_cluster_and_rows_are_ordered() {
        let s = [
            source("A", &[A, A, A]),
            source("B", &[A, A]),
            source("C", &[A, Confidence::Denied]),
        ];
        let c = [
            cmp(
                "A",
                "B",
                &[(&["A1"], &["B1"], 0.8), (&["A2", "A3"], &["B2"], 0.7)],
            ),
            cmp(
                "B",
                "C",
                &[(&["B1"], &["C1"], 0.8), (&["B2"], &["C2"], 0.6)],
            ),
            cmp("A", "C", &[(&["A1"], &["C1"], 0.8)]),
        ];
        let k = clusters(&s, &c);
        let mut all: Vec<&str> = k
            .iter()
            .flat_map(|c| c.claims.iter().map(String::as_str))
            .collect();
        all.sort_unstable();
        assert_eq!(all, ["A1", "A2", "A3", "B1", "B2", "C1", "C2"]);
        // A1~B1~C1 shared by all first; {A2,A3,B2} partial; C2 alone last
        assert_eq!(k[0].claims, ["A1", "B1", "C1"]);
        assert_eq!(k[1].claims, ["A2", "A3", "B2"]);
        assert_eq!(k[2].claims, ["C2"]);
        assert_eq!(
            k.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(),
            ["K1", "K2", "K3"]
        );
    }
}
