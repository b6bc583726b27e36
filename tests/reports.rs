//! Report formats on a hand-built report with every verdict and aspect and hostile
//! text, plus the CLI around them: --fail-on, baselines, completions, man page and
//! the CI workflow in docs/github-workflow.yml run end to end on fixtures/ci/.

mod report_fixture;

use std::path::{Path, PathBuf};
use std::process::Command;

use claimdiff::report::{Format, RenderOptions};
use report_fixture::{hostile_report, render, IMG, ONERROR, SCRIPT, TEXTAREA};
use serde_json::Value;

fn opts() -> RenderOptions {
    RenderOptions::default()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_claimdiff"));
    c.current_dir(root())
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("COLUMNS");
    c
}

// ---------- HTML ----------

#[test]
fn html_escapes_every_hostile_string() {
    let html = render(&hostile_report(), Format::Html, &opts());
    for raw in [
        SCRIPT,
        ONERROR,
        IMG,
        TEXTAREA,
        "<script",
        "<img",
        "</textarea",
        "<b>bold",
    ] {
        assert!(!html.contains(raw), "unescaped {raw:?} in HTML");
    }
    assert!(html.contains("&lt;script&gt;document.title=&#39;PWNED&#39;"));
    assert!(html.contains("&quot; onerror=alert(1) x=&quot;"));
    assert!(html.contains("&lt;/textarea&gt;"));
    assert!(
        html.contains("news/&lt;img src=x onerror="),
        "file names are escaped too"
    );
}

#[test]
fn html_is_self_contained_and_forbids_scripts() {
    let html = render(&hostile_report(), Format::Html, &opts());
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains("default-src 'none'"));
    assert!(html.contains("name=\"viewport\""));
    for fetch in ["http://", "https://", "src=\"", "<link", "@import", "url("] {
        assert!(!html.contains(fetch), "HTML would fetch {fetch:?}");
    }
}

#[test]
fn html_has_summary_legend_filters_and_every_verdict_and_aspect() {
    let html = render(&hostile_report(), Format::Html, &opts());
    for id in [
        "id=\"summary\"",
        "id=\"legend\"",
        "id=\"filters\"",
        "id=\"cmp-1\"",
    ] {
        assert!(html.contains(id), "missing {id}");
    }
    assert!(html.contains("<span class=\"score\">50%</span>"));
    for v in ["agree", "adds_detail", "diverges", "only_in"] {
        assert!(html.contains(&format!("row v-{v}")), "no row for {v}");
        assert!(html.contains(&format!("id=\"f-{v}\"")), "no filter for {v}");
    }
    for a in [
        "confidence",
        "source",
        "number",
        "date",
        "entity",
        "polarity",
    ] {
        assert!(html.contains(&format!(" a-{a}")), "no row with aspect {a}");
        assert!(
            html.contains(&format!("id=\"a-{a}\"")),
            "no filter for aspect {a}"
        );
    }
    // Word diff: "Twelve" removed on the left, "Fifteen" added on the right.
    assert!(html.contains("<del>Twelve</del>"));
    assert!(html.contains("<ins>Fifteen</ins>"));
    // One-to-many link shows both left ids in one row.
    assert!(html.contains("<span class=\"id\">A4</span><span class=\"id\">A5</span>"));
    assert!(html.contains("hedged</span>"), "confidence badge");
    assert!(html.contains("Pier 4"), "details");
    assert!(html.contains("boilerplate line(s)"));
}

#[test]
fn html_rows_follow_reading_order() {
    let html = render(&hostile_report(), Format::Html, &opts());
    let at = |s: &str| html.find(s).unwrap_or_else(|| panic!("{s} missing"));
    // Links in left order, left-only claims in place, right-only claims after
    // the link that precedes them on the right.
    assert!(at(">A2<") < at(">A3<"));
    assert!(at(">A6<") < at(">A7<"));
    assert!(at(">B5<") < at(">B6<"));
}

#[test]
fn every_format_is_deterministic() {
    for f in [
        Format::Text,
        Format::Json,
        Format::Markdown,
        Format::Html,
        Format::Github,
    ] {
        assert_eq!(
            render(&hostile_report(), f, &opts()),
            render(&hostile_report(), f, &opts())
        );
    }
}

// ---------- Markdown ----------

