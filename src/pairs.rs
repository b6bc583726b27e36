//! The `pairs` command: score claim pairs read as `id<TAB>left<TAB>right` lines.
//!
//! Each side becomes a [`Bag`] straight from its text (no entity or confidence
//! analysis), weighted by built-in word classes rather than corpus statistics,
//! so the command streams: every line is scored on its own.

use std::io::{BufRead, BufReader, Read, Write};
use std::sync::mpsc;

use crate::align::bag::{Bag, WordCache};
use crate::align::score::bag_similarity;

/// Most lines scored in one batch.
const BATCH: usize = 4096;
/// Smallest batch worth splitting across threads.
const PARALLEL_MIN: usize = 64;

/// Lines handed to a worker thread: their bytes, where each line ends, and
/// how many input lines came before them (for error messages).
struct Job {
    bytes: Vec<u8>,
    ends: Vec<usize>,
    first_line: usize,
}

impl Job {
    fn lines(&self) -> Vec<&[u8]> {
        split_ends(&self.bytes, &self.ends)
    }
}

fn split_ends<'a>(bytes: &'a [u8], ends: &[usize]) -> Vec<&'a [u8]> {
    let mut from = 0;
    ends.iter()
        .map(|&to| {
            let l = bytes.get(from..to).unwrap_or_default();
            from = to;
            l
        })
        .collect()
}

/// Read `id<TAB>left<TAB>right` lines and write `id<TAB>similarity` lines, streaming.
///
/// Lines are scored in batches of what is already waiting on the input (up to
/// [`BATCH`] lines), split across the available cores (each thread keeps its
/// own word cache for the whole run), and written in input order; output is
/// flushed after each batch, so an interactive caller sees each answer at
/// once. Invalid UTF-8 is replaced, not fatal. A line without two tabs is an
/// error naming its line number.
pub fn run(input: impl Read, mut out: impl Write) -> crate::Result<()> {
    let mut input = BufReader::with_capacity(1 << 20, input);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    std::thread::scope(|scope| -> crate::Result<()> {
        let mut workers = Vec::new();
        for _ in 1..threads {
            let (job_tx, job_rx) = mpsc::channel::<Job>();
            let (res_tx, res_rx) = mpsc::channel::<crate::Result<String>>();
            scope.spawn(move || {
                let mut cache = WordCache::default();
                for job in job_rx {
                    let r = score_lines(&job.lines(), job.first_line, &mut cache);
                    if res_tx.send(r).is_err() {
                        break;
                    }
                }
            });
            workers.push((job_tx, res_rx));
        }
        let mut cache = WordCache::default();
        let mut buf: Vec<u8> = Vec::with_capacity(1 << 20);
        let mut ends: Vec<usize> = Vec::with_capacity(BATCH);
        let mut line_no = 0usize;
        loop {
            buf.clear();
            ends.clear();
            let mut eof = false;
            while ends.len() < BATCH {
                if input.read_until(b'\n', &mut buf)? == 0 {
                    eof = true;
                    break;
                }
                ends.push(buf.len());
                if input.buffer().is_empty() {
                    // nothing more is waiting: answer what we have
                    break;
                }
            }
            let lines = split_ends(&buf, &ends);
            let text = if workers.is_empty() || lines.len() < PARALLEL_MIN {
                score_lines(&lines, line_no, &mut cache)?
            } else {
                let chunk = lines.len().div_ceil(workers.len() + 1);
                let mut sent = 0;
                for (k, (job_tx, _)) in workers.iter().enumerate() {
                    let (from, to) = ((k + 1) * chunk, ((k + 2) * chunk).min(lines.len()));
                    if from >= to {
                        break;
                    }
                    let base = ends[from - 1];
                    let job = Job {
                        bytes: buf[base..ends[to - 1]].to_vec(),
                        ends: ends[from..to].iter().map(|e| e - base).collect(),
                        first_line: line_no + from,
                    };
                    if job_tx.send(job).is_err() {
                        return Err(crate::Error::Usage("a scoring thread stopped".into()));
                    }
                    sent += 1;
                }
                let mut text = score_lines(&lines[..chunk], line_no, &mut cache)?;
                for (_, res_rx) in workers.iter().take(sent) {
                    let part = res_rx
                        .recv()
                        .map_err(|_| crate::Error::Usage("a scoring thread stopped".into()))?;
                    text.push_str(&part?);
                }
                text
            };
            line_no += lines.len();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            if eof {
                return Ok(());
            }
        }
    })
}

