//! Input layer: HTML and Markdown extraction, and hostile inputs (exit 2, one clear line, no panic).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use claimdiff::input::{read_article, read_article_with, InputFormat, InputOptions};
use predicates::prelude::*;

fn fixture(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(p)
}

fn claimdiff() -> Command {
    let mut cmd = Command::cargo_bin("claimdiff").expect("binary built");
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

#[test]
fn html_pages_yield_the_article_paragraphs() {
    for name in ["harbour-fire", "council-vote"] {
        let article = read_article(&fixture(&format!("html/{name}.html")), "A").unwrap();
        let want = std::fs::read_to_string(fixture(&format!("html/{name}.expected.txt"))).unwrap();
        assert_eq!(article.text.trim_end(), want.trim_end(), "{name}");
        for junk in [
            "cookie",
            "Share on",
            "Most read",
            "Related stories",
            "Sign up",
            "track(",
            "Advert",
        ] {
            assert!(
                !article.text.contains(junk),
                "{name}: kept page furniture {junk:?}"
            );
        }
    }
}

#[test]
fn html_metadata_is_read() {
    let a = read_article(&fixture("html/harbour-fire.html"), "A").unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Fire closes Port Alder harbour for second day")
    );
    assert_eq!(a.byline.as_deref(), Some("Dana Whitlock"));
    assert!(
        a.date
            .as_deref()
            .is_some_and(|d| d.starts_with("2024-03-14")),
        "{:?}",
        a.date
    );
}

#[test]
fn html_is_detected_by_content_on_stdin() {
    let page = std::fs::read_to_string(fixture("html/council-vote.html")).unwrap();
    claimdiff()
        .args(["segment", "-"])
        .write_stdin(page)
        .assert()
        .success()
        .stdout(predicate::str::contains("voted 7-2 on Monday"))
        .stdout(predicate::str::contains("<").not());
}

#[test]
fn input_format_overrides_detection() {
    let o = InputOptions {
        format: InputFormat::Text,
        ..Default::default()
    };
    let a = read_article_with(&fixture("html/council-vote.html"), "A", &o).unwrap();
    assert!(a.text.contains("<div"), "read as text, tags kept");
}

#[test]
fn markdown_keeps_only_prose() {
    let a = read_article(&fixture("markdown/storm.md"), "A").unwrap();
    assert_eq!(a.title.as_deref(), Some("Storm hits coast"));
    assert_eq!(
        a.text,
        "Storm hits coast\n\nThe storm reached the coast on Friday.\n\nPower was cut to 4,000 homes.\n\nTwo roads were closed."
    );
}

#[test]
fn html_and_text_sources_compare() {
    claimdiff()
        .args(["compare", "--format", "json"])
        .arg(fixture("html/council-vote.html"))
        .arg(fixture("html/council-vote.expected.txt"))
        .assert()
        .success()
        .stdout(predicate::str::contains("\"agreement\": 1.0"));
}

/// Each hostile input: exit 2, exactly one line on stderr naming the problem, no panic.
fn assert_clean_failure(args: &[&str], stdin: Option<Vec<u8>>, needle: &str) {
    let mut cmd = claimdiff();
    cmd.args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s);
    }
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert_eq!(err.lines().count(), 1, "{args:?}: one line expected: {err}");
    assert!(err.contains(needle), "{args:?}: {err:?} lacks {needle:?}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn hostile_inputs_fail_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    };
    let empty = write("empty.txt", b"");
    let blank = write("blank.txt", b" \n\t\n  \n");
    let binary = write("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let bad = write("latin1.txt", b"Caf\xe9 owners said prices rose.");
    let odd16 = write("odd16.txt", b"\xff\xfeA\0B");
    let no_article = write(
        "nav.html",
        b"<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>",
    );
    let seed = "seeds/china-denial-a.txt";
    assert_clean_failure(&["segment", &empty], None, "empty.txt: empty article");
    assert_clean_failure(&["segment", &blank], None, "blank.txt: empty article");
    assert_clean_failure(
        &["segment", &binary],
        None,
        "image.png: looks like binary data",
    );
    assert_clean_failure(
        &["compare", seed, &bad],
        None,
        "latin1.txt: invalid UTF-8 at byte offset 3",
    );
    assert_clean_failure(&["segment", &odd16], None, "odd16.txt: invalid UTF-16");
    assert_clean_failure(
        &["segment", &no_article],
        None,
        "nav.html: no article text found",
    );
    assert_clean_failure(&["segment", "seeds"], None, "seeds: is a directory");
    assert_clean_failure(&["compare", seed, "missing.txt"], None, "missing.txt");
    assert_clean_failure(&["segment", "-"], Some(b"".to_vec()), "-: empty article");
    assert_clean_failure(
        &["segment", "--max-bytes", "10", seed],
        None,
        "larger than the limit of 10 bytes",
    );
}

#[test]
fn utf16_with_bom_is_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("utf16.txt");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(
        "Prices rose. Shares fell."
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    std::fs::write(&p, bytes).unwrap();
    claimdiff()
        .arg("segment")
        .arg(&p)
        .assert()
        .success()
        .stdout("Prices rose.\nShares fell.\n");
}

#[test]
fn a_200_mb_file_is_refused_with_a_size_message() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("huge.txt");
    let f = std::fs::File::create(&p).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap(); // sparse: costs no disk
    claimdiff()
        .arg("segment")
        .arg(&p)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("huge.txt: larger than the limit"));
}

#[test]
fn output_never_overwrites_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::copy("seeds/china-denial-a.txt", &a).unwrap();
    let before = std::fs::read(&a).unwrap();
    claimdiff()
        .args(["compare", "seeds/techtimes-volt-typhoon-b.txt"])
        .arg(&a)
        .arg("-o")
        .arg(&a)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing to overwrite"));
    assert_eq!(std::fs::read(&a).unwrap(), before);
}
