//! Command-line tests: every command, format and exit status.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::PathBuf;

const SEED_A: &str = "seeds/china-denial-a.txt";
const SEED_B: &str = "seeds/techtimes-volt-typhoon-b.txt";

/// The binary with a clean environment, so runs don't depend on the caller.
fn claimdiff() -> Command {
    let mut cmd = Command::cargo_bin("claimdiff").expect("binary built");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

fn temp_file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).expect("write temp file");
    p
}

#[test]
fn compare_seeds_text_succeeds() {
    claimdiff()
        .args(["compare", SEED_A, SEED_B])
        .assert()
        .success()
        .stdout(predicate::str::contains("A vs B: agreement"))
        .stdout(predicate::str::contains("ONLY IN B"))
        .stderr(predicate::str::is_empty());
}

#[test]
fn compare_seeds_json_has_contract_fields() {
    let out = claimdiff()
        .args(["compare", SEED_A, SEED_B, "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["sources"].as_array().unwrap().len(), 2);
    let claim = &v["sources"][0]["claims"][0];
    for field in ["id", "kind", "text", "start", "end", "confidence", "cues"] {
        assert!(!claim[field].is_null(), "claim field {field} missing");
    }
    let cmp = &v["comparisons"][0];
    for field in [
        "left",
        "right",
        "agreement",
        "counts",
        "links",
        "only_left",
        "only_right",
    ] {
        assert!(!cmp[field].is_null(), "comparison field {field} missing");
    }
}

#[test]
fn compare_is_deterministic() {
    let run = || {
        claimdiff()
            .args(["compare", SEED_A, SEED_B, "--format", "json"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run(), run());
}

#[test]
fn compare_reads_stdin_for_dash() {
    let text = std::fs::read_to_string(SEED_B).unwrap();
    claimdiff()
        .args(["compare", SEED_A, "-", "--format", "json"])
        .write_stdin(text)
        .assert()
        .success()
        .stdout(predicate::str::contains("\"path\": \"-\""));
}

#[test]
fn labels_replace_default_letters() {
    claimdiff()
        .args(["compare", SEED_A, SEED_B, "--label", "ap,tt"])
        .assert()
        .success()
        .stdout(predicate::str::contains("ap vs tt"));
}

#[test]
fn min_agreement_above_score_exits_1() {
    claimdiff()
        .args(["compare", SEED_A, SEED_B, "--min-agreement", "0.99"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("below --min-agreement"));
}

#[test]
fn min_agreement_zero_exits_0() {
    claimdiff()
        .args(["compare", SEED_A, SEED_B, "--min-agreement", "0"])
        .assert()
        .success();
}

#[test]
fn fail_on_only_in_exits_1() {
    claimdiff()
        .args(["compare", SEED_A, SEED_B, "--fail-on", "only_in"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("only_in"));
}

#[test]
fn fail_on_unknown_finding_is_usage_error() {
    claimdiff()
        .args(["compare", SEED_A, SEED_B, "--fail-on", "bogus"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown finding 'bogus'"));
}

#[test]
fn identical_articles_have_full_agreement() {
    claimdiff()
        .args([
            "compare",
            SEED_A,
            SEED_A,
            "--format",
            "json",
            "--fail-on",
            "diverges,only_in",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"agreement\": 1.0"));
}

#[test]
fn output_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    claimdiff()
        .args(["compare", SEED_A, SEED_B, "--format", "json", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out).unwrap()).unwrap();
    assert_eq!(v["schema_version"], 1);
}

#[test]
fn missing_file_exits_2_naming_it() {
    claimdiff()
        .args(["compare", SEED_A, "no/such/file.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/file.txt"))
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn segment_of_a_directory_exits_2() {
    claimdiff()
        .args(["segment", "seeds"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("seeds: is a directory"));
}

#[test]
fn a_folder_expands_to_its_sources() {
    claimdiff()
        .args(["compare", "seeds", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("seeds/china-denial-a.txt"))
        .stdout(predicate::str::contains(
            "seeds/techtimes-volt-typhoon-b.txt",
        ));
}

#[test]
fn a_folder_without_sources_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    claimdiff()
        .args(["compare", SEED_A])
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("folder has no source files"));
}

#[test]
fn invalid_utf8_exits_2_with_offset() {
    let dir = tempfile::tempdir().unwrap();
    let bad = temp_file(&dir, "bad.txt", b"Valid start. Then \xff\xfe broken.");
    claimdiff()
        .args(["compare", SEED_A])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid UTF-8 at byte offset 18"))
        .stderr(predicate::str::contains("bad.txt"));
}

#[test]
fn empty_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let empty = temp_file(&dir, "empty.txt", b"  \n\n \t\n");
    claimdiff()
        .args(["compare", SEED_A])
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("empty.txt: empty article"));
}

#[test]
fn binary_file_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let bin = temp_file(&dir, "blob.bin", b"\x7fELF\x02\x01\x01\x00\x00\x00");
    claimdiff()
        .args(["segment"])
        .arg(&bin)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("binary"));
}

#[test]
fn one_file_is_a_usage_error() {
    claimdiff()
        .args(["compare", SEED_A])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("at least two sources, got 1"));
}

#[test]
fn stdin_twice_is_a_usage_error() {
    claimdiff()
        .args(["compare", "-", "-"])
        .write_stdin("A sentence.")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("only once"));
}

#[test]
fn segment_text_prints_one_claim_a_line() {
    claimdiff()
        .args(["segment", "--format", "text"])
        .write_stdin("First claim here,\nand it continues. Second one follows!\n")
        .assert()
        .success()
        .stdout("First claim here, and it continues.\nSecond one follows!\n");
}

#[test]
fn segment_jsonl_has_offsets_into_the_text() {
    let text = "Officials said the plant closed. It may reopen in May.";
    let out = claimdiff()
        .args(["segment", "--format", "jsonl"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    for l in &lines {
        let (s, e) = (l["start"].as_u64().unwrap(), l["end"].as_u64().unwrap());
        assert_eq!(&text[s as usize..e as usize], l["text"].as_str().unwrap());
        assert!(l["confidence"].is_string());
        assert!(l["cues"].is_array());
    }
}

#[test]
fn segment_presplit_keeps_lines() {
    claimdiff()
        .args(["segment", "--presplit"])
        .write_stdin("One. Two.\nThree\n\nFour.\n")
        .assert()
        .success()
        .stdout("One. Two.\nThree\nFour.\n");
}

#[test]
fn segment_reads_a_file() {
    claimdiff()
        .args(["segment", SEED_B])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Stay posted here at Tech Times.\n",
        ));
}

#[test]
fn pairs_prints_one_score_per_line_in_order() {
    let out = claimdiff()
        .arg("pairs")
        .write_stdin("p1\tChina rejected the claims.\tChina rejected the claims.\np2\tThe cat sat.\tMarkets fell sharply in Tokyo.\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<(&str, f64)> = text
        .lines()
        .map(|l| {
            let mut c = l.split('\t');
            (c.next().unwrap(), c.next().unwrap().parse().unwrap())
        })
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].0, "p1");
    assert_eq!(rows[1].0, "p2");
    assert!(
        rows[0].1 > 0.9,
        "identical claims score high: {}",
        rows[0].1
    );
    assert!(rows[1].1 < rows[0].1);
    assert!((0.0..=1.0).contains(&rows[1].1));
}

#[test]
fn pairs_answers_each_line_while_the_input_stays_open() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command as Std, Stdio};
    let mut child = Std::new(env!("CARGO_BIN_EXE_claimdiff"))
        .arg("pairs")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap_or_default()).is_err() {
                break;
            }
        }
    });
    for id in ["q1", "q2"] {
        writeln!(stdin, "{id}\tPrices rose.\tPrices rose.").expect("write");
        stdin.flush().expect("flush");
        let got = rx
            .recv_timeout(std::time::Duration::from_secs(20))
            .expect("an answer before the input ends");
        assert_eq!(got, format!("{id}\t1.0000"));
    }
    drop(stdin);
    assert!(child.wait().expect("exits").success());
    reader.join().expect("reader");
}

