//! Precision and recall of the classifier per verdict and per aspect on the
//! hand-labelled pairs in `fixtures/verdicts/*.jsonl`.
//!
//! `cargo run --example verdict_eval` prints the table and the failures;
//! `-- --show` also prints every case with its aspects and details.

use std::path::Path;

use claimdiff::classify::eval::{parse_cases, run, summary};

fn main() {
    let show = std::env::args().any(|a| a == "--show");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/verdicts");
    let mut cases = Vec::new();
    let mut files: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            eprintln!("{}: {e}", dir.display());
            std::process::exit(2);
        }
    };
    files.sort();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
    {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        match parse_cases(&text) {
            Ok(c) => cases.extend(c),
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                std::process::exit(2);
            }
        }
    }
    let outcomes = run(&cases);
    if show {
        for o in &outcomes {
            let mark = if o.problems.is_empty() {
                "ok  "
            } else {
                "FAIL"
            };
            println!("{mark} {} -> {}", o.case.id, o.got.verdict.as_str());
            for a in &o.got.aspects {
                println!(
                    "     ~ {}: {} [{}] vs [{}]",
                    a.kind.as_str(),
                    a.note,
                    a.left.join(", "),
                    a.right.join(", ")
                );
            }
            for d in &o.got.details {
                println!("     + {:?} adds: {}", d.side, d.items.join(", "));
            }
        }
        println!();
    }
    print!("{}", summary(&outcomes));
}
