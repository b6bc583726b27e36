//! Dev tool: print each claim's best-scoring counterparts between two articles.
//!
//! `cargo run --release --example top_links -- a.txt b.txt [N]`

use claimdiff::align::{candidate_edges, weighted_bags, AlignOptions};
use claimdiff::compare::analyse;
use claimdiff::features::Features;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err("usage: top_links A B [N]".into());
    };
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(3);
    let read = |p: &str, l: &str| claimdiff::input::read_article(std::path::Path::new(p), l);
    let (aa, bb) = (
        analyse(&read(a, "A")?, false),
        analyse(&read(b, "B")?, false),
    );
    let keep = |x: &claimdiff::compare::Analysed| -> Vec<usize> {
        (0..x.source.claims.len())
            .filter(|&i| x.source.claims[i].kind.is_compared())
            .collect()
    };
    let (ia, ib) = (keep(&aa), keep(&bb));
    let fa: Vec<&Features> = ia.iter().map(|&i| &aa.features[i]).collect();
    let fb: Vec<&Features> = ib.iter().map(|&i| &bb.features[i]).collect();
    let (la, lb) = weighted_bags(&fa, &fb);
    let edges = candidate_edges(&la, &lb, 0.05, &AlignOptions::default().index);
    for (k, &i) in ia.iter().enumerate() {
        let c = &aa.source.claims[i];
        println!("{} {}", c.id, c.text.chars().take(100).collect::<String>());
        for e in edges.iter().filter(|e| e.i == k).take(n) {
            let d = &bb.source.claims[ib[e.j]];
            let (ca, cb) = claimdiff::align::score::coverages(&la[k], &lb[e.j]);
            println!(
                "    {:.3} dice {:.3} [{:.2}/{:.2} {:.2}/{:.2} u{:.2},{:.2}] {} {}",
                e.s,
                claimdiff::align::score::combine_with(&ca, &cb, 0.0, 0.0),
                ca.matched,
                ca.total,
                cb.matched,
                cb.total,
                ca.unmatched_content,
                cb.unmatched_content,
                d.id,
                d.text.chars().take(70).collect::<String>()
            );
        }
    }
    Ok(())
}
