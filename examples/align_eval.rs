//! Dev tool: alignment precision and recall on articles built from real sentence pairs.
//!
//! `cargo run --release --example align_eval -- PATH/mrpc_train.tsv [--hard] [--size N]
//! [--threshold X] [--anchored R] [--join R] [--weak R] [--per-claim N] [--max-df N]`
//!
//! The pairs file (MRPC format: quality, id1, id2, sentence1, sentence2) is read
//! at run time and never shipped. Its rows are cut into chunks of `--size`
//! (default 40). Each chunk makes two articles: the left one is the first
//! sentence of every paraphrase row (quality 1), in order; the right one is
//! their second sentences shuffled together with the second sentences of the
//! non-paraphrase rows (quality 0) as distractors. A predicted link is correct
//! when it joins the two sentences of a paraphrase row; every other link is a
//! false positive. A row that repeats a sentence already in its chunk, in
//! either column (MRPC has some sentences in several rows, some as the first
//! sentence of one row and the second of another), is left out, since a
//! link to an identical copy of the gold sentence, or between two copies of
//! one sentence, is not an error.
//!
//! The false links are counted by kind: inside one-to-many groups, one-to-one
//! at or above the threshold, one-to-one below it. `ALIGN_EVAL_SHOW=K` prints
//! the false links of kind K (0, 1, 2) with their sentences, and
//! `ALIGN_EVAL_SHOW=3` the missed gold links with where the left claim went.
//!
//! With `--hard`, the left article also holds the first sentences of the
//! non-paraphrase rows, so each distractor faces its near-paraphrase: that
//! measures claim equivalence more than alignment.

use std::collections::HashSet;
use std::time::Instant;

use claimdiff::align::{align, AlignOptions};
use claimdiff::features::Features;

struct Row {
    equivalent: bool,
    left: String,
    right: String,
}

fn read_rows(path: &str) -> Result<Vec<Row>, Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path)?;
    Ok(text
        .lines()
        .skip(1)
        .filter_map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (c.len() >= 5).then(|| Row {
                equivalent: c[0].trim_start_matches('\u{feff}') == "1",
                left: c[3].to_string(),
                right: c[4].to_string(),
            })
        })
        .collect())
}