#[test]
fn pairs_verdict_adds_the_verdict_and_aspects_columns() {
    let out = claimdiff()
        .args(["pairs", "--verdict"])
        .write_stdin(
            "a\tThe minister resigned.\tThe minister did not resign.\n\
             b\tThe State Department said the hackers targeted Guam.\tThe NSA said the hackers targeted Guam.\n",
        )
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows.len(), 2, "{text}");
    assert_eq!(rows[0][2..], ["diverges", "polarity"], "{text}");
    assert_eq!(rows[1][2..], ["diverges", "source"], "{text}");
}

#[test]
fn pairs_rejects_malformed_line() {
    claimdiff()
        .arg("pairs")
        .write_stdin("only-one-column\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 1"));
}

#[test]
fn version_and_help_exit_0() {
    claimdiff().arg("--version").assert().success();
    claimdiff()
        .args(["compare", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--fail-on"));
}

#[test]
fn threshold_outside_unit_range_is_usage_error() {
    claimdiff()
        .args(["compare", SEED_A, SEED_B, "--threshold", "1.5"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--threshold 1.5"));
}

#[test]
fn a_stricter_threshold_links_fewer_claims() {
    let links = |t: &str| -> usize {
        let out = claimdiff()
            .args([
                "compare",
                SEED_A,
                SEED_B,
                "--format",
                "json",
                "--threshold",
                t,
            ])
            .output()
            .expect("runs");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        v["comparisons"][0]["links"].as_array().map_or(0, Vec::len)
    };
    assert!(
        links("0.9") < links("0.3"),
        "{} vs {}",
        links("0.9"),
        links("0.3")
    );
}

#[test]
fn config_file_sets_options_and_flags_win() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cfg = temp_file(
        &dir,
        "claimdiff.toml",
        b"format = \"json\"\nfail-on = [\"only_in\"]\nlabels = [\"Left\", \"Right\"]\n",
    );
    let out = claimdiff()
        .args(["compare", SEED_A, SEED_B, "--config"])
        .arg(&cfg)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "fail-on from the file applies");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json from the file");
    assert_eq!(v["sources"][0]["label"], "Left");
    claimdiff()
        .args([
            "compare",
            SEED_A,
            SEED_B,
            "--format",
            "markdown",
            "--fail-on",
            "number:x",
        ])
        .arg("--config")
        .arg(&cfg)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--fail-on"));
    claimdiff()
        .args([
            "compare", SEED_A, SEED_B, "--format", "markdown", "--config",
        ])
        .arg(&cfg)
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with("#").or(predicate::str::contains("|")));
}

#[test]
fn a_bad_config_file_exits_2_naming_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cfg = temp_file(&dir, "bad.toml", b"treshold = 0.4\n");
    claimdiff()
        .args(["compare", SEED_A, SEED_B, "--config"])
        .arg(&cfg)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.toml").and(predicate::str::contains("treshold")));
    claimdiff()
        .args(["compare", SEED_A, SEED_B, "--config", "no/such/file.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/file.toml"));
}
