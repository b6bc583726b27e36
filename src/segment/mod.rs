//! Segment: split an article into claims (titles, headings, sentences, boilerplate).
//!
//! Entry points: [`segment`] for prose, [`presplit`] for text that already has
//! one claim per line. Both are lossless: every non-whitespace character of the
//! input lies in exactly one [`Segment`], segments are in order and never overlap.
//!
//! How [`segment`] works, in one pass over the text:
//!
//! 1. Lines are grouped into paragraphs at blank lines.
//! 2. Inside a paragraph, each line break is *soft* (an errant newline: the
//!    sentence continues) or *hard* (a heading, caption, list line or footer line
//!    ends there). A line without final punctuation is a heading unless the next
//!    line visibly continues it (starts lowercase, or the line ends in a comma or
//!    a function word).
//! 3. Blocks of joined lines are split into sentences by bounded rules around
//!    each candidate terminator (abbreviations, initials, decimals, e-mail
//!    addresses and URLs, ellipses, quotes and brackets, run-in lists, photo
//!    credits after captions).
//! 4. Each claim gets its kind: the first heading-like line is the
//!    [`ClaimKind::Title`], other lines without final punctuation are
//!    [`ClaimKind::Heading`], site furniture (copyright, prompts, credits) is
//!    [`ClaimKind::Boilerplate`], and everything else is a [`ClaimKind::Sentence`].
//!
//! Time and memory are linear in the input: every scan is bounded or advances.

mod abbrev;
mod attribution;
mod boilerplate;
mod lists;
mod rules;
mod text;

use crate::model::ClaimKind;
use boilerplate::{furniture, Furniture};
use rules::{split_block, Piece};
use text::{char_at, char_before, ends_final, rskip_ws, skip_ws};

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

/// Longest line (bytes) kept whole as a heading when it lacks final punctuation.
const HEADING_MAX: usize = 200;

/// Split `text` into claims.
pub fn segment(text: &str) -> Vec<Segment> {
    let b = text.as_bytes();
    let mut seg = Segmenter {
        text,
        out: Vec::with_capacity(64),
        pieces: Vec::new(),
        paragraph: 0,
        footer: None,
    };
    let mut pos = 0;
    while pos < b.len() {
        let line = line_at(b, pos);
        if line.s == line.e {
            pos = line.next;
            continue;
        }
        let stats = paragraph_stats(text, pos);
        seg.emit_paragraph(pos, &stats);
        seg.paragraph += 1;
        pos = stats.end;
    }
    seg.out
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

/// One line: its trimmed content (`s == e` when blank) and where the next line starts.
#[derive(Debug, Clone, Copy)]
struct Line {
    s: usize,
    e: usize,
    next: usize,
}

fn line_at(b: &[u8], pos: usize) -> Line {
    let nl = if b.get(pos) == Some(&b'\n') {
        pos
    } else {
        memchr::memchr(b'\n', &b[pos..]).map_or(b.len(), |k| pos + k)
    };
    let s = skip_ws(b, pos, nl);
    let e = if s == nl { s } else { rskip_ws(b, s, nl) };
    Line { s, e, next: nl + 1 }
}

/// What a first pass over a paragraph learns (no per-line storage, so memory
/// stays proportional to the output).
#[derive(Debug, Clone, Copy)]
struct ParaStats {
    lines: usize,
    /// Some line ends with sentence-final punctuation.
    any_final: bool,
    /// The last line does.
    last_final: bool,
    /// Shortest and longest line but the last (bytes).
    min_body: usize,
    max_body: usize,
    last_len: usize,
    /// Offset after the paragraph.
    end: usize,
}

fn paragraph_stats(text: &str, pos: usize) -> ParaStats {
    let b = text.as_bytes();
    let mut st = ParaStats {
        lines: 0,
        any_final: false,
        last_final: false,
        min_body: usize::MAX,
        max_body: 0,
        last_len: 0,
        end: pos,
    };
    let mut p = pos;
    while p < b.len() {
        let line = line_at(b, p);
        if line.s == line.e {
            break;
        }
        if st.lines > 0 {
            st.min_body = st.min_body.min(st.last_len);
            st.max_body = st.max_body.max(st.last_len);
        }
        st.lines += 1;
        st.last_len = line.e - line.s;
        st.last_final = ends_final(text, line.s, line.e);
        st.any_final |= st.last_final;
        p = line.next;
    }
    st.end = p;
    st
}

/// State of one [`segment`] call.
struct Segmenter<'a> {
    text: &'a str,
    out: Vec<Segment>,
    /// Scratch for the pieces of one block.
    pieces: Vec<Piece>,
    paragraph: usize,
    /// Paragraph of the last copyright notice: the footer that follows it is boilerplate.
    footer: Option<usize>,
}

