//! The HTML report in a real browser: headless Chromium loads the page, and the
//! DOM it built must hold the expected elements and no trace of a script or
//! element from the articles. Screenshots (desktop and phone width) are saved
//! under the cargo target tmp dir (`target/tmp/html_chromium/`).
//!
//! Needs Debian's `chromium` (`apt-get install -y chromium`) or the binary named
//! by `CHROMIUM`; run with `cargo test --test html_chromium -- --ignored`.

mod report_fixture;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use claimdiff::report::{Format, RenderOptions};
use report_fixture::{hostile_report, render, SCRIPT, TEXTAREA};

fn chromium() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".into())
}

/// Run headless Chromium on `page` with `extra` arguments; return its stdout.
fn run_chromium(profile: &Path, page: &Path, extra: &[&str]) -> String {
    let mut cmd = Command::new(chromium());
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(extra)
    .arg(format!("file://{}", page.display()))
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    let mut child = cmd.spawn().unwrap_or_else(|e| {
        panic!(
            "cannot start {} ({e}): apt-get install -y chromium",
            chromium()
        )
    });
    let start = Instant::now();
    loop {
        match child.try_wait().expect("wait for chromium") {
            Some(_) => break,
            None if start.elapsed() > Duration::from_secs(90) => {
                let _ = child.kill();
                panic!("chromium did not finish within 90 s");
            }
            None => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    let out = child.wait_with_output().expect("chromium output");
    assert!(out.status.success(), "chromium failed: {:?}", out.status);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn shots_dir() -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR")).join("html_chromium");
    std::fs::create_dir_all(&d).expect("screenshot dir");
    d
}

fn assert_png(path: &Path) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        bytes.len() > 10_000,
        "{} is too small to show the page",
        path.display()
    );
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
}

/// What the browser's DOM must and must not contain for any report page.
fn check_dom(dom: &str) {
    for raw in ["<script", "<img", "data-pwned=\"", "<textarea", "<b>bold"] {
        assert!(
            !dom.contains(raw),
            "the browser built {raw:?} from article text"
        );
    }
    assert!(!dom.contains("<title>PWNED"), "an article script ran");
    for want in [
        "id=\"summary\"",
        "id=\"legend\"",
        "id=\"filters\"",
        "class=\"row v-",
        "&lt;script&gt;",
        "&lt;/textarea&gt;",
    ] {
        assert!(dom.contains(want), "DOM lacks {want:?}");
    }
}

#[test]
#[ignore = "needs chromium"]
fn hand_built_report_renders_in_chromium_without_running_article_scripts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("report.html");
    std::fs::write(
        &page,
        render(&hostile_report(), Format::Html, &RenderOptions::default()),
    )
    .expect("write page");
    let profile = dir.path().join("profile");
    let dom = run_chromium(&profile, &page, &["--dump-dom"]);
    check_dom(&dom);
    for want in [
        "class=\"row v-diverges a-confidence a-source\"",
        "class=\"row v-diverges a-number a-date a-entity a-polarity\"",
        "class=\"row v-agree\"",
        "class=\"row v-adds_detail\"",
        "class=\"row v-only_in\"",
        "<del>Twelve</del>",
        "<ins>Fifteen</ins>",
        "50%",
    ] {
        assert!(dom.contains(want), "DOM lacks {want:?}");
    }
    assert!(dom.contains("<title>claimdiff: A vs B</title>"));
    let shots = shots_dir();
    for (name, size) in [
        ("hostile-desktop.png", "1200,1600"),
        ("hostile-phone.png", "390,1600"),
    ] {
        let shot = shots.join(name);
        let _ = std::fs::remove_file(&shot);
        run_chromium(
            &profile,
            &page,
            &[
                &format!("--screenshot={}", shot.display()),
                &format!("--window-size={size}"),
            ],
        );
        assert_png(&shot);
    }
}

#[test]
#[ignore = "needs chromium"]
fn cli_report_of_hostile_articles_renders_as_text_in_chromium() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = dir.path().join("x\" onerror=alert(1) <b>.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(
        &a,
        format!("Harbour bridge shut\n\nThe bridge was closed on Monday {SCRIPT} after a crash.\n\nTwelve people were hurt {TEXTAREA}, police said.\n"),
    )
    .expect("write a");
    std::fs::write(
        &b,
        "Bridge closed\n\nThe bridge was closed on Monday after a crash, officials said.\n\nFifteen people were hurt <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">, police said.\n",
    )
    .expect("write b");
    let page = dir.path().join("cli.html");
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .arg("compare")
        .args([&a, &b])
        .args(["--format", "html", "-o"])
        .arg(&page)
        .output()
        .expect("run claimdiff");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dom = run_chromium(&dir.path().join("profile"), &page, &["--dump-dom"]);
    check_dom(&dom);
    assert!(
        dom.contains("x&quot; onerror=alert(1) &lt;b&gt;.txt")
            || dom.contains("x\" onerror=alert(1) &lt;b&gt;.txt")
    );
    let shot = shots_dir().join("cli.png");
    run_chromium(
        &dir.path().join("profile"),
        &page,
        &[
            &format!("--screenshot={}", shot.display()),
            "--window-size=1200,1600",
        ],
    );
    assert_png(&shot);
}
