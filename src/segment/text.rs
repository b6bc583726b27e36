//! Byte-level helpers: Unicode whitespace, character classes and bounded scans.
//!
//! The segmenter works on byte offsets. Every helper here takes and returns
//! offsets that lie on character boundaries, and every scan is bounded so that
//! adversarial input (huge tokens, endless runs of dots) stays linear.

/// Length in bytes of the whitespace character starting at `i`, or 0.
///
/// The set is `char::is_whitespace` (Unicode White_Space), decoded by hand so
/// that ASCII text never leaves the fast path.
#[inline]
pub(crate) fn ws_len(b: &[u8], i: usize) -> usize {
    let c = b[i];
    if c < 0x80 {
        return usize::from(c == b' ' || (0x09..=0x0d).contains(&c));
    }
    let b1 = b.get(i + 1).copied().unwrap_or(0);
    let b2 = b.get(i + 2).copied().unwrap_or(0);
    match (c, b1, b2) {
        (0xC2, 0x85 | 0xA0, _) => 2,
        (0xE1, 0x9A, 0x80) => 3,
        (0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) => 3,
        (0xE2, 0x81, 0x9F) => 3,
        (0xE3, 0x80, 0x80) => 3,
        _ => 0,
    }
}

/// Length in bytes of the whitespace character ending just before `i`, or 0.
#[inline]
pub(crate) fn ws_len_before(b: &[u8], i: usize) -> usize {
    if i == 0 {
        return 0;
    }
    let c = b[i - 1];
    if c < 0x80 {
        return usize::from(c == b' ' || (0x09..=0x0d).contains(&c));
    }
    if i >= 2 && ws_len(b, i - 2) == 2 {
        return 2;
    }
    if i >= 3 && ws_len(b, i - 3) == 3 {
        return 3;
    }
    0
}

/// Whether a whitespace character starts at `i` (`i < b.len()`).
#[inline]
pub(crate) fn is_ws(b: &[u8], i: usize) -> bool {
    ws_len(b, i) > 0
}

/// First offset in `i..end` that is not whitespace (or `end`).
#[inline]
pub(crate) fn skip_ws(b: &[u8], mut i: usize, end: usize) -> usize {
    while i < end {
        let n = ws_len(b, i);
        if n == 0 {
            break;
        }
        i += n;
    }
    i.min(end)
}

/// Offset one past the last non-whitespace character in `start..i` (or `start`).
#[inline]
pub(crate) fn rskip_ws(b: &[u8], start: usize, mut i: usize) -> usize {
    while i > start {
        let n = ws_len_before(b, i);
        if n == 0 {
            break;
        }
        i -= n;
    }
    i.max(start)
}

/// The character starting at byte `i`, if `i` is a character boundary.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The character ending just before byte `i`.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// Closing quotes and brackets that may follow a sentence terminator.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | ')' | ']' | '}' | '\u{201d}' | '\u{2019}' | '\u{00bb}' | '\u{203a}'
    )
}

/// Opening quotes and brackets that may start a sentence.
#[inline]
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '('
            | '['
            | '{'
            | '\u{201c}'
            | '\u{2018}'
            | '\u{00ab}'
            | '\u{2039}'
            | '\u{00bf}'
            | '\u{00a1}'
    )
}

/// Sentence-final punctuation (a terminator, before any closers).
#[inline]
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '\u{2026}' | '\u{3002}' | '\u{ff01}' | '\u{ff1f}' | '\u{203c}'
    )
}

/// Whether `c` can open a new sentence after a terminator and a space:
/// a capital or uncased letter, a digit, an opening quote or bracket, or a symbol
/// such as `$` or `#`. Lowercase letters and continuing punctuation cannot.
#[inline]
pub(crate) fn can_start_sentence(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase()
            || c.is_ascii_digit()
            || matches!(
                c,
                '"' | '\'' | '(' | '[' | '$' | '#' | '@' | '*' | '\u{00a3}'
            );
    }
    if c.is_alphabetic() {
        return !c.is_lowercase();
    }
    is_opener(c) || matches!(c, '\u{20ac}' | '\u{00a3}' | '\u{2022}')
}

/// Whether `c` is an uppercase or uncased letter (a "capitalised" word start).
#[inline]
pub(crate) fn is_capital(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.is_alphabetic() && !c.is_lowercase()
    }
}

/// Whether the line `start..end` (trimmed) ends with sentence-final punctuation,
/// looking through closing quotes and brackets.
pub(crate) fn ends_final(text: &str, start: usize, end: usize) -> bool {
    let mut i = end;
    for _ in 0..8 {
        match char_before(text, i) {
            Some(c) if i > start && is_closer(c) => i -= c.len_utf8(),
            Some(c) if i > start => return is_terminator(c),
            _ => return false,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unicode_spaces_are_whitespace_like_std() {
        for c in [
            '\u{a0}', '\u{2003}', '\u{3000}', '\u{85}', '\u{2028}', '\u{202f}',
        ] {
            let s = format!("a{c}b");
            assert_eq!(ws_len(s.as_bytes(), 1), c.len_utf8(), "{c:?}");
            assert_eq!(ws_len_before(s.as_bytes(), 1 + c.len_utf8()), c.len_utf8());
        }
        assert_eq!(ws_len("é".as_bytes(), 0), 0);
        assert_eq!(ws_len("\u{2026}".as_bytes(), 0), 0);
    }

    #[test]
    fn skips_whitespace_both_ways() {
        let s = "  a b \u{3000} ";
        let b = s.as_bytes();
        assert_eq!(skip_ws(b, 0, b.len()), 2);
        assert_eq!(rskip_ws(b, 0, b.len()), 5);
    }

    #[test]
    fn final_punctuation_looks_through_quotes() {
        let s = "He said \"yes.\"";
        assert!(ends_final(s, 0, s.len()));
        let t = "China Dismisses 'Campaign'";
        assert!(!ends_final(t, 0, t.len()));
        assert!(!ends_final("\"", 0, 1));
    }
}
