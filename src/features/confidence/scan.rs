//! A light scanner for the confidence rules: words and punctuation with byte
//! spans, matched against an ASCII-lowercased copy of the claim (same offsets).

/// One word or punctuation mark of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    /// Byte offset of the token in the claim.
    pub start: usize,
    /// Byte offset one past the token.
    pub end: usize,
    /// A word (letters, digits, inner apostrophes, hyphens and abbreviation dots).
    pub word: bool,
    /// The word starts with an uppercase letter as written.
    pub cap: bool,
    /// The word starts with a digit.
    pub digit: bool,
}

/// Abbreviations whose final dot belongs to the word ("Mr. Smith").
const ABBREVS: &[&str] = &[
    "co", "col", "corp", "dr", "gen", "gov", "inc", "jr", "lt", "ltd", "mr", "mrs", "ms", "prof",
    "rep", "rev", "sen", "sgt", "sr", "st", "vs",
];

/// A scanned claim: the text, its lowercase copy and its tokens.
pub struct Scan<'a> {
    /// The claim as written.
    pub text: &'a str,
    /// ASCII-lowercased copy of `text` (the same byte offsets).
    pub lower: String,
    /// Words and punctuation marks, in order.
    pub toks: Vec<Tok>,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '.' | '&')
}

impl<'a> Scan<'a> {
    /// Scan `text` into tokens.
    pub fn new(text: &'a str) -> Scan<'a> {
        let lower = text.to_ascii_lowercase();
        let mut toks = Vec::with_capacity(text.len() / 5 + 4);
        let mut it = text.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_whitespace() {
                continue;
            }
            if !is_word_char(c) {
                toks.push(Tok {
                    start: i,
                    end: i + c.len_utf8(),
                    word: false,
                    cap: false,
                    digit: false,
                });
                continue;
            }
            let mut end = i + c.len_utf8();
            let mut prev = c;
            while let Some(&(j, d)) = it.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    prev = d;
                    it.next();
                    continue;
                }
                if !is_joiner(d) {
                    break;
                }
                // A joiner stays inside the word only between two word characters,
                // and a dot only inside an abbreviation such as "U.S".
                let after = text[j + d.len_utf8()..].chars().next();
                let joins = match (d, after) {
                    ('.', Some(a)) => {
                        prev.is_uppercase() && a.is_uppercase()
                            || prev.is_alphanumeric() && a.is_ascii_lowercase()
                    }
                    (_, Some(a)) => prev.is_alphanumeric() && a.is_alphanumeric(),
                    _ => false,
                };
                if !joins {
                    break;
                }
                end = j + d.len_utf8();
                prev = d;
                it.next();
            }
            // "Mr." and "U.S." keep their final dot, and so does a middle
            // initial before a name ("Neal R. Sonnett").
            if let Some(&(j, '.')) = it.peek() {
                let w = &lower[i..end];
                let initial = end - i == 1 && c.is_uppercase() && {
                    let mut rest = text[j + 1..].chars();
                    rest.next() == Some(' ') && rest.next().is_some_and(char::is_uppercase)
                };
                if ABBREVS.contains(&w) || (w.len() >= 3 && w.contains('.')) || initial {
                    end = j + 1;
                    it.next();
                }
            }
            toks.push(Tok {
                start: i,
                end,
                word: true,
                cap: c.is_uppercase(),
                digit: c.is_ascii_digit(),
            });
        }
        Scan { text, lower, toks }
    }

    /// The lowercase text of token `i` ("" past the end).
    pub fn low(&self, i: usize) -> &str {
        self.toks
            .get(i)
            .map_or("", |t| self.lower.get(t.start..t.end).unwrap_or(""))
    }

    /// The lowercase text of the token `back` places before `i` ("" before the start).
    pub fn low_back(&self, i: usize, back: usize) -> &str {
        i.checked_sub(back).map_or("", |j| self.low(j))
    }

    /// The text as written from token `a` to token `b` inclusive.
    pub fn span(&self, a: usize, b: usize) -> &'a str {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) if x.start <= y.end => self.text.get(x.start..y.end).unwrap_or(""),
            _ => "",
        }
    }

    /// Whether token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    /// Whether the words from token `i` on spell `phrase` (space-separated, lowercase).
    pub fn matches(&self, i: usize, phrase: &str) -> bool {
        phrase
            .split(' ')
            .enumerate()
            .all(|(k, w)| self.is_word(i + k) && self.low(i + k) == w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let s = Scan::new(text);
        (0..s.toks.len()).map(|i| s.low(i).to_string()).collect()
    }

    #[test]
    fn keeps_apostrophes_hyphens_and_abbreviations_inside_words() {
        assert_eq!(
            words("China's anti-hacking U.S. team, Mr. Li said."),
            vec![
                "china's",
                "anti-hacking",
                "u.s.",
                "team",
                ",",
                "mr.",
                "li",
                "said",
                "."
            ]
        );
    }

    #[test]
    fn splits_punctuation_and_survives_odd_input() {
        assert_eq!(
            words("\"yes\"--no"),
            vec!["\"", "yes", "\"", "-", "-", "no"]
        );
        assert!(words("").is_empty());
        assert_eq!(words("É’ ’"), vec!["É", "’", "’"]);
    }
}