#[test]
fn markdown_has_table_and_sections_and_no_markup_from_articles() {
    let md = render(&hostile_report(), Format::Markdown, &opts());
    assert!(md.contains("| Sources | Agreement |"));
    assert!(md.contains("| A vs B | 50% | 1 | 1 | 2 | 2 | 3 |"));
    for section in [
        "#### Diverges (2)",
        "#### Only in B, not in A (3)",
        "#### Only in A, not in B (2)",
        "#### Adds detail (1)",
        "<details><summary>Agree (1)</summary>",
    ] {
        assert!(md.contains(section), "missing {section}");
    }
    for raw in ["<script", "<img", "</textarea", "<b>"] {
        assert!(!md.contains(raw), "unescaped {raw:?} in Markdown");
    }
    assert!(md.contains("old tunnel \\| 50% slower \\*today\\* \\@octocat"));
    assert!(md.contains("*number*: different number"));
    assert!(md.contains("B adds: Pier 4"));
    // Claims with line breaks stay on one list line.
    assert!(md.contains("service: line one, line two"));
}

#[test]
fn markdown_is_truncated_to_the_bound_with_a_note() {
    let mut report = hostile_report();
    let extra: Vec<String> = report.sources[1]
        .claims
        .iter()
        .map(|c| c.id.clone())
        .collect();
    for _ in 0..200 {
        report.comparisons[0]
            .only_right
            .extend(extra.iter().cloned());
    }
    let o = RenderOptions {
        markdown_limit: 6_000,
        ..opts()
    };
    let md = render(&report, Format::Markdown, &o);
    assert!(md.len() <= 6_000, "{} bytes", md.len());
    assert!(md.contains("**Truncated:**"));
    assert!(md.contains("more finding(s) not shown"));
    assert_eq!(
        md.matches("<details>").count(),
        md.matches("</details>").count()
    );
    let full = render(&hostile_report(), Format::Markdown, &opts());
    assert!(!full.contains("Truncated"));
}

// ---------- GitHub ----------

#[test]
fn github_annotations_put_divergences_first_at_claim_lines() {
    let out = render(&hostile_report(), Format::Github, &opts());
    let lines: Vec<&str> = out.lines().collect();
    // 2 diverges + 3 only in B + 2 only in A.
    assert_eq!(lines.len(), 7, "{out}");
    assert!(lines.iter().all(|l| l.starts_with("::warning file=")));
    assert!(lines[0].contains(",line=5,") && lines[0].contains("on number%2C date"));
    assert!(lines[1].contains(",line=3,") && lines[1].contains("on confidence%2C source"));
    assert!(lines[2].contains("file=news/b%250A.txt,line=11,"));
    assert!(lines[5].contains("only in A%2C not in B"));
    // Properties escape : and , ; the message escapes newlines and % only.
    assert!(lines[5].contains("file=news/<img src=x onerror=\"document.body.setAttribute('data-pwned'%2C'2')\">a%2Cb%3Ac.txt,line=9,"));
    let ferry = lines
        .iter()
        .find(|l| l.contains("Ferries"))
        .expect("B8 annotated");
    assert!(
        ferry.contains("service: line one, line two"),
        "claims are flattened"
    );
    assert!(lines[1].contains("%0Aconfidence: left hedges what right asserts"));
    assert!(!out.contains('\r'));
}

#[test]
fn github_prints_at_most_ten_annotations_and_says_how_many_more() {
    let mut report = hostile_report();
    let extra: Vec<String> = report.sources[1]
        .claims
        .iter()
        .map(|c| c.id.clone())
        .collect();
    report.comparisons[0]
        .only_right
        .extend(extra.iter().cloned());
    report.comparisons[0].only_right.extend(extra);
    let out = render(&report, Format::Github, &opts());
    assert_eq!(out.matches("::warning ").count(), 10);
    assert!(out.contains("claimdiff: 13 more findings not annotated"));
}

#[test]
fn with_a_baseline_only_new_findings_are_annotated_and_marked() {
    let old = hostile_report();
    let o = RenderOptions {
        baseline: Some(claimdiff::baseline::Baseline::from_report(&old)),
        ..opts()
    };
    let mut report = hostile_report();
    // B3 now says something else: its diverging link is a new finding.
    report.sources[1].claims[2].text = "Sixteen people were hurt on Sunday.".into();
    let gh = render(&report, Format::Github, &o);
    assert_eq!(gh.matches("::warning").count(), 1, "{gh}");
    assert!(gh.contains("Sixteen"));
    assert!(gh.contains("claimdiff: 6 known findings (in the baseline) not annotated"));
    let md = render(&report, Format::Markdown, &o);
    assert!(md.contains("#### Diverges (2, 1 new)"));
    assert_eq!(md.matches("**new**").count(), 1);
    let html = render(&report, Format::Html, &o);
    assert_eq!(
        html.matches("<span class=\"chip new\">new</span>").count(),
        1
    );
    // Without changes, nothing is new.
    let same = render(&old, Format::Github, &o);
    assert!(!same.contains("::warning"));
}

