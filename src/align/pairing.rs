//! Pairing: turn scored candidate links into one-to-one matches by best total
//! score, then let one claim take a second claim it also covers (one-to-many).

/// A scored candidate link between left claim `i` and right claim `j`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Edge {
    /// Left claim index.
    pub i: usize,
    /// Right claim index.
    pub j: usize,
    /// Similarity.
    pub s: f64,
    /// Similarity not counting the numbers only one side gives (at least `s`):
    /// what relates two claims that report one measure with different figures.
    pub loose: f64,
}

/// One-to-one matching of maximal total score, approximately: greedy by score,
/// then augmenting moves (a free claim takes a matched partner whose old
/// claim moves to a free alternative) while they raise the total.
///
/// Returns `partner_of_left` (the right index matched to each left claim).
pub fn one_to_one(n_left: usize, n_right: usize, edges: &[Edge]) -> Vec<Option<usize>> {
    let mut sorted: Vec<Edge> = edges.to_vec();
    sorted.sort_by(|x, y| y.s.total_cmp(&x.s).then(x.i.cmp(&y.i)).then(x.j.cmp(&y.j)));
    let mut left: Vec<Option<(usize, f64)>> = vec![None; n_left];
    let mut right: Vec<Option<usize>> = vec![None; n_right];
    for e in &sorted {
        if left[e.i].is_none() && right[e.j].is_none() {
            left[e.i] = Some((e.j, e.s));
            right[e.j] = Some(e.i);
        }
    }
    let mut by_left: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n_left];
    for e in &sorted {
        by_left[e.i].push((e.j, e.s));
    }
    for _ in 0..3 {
        let mut improved = false;
        for e in &sorted {
            if left[e.i].is_some() {
                continue;
            }
            let Some(k) = right[e.j] else {
                left[e.i] = Some((e.j, e.s));
                right[e.j] = Some(e.i);
                improved = true;
                continue;
            };
            let old = left[k].map_or(0.0, |x| x.1);
            let alt = by_left[k]
                .iter()
                .filter(|&&(j2, _)| right[j2].is_none())
                .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)))
                .copied();
            if let Some((j2, s2)) = alt {
                if e.s + s2 > old + 1e-9 {
                    left[k] = Some((j2, s2));
                    right[j2] = Some(k);
                    left[e.i] = Some((e.j, e.s));
                    right[e.j] = Some(e.i);
                    improved = true;
                }
            }
        }
        if !improved {
            break;
        }
    }
    left.into_iter().map(|x| x.map(|(j, _)| j)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(i: usize, j: usize, s: f64) -> Edge {
        Edge { i, j, s, loose: s }
    }

    #[test]
    fn greedy_takes_the_best_link_first() {
        let m = one_to_one(2, 2, &[e(0, 0, 0.9), e(1, 1, 0.5), e(1, 0, 0.4)]);
        assert_eq!(m, [Some(0), Some(1)]);
    }

    #[test]
    fn augmenting_move_beats_greedy_total() {
        // greedy takes (0,0)=0.9 and leaves 1 unmatched; (0,1)+(1,0) = 1.6 is better
        let m = one_to_one(2, 2, &[e(0, 0, 0.9), e(0, 1, 0.8), e(1, 0, 0.8)]);
        assert_eq!(m, [Some(1), Some(0)]);
    }

    #[test]
    fn no_edges_no_matches() {
        assert_eq!(one_to_one(2, 3, &[]), [None, None]);
    }
}
