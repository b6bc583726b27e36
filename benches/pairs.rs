//! Throughput of the `pairs` command (issue 4's target: 500k pairs/s as a
//! whole command on MRPC-like pairs): `cargo bench --bench pairs`.
//!
//! The pairs are built from text the project ships. Each side is one of the
//! hand-written verdict fixtures' claims with the first words of a seed
//! sentence joined on, so a side is about as long as an MRPC sentence (about
//! 20 words). Names and figures are replaced by made-up ones, the same on
//! both sides of a pair, so the vocabulary grows with the number of pairs as
//! in real text. Half the pairs are paraphrases (a fixture's two claims, which
//! agree, diverge or add detail), half are two unrelated claims.
//!
//! Two benches: the scoring in this process ([`claimdiff::pairs::run`] over
//! input in memory), and the whole command as `score.py` runs it (the release
//! binary started, fed on stdin from another thread, its stdout read to the end).
//! Both count pairs, so divan prints pairs per second.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use divan::counter::ItemsCount;

mod common;

use common::{name, seed_sentences, Rng};

fn main() {
    let input = pairs_input(PAIRS);
    eprintln!(
        "{PAIRS} pairs, {} bytes ({:.0} bytes a side)",
        input.len(),
        input.len() as f64 / (2 * PAIRS) as f64
    );
    divan::main();
}

/// As many pairs as the MRPC train file holds.
const PAIRS: usize = 4_076;

const FIXTURES: [&str; 2] = [
    include_str!("../fixtures/verdicts/pairs.jsonl"),
    include_str!("../fixtures/verdicts/holdout.jsonl"),
];

/// The fixtures' claim pairs, `(left, right)`.
fn fixture_pairs() -> Vec<(String, String)> {
    FIXTURES
        .iter()
        .flat_map(|f| f.lines())
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            Some((
                v["left"].as_str()?.to_string(),
                v["right"].as_str()?.to_string(),
            ))
        })
        .collect()
}

/// The first eight words of each seed sentence of six words or more.
fn seed_openings() -> Vec<String> {
    seed_sentences()
        .iter()
        .map(|s| s.split_whitespace().take(8).collect::<Vec<_>>().join(" "))
        .collect()
}

/// `text` with each capitalised word after the first, and each number,
/// replaced by its stand-in from `subs` (made up on first sight).
fn recast(text: &str, subs: &mut Vec<(String, String)>, rng: &mut Rng) -> String {
    let mut out = Vec::new();
    for (k, w) in text.split(' ').enumerate() {
        let core = w.trim_end_matches([',', '.', ';', ':']);
        let tail = &w[core.len()..];
        let first = core.chars().next();
        let replace = first.is_some_and(|c| c.is_ascii_digit())
            || (k > 0 && first.is_some_and(char::is_uppercase) && core.len() > 3);
        if !replace {
            out.push(w.to_string());
            continue;
        }
        let new = match subs.iter().find(|(old, _)| old == core) {
            Some((_, new)) => new.clone(),
            None => {
                let new = if first.is_some_and(|c| c.is_ascii_digit()) {
                    (1 + rng.below(9_999)).to_string()
                } else {
                    name(rng)
                };
                subs.push((core.to_string(), new.clone()));
                new
            }
        };
        out.push(new + tail);
    }
    out.join(" ")
}

/// `n` lines of `id<TAB>left<TAB>right`, as described in the module doc.
fn pairs_input(n: usize) -> String {
    let (pairs, openings) = (fixture_pairs(), seed_openings());
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = String::new();
    for id in 0..n {
        let (l, r) = &pairs[rng.below(pairs.len())];
        let r = if id % 2 == 0 {
            r.clone()
        } else {
            pairs[rng.below(pairs.len())].1.clone()
        };
        let opening = &openings[rng.below(openings.len())];
        let join = |claim: &str| format!("{}, as {}.", claim.trim_end_matches('.'), opening);
        let mut subs = Vec::new();
        let left = recast(&join(l), &mut subs, &mut rng);
        let right = recast(&join(&r), &mut subs, &mut rng);
        out.push_str(&format!("{id}\t{left}\t{right}\n"));
    }
    out
}

#[divan::bench(sample_count = 20)]
fn in_process(bencher: divan::Bencher) {
    let input = pairs_input(PAIRS);
    bencher.counter(ItemsCount::new(PAIRS)).bench(|| {
        let mut out = Vec::with_capacity(PAIRS * 16);
        claimdiff::pairs::run(std::io::Cursor::new(input.clone()), &mut out)
            .expect("generated lines are well formed");
        out.len()
    });
}

#[divan::bench(sample_count = 20)]
fn whole_command(bencher: divan::Bencher) {
    let input = pairs_input(PAIRS);
    bencher.counter(ItemsCount::new(PAIRS)).bench(|| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
            .arg("pairs")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the release binary starts");
        let mut stdin = child.stdin.take().expect("piped stdin");
        let feed = input.clone();
        let writer = std::thread::spawn(move || stdin.write_all(feed.as_bytes()));
        let mut out = String::new();
        child
            .stdout
            .take()
            .expect("piped stdout")
            .read_to_string(&mut out)
            .expect("UTF-8 scores");
        writer.join().expect("feeder").expect("input written");
        assert!(child.wait().expect("exit status").success());
        assert_eq!(out.lines().count(), PAIRS);
        out.len()
    });
}
