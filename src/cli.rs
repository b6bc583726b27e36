//! Command-line interface: clap definitions and the commands they run.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use claimdiff::baseline::Baseline;
use claimdiff::compare::{analyse, CompareOptions};
use claimdiff::config::Config;
use claimdiff::input::{read_article_with, InputFormat, InputOptions, DEFAULT_MAX_BYTES};
use claimdiff::model::Report;
use claimdiff::report::findings::{self, Rule};
use claimdiff::report::{auto_color, render, text_width, Format, RenderOptions};
use claimdiff::{Error, Result};

/// Compare how sources report the same event, claim by claim.
#[derive(Debug, Parser)]
#[command(name = "claimdiff", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compare two or more articles: agree, adds detail, diverges, only in one source.
    Compare(CompareArgs),
    /// Split an article into claims and print them.
    Segment(SegmentArgs),
    /// Score claim pairs: reads `id<TAB>left<TAB>right` lines on stdin, prints `id<TAB>equivalence` (0 to 1).
    Pairs(PairsArgs),
    /// Print a shell completion script (e.g. `claimdiff completions bash > /etc/bash_completion.d/claimdiff`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff) on stdout (e.g. `claimdiff man > claimdiff.1`).
    Man,
}

#[derive(Debug, clap::Args)]
struct PairsArgs {
    /// Also print the verdict `compare` would give the two claims (`agree`,
    /// `adds_detail`, `diverges`, or `only_in` when they would not be linked)
    /// and the aspects they conflict on, comma-separated (`-` for none):
    /// `id<TAB>equivalence<TAB>verdict<TAB>aspects`. Slower: each claim is
    /// analysed in full.
    #[arg(long)]
    verdict: bool,
}

#[derive(Debug, clap::Args)]
struct CompareArgs {
    /// The articles (`.txt`, `.md`, `.html`) or folders of them, `-` for stdin
    /// (at most once). At least two sources in all.
    #[arg(required = true, num_args = 1..)]
    files: Vec<PathBuf>,
    /// Output format [default: text].
    #[arg(long, short = 'f', value_enum)]
    format: Option<OutFormat>,
    /// Read settings from a TOML file whose keys are these long flags
    /// (`format`, `fail-on`, `min-agreement`, `threshold`, `labels`, `baseline`,
    /// `color`); flags given here win over it.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Write the report to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit 1 when a finding matches: verdicts (`diverges`, `adds_detail`, `only_in`),
    /// aspects (`confidence`, `source`, `number`, `date`, `entity`, `polarity`: any link
    /// with that aspect), or `VERDICT:ASPECT` (`diverges:confidence`: diverging links with
    /// that aspect). Comma-separated. With --baseline only new findings count.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    fail_on: Vec<String>,
    /// Record the findings of this run (fingerprints of their normalised claims) in FILE.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Findings recorded in FILE (by --write-baseline) are known: --fail-on counts only new ones.
    #[arg(long, value_name = "FILE")]
    baseline: Option<PathBuf>,
    /// Exit 1 when any pair's agreement is below X (0 to 1).
    #[arg(long, value_name = "X")]
    min_agreement: Option<f64>,
    /// Labels for the sources, in order (default A, B, C…). Comma-separated.
    #[arg(long, value_delimiter = ',')]
    label: Vec<String>,
    /// Minimum similarity for two claims to be linked outright (0 to 1; default
    /// 0.30). The looser links (shared names, one-to-many joins) scale with it.
    #[arg(long, value_name = "X")]
    threshold: Option<f64>,
    /// When to use colour in text output [default: auto]. `auto`: on a terminal,
    /// unless NO_COLOR is set; CLICOLOR_FORCE (not `0`) forces it.
    #[arg(long, value_enum)]
    color: Option<ColorChoice>,
    #[command(flatten)]
    input: InputArgs,
}