// ---------- Text ----------

#[test]
fn text_wraps_to_width_and_colours_only_when_asked() {
    let o = RenderOptions {
        width: 60,
        ..opts()
    };
    let plain = render(&hostile_report(), Format::Text, &o);
    assert!(!plain.contains('\x1b'));
    for line in plain.lines() {
        let long_word = line.split(' ').any(|w| w.chars().count() > 40);
        assert!(line.chars().count() <= 60 || long_word, "too long: {line}");
    }
    for want in [
        "DIVERGES",
        "ADDS DETAIL",
        "AGREE",
        "ONLY IN A",
        "ONLY IN B",
        "BOILERPLATE",
    ] {
        assert!(plain.contains(want), "missing {want}");
    }
    let coloured = render(
        &hostile_report(),
        Format::Text,
        &RenderOptions { color: true, ..o },
    );
    assert!(coloured.contains("\x1b[31mDIVERGES\x1b[0m"));
}

#[test]
fn cli_colour_follows_no_color_and_clicolor_force() {
    let args = [
        "compare",
        "fixtures/ci/reference.txt",
        "fixtures/ci/sources/valley-courier.txt",
    ];
    let out = bin().args(args).output().expect("run");
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains('\x1b'),
        "pipe: no colour"
    );
    let out = bin()
        .args(args)
        .env("CLICOLOR_FORCE", "1")
        .output()
        .expect("run");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains('\x1b'),
        "forced colour"
    );
    let out = bin()
        .args(args)
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1")
        .output()
        .expect("run");
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains('\x1b'),
        "NO_COLOR wins"
    );
    let out = bin().args(args).env("COLUMNS", "50").output().expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.lines().all(|l| l.chars().count() <= 50), "{text}");
}

// ---------- JSON and its schema ----------

/// A validator for the JSON Schema subset docs/report.schema.json uses: type,
/// properties, required, items, enum, minimum, maximum and local $ref. Any other
/// keyword is an error, so the schema cannot silently outgrow the validator.
fn validate(schema: &Value, root: &Value, v: &Value, at: &str, errs: &mut Vec<String>) {
    let Some(obj) = schema.as_object() else {
        errs.push(format!("{at}: schema is not an object"));
        return;
    };
    for (k, s) in obj {
        match k.as_str() {
            "$schema" | "$id" | "title" | "description" | "$defs" => {}
            "$ref" => {
                let name = s.as_str().and_then(|r| r.strip_prefix("#/$defs/"));
                match name.and_then(|n| root["$defs"].get(n)) {
                    Some(target) => validate(target, root, v, at, errs),
                    None => errs.push(format!("{at}: bad $ref {s}")),
                }
            }
            "type" => {
                let types: Vec<&str> = match s {
                    Value::String(t) => vec![t.as_str()],
                    Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                    _ => vec![],
                };
                let ok = types.iter().any(|t| match *t {
                    "object" => v.is_object(),
                    "array" => v.is_array(),
                    "string" => v.is_string(),
                    "integer" => v.is_u64() || v.is_i64(),
                    "number" => v.is_number(),
                    "boolean" => v.is_boolean(),
                    "null" => v.is_null(),
                    _ => false,
                });
                if !ok {
                    errs.push(format!("{at}: {v} is not of type {s}"));
                }
            }
            "enum" => {
                if !s.as_array().is_some_and(|a| a.contains(v)) {
                    errs.push(format!("{at}: {v} not in {s}"));
                }
            }
            "minimum" | "maximum" => {
                if let (Some(x), Some(b)) = (v.as_f64(), s.as_f64()) {
                    if (k == "minimum" && x < b) || (k == "maximum" && x > b) {
                        errs.push(format!("{at}: {x} out of {k} {b}"));
                    }
                }
            }
            "required" => {
                for name in s.as_array().into_iter().flatten().filter_map(Value::as_str) {
                    if v.is_object() && v.get(name).is_none() {
                        errs.push(format!("{at}: missing {name}"));
                    }
                }
            }
            "properties" => {
                if let (Some(props), Some(o)) = (s.as_object(), v.as_object()) {
                    for (name, sub) in props {
                        if let Some(x) = o.get(name) {
                            validate(sub, root, x, &format!("{at}.{name}"), errs);
                        }
                    }
                }
            }
            "items" => {
                for (i, x) in v.as_array().into_iter().flatten().enumerate() {
                    validate(s, root, x, &format!("{at}[{i}]"), errs);
                }
            }
            other => errs.push(format!(
                "{at}: keyword {other} not supported by the test validator"
            )),
        }
    }
}

