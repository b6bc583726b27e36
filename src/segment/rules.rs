//! Sentence boundaries inside a block of running text.
//!
//! The scan jumps from one candidate byte to the next (`.`, `!`, `?`, `:`, and
//! the lead byte of `…` and CJK stops) and decides each candidate from a
//! bounded window around it: the terminator run (`?!`, `...`, `. . . .`), the
//! closing quotes and brackets after it, the word before it and the word after
//! the following space. Every offset it visits is visited a bounded number of
//! times, so the scan is linear in the block length.

use super::abbrev::{classify, is_starter, lower, WordClass};
use super::attribution::{attribution_follows, credit_start};
use super::lists::{skip_marker, split_items};
use super::text::{
    can_start_sentence, char_at, is_capital, is_closer, is_opener, is_ws, rskip_ws, skip_ws,
    ws_len_before,
};

/// One claim found in a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    /// First non-whitespace byte.
    pub start: usize,
    /// One past the last non-whitespace byte.
    pub end: usize,
    /// The piece was cut before a photo credit (`… Image: Nick Moreau.`): a caption.
    pub before_credit: bool,
}

/// Longest token looked at behind a period (bytes).
const WORD_WINDOW: usize = 64;

/// Bytes that may start a boundary decision.
static CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b':' as usize] = true;
    t[0xE2] = true; // … ‼
    t[0xE3] = true; // 。
    t[0xEF] = true; // ！ ？
    t
};

/// Split the block `start..end` (trimmed, may contain newlines) into pieces.
pub(crate) fn split_block(text: &str, start: usize, end: usize, out: &mut Vec<Piece>) {
    let mut items = Vec::new();
    if split_items(text, start, end, &mut items) {
        for (s, e) in items {
            split_sentences(text, s, e, out);
        }
    } else {
        split_sentences(text, start, end, out);
    }
}

/// A run of terminators starting at a candidate.
struct Run {
    /// Offset past the last terminator.
    end: usize,
    /// Number of periods (an ellipsis character counts three).
    dots: usize,
    /// Contains `!` or `?`.
    bang: bool,
    /// Periods separated by spaces (`. . .`).
    spaced: bool,
    /// A CJK full stop or full-width mark: ends a sentence without a space.
    cjk: bool,
}

fn split_sentences(text: &str, start: usize, end: usize, out: &mut Vec<Piece>) {
    let b = text.as_bytes();
    let mut s = start;
    let mut i = skip_marker(text, s, end);
    while i < end {
        if !CANDIDATE[b[i] as usize] {
            i += 1;
            continue;
        }
        if b[i] == b':' {
            if let Some(w) = credit_start(text, s, i, end) {
                out.push(Piece {
                    start: s,
                    end: rskip_ws(b, s, w),
                    before_credit: true,
                });
                s = w;
            }
            i += 1;
            continue;
        }
        let Some(run) = terminator_run(text, i, end) else {
            i += 1;
            continue;
        };
        let mut after = run.end;
        while let Some(c) = char_at(text, after).filter(|&c| after < end && is_closer(c)) {
            after += c.len_utf8();
        }
        match decide(text, s, i, &run, after, end) {
            Some((claim_end, next)) => {
                out.push(Piece {
                    start: s,
                    end: claim_end,
                    before_credit: false,
                });
                s = next;
                i = skip_marker(text, s, end).max(next);
            }
            None => i = after.max(i + 1),
        }
    }
    if s < end {
        out.push(Piece {
            start: s,
            end,
            before_credit: false,
        });
    }
}

/// The terminator run at `i`, or `None` when the byte there is not a terminator.
fn terminator_run(text: &str, i: usize, end: usize) -> Option<Run> {
    let b = text.as_bytes();
    let mut r = Run {
        end: i,
        dots: 0,
        bang: false,
        spaced: false,
        cjk: false,
    };
    let mut j = i;
    while j < end {
        match b[j] {
            b'.' => {
                r.dots += 1;
                j += 1;
            }
            b'!' | b'?' => {
                r.bang = true;
                j += 1;
            }
            b' ' if r.dots > 0
                && b[j - 1] == b'.'
                && b.get(j + 1) == Some(&b'.')
                && j + 1 < end =>
            {
                r.spaced = true;
                j += 1;
            }
            0xE2 | 0xE3 | 0xEF => match char_at(text, j) {
                Some('\u{2026}') => {
                    r.dots += 3;
                    j += 3;
                }
                Some('\u{203c}') => {
                    r.bang = true;
                    j += 3;
                }
                Some('\u{3002}' | '\u{ff01}' | '\u{ff1f}') => {
                    r.cjk = true;
                    j += 3;
                }
                _ => break,
            },
            _ => break,
        }
    }
    r.end = j;
    (j > i).then_some(r)
}