/// How sources are read (shared by `compare` and `segment`).
#[derive(Debug, clap::Args)]
struct InputArgs {
    /// Input format; `auto` decides by extension, then by content.
    #[arg(long, value_enum, default_value_t = InFormat::Auto, value_name = "FORMAT")]
    input_format: InFormat,
    /// Refuse inputs larger than N bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_BYTES, value_name = "N")]
    max_bytes: u64,
}

impl InputArgs {
    fn options(&self) -> InputOptions {
        InputOptions {
            format: match self.input_format {
                InFormat::Auto => InputFormat::Auto,
                InFormat::Text => InputFormat::Text,
                InFormat::Markdown => InputFormat::Markdown,
                InFormat::Html => InputFormat::Html,
            },
            max_bytes: self.max_bytes,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum InFormat {
    Auto,
    Text,
    Markdown,
    Html,
}

#[derive(Debug, clap::Args)]
struct SegmentArgs {
    /// The article (`.txt`, `.md`, `.html`), or `-` for stdin (the default).
    #[arg(default_value = "-")]
    file: PathBuf,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = SegFormat::Text)]
    format: SegFormat,
    /// Each input line is one claim (no segmentation).
    #[arg(long)]
    presplit: bool,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum OutFormat {
    /// Notes for a terminal, wrapped to its width (COLUMNS).
    Text,
    /// The full report (schema: docs/report.schema.json).
    Json,
    /// Summary table and sections for a pull-request comment or step summary.
    Markdown,
    /// One self-contained page, sources side by side.
    Html,
    /// GitHub Actions `::warning` annotations for the worst findings.
    Github,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SegFormat {
    /// One claim a line.
    Text,
    /// One JSON object a claim.
    Jsonl,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// What a successful run found: whether the `--fail-on`/`--min-agreement` checks failed.
pub enum Outcome {
    /// Nothing matched the failure rules.
    Clean,
    /// A failure rule matched (exit 1); the message says which.
    Failed(String),
}

impl Cli {
    /// Run the parsed command.
    pub fn run(self) -> Result<Outcome> {
        match self.command {
            Command::Compare(a) => compare(a),
            Command::Segment(a) => segment(a),
            Command::Pairs(a) => {
                let stdin = std::io::stdin();
                let stdout = std::io::BufWriter::new(std::io::stdout().lock());
                let opts = claimdiff::pairs::PairsOptions { verdict: a.verdict };
                claimdiff::pairs::run_with(stdin, stdout, opts)?;
                Ok(Outcome::Clean)
            }
            Command::Completions { shell } => {
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                clap_complete::generate(shell, &mut Cli::command(), "claimdiff", &mut out);
                out.flush()?;
                Ok(Outcome::Clean)
            }
            Command::Man => {
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                clap_mangen::Man::new(Cli::command()).render(&mut out)?;
                out.flush()?;
                Ok(Outcome::Clean)
            }
        }
    }
}

fn labels(given: &[String], n: usize) -> Result<Vec<String>> {
    if !given.is_empty() && given.len() != n {
        return Err(Error::Usage(format!(
            "--label gives {} labels for {} sources",
            given.len(),
            n
        )));
    }
    Ok((0..n)
        .map(|i| {
            given.get(i).cloned().unwrap_or_else(|| {
                let mut s = String::new();
                let mut k = i;
                loop {
                    s.insert(0, (b'A' + (k % 26) as u8) as char);
                    if k < 26 {
                        break s;
                    }
                    k = k / 26 - 1;
                }
            })
        })
        .collect())
}

fn failures(
    report: &Report,
    rules: &[Rule],
    min_agreement: Option<f64>,
    baseline: Option<&Baseline>,
) -> Vec<String> {
    let mut all = findings::all(report);
    findings::mark_new(&mut all, baseline);
    let what = if baseline.is_some() {
        "new finding(s)"
    } else {
        "finding(s)"
    };
    let mut out = Vec::new();
    for (ci, cmp) in report.comparisons.iter().enumerate() {
        let pair = format!("{} vs {}", cmp.left, cmp.right);
        for r in rules {
            let n = all
                .iter()
                .filter(|f| f.comparison == ci && f.new && r.matches(f))
                .count();
            if n > 0 {
                out.push(format!("{pair}: {n} {what} of {}", r.name()));
            }
        }
        if let Some(min) = min_agreement {
            if cmp.agreement < min {
                out.push(format!(
                    "{pair}: agreement {:.2} is below --min-agreement {min}",
                    cmp.agreement
                ));
            }
        }
    }
    out
}

/// Source files of a folder argument: its `.txt`, `.md`, `.markdown`, `.html`
/// and `.htm` files, sorted by name. Files are kept as given.
fn expand_folders(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let entries = std::fs::read_dir(p).map_err(|source| Error::Io {
            path: p.clone(),
            source,
        })?;
        let mut found: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|f| {
                f.is_file()
                    && f.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                        matches!(
                            x.to_ascii_lowercase().as_str(),
                            "txt" | "md" | "markdown" | "html" | "htm"
                        )
                    })
            })
            .collect();
        if found.is_empty() {
            return Err(Error::Usage(format!(
                "{}: folder has no source files (.txt, .md, .html)",
                p.display()
            )));
        }
        found.sort();
        out.extend(found);
    }
    if out.len() < 2 {
        return Err(Error::Usage(format!(
            "compare needs at least two sources, got {}",
            out.len()
        )));
    }
    Ok(out)
}

