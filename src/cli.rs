//! Command-line interface: clap definitions and the commands they run.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use claimdiff::compare::{analyse, CompareOptions};
use claimdiff::input::read_article;
use claimdiff::model::{AspectKind, Report, Verdict};
use claimdiff::report::{render, Format, RenderOptions};
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
    /// Score claim pairs: reads `id<TAB>left<TAB>right` lines on stdin, prints `id<TAB>similarity`.
    Pairs,
}

#[derive(Debug, clap::Args)]
struct CompareArgs {
    /// The articles (`.txt`), `-` for stdin (at most once). At least two.
    #[arg(required = true, num_args = 2..)]
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = OutFormat::Text)]
    format: OutFormat,
    /// Write the report to FILE instead of stdout.
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// Exit 1 when a finding matches: verdicts (`diverges`, `adds_detail`, `only_in`)
    /// or aspects (`confidence`, `source`, `number`, `date`, `entity`, `polarity`),
    /// or `diverges:ASPECT`. Comma-separated.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    fail_on: Vec<String>,
    /// Exit 1 when any pair's agreement is below X (0 to 1).
    #[arg(long, value_name = "X")]
    min_agreement: Option<f64>,
    /// Labels for the sources, in order (default A, B, C…). Comma-separated.
    #[arg(long, value_delimiter = ',')]
    label: Vec<String>,
    /// Minimum similarity for two claims to be linked.
    #[arg(long, default_value_t = 0.30, value_name = "X")]
    threshold: f64,
    /// When to use colour in text output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
}

#[derive(Debug, clap::Args)]
struct SegmentArgs {
    /// The article (`.txt`), or `-` for stdin (the default).
    #[arg(default_value = "-")]
    file: PathBuf,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = SegFormat::Text)]
    format: SegFormat,
    /// Each input line is one claim (no segmentation).
    #[arg(long)]
    presplit: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum OutFormat {
    Text,
    Json,
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
            Command::Pairs => {
                let stdin = std::io::stdin().lock();
                let stdout = std::io::BufWriter::new(std::io::stdout().lock());
                claimdiff::pairs::run(stdin, stdout)?;
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

/// A parsed `--fail-on` rule.
enum Rule {
    Verdict(Verdict),
    Aspect(AspectKind),
}

fn parse_rules(list: &[String]) -> Result<Vec<Rule>> {
    list.iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            let s = s.trim();
            let s = s.strip_prefix("diverges:").unwrap_or(s);
            if let Some(v) = Verdict::ALL.iter().find(|v| v.as_str() == s) {
                return Ok(Rule::Verdict(*v));
            }
            if let Some(a) = AspectKind::ALL.iter().find(|a| a.as_str() == s) {
                return Ok(Rule::Aspect(*a));
            }
            Err(Error::Usage(format!(
                "--fail-on: unknown finding '{s}' (verdicts: agree, adds_detail, diverges, only_in; aspects: confidence, source, number, date, entity, polarity)"
            )))
        })
        .collect()
}

fn failures(report: &Report, rules: &[Rule], min_agreement: Option<f64>) -> Vec<String> {
    let mut out = Vec::new();
    for cmp in &report.comparisons {
        let pair = format!("{} vs {}", cmp.left, cmp.right);
        for r in rules {
            let n = match r {
                Rule::Verdict(Verdict::OnlyIn) => cmp.only_left.len() + cmp.only_right.len(),
                Rule::Verdict(v) => cmp.links.iter().filter(|l| l.verdict == *v).count(),
                Rule::Aspect(a) => cmp
                    .links
                    .iter()
                    .filter(|l| l.aspects.iter().any(|x| x.kind == *a))
                    .count(),
            };
            if n > 0 {
                let name = match r {
                    Rule::Verdict(v) => v.as_str(),
                    Rule::Aspect(a) => a.as_str(),
                };
                out.push(format!("{pair}: {n} finding(s) of {name}"));
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

fn compare(a: CompareArgs) -> Result<Outcome> {
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
    let rules = parse_rules(&a.fail_on)?;
    let labels = labels(&a.label, a.files.len())?;
    let articles = a
        .files
        .iter()
        .zip(&labels)
        .map(|(p, l)| read_article(p, l))
        .collect::<Result<Vec<_>>>()?;
    let mut opts = CompareOptions::default();
    opts.align.threshold = a.threshold;
    let report = claimdiff::compare(&articles, &opts);
    let format = match a.format {
        OutFormat::Text => Format::Text,
        OutFormat::Json => Format::Json,
    };
    let to_terminal = a.output.is_none() && std::io::stdout().is_terminal();
    let color = match a.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    let ropts = RenderOptions { color };
    match &a.output {
        Some(path) => {
            let mut buf = Vec::new();
            render(&report, format, &ropts, &mut buf)?;
            std::fs::write(path, buf).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            render(&report, format, &ropts, &mut out)?;
            out.flush()?;
        }
    }
    let fails = failures(&report, &rules, a.min_agreement);
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
    let article = read_article(&a.file, "S")?;
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
