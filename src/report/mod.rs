//! Report: render a [`Report`] as text or JSON.

mod json;
mod matrix;
mod text;

use std::io::Write;

use crate::model::Report;

/// Output formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// Human-readable notes for a terminal.
    Text,
    /// The full report model as pretty-printed JSON.
    Json,
}

/// Options shared by the renderers.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Use ANSI colours (text only). Default off.
    pub color: bool,
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
    }
}