/// Run `work` with a progress bar on stderr, shown only when stderr is a terminal
/// and the work has taken longer than a second.
fn with_progress<T>(work: impl FnOnce(&mut dyn FnMut(usize, usize)) -> T) -> T {
    let start = std::time::Instant::now();
    let interactive = std::io::stderr().is_terminal();
    let mut bar: Option<indicatif::ProgressBar> = None;
    let mut tick = |done: usize, total: usize| {
        if !interactive || start.elapsed() < std::time::Duration::from_secs(1) {
            return;
        }
        let b = bar.get_or_insert_with(|| {
            let b = indicatif::ProgressBar::with_draw_target(
                Some(total as u64),
                indicatif::ProgressDrawTarget::stderr(),
            );
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{elapsed_precise} [{bar:40}] {pos}/{len} analyses and comparisons",
            ) {
                b.set_style(style.progress_chars("=> "));
            }
            b
        });
        b.set_position(done as u64);
    };
    let out = work(&mut tick);
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    out
}

/// Fill in from `--config` what the command line left unset.
fn apply_config(a: &mut CompareArgs) -> Result<()> {
    let Some(path) = &a.config else {
        return Ok(());
    };
    let c = Config::load(path)?;
    let bad = |key: &str, v: &str| {
        Error::Usage(format!("{}: {key} = {v:?} is not valid", path.display()))
    };
    if a.format.is_none() {
        if let Some(v) = &c.format {
            a.format = Some(OutFormat::from_str(v, true).map_err(|_| bad("format", v))?);
        }
    }
    if a.color.is_none() {
        if let Some(v) = &c.color {
            a.color = Some(ColorChoice::from_str(v, true).map_err(|_| bad("color", v))?);
        }
    }
    if a.fail_on.is_empty() {
        a.fail_on = c.fail_on.unwrap_or_default();
    }
    if a.label.is_empty() {
        a.label = c.labels.unwrap_or_default();
    }
    a.min_agreement = a.min_agreement.or(c.min_agreement);
    a.threshold = a.threshold.or(c.threshold);
    a.baseline = a.baseline.take().or(c.baseline);
    Ok(())
}