/// Score lines (with their trailing newlines); `first_line` counts the lines before them.
fn score_lines(lines: &[&[u8]], first_line: usize, cache: &mut WordCache) -> crate::Result<String> {
    let mut out = String::with_capacity(lines.len() * 16);
    let (mut left, mut right) = (Bag::default(), Bag::default());
    for (k, raw) in lines.iter().enumerate() {
        let text = match std::str::from_utf8(raw) {
            Ok(t) => std::borrow::Cow::Borrowed(t),
            Err(_) => String::from_utf8_lossy(raw),
        };
        let text = text.trim_end_matches(['\n', '\r']);
        let Some((id, l, r)) = split_line(text) else {
            if text.trim().is_empty() {
                continue;
            }
            return Err(crate::Error::Usage(format!(
                "stdin line {}: expected id<TAB>left<TAB>right",
                first_line + k + 1
            )));
        };
        left.refill_cached(l, cache);
        right.refill_cached(r, cache);
        let s = bag_similarity(&left, &right);
        out.push_str(id);
        out.push('\t');
        format_score(&mut out, s);
        out.push('\n');
    }
    Ok(out)
}

/// Split `id<TAB>left<TAB>right` (the right part may hold more tabs).
fn split_line(text: &str) -> Option<(&str, &str, &str)> {
    let b = text.as_bytes();
    let t1 = b.iter().position(|&c| c == b'\t')?;
    let t2 = t1 + 1 + b[t1 + 1..].iter().position(|&c| c == b'\t')?;
    Some((&text[..t1], &text[t1 + 1..t2], &text[t2 + 1..]))
}

/// Write `s` (in [0, 1]) with four decimals.
fn format_score(buf: &mut String, s: f64) {
    let k = (s.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    buf.push(char::from(b'0' + (k / 10_000) as u8));
    buf.push('.');
    let frac = k % 10_000;
    for d in [1000, 100, 10, 1] {
        buf.push(char::from(b'0' + ((frac / d) % 10) as u8));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_str(input: &str) -> crate::Result<String> {
        let mut out = Vec::new();
        run(input.as_bytes(), &mut out)?;
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    #[test]
    fn each_line_gets_its_id_and_a_score_in_order() {
        let out = run_str("a\tPrices rose.\tPrices rose.\nb\tPrices rose.\tIt rained in Guam.\n")
            .expect("valid input");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines, ["a\t1.0000", "b\t0.0000"]);
    }

    #[test]
    fn a_line_without_tabs_is_a_usage_error() {
        assert!(run_str("only one column\n").is_err());
    }

    #[test]
    fn blank_lines_and_crlf_are_tolerated() {
        let out = run_str("\nx\tA b c.\tA b c.\r\n").expect("valid input");
        assert_eq!(out, "x\t1.0000\n");
    }

    #[test]
    fn large_batches_split_across_threads_keep_input_order() {
        let input: String = (0..1000)
            .map(|i| format!("{i}\tword{i} alpha beta\tword{i} alpha beta\n"))
            .collect();
        let out = run_str(&input).expect("valid input");
        let ids: Vec<usize> = out
            .lines()
            .filter_map(|l| l.split('\t').next()?.parse().ok())
            .collect();
        assert_eq!(ids, (0..1000).collect::<Vec<_>>());
        let mut bad: String = "ok\ta\tb\n".repeat(299);
        bad.push_str("broken\n");
        let err = run_str(&bad).expect_err("line 300 is malformed");
        assert!(err.to_string().contains("line 300"), "{err}");
    }

    #[test]
    fn scores_are_formatted_with_four_decimals() {
        let mut b = String::new();
        format_score(&mut b, 0.12345);
        assert_eq!(b, "0.1235");
    }
}