fn schema_errors(doc: &Value) -> Vec<String> {
    let text =
        std::fs::read_to_string(root().join("docs/report.schema.json")).expect("schema file");
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    let mut errs = Vec::new();
    validate(&schema, &schema, doc, "$", &mut errs);
    errs
}

#[test]
fn seeds_json_validates_against_the_schema() {
    let out = bin()
        .args([
            "compare",
            "seeds/china-denial-a.txt",
            "seeds/techtimes-volt-typhoon-b.txt",
            "--format",
            "json",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(schema_errors(&doc), Vec::<String>::new());
}

#[test]
fn hand_built_json_validates_and_the_validator_catches_errors() {
    let doc: Value =
        serde_json::from_str(&render(&hostile_report(), Format::Json, &opts())).expect("JSON");
    assert_eq!(schema_errors(&doc), Vec::<String>::new());
    let mut bad = doc.clone();
    bad["comparisons"][0]["links"][0]["verdict"] = "disagrees".into();
    bad["comparisons"][0]["agreement"] = 1.5.into();
    bad["sources"][0]["claims"][0]
        .as_object_mut()
        .expect("claim object")
        .remove("line");
    let errs = schema_errors(&bad);
    assert_eq!(errs.len(), 3, "{errs:?}");
}

// ---------- --fail-on, baselines ----------

fn compare(args: &[&str]) -> std::process::Output {
    bin().arg("compare").args(args).output().expect("run")
}

const REF: &str = "fixtures/ci/reference.txt";
const COURIER: &str = "fixtures/ci/sources/valley-courier.txt";

fn diverging_aspects(args: &[&str]) -> Vec<String> {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    let doc: Value = serde_json::from_slice(&compare(&a).stdout).expect("JSON");
    doc["comparisons"][0]["links"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|l| l["verdict"] == "diverges")
        .flat_map(|l| l["aspects"].as_array().cloned().unwrap_or_default())
        .filter_map(|a| a["kind"].as_str().map(String::from))
        .collect()
}

#[test]
fn fail_on_verdict_aspect_means_diverging_links_with_that_aspect() {
    let aspects = diverging_aspects(&[REF, COURIER]);
    assert!(
        !aspects.is_empty(),
        "the courier diverges from the reference"
    );
    for a in [
        "confidence",
        "source",
        "number",
        "date",
        "entity",
        "polarity",
    ] {
        let rule = format!("diverges:{a}");
        let out = compare(&[REF, COURIER, "--fail-on", &rule, "--format", "json"]);
        let want = if aspects.iter().any(|x| x == a) { 1 } else { 0 };
        assert_eq!(out.status.code(), Some(want), "{rule}");
        if want == 1 {
            assert!(String::from_utf8_lossy(&out.stderr).contains(&rule));
        }
    }
    let out = compare(&[REF, COURIER, "--fail-on", "diverges:nonsense"]);
    assert_eq!(out.status.code(), Some(2));
    let out = compare(&[
        REF,
        REF,
        "--fail-on",
        "diverges,only_in",
        "--min-agreement",
        "0.99",
    ]);
    assert_eq!(out.status.code(), Some(0), "an article agrees with itself");
    let out = compare(&[REF, COURIER, "--min-agreement", "0.99"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn baseline_fails_only_on_new_findings_whatever_the_line_numbers() {
    let dir = tempfile::tempdir().expect("tempdir");
    let base = dir.path().join("base.json");
    let base_s = base.to_str().expect("utf-8 path");
    let out = compare(&[REF, COURIER, "--write-baseline", base_s, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let written = std::fs::read_to_string(&base).expect("baseline written");
    assert!(written.contains("\"baseline_version\": 1"));
    // Same findings: known, exit 0, also with the text moved down by three lines.
    let out = compare(&[
        REF,
        COURIER,
        "--baseline",
        base_s,
        "--fail-on",
        "diverges,only_in",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let moved = dir.path().join("moved.txt");
    let text = std::fs::read_to_string(root().join(COURIER)).expect("fixture");
    std::fs::write(&moved, format!("Updated\n\n\n{text}")).expect("write");
    let moved_s = moved.to_str().expect("utf-8 path");
    let out = compare(&[REF, moved_s, "--baseline", base_s]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A new claim only in the source is a new finding.
    std::fs::write(
        &moved,
        format!("{text}\nThe mayor resigned on Friday over the fire.\n"),
    )
    .expect("write");
    let out = compare(&[REF, moved_s, "--baseline", base_s, "--fail-on", "only_in"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 new finding(s) of only_in"));
    // Without a baseline the old findings count.
    assert_eq!(
        compare(&[REF, COURIER, "--fail-on", "diverges"])
            .status
            .code(),
        Some(1)
    );
    // A baseline alone fails nothing; a broken baseline is a usage error.
    assert_eq!(
        compare(&[REF, moved_s, "--baseline", base_s]).status.code(),
        Some(0)
    );
    std::fs::write(&base, "{}").expect("write");
    assert_eq!(
        compare(&[REF, COURIER, "--baseline", base_s]).status.code(),
        Some(2)
    );
}

#[test]
fn three_sources_give_three_comparisons_in_every_format() {
    let three = [REF, COURIER, "fixtures/ci/sources/dunmore-gazette.txt"];
    let run = |f: &str| {
        let mut a = three.to_vec();
        a.extend(["--format", f]);
        let out = compare(&a);
        assert_eq!(out.status.code(), Some(0), "{f}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let md = run("markdown");
    for pair in ["| A vs B |", "| A vs C |", "| B vs C |"] {
        assert!(md.contains(pair), "missing {pair}");
    }
    let html = run("html");
    for id in ["id=\"cmp-1\"", "id=\"cmp-2\"", "id=\"cmp-3\""] {
        assert!(html.contains(id), "missing {id}");
    }
    assert_eq!(html.matches("<div class=\"card\">").count(), 3);
    assert!(run("github").matches("::warning").count() <= 10);
    let doc: Value = serde_json::from_str(&run("json")).expect("JSON");
    assert_eq!(doc["comparisons"].as_array().map(Vec::len), Some(3));
    assert_eq!(schema_errors(&doc), Vec::<String>::new());
}

// ---------- completions and man page ----------

#[test]
fn completions_and_man_page_come_from_clap() {
    let out = bin().args(["completions", "bash"]).output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("_claimdiff") && s.contains("--write-baseline"));
    let out = bin().args(["completions", "zsh"]).output().expect("run");
    assert!(String::from_utf8_lossy(&out.stdout).contains("#compdef claimdiff"));
    let out = bin().arg("man").output().expect("run");
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.starts_with(".ie") || s.contains(".TH claimdiff"), "{s}");
    assert!(s.contains("compare"));
}

// ---------- the CI workflow, end to end ----------

/// The shell script between the claimdiff-flow markers of docs/github-workflow.yml.
fn workflow_script() -> String {
    let yml = std::fs::read_to_string(root().join("docs/github-workflow.yml")).expect("workflow");
    let lines: Vec<&str> = yml.lines().collect();
    let begin = lines
        .iter()
        .position(|l| l.trim() == "# claimdiff-flow-begin")
        .expect("begin marker");
    let end = lines
        .iter()
        .position(|l| l.trim() == "# claimdiff-flow-end")
        .expect("end marker");
    let body = &lines[begin + 1..end];
    let indent = body
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    body.iter()
        .map(|l| l.get(indent..).unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

fn run_flow(work: &Path) -> (i32, String, String) {
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_claimdiff"))
        .parent()
        .expect("bin dir")
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .arg("-c")
        .arg(workflow_script())
        .current_dir(work)
        .env("PATH", path)
        .env("REFERENCE", "coverage/reference.txt")
        .env("SOURCES", "coverage/sources")
        .env("BASELINES", "coverage/baselines")
        .env("GITHUB_STEP_SUMMARY", work.join("summary.md"))
        .output()
        .expect("bash runs");
    let summary = std::fs::read_to_string(work.join("summary.md")).unwrap_or_default();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        summary,
    )
}

#[test]
fn ci_workflow_flow() {
    let dir = tempfile::tempdir().expect("tempdir");
    let work = dir.path();
    let cov = work.join("coverage");
    std::fs::create_dir_all(cov.join("sources")).expect("mkdir");
    std::fs::create_dir_all(cov.join("baselines")).expect("mkdir");
    let fx = root().join("fixtures/ci");
    std::fs::copy(fx.join("reference.txt"), cov.join("reference.txt")).expect("copy");
    for name in ["dunmore-gazette", "valley-courier"] {
        std::fs::copy(
            fx.join(format!("sources/{name}.txt")),
            cov.join(format!("sources/{name}.txt")),
        )
        .expect("copy");
    }

    // 1. No baselines: the courier's divergences are new, so the job fails.
    let (code, stdout, summary) = run_flow(work);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("::warning file=coverage/sources/valley-courier.txt,line="));
    assert!(stdout.contains("title=claimdiff%3A valley-courier diverges from reference on "));
    assert!(stdout.contains("::warning file=coverage/sources/dunmore-gazette.txt,line="));
    assert_eq!(summary.matches("## claimdiff report").count(), 2);
    assert!(summary.contains("| reference vs valley-courier |"));
    assert!(summary.contains("#### Diverges"));

    // 2. Accept the current findings of both sources: the job passes.
    for name in ["dunmore-gazette", "valley-courier"] {
        let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
            .current_dir(work)
            .args([
                "compare",
                "coverage/reference.txt",
                &format!("coverage/sources/{name}.txt"),
                "--write-baseline",
                &format!("coverage/baselines/{name}.json"),
            ])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(0));
    }
    std::fs::remove_file(work.join("summary.md")).expect("rm");
    let (code, stdout, summary) = run_flow(work);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        !stdout.contains("::warning"),
        "known findings are not annotated: {stdout}"
    );
    assert!(stdout.contains("known findings (in the baseline) not annotated"));
    assert!(summary.contains(", 0 new)"));

    // 3. The courier adds a sentence that contradicts the reference: a new divergence.
    let courier = cov.join("sources/valley-courier.txt");
    let mut text = std::fs::read_to_string(&courier).expect("read");
    text.push_str(
        "\nResidents were not allowed to return to their homes on Wednesday afternoon.\n",
    );
    std::fs::write(&courier, text).expect("write");
    let (code, stdout, summary) = run_flow(work);
    assert_eq!(code, 1, "{stdout}");
    assert!(summary.contains("Residents were not allowed"));
    assert!(summary.contains("**new**"));
    let warnings: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("::warning"))
        .collect();
    assert!(!warnings.is_empty());
    assert!(
        warnings
            .iter()
            .all(|l| l.contains("valley-courier.txt,line=")),
        "{stdout}"
    );
}

// ---------- any text ----------

mod any_text {
    use super::*;
    use proptest::prelude::*;

    /// Text built from the characters that matter to the escapers.
    fn hostile() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("<"),
                Just(">"),
                Just("&"),
                Just("\""),
                Just("'"),
                Just("/"),
                Just("script"),
                Just("img"),
                Just(" onerror="),
                Just("\n"),
                Just("\r"),
                Just("%"),
                Just(":"),
                Just(","),
                Just("::warning "),
                Just("|"),
                Just("*"),
                Just("é"),
                Just("\u{1b}[31m"),
                Just(" "),
                Just("word"),
            ],
            0..40,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn no_format_lets_claim_text_become_markup_or_commands(a in hostile(), b in hostile(), path in hostile()) {
            let mut report = hostile_report();
            report.sources[0].claims[1].text = a.clone();
            report.sources[1].claims[1].text = b.clone();
            report.sources[1].claims[6].text = b;
            report.sources[1].path = path;
            let gh = render(&report, Format::Github, &opts());
            for line in gh.lines() {
                prop_assert!(line.starts_with("::warning file=") || line.starts_with("claimdiff: "), "{line:?}");
            }
            prop_assert!(!gh.contains('\r'));
            let html = render(&report, Format::Html, &opts());
            prop_assert!(!html.contains("<script") && !html.contains("<img") && !html.contains("\" onerror="));
            let md = render(&report, Format::Markdown, &opts());
            prop_assert!(!md.contains("<script") && !md.contains("<img"));
            let text = render(&report, Format::Text, &RenderOptions { width: 30, ..opts() });
            prop_assert!(!text.contains('\x1b') && !text.contains('\r'), "control characters in text output");
            let json: Value = serde_json::from_str(&render(&report, Format::Json, &opts())).expect("JSON");
            prop_assert_eq!(&json["sources"][0]["claims"][1]["text"], &Value::String(a));
        }
    }
}
