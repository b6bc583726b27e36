//! Dev tool: alignment precision and recall on articles built from real sentence pairs.
//!
//! `cargo run --release --example align_eval -- PATH/mrpc_train.tsv [--size N]
//! [--threshold X] [--anchored R] [--join R] [--weak R]`
//!
//! The pairs file (MRPC format: quality, id1, id2, sentence1, sentence2) is read
//! at run time and never shipped. Its rows are cut into chunks of `--size`
//! (default 40). Each chunk makes two articles: the left one is the first
//! sentence of every paraphrase row (quality 1), in order; the right one is
//! their second sentences shuffled together with the second sentences of the
//! non-paraphrase rows (quality 0) as distractors. A predicted link is correct
//! when it joins the two sentences of a paraphrase row; every other link is a
//! false positive.
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
        .ok_or("usage: align_eval PATH [--hard] [--size N] [--threshold X] [--anchored R] [--join R] [--weak R]")?;
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
            other => return Err(format!("unknown option {other}").into()),
        }
        k += 2;
    }
    let rows = read_rows(path)?;
    let (mut tp, mut predicted, mut gold) = (0usize, 0usize, 0usize);
    let mut many = 0usize;
    let mut own_row = 0usize;
    let t0 = Instant::now();
    for (c, chunk) in rows.chunks(size).enumerate() {
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
        for m in align(&lf, &rf, &opts) {
            many += usize::from(m.left.len() > 1 || m.right.len() > 1);
            for &i in &m.left {
                for &j in &m.right {
                    predicted += 1;
                    tp += usize::from(truth.contains(&(lefts[i], j)));
                    own_row += usize::from(near.contains(&(lefts[i], j)));
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
        "align_eval{}: {} rows in chunks of {size}: gold {gold}, predicted {predicted} ({many} one-to-many groups), correct {tp}: P {:.3} R {:.3} F1 {:.3} ({:.2}s)",
        if hard { " --hard" } else { "" },
        rows.len(),
        p,
        r,
        f,
        t0.elapsed().as_secs_f64()
    );
    if hard {
        println!(
            "  of the {} false links, {own_row} join the two sentences of a non-paraphrase row",
            predicted - tp
        );
    }
    Ok(())
}