fn compare(mut a: CompareArgs) -> Result<Outcome> {
    apply_config(&mut a)?;
    if a.files.iter().filter(|p| p.as_os_str() == "-").count() > 1 {
        return Err(Error::Usage("stdin (-) can be read only once".into()));
    }
    if let Some(x) = a.min_agreement {
        if !(0.0..=1.0).contains(&x) {
            return Err(Error::Usage(format!(
                "--min-agreement {x} is not between 0 and 1"
            )));
        }
    }
    if let Some(x) = a.threshold {
        if !(0.0..=1.0).contains(&x) {
            return Err(Error::Usage(format!(
                "--threshold {x} is not between 0 and 1"
            )));
        }
    }
    let rules =
        Rule::parse_list(&a.fail_on).map_err(|e| Error::Usage(format!("--fail-on: {e}")))?;
    let baseline = a.baseline.as_deref().map(Baseline::load).transpose()?;
    let files = expand_folders(&a.files)?;
    let labels = labels(&a.label, files.len())?;
    let input = a.input.options();
    let articles = files
        .iter()
        .zip(&labels)
        .map(|(p, l)| read_article_with(p, l, &input))
        .collect::<Result<Vec<_>>>()?;
    let mut opts = CompareOptions::default();
    if let Some(x) = a.threshold {
        opts.align.threshold = x;
    }
    let report = with_progress(|tick| claimdiff::compare_with_progress(&articles, &opts, tick));
    let format = match a.format.unwrap_or(OutFormat::Text) {
        OutFormat::Text => Format::Text,
        OutFormat::Json => Format::Json,
        OutFormat::Markdown => Format::Markdown,
        OutFormat::Html => Format::Html,
        OutFormat::Github => Format::Github,
    };
    let to_terminal = a.output.is_none() && std::io::stdout().is_terminal();
    let color = match a.color.unwrap_or(ColorChoice::Auto) {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => auto_color(
            to_terminal,
            std::env::var_os("NO_COLOR").as_deref(),
            std::env::var_os("CLICOLOR_FORCE").as_deref(),
        ),
    };
    let terminal = if to_terminal {
        terminal_size::terminal_size().map(|(w, _)| usize::from(w.0))
    } else {
        None
    };
    let ropts = RenderOptions {
        color,
        width: text_width(std::env::var_os("COLUMNS").as_deref(), terminal),
        baseline: baseline.clone(),
        ..RenderOptions::default()
    };
    match &a.output {
        Some(path) => {
            let mut buf = Vec::new();
            render(&report, format, &ropts, &mut buf)?;
            let inputs: Vec<&std::path::Path> = files.iter().map(|p| p.as_path()).collect();
            claimdiff::output::write_atomic(path, &buf, &inputs)?;
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            render(&report, format, &ropts, &mut out)?;
            out.flush()?;
        }
    }
    if let Some(path) = &a.write_baseline {
        Baseline::from_report(&report).save(path)?;
    }
    let fails = failures(&report, &rules, a.min_agreement, baseline.as_ref());
    Ok(if fails.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Failed(fails.join("\n"))
    })
}

#[derive(serde::Serialize)]
struct ClaimLine<'a> {
    id: &'a str,
    kind: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    line: usize,
    paragraph: usize,
    confidence: &'a str,
    cues: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
}

fn segment(a: SegmentArgs) -> Result<Outcome> {
    let article = read_article_with(&a.file, "S", &a.input.options())?;
    let analysed = analyse(&article, a.presplit);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for c in &analysed.source.claims {
        match a.format {
            SegFormat::Text => {
                // Inner line breaks (with the spaces around them) become one space.
                let line = c.text.lines().map(str::trim).collect::<Vec<_>>().join(" ");
                writeln!(out, "{line}")?;
            }
            SegFormat::Jsonl => {
                let obj = ClaimLine {
                    id: &c.id,
                    kind: c.kind.as_str(),
                    text: &c.text,
                    start: c.start,
                    end: c.end,
                    line: c.line,
                    paragraph: c.paragraph,
                    confidence: c.confidence.as_str(),
                    cues: &c.cues,
                    source: c.source.as_deref(),
                };
                serde_json::to_writer(&mut out, &obj).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(Outcome::Clean)
}
