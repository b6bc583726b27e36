//! Report: render a [`Report`] as text, JSON, Markdown, HTML or GitHub annotations.
//!
//! One renderer per file; [`render`] dispatches. Every renderer reads only the
//! model, is deterministic (same report, same bytes) and escapes article text for
//! its medium (see [`escape`]).

pub mod escape;
pub mod findings;
mod github;
mod html;
mod json;
mod markdown;
mod matrix;
mod text;
pub mod worddiff;

use std::ffi::OsStr;
use std::io::Write;

use crate::baseline::Baseline;
use crate::model::Report;

/// Output formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// Human-readable notes for a terminal.
    Text,
    /// The full report model as pretty-printed JSON (see `docs/report.schema.json`).
    Json,
    /// A summary table and per-verdict sections for a pull-request comment.
    Markdown,
    /// One self-contained HTML page: the sources side by side with word diffs.
    Html,
    /// GitHub Actions workflow commands (`::warning …`) for the worst findings.
    Github,
}

/// Default wrap width of the text format when the terminal width is unknown.
pub const DEFAULT_WIDTH: usize = 100;

/// Default size bound of the Markdown format, in bytes (GitHub comments hold 65,536).
pub const DEFAULT_MARKDOWN_LIMIT: usize = 60_000;

/// Most annotations the GitHub format prints (GitHub shows 10 per step).
pub const MAX_ANNOTATIONS: usize = 10;

/// Options shared by the renderers.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Use ANSI colours (text only). Default off.
    pub color: bool,
    /// Wrap width of the text format, in columns.
    pub width: usize,
    /// Size bound of the Markdown format, in bytes; longer reports are truncated with a note.
    pub markdown_limit: usize,
    /// Findings already known (`--baseline`): the GitHub format annotates only new
    /// findings, Markdown and HTML mark the new ones.
    pub baseline: Option<Baseline>,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            color: false,
            width: DEFAULT_WIDTH,
            markdown_limit: DEFAULT_MARKDOWN_LIMIT,
            baseline: None,
        }
    }
}

/// Render `report` in `format` to `out`.
pub fn render(
    report: &Report,
    format: Format,
    opts: &RenderOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Text => text::render(report, opts, out),
        Format::Json => json::render(report, out),
        Format::Markdown => markdown::render(report, opts, out),
        Format::Html => html::render(report, opts, out),
        Format::Github => github::render(report, opts, out),
    }
}

/// Whether `--color auto` should colour: never when `NO_COLOR` is set and non-empty;
/// always when `CLICOLOR_FORCE` is set and not `0`; otherwise only on a terminal.
pub fn auto_color(
    is_terminal: bool,
    no_color: Option<&OsStr>,
    clicolor_force: Option<&OsStr>,
) -> bool {
    if no_color.is_some_and(|v| !v.is_empty()) {
        return false;
    }
    if clicolor_force.is_some_and(|v| !v.is_empty() && v != "0") {
        return true;
    }
    is_terminal
}

/// The wrap width for text output: `COLUMNS` when it holds a number ≥ 20, else the
/// terminal's width when `terminal` is given, else [`DEFAULT_WIDTH`].
pub fn text_width(columns: Option<&OsStr>, terminal: Option<usize>) -> usize {
    columns
        .and_then(|c| c.to_str())
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&w| w >= 20)
        .or(terminal.filter(|&w| w >= 20))
        .unwrap_or(DEFAULT_WIDTH)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_wins_over_force_and_terminal() {
        let one = Some(OsStr::new("1"));
        assert!(!auto_color(true, one, one));
        assert!(auto_color(true, Some(OsStr::new("")), None));
    }

    #[test]
    fn clicolor_force_colours_a_pipe_unless_zero() {
        assert!(auto_color(false, None, Some(OsStr::new("1"))));
        assert!(!auto_color(false, None, Some(OsStr::new("0"))));
        assert!(!auto_color(false, None, None));
        assert!(auto_color(true, None, None));
    }

    #[test]
    fn width_prefers_columns_then_terminal_then_default() {
        assert_eq!(text_width(Some(OsStr::new("72")), Some(150)), 72);
        assert_eq!(text_width(Some(OsStr::new("abc")), Some(150)), 150);
        assert_eq!(text_width(Some(OsStr::new("5")), None), DEFAULT_WIDTH);
        assert_eq!(text_width(None, None), DEFAULT_WIDTH);
    }
}