/// Decide whether the run at `i` (claim started at `s`) ends the claim.
/// Returns the claim end and the start of the next claim.
fn decide(
    text: &str,
    s: usize,
    i: usize,
    run: &Run,
    after: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if after >= end || !has_content(text, s, i) {
        return None;
    }
    if !is_ws(b, after) {
        if run.cjk {
            return Some((after, after));
        }
        let glued = run.dots == 1 && !run.bang && after == run.end;
        return (glued && glued_boundary(b, i, end)).then_some((after, after));
    }
    let next = skip_ws(b, after, end);
    let nc = char_at(text, next)?;
    let quoted = b[run.end..after]
        .iter()
        .any(|&c| matches!(c, b'"' | b'\'' | 0x9d | 0x99 | 0xbb));
    if quoted && attribution_follows(text, next, end, run.bang) {
        return None;
    }
    if run.bang || run.cjk {
        return can_start_sentence(nc).then_some((after, next));
    }
    if run.dots >= 2 {
        return ellipsis(text, i, run, after, next, nc);
    }
    // A single period: look at the word before it.
    let wstart = word_start(b, s, i);
    let mut ws = wstart;
    while let Some(c) = char_at(text, ws).filter(|&c| ws < i && is_opener(c)) {
        ws += c.len_utf8();
    }
    let word = &b[ws..i];
    let class = if i - wstart >= WORD_WINDOW {
        WordClass::Plain
    } else {
        classify(word, prev_word_lower(text, s, wstart))
    };
    let boundary = match class {
        WordClass::Plain => can_start_sentence(nc),
        WordClass::Never => false,
        WordClass::Numeric => !nc.is_ascii_digit() && can_start_sentence(nc),
        WordClass::Initial => next_is_starter(b, next, end),
        WordClass::Ambiguous => {
            (next_is_starter(b, next, end) || matches!(nc, '"' | '\u{201c}'))
                && enough_words(b, s, wstart)
        }
    };
    boundary.then_some((after, next))
}

/// Ellipses: `...`, `…`, `. . .` end a sentence before a capital (except the
/// pronoun `I`); four periods end it before a capital or an opening quotation
/// mark, and `word. . . .` ends it
/// after the first period (the ellipsis opens the next sentence).
fn ellipsis(
    text: &str,
    i: usize,
    run: &Run,
    after: usize,
    next: usize,
    nc: char,
) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if run.dots <= 3 {
        if !is_capital(nc) {
            return None;
        }
        let pronoun_i = nc == 'I' && !b.get(next + 1).is_some_and(u8::is_ascii_alphanumeric);
        return (!pronoun_i).then_some((after, next));
    }
    // Four periods: a full stop and an ellipsis; a quotation may follow.
    if !(is_capital(nc) || matches!(nc, '"' | '\u{201c}')) {
        return None;
    }
    let attached = ws_len_before(b, i) == 0;
    if attached && run.spaced {
        return Some((i + 1, skip_ws(b, i + 1, after)));
    }
    Some((after, next))
}

/// Whether the claim `s..i` has a letter or digit (a run of dots alone never
/// forms a claim). Long claims are assumed to.
fn has_content(text: &str, s: usize, i: usize) -> bool {
    i - s > 8
        || text
            .get(s..i)
            .is_some_and(|t| t.chars().any(char::is_alphanumeric))
}

/// Start of the whitespace-delimited token ending at `i` (at most [`WORD_WINDOW`] back).
pub(crate) fn word_start(b: &[u8], s: usize, i: usize) -> usize {
    let lo = s.max(i.saturating_sub(WORD_WINDOW));
    let mut j = i;
    while j > lo && ws_len_before(b, j) == 0 {
        j -= 1;
    }
    j
}

/// Whether the token before `wstart` starts with a lowercase letter.
fn prev_word_lower(text: &str, s: usize, wstart: usize) -> bool {
    let b = text.as_bytes();
    let pend = rskip_ws(b, s.max(wstart.saturating_sub(WORD_WINDOW)), wstart);
    if pend == s {
        return false;
    }
    let ps = word_start(b, s, pend);
    char_at(text, ps).is_some_and(char::is_lowercase)
}

/// Whether at least three tokens precede `wstart` in the claim (an abbreviation
/// as the first, second or third word rarely ends a sentence: `At 5 a.m. Mr. Smith`).
fn enough_words(b: &[u8], s: usize, wstart: usize) -> bool {
    if wstart.saturating_sub(s) > 256 {
        return true;
    }
    let mut tokens = 0;
    let mut in_word = false;
    for c in &b[s..wstart] {
        let w = c.is_ascii_whitespace();
        if !w && !in_word {
            tokens += 1;
        }
        in_word = !w;
    }
    tokens >= 3
}

