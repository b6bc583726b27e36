//! Helpers shared by integration tests.

use assert_cmd::Command;

/// The first seed article.
pub const SEED_A: &str = "seeds/china-denial-a.txt";
/// The second seed article.
pub const SEED_B: &str = "seeds/techtimes-volt-typhoon-b.txt";

/// `claimdiff compare SEED_A SEED_B` as the README shows it: run from the
/// repository root with a clean environment and 100 columns.
pub fn seeds_compare() -> Command {
    let mut cmd = Command::cargo_bin("claimdiff").expect("binary built");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("COLUMNS", "100")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["compare", SEED_A, SEED_B]);
    cmd
}