impl Segmenter<'_> {
    /// Emit the claims of the paragraph whose first line starts at `pos`.
    fn emit_paragraph(&mut self, pos: usize, st: &ParaStats) {
        let b = self.text.as_bytes();
        let wrapped = st.lines >= 3 && st.last_final && is_hard_wrapped(st);
        let mut cur = line_at(b, pos);
        let mut block_start = cur.s;
        let mut single = true;
        loop {
            let nxt = (cur.next < b.len()).then(|| line_at(b, cur.next));
            let Some(nxt) = nxt.filter(|l| l.s < l.e) else {
                self.block(block_start, cur.e, single);
                return;
            };
            if wrapped || self.soft_break((cur.s, cur.e), (nxt.s, nxt.e), st.any_final) {
                single = false;
            } else {
                self.block(block_start, cur.e, single);
                block_start = nxt.s;
                single = true;
            }
            cur = nxt;
        }
    }

    /// Whether the break between lines `l` and `m` of a paragraph is an errant
    /// newline inside running text (true) or ends a claim (false).
    fn soft_break(&self, l: (usize, usize), m: (usize, usize), any_final: bool) -> bool {
        let text = self.text;
        let Some(first) = char_at(text, m.0) else {
            return false;
        };
        if lists::marker_at(text, m.0, m.1).is_some() {
            return false;
        }
        if ends_final(text, l.0, l.1) {
            // The sentence rules decide across the break, but a break before a
            // capital after a plain sentence end is taken as given.
            return first.is_lowercase() || ends_with_abbreviation(text, l);
        }
        if !any_final {
            // Short lines without punctuation: a list, one claim per line.
            return false;
        }
        if first.is_lowercase() {
            return true;
        }
        ends_continuing(text, l)
    }

    /// Emit the claims of the block `s..e` (one or more joined lines).
    fn block(&mut self, s: usize, e: usize, single_line: bool) {
        let text = self.text;
        let last = char_before(text, e).unwrap_or('.');
        let heading_like = single_line
            && e - s <= HEADING_MAX
            && !ends_final(text, s, e)
            && !matches!(last, ',' | ';' | ':');
        let marker = lists::marker_at(text, s, e);
        let marked = marker.is_some();
        if heading_like && !marked {
            self.emit(s, e, ClaimKind::Heading);
            return;
        }
        let mut pieces = std::mem::take(&mut self.pieces);
        pieces.clear();
        split_block(text, s, e, &mut pieces);
        // A numbered heading (`2. Results`) stays a heading; a run-in list splits.
        let numbered_heading =
            heading_like && pieces.len() == 1 && marker.is_some_and(|m| m.numbered());
        for p in &pieces {
            let unpunctuated = !ends_final(text, p.start, p.end);
            let kind = if numbered_heading || (p.before_credit && unpunctuated) {
                ClaimKind::Heading
            } else {
                ClaimKind::Sentence
            };
            self.emit(p.start, p.end, kind);
        }
        self.pieces = pieces;
    }

    fn emit(&mut self, start: usize, end: usize, base: ClaimKind) {
        let kind = match furniture(&self.text[start..end]) {
            Furniture::Copyright => {
                self.footer = Some(self.paragraph);
                ClaimKind::Boilerplate
            }
            Furniture::Yes => ClaimKind::Boilerplate,
            Furniture::No => match self.footer {
                Some(p) if p == self.paragraph || base == ClaimKind::Heading => {
                    ClaimKind::Boilerplate
                }
                _ => {
                    self.footer = None;
                    if base == ClaimKind::Heading && self.out.is_empty() {
                        ClaimKind::Title
                    } else {
                        base
                    }
                }
            },
        };
        self.out.push(Segment {
            start,
            end,
            kind,
            paragraph: self.paragraph,
        });
    }
}

/// Whether the paragraph is running text wrapped at a fixed width (e-mail,
/// plain-text wire copy): every line but the last at least [`WRAP_MIN`] bytes
/// long and within 30% of the longest, the last no longer. Then every line
/// break is a space and only the sentence rules split. The caller also asks for
/// three lines or more and a final stop on the last one.
fn is_hard_wrapped(st: &ParaStats) -> bool {
    st.min_body >= WRAP_MIN && st.min_body * 10 >= st.max_body * 7 && st.last_len <= st.max_body + 8
}

/// Shortest line of a hard-wrapped paragraph (bytes).
const WRAP_MIN: usize = 55;

