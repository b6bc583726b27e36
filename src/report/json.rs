//! JSON renderer: the report model, pretty-printed.

use std::io::Write;

use crate::model::Report;

pub(super) fn render(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}
