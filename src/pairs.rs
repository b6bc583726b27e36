//! The `pairs` command: score claim pairs read as `id<TAB>left<TAB>right` lines.

use std::io::{BufRead, Write};

use crate::align::{similarity, Idf};
use crate::features::Features;

/// Read `id<TAB>left<TAB>right` lines and write `id<TAB>similarity` lines, streaming.
///
/// A line without two tabs is an error naming its line number.
pub fn run(input: impl BufRead, mut out: impl Write) -> crate::Result<()> {
    let idf = Idf::default();
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        let mut cols = line.splitn(3, '\t');
        let (Some(id), Some(l), Some(r)) = (cols.next(), cols.next(), cols.next()) else {
            if line.trim().is_empty() {
                continue;
            }
            return Err(crate::Error::Usage(format!(
                "stdin line {}: expected id<TAB>left<TAB>right",
                n + 1
            )));
        };
        let s = similarity(&Features::extract(l), &Features::extract(r), &idf);
        writeln!(out, "{id}\t{s:.4}")?;
    }
    out.flush()?;
    Ok(())
}
