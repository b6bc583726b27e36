//! Segment: split an article into claims (titles, headings, sentences, boilerplate).
//!
//! Entry points: [`segment`] for prose, [`presplit`] for text that already has
//! one claim per line. Both are lossless: every non-whitespace character of the
//! input lies in exactly one [`Segment`], segments are in order and never overlap.

use crate::model::ClaimKind;

/// A span of the input text that forms one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Byte offset of the first non-whitespace character.
    pub start: usize,
    /// Byte offset one past the last non-whitespace character.
    pub end: usize,
    /// Title, heading, sentence or boilerplate.
    pub kind: ClaimKind,
    /// 0-based paragraph index (paragraphs are separated by blank lines).
    pub paragraph: usize,
}

/// Split `text` into claims.
pub fn segment(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    for (paragraph, (pstart, pend)) in paragraphs(text).into_iter().enumerate() {
        let para = &text[pstart..pend];
        let single_line = !para.contains('\n');
        let last = para.trim_end().chars().last().unwrap_or('.');
        if single_line && !matches!(last, '.' | '!' | '?' | '"' | '\'' | '\u{201d}' | ':') {
            let kind = if out.is_empty() {
                ClaimKind::Title
            } else {
                ClaimKind::Heading
            };
            out.push(Segment {
                start: pstart,
                end: pend,
                kind,
                paragraph,
            });
            continue;
        }
        let mut s = pstart;
        let bytes = text.as_bytes();
        let mut i = pstart;
        while i < pend {
            let b = bytes[i];
            if matches!(b, b'.' | b'!' | b'?') {
                let mut j = i + 1;
                while j < pend && matches!(bytes[j], b'"' | b'\'' | b')') {
                    j += 1;
                }
                if j < pend && bytes[j].is_ascii_whitespace() {
                    let mut k = j;
                    while k < pend && bytes[k].is_ascii_whitespace() {
                        k += 1;
                    }
                    if k < pend && (bytes[k].is_ascii_uppercase() || bytes[k] == b'"') {
                        out.push(Segment {
                            start: s,
                            end: j,
                            kind: ClaimKind::Sentence,
                            paragraph,
                        });
                        s = k;
                        i = k;
                        continue;
                    }
                }
            }
            i += 1;
        }
        if s < pend {
            out.push(Segment {
                start: s,
                end: pend,
                kind: ClaimKind::Sentence,
                paragraph,
            });
        }
    }
    out
}

/// Treat every non-blank line as one claim (no segmentation).
pub fn presplit(text: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            let start = offset + lead;
            out.push(Segment {
                start,
                end: start + trimmed.len(),
                kind: ClaimKind::Sentence,
                paragraph: out.len(),
            });
        }
        offset += line.len();
    }
    out
}

/// Byte ranges of paragraphs (separated by blank lines), trimmed of whitespace.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if t.is_empty() {
            if let Some(s) = start.take() {
                out.push((s, end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(offset + lead);
            }
            end = offset + lead + line.trim_start().trim_end().len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push((s, end));
    }
    out
}