/// A small deterministic shuffle (xorshift), so runs are repeatable.
fn shuffle<T>(v: &mut [T], seed: u64) {
    let mut x = seed | 1;
    for i in (1..v.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        v.swap(i, (x % (i as u64 + 1)) as usize);
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .ok_or("usage: align_eval PATH [--hard] [--size N] [--threshold X] [--anchored R] [--join R] [--weak R] [--per-claim N] [--max-df N]")?;
    let mut opts = AlignOptions::default();
    let mut size = 40usize;
    let mut hard = false;
    let mut k = 1;
    while k < args.len() && args[k] == "--hard" {
        hard = true;
        k += 1;
    }
    while k + 1 < args.len() {
        let v = &args[k + 1];
        match args[k].as_str() {
            "--size" => size = v.parse()?,
            "--threshold" => opts.threshold = v.parse()?,
            "--weak" => opts.weak_ratio = v.parse()?,
            "--join" => opts.join_ratio = v.parse()?,
            "--anchored" => opts.anchored_ratio = v.parse()?,
            "--per-claim" => opts.index.per_claim = v.parse()?,
            "--max-df" => opts.index.max_df_min = v.parse()?,
            other => return Err(format!("unknown option {other}").into()),
        }
        k += 2;
    }
    let rows = read_rows(path)?;
    let (mut tp, mut predicted, mut gold) = (0usize, 0usize, 0usize);
    let mut many = 0usize;
    let mut own_row = 0usize;
    // false links: in a one-to-many group, one-to-one at or above the
    // threshold, one-to-one below it (anchored or related-but-different)
    let mut wrong = [0usize; 3];
    // ALIGN_EVAL_SHOW=K prints the false links of kind K (0, 1 or 2)
    let show: Option<usize> = std::env::var("ALIGN_EVAL_SHOW")
        .ok()
        .and_then(|v| v.parse().ok());
    let t0 = Instant::now();
    let mut repeats = 0usize;
    for (c, chunk) in rows.chunks(size).enumerate() {
        // a row repeating a sentence already in the chunk, in either column,
        // is left out: a link to an identical copy of the gold sentence, or
        // between two copies of one sentence, is not an error
        let mut seen = HashSet::new();
        let chunk: Vec<&Row> = chunk
            .iter()
            .filter(|r| {
                let fresh = !seen.contains(r.left.as_str()) && !seen.contains(r.right.as_str());
                seen.insert(r.left.as_str());
                seen.insert(r.right.as_str());
                repeats += usize::from(!fresh);
                fresh
            })
            .collect();
        let lefts: Vec<usize> = (0..chunk.len())
            .filter(|&i| hard || chunk[i].equivalent)
            .collect();
        let left: Vec<Features> = lefts
            .iter()
            .map(|&i| Features::extract(&chunk[i].left))
            .collect();
        let mut order: Vec<usize> = (0..chunk.len()).collect();
        shuffle(&mut order, 0x9e37_79b9 + c as u64);
        let right: Vec<Features> = order
            .iter()
            .map(|&i| Features::extract(&chunk[i].right))
            .collect();
        let truth: HashSet<(usize, usize)> = order
            .iter()
            .enumerate()
            .filter(|(_, &i)| chunk[i].equivalent)
            .map(|(pos, &i)| (i, pos))
            .collect();
        // the two sentences of a non-paraphrase row (only with --hard)
        let near: HashSet<(usize, usize)> = order
            .iter()
            .enumerate()
            .filter(|(_, &i)| !chunk[i].equivalent)
            .map(|(pos, &i)| (i, pos))
            .collect();
        gold += truth.len();
        let lf: Vec<&Features> = left.iter().collect();
        let rf: Vec<&Features> = right.iter().collect();
        let matches = align(&lf, &rf, &opts);
        if show == Some(3) {
            // missed gold links: their similarity and where the left claim went
            let (lb, rb) = claimdiff::align::weighted_bags(&lf, &rf);
            let linked: HashSet<(usize, usize)> = matches.iter().flat_map(|m| m.pairs()).collect();
            for (li, &row) in lefts.iter().enumerate() {
                let Some(&(_, j)) = truth.iter().find(|&&(r, _)| r == row) else {
                    continue;
                };
                if linked.contains(&(li, j)) {
                    continue;
                }
                let elsewhere = linked.iter().find(|&&(i, _)| i == li).map(|&(_, j2)| j2);
                println!(
                    "MISS {:.3} L {}\n           R {}\n     taken: {}",
                    claimdiff::align::bag_similarity(&lb[li], &rb[j]),
                    chunk[row].left,
                    chunk[order[j]].right,
                    elsewhere.map_or("-".to_string(), |j2| format!(
                        "{:.3} {}",
                        claimdiff::align::bag_similarity(&lb[li], &rb[j2]),
                        chunk[order[j2]].right
                    ))
                );
            }
        }
        for m in matches {
            let grouped = m.left.len() > 1 || m.right.len() > 1;
            many += usize::from(grouped);
            for (i, j) in m.pairs() {
                predicted += 1;
                let ok = truth.contains(&(lefts[i], j));
                tp += usize::from(ok);
                own_row += usize::from(near.contains(&(lefts[i], j)));
                if !ok {
                    let kind = if grouped {
                        0
                    } else if m.similarity >= opts.threshold {
                        1
                    } else {
                        2
                    };
                    wrong[kind] += 1;
                    if show == Some(kind) {
                        println!(
                            "{:.3} L {}\n      R {}",
                            m.similarity, chunk[lefts[i]].left, chunk[order[j]].right
                        );
                    }
                }
            }
        }
    }
    let p = tp as f64 / predicted.max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!(
        "align_eval{}: {} rows ({repeats} repeating a sentence left out) in chunks of {size}: gold {gold}, predicted {predicted} ({many} one-to-many groups), correct {tp}: P {:.3} R {:.3} F1 {:.3} ({:.2}s)",
        if hard { " --hard" } else { "" },
        rows.len(),
        p,
        r,
        f,
        t0.elapsed().as_secs_f64()
    );
    println!(
        "  false links: {} in one-to-many groups, {} one-to-one at or above the threshold, {} one-to-one below it",
        wrong[0], wrong[1], wrong[2]
    );
    if hard {
        println!(
            "  of the {} false links, {own_row} join the two sentences of a non-paraphrase row",
            predicted - tp
        );
    }
    Ok(())
}
