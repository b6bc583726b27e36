//! The README stays true: it names exactly the two set-up commands, and the
//! seeds output it shows is what the first one prints today.

mod common;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md")
}

/// The body of the first fenced block of `lang` after the line containing `marker`.
fn block_after(text: &str, marker: &str, lang: &str) -> String {
    let start = text
        .find(marker)
        .unwrap_or_else(|| panic!("README lacks {marker:?}"));
    let rest = &text[start..];
    let fence = format!("```{lang}\n");
    let open = rest.find(&fence).expect("a fenced block") + fence.len();
    let close = rest[open..].find("\n```").expect("a closed block");
    rest[open..open + close].to_string()
}

#[test]
fn readme_names_the_two_setup_commands() {
    let setup = block_after(&readme(), "## Set up and run", "sh");
    let commands: Vec<&str> = setup.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(
        commands,
        [
            "cargo run --release -- compare seeds/china-denial-a.txt seeds/techtimes-volt-typhoon-b.txt",
            "cargo test",
        ]
    );
    for seed in [common::SEED_A, common::SEED_B] {
        assert!(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(seed)
                .is_file(),
            "{seed} is missing"
        );
    }
}

#[test]
fn readme_shows_the_current_seeds_output() {
    let shown = block_after(&readme(), "Real output of the first command", "text");
    let out = common::seeds_compare()
        .args(["--color", "never"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let printed = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(
        shown.trim_end(),
        printed.trim_end(),
        "README.md's seeds output is stale: regenerate it (COLUMNS=100, --color never)"
    );
}