/// Whether the capitalised word at `next` typically opens a sentence (`The`,
/// `He`, `In`, `Mr.`), or is a label such as `Image:` or `Update:`. A word with
/// a period that is not a title (`A.`, `No.`) is an initial or abbreviation.
fn next_is_starter(b: &[u8], next: usize, end: usize) -> bool {
    if !b[next].is_ascii_uppercase() {
        return false;
    }
    let mut j = next;
    while j < end && j - next < 16 && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j < end && b[j].is_ascii_alphabetic() {
        return false;
    }
    if b.get(j) == Some(&b':') {
        return true;
    }
    let mut buf = [0u8; 16];
    let Some(w) = lower(&b[next..j], &mut buf) else {
        return false;
    };
    if b.get(j) == Some(&b'.') {
        return matches!(w, b"mr" | b"mrs" | b"ms" | b"dr");
    }
    is_starter(w)
}

/// `world.Today`, `1,000.That`: a period glued to a capitalised word ends a
/// sentence, unless the token is an e-mail address, URL or abbreviation.
fn glued_boundary(b: &[u8], i: usize, end: usize) -> bool {
    let (Some(&p), Some(&n1), Some(&n2)) =
        (i.checked_sub(1).map(|p| &b[p]), b.get(i + 1), b.get(i + 2))
    else {
        return false;
    };
    if !(p.is_ascii_lowercase() || p.is_ascii_digit())
        || !n1.is_ascii_uppercase()
        || !n2.is_ascii_lowercase()
    {
        return false;
    }
    let lo = i.saturating_sub(32);
    let mut ws = i;
    while ws > lo && (b[ws - 1].is_ascii_alphanumeric() || b[ws - 1] == b',') {
        ws -= 1;
    }
    if ws > 0 && matches!(b[ws - 1], b'.' | b'@' | b'/' | b':' | b'_' | b'-') {
        return false;
    }
    let hi = (i + 64).min(end);
    let tail = &b[i + 1..hi];
    let tok_end = tail
        .iter()
        .position(u8::is_ascii_whitespace)
        .unwrap_or(tail.len());
    if tail[..tok_end].iter().any(|&c| matches!(c, b'@' | b'/')) {
        return false;
    }
    !matches!(
        classify(&b[ws..i], false),
        WordClass::Never | WordClass::Ambiguous | WordClass::Numeric
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split_block(s, 0, s.len(), &mut out);
        out.iter().map(|p| &s[p.start..p.end]).collect()
    }

    #[test]
    fn abbreviations_before_names_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met Dr. Jones. They talked."),
            ["Mr. Smith met Dr. Jones.", "They talked."]
        );
        assert_eq!(
            split("critics of U.S. President Trump."),
            ["critics of U.S. President Trump."]
        );
    }

    #[test]
    fn dotted_abbreviation_ends_a_sentence_before_a_starter() {
        assert_eq!(
            split("The team arrived in Washington D.C. The six members were tired."),
            [
                "The team arrived in Washington D.C.",
                "The six members were tired."
            ]
        );
    }

    #[test]
    fn initials_stay_inside_names() {
        assert_eq!(
            split("He met writer L. Ron Hubbard. Then he left."),
            ["He met writer L. Ron Hubbard.", "Then he left."]
        );
    }

    #[test]
    fn decimals_urls_and_emails_do_not_split() {
        assert_eq!(
            split("Mail Jane.Doe@example.com today. It costs $1.50 now."),
            ["Mail Jane.Doe@example.com today.", "It costs $1.50 now."]
        );
    }

    #[test]
    fn glued_sentences_split() {
        assert_eq!(
            split("Hello world.Today is Tuesday."),
            ["Hello world.", "Today is Tuesday."]
        );
    }

    #[test]
    fn credits_are_cut_from_captions() {
        let got = split("Belle Image: Nick Moreau.");
        assert_eq!(got, ["Belle", "Image: Nick Moreau."]);
    }

    #[test]
    fn attribution_after_a_quoted_exclamation_continues() {
        assert_eq!(
            split("\"Go away!\" Smith shouted. He left."),
            ["\"Go away!\" Smith shouted.", "He left."]
        );
        assert_eq!(
            split("\"It works. It ships.\" Anonymous blogger, \"Notes\""),
            ["\"It works.", "It ships.\" Anonymous blogger, \"Notes\""]
        );
    }

    #[test]
    fn et_al_before_a_year_continues() {
        assert_eq!(
            split("Work by Lee and Smith et al. (2010) found it."),
            ["Work by Lee and Smith et al. (2010) found it."]
        );
    }

    #[test]
    fn ellipsis_before_pronoun_i_continues() {
        assert_eq!(
            split("the thing is . . . I didn't mean it."),
            ["the thing is . . . I didn't mean it."]
        );
        assert_eq!(
            split("I never meant that.... She left."),
            ["I never meant that....", "She left."]
        );
    }

    #[test]
    fn question_and_exclamation_before_lowercase_continue() {
        assert_eq!(
            split("She works at Yahoo! in the city."),
            ["She works at Yahoo! in the city."]
        );
        assert_eq!(
            split("\"Why?\" he asked. Nobody knew."),
            ["\"Why?\" he asked.", "Nobody knew."]
        );
    }
}