/// Whether the line ends in a title or reference abbreviation or an initial
/// (`Dr.`, `No.`, `J.`), which the next line continues.
fn ends_with_abbreviation(text: &str, (s, e): (usize, usize)) -> bool {
    let b = text.as_bytes();
    if b[e - 1] != b'.' {
        return false;
    }
    let mut w = e - 1;
    while w > s && !b[w - 1].is_ascii_whitespace() && e - w < 20 {
        w -= 1;
    }
    matches!(
        abbrev::classify(&b[w..e - 1], false),
        abbrev::WordClass::Never | abbrev::WordClass::Initial | abbrev::WordClass::Numeric
    )
}

/// Whether the line ends in a way only running text does: a comma, an open
/// bracket or dash, or a lowercase function word (`the`, `of`, `and`, …).
fn ends_continuing(text: &str, (s, e): (usize, usize)) -> bool {
    let b = text.as_bytes();
    if matches!(b[e - 1], b',' | b';' | b'(' | b'&' | b'/' | b'-') {
        return true;
    }
    if matches!(char_before(text, e), Some('\u{2013}' | '\u{2014}')) {
        return true;
    }
    let mut w = e;
    while w > s && b[w - 1].is_ascii_lowercase() && e - w < 12 {
        w -= 1;
    }
    if w > s && !b[w - 1].is_ascii_whitespace() {
        return false;
    }
    matches!(
        &b[w..e],
        b"the"
            | b"a"
            | b"an"
            | b"of"
            | b"and"
            | b"or"
            | b"to"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"with"
            | b"by"
            | b"from"
            | b"that"
            | b"as"
            | b"but"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"be"
            | b"his"
            | b"her"
            | b"their"
            | b"its"
            | b"our"
            | b"this"
            | b"these"
            | b"said"
            | b"says"
            | b"which"
            | b"who"
            | b"than"
            | b"into"
            | b"about"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str) -> Vec<(ClaimKind, &str)> {
        segment(text)
            .iter()
            .map(|s| (s.kind, &text[s.start..s.end]))
            .collect()
    }

    #[test]
    fn headline_is_title_and_dateline_is_heading() {
        let got = claims("Lantern Festival lights up the night\n\nMonday, March 5, 2007\n\nCrowds came. They left.");
        assert_eq!(
            got[0],
            (ClaimKind::Title, "Lantern Festival lights up the night")
        );
        assert_eq!(got[1], (ClaimKind::Heading, "Monday, March 5, 2007"));
        assert_eq!(got[2], (ClaimKind::Sentence, "Crowds came."));
        assert_eq!(got.len(), 4);
    }

    #[test]
    fn copyright_footer_lines_are_separate_boilerplate() {
        let text = "Body text here.\n\n\u{24d2} 2024 X.com All rights reserved. Do not reproduce without permission.\nJoin the Discussion\nReal Time Analytics";
        let got = claims(text);
        assert_eq!(got.len(), 5);
        assert!(
            got[1..].iter().all(|(k, _)| *k == ClaimKind::Boilerplate),
            "{got:?}"
        );
        assert_eq!(got[4].1, "Real Time Analytics");
    }

    #[test]
    fn errant_newlines_join_but_heading_lines_do_not() {
        let got = claims("It was a cold\nnight in the city.\nNew Section\nThe end came.");
        assert_eq!(got.len(), 3);
        assert_eq!(got[1], (ClaimKind::Heading, "New Section"));
    }

    #[test]
    fn hard_wrapped_paragraph_is_running_text() {
        let text = "Officials from the State Department and the Treasury met on Monday\n\
                    to discuss sanctions. Treasury Secretary Janet Yellen said the\n\
                    talks were useful.";
        let got = claims(text);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn numbered_heading_is_a_heading_and_run_in_list_splits() {
        let got = claims("Intro.\n\n2. Results\n\n1. The first item 2. The second item");
        assert_eq!(got[1], (ClaimKind::Heading, "2. Results"));
        assert_eq!(got[2], (ClaimKind::Sentence, "1. The first item"));
        assert_eq!(got.len(), 4);
        let bullet = claims("Intro.\n\n\u{2022} Cases rose 10%");
        assert_eq!(bullet[1].0, ClaimKind::Sentence);
    }

    #[test]
    fn unpunctuated_lines_are_one_claim_each() {
        let got = claims("features\ncontact manager\nevents, activities\n");
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn caption_before_credit_is_heading_and_credit_is_boilerplate() {
        let got = claims("Intro.\n\nBelle Image: Nick Moreau.");
        assert_eq!(got[1], (ClaimKind::Heading, "Belle"));
        assert_eq!(got[2], (ClaimKind::Boilerplate, "Image: Nick Moreau."));
    }

    #[test]
    fn presplit_keeps_lines() {
        let s = presplit("  one line \n\n two. lines. \n");
        assert_eq!(s.len(), 2);
        assert_eq!((s[0].start, s[0].end), (2, 10));
    }
}
