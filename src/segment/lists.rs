//! List markers: `1.`, `2)`, `3.)`, `a.`, bullets (`•`, `⁃`, `-`, `*`).
//!
//! A marker at the start of a claim is never a sentence end. A block that
//! starts with a numbered or lettered marker is split before each following
//! marker that continues the sequence (`1.` … `2.` …), so run-in lists such as
//! `1. The first item 2. The second item` become one claim per item.

use super::text::{is_ws, rskip_ws, skip_ws, ws_len_before};

/// The numbering of a list marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seq {
    /// `1.`, `12)`.
    Num(u32),
    /// `a.`, `b)`.
    Letter(u8),
    /// A bullet without a number.
    Bare,
}

/// What follows the number: `.`, `)` or `.)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Dot,
    Paren,
    DotParen,
    Bare,
}

/// A list marker found at some offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Marker {
    seq: Seq,
    style: Style,
    bullet: Option<char>,
    /// Offset just past the marker (before the whitespace that follows it).
    pub end: usize,
}

impl Marker {
    /// A number or letter without a bullet (`2.`, `b)`), as section headings use.
    pub(crate) fn numbered(&self) -> bool {
        self.bullet.is_none() && self.seq != Seq::Bare
    }

    /// Whether `next` continues the list this marker belongs to.
    fn followed_by(&self, next: &Marker) -> bool {
        let seq = match (self.seq, next.seq) {
            (Seq::Num(a), Seq::Num(b)) => b == a + 1,
            (Seq::Letter(a), Seq::Letter(b)) => b == a + 1,
            // Dashes and asterisks also occur inside sentences: only real bullets run in.
            (Seq::Bare, Seq::Bare) => !matches!(self.bullet, Some('-' | '*')),
            _ => false,
        };
        seq && self.style == next.style && self.bullet == next.bullet
    }
}

fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{2022}' | '\u{2043}' | '\u{2023}' | '\u{25e6}' | '\u{25aa}' | '\u{25cf}' | '-' | '*'
    )
}

/// The list marker starting at `i`, if any. A marker is an optional bullet,
/// then a number of at most three digits or one lowercase letter, then `.`,
/// `)` or `.)`, then whitespace; or a bullet alone followed by whitespace.
pub(crate) fn marker_at(text: &str, i: usize, end: usize) -> Option<Marker> {
    let b = text.as_bytes();
    let mut j = i;
    let mut bullet = None;
    if let Some(c) = text.get(i..end)?.chars().next() {
        if is_bullet(c) {
            bullet = Some(c);
            j += c.len_utf8();
            while j < end && b[j] == b' ' && j - i < 8 {
                j += 1;
            }
        }
    }
    let after_bullet = j;
    let bare = || {
        (bullet.is_some()
            && after_bullet > i
            && (after_bullet >= end || is_ws(b, after_bullet - 1)))
        .then_some(Marker {
            seq: Seq::Bare,
            style: Style::Bare,
            bullet,
            end: after_bullet,
        })
    };
    let seq;
    if j < end && b[j].is_ascii_digit() {
        let mut n = 0u32;
        let s = j;
        while j < end && b[j].is_ascii_digit() && j - s < 3 {
            n = n * 10 + u32::from(b[j] - b'0');
            j += 1;
        }
        if j < end && b[j].is_ascii_digit() {
            return bare();
        }
        seq = Seq::Num(n);
    } else if j < end && b[j].is_ascii_lowercase() {
        seq = Seq::Letter(b[j]);
        j += 1;
    } else {
        return bare();
    }
    let style = if b[j..end].starts_with(b".)") {
        j += 2;
        Style::DotParen
    } else if b[j..end].starts_with(b")") {
        j += 1;
        Style::Paren
    } else if b[j..end].starts_with(b".") {
        j += 1;
        Style::Dot
    } else {
        return bare();
    };
    if j < end && !is_ws(b, j) {
        return bare();
    }
    Some(Marker {
        seq,
        style,
        bullet,
        end: j,
    })
}

/// Offset where the claim text after a leading list marker at `s` starts
/// being scanned for sentence ends (`s` itself when there is no marker).
pub(crate) fn skip_marker(text: &str, s: usize, end: usize) -> usize {
    marker_at(text, s, end).map_or(s, |m| m.end)
}

/// Split a block that starts with a list marker into its items, pushing
/// `(start, end)` ranges. Returns false (and pushes nothing) when the block is
/// not a run-in list (no second marker continues the first).
pub(crate) fn split_items(
    text: &str,
    start: usize,
    end: usize,
    out: &mut Vec<(usize, usize)>,
) -> bool {
    let Some(mut current) = marker_at(text, start, end) else {
        return false;
    };
    let b = text.as_bytes();
    let first = out.len();
    let mut item_start = start;
    let mut j = current.end;
    while j < end {
        // Only look at word starts: a non-space right after whitespace.
        if ws_len_before(b, j) > 0 && !is_ws(b, j) {
            if let Some(m) = marker_at(text, j, end) {
                if current.followed_by(&m) {
                    out.push((item_start, rskip_ws(b, item_start, j)));
                    item_start = j;
                    current = m;
                    j = m.end;
                    continue;
                }
            }
        }
        j += 1;
        while j < end && !text.is_char_boundary(j) {
            j += 1;
        }
    }
    if out.len() == first {
        return false;
    }
    let s = skip_ws(b, item_start, end);
    out.push((s, end));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        if !split_items(s, 0, s.len(), &mut out) {
            return vec![];
        }
        out.into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn numbered_run_in_list_splits_per_item() {
        assert_eq!(
            items("1.) The first item 2.) The second item"),
            ["1.) The first item", "2.) The second item"]
        );
        assert_eq!(items("1) One. 2) Two."), ["1) One.", "2) Two."]);
    }

    #[test]
    fn bullets_and_letters_continue_the_sequence() {
        assert_eq!(
            items("\u{2022} 9. A \u{2022} 10. B"),
            ["\u{2022} 9. A", "\u{2022} 10. B"]
        );
        assert_eq!(items("a. x b. y c. z"), ["a. x", "b. y", "c. z"]);
    }

    #[test]
    fn dashes_inside_a_dash_item_do_not_split_it() {
        assert!(items("- The six - member team - won").is_empty());
        assert_eq!(
            items("\u{2022} one \u{2022} two"),
            ["\u{2022} one", "\u{2022} two"]
        );
    }

    #[test]
    fn a_number_out_of_sequence_is_not_a_list() {
        assert!(items("1. We sold 5. Then").is_empty());
        assert!(items("Prices rose 2. Then").is_empty());
    }

    #[test]
    fn marker_needs_whitespace_after_it() {
        assert!(marker_at("1.5 percent", 0, 11).is_none());
        assert_eq!(skip_marker("2. The second", 0, 13), 2);
        assert_eq!(skip_marker("U.S. officials", 0, 14), 0);
    }
}
