//! Tokens: normalised words with stems and their byte spans in the claim.

use unicode_normalization::UnicodeNormalization;

pub use super::stem::stem_parts;

/// One word of a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// NFKC, case-folded, quotes/dashes folded.
    pub norm: String,
    /// A light suffix-stripped stem of `norm`.
    pub stem: String,
    /// Byte offset of the word in the claim text.
    pub start: usize,
    /// Byte offset one past the word.
    pub end: usize,
    /// Whether the word starts with an uppercase letter as written.
    pub capitalised: bool,
    /// Whether the word is written as an acronym ("NSA", "U.N.", "IAEA's").
    pub acronym: bool,
    /// Whether the word carries content (not a stopword).
    pub content: bool,
}

/// Common English function words, left out of content matching.
pub const STOPWORDS: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "but", "by", "can", "for", "from", "had", "has", "have", "he", "her", "his", "i", "in", "into",
    "is", "it", "its", "of", "on", "or", "our", "she", "so", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "to", "was", "we", "were",
    "which", "while", "who", "will", "with", "would", "you",
];

/// Whether `w` (already normalised) is a stopword.
pub fn is_stopword(w: &str) -> bool {
    STOPWORDS.binary_search(&w).is_ok()
}

/// Normalise one word: NFKC, lowercase, curly apostrophes folded.
///
/// Plain ASCII words (the common case) skip the Unicode tables.
pub fn normalize(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.nfkc()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{2010}'..='\u{2015}' => '-',
            c => c,
        })
        .collect()
}

/// A light English stemmer: strips common inflections (plural, -ed, -ing, -ly).
///
/// "denied" and "deny" share a stem, and so do "stopped" and "stop".
pub fn stem(word: &str) -> String {
    let (base, tail) = stem_parts(word);
    let mut s = String::with_capacity(base.len() + tail.len());
    s.push_str(base);
    s.push_str(tail);
    s
}

/// Whether a word as written is an acronym: two to eight capital letters,
/// with dots between them allowed ("NSA", "U.N.") and an optional possessive
/// ("IAEA's"). Lowercase letters, digits and hyphens rule it out.
pub fn is_acronym(raw: &str) -> bool {
    let body = raw
        .strip_suffix("'s")
        .or_else(|| raw.strip_suffix("\u{2019}s"))
        .unwrap_or(raw);
    let mut letters = 0;
    for c in body.chars() {
        if c.is_uppercase() {
            letters += 1;
        } else if c != '.' {
            return false;
        }
    }
    (2..=8).contains(&letters)
}

/// Split a claim into word tokens (letters, digits, inner apostrophes, dots and hyphens).
pub fn tokenize(text: &str) -> Vec<Token> {
    words(text)
        .map(|(s, e)| {
            let raw = &text[s..e];
            let norm = normalize(raw);
            Token {
                stem: stem(&norm),
                capitalised: raw.chars().next().is_some_and(char::is_uppercase),
                acronym: is_acronym(raw),
                content: !is_stopword(&norm),
                norm,
                start: s,
                end: e,
            }
        })
        .collect()
}

/// The byte spans of the words of `text`, as [`tokenize`] finds them, without
/// normalising anything: a word is a run of letters and digits with inner
/// apostrophes, dots and hyphens (and thousands commas inside numbers); trailing
/// dots, apostrophes and hyphens are left out.
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator over word spans, see [`words`].
#[derive(Debug, Clone)]
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let text = self.text;
        let bytes = text.as_bytes();
        loop {
            let mut start = None;
            let mut i = self.pos;
            while i < bytes.len() {
                let b = bytes[i];
                if b < 0x80 {
                    // ASCII fast path
                    if b.is_ascii_alphanumeric()
                        || (start.is_some() && matches!(b, b'\'' | b'.' | b'-'))
                    {
                        start.get_or_insert(i);
                    } else if b == b','
                        && start.is_some()
                        && i > 0
                        && bytes[i - 1].is_ascii_digit()
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
                    {
                        // thousands separator inside a number
                    } else if start.is_some() {
                        break;
                    }
                    i += 1;
                    continue;
                }
                let Some(c) = text[i..].chars().next() else {
                    break;
                };
                if c.is_alphanumeric() || (c == '\u{2019}' && start.is_some()) {
                    start.get_or_insert(i);
                } else if start.is_some() {
                    break;
                }
                i += c.len_utf8();
            }
            self.pos = i;
            let s = start?;
            // trailing dots, apostrophes (' or U+2019) and hyphens are not part of the word
            let mut e = i;
            while e > s {
                let b = &bytes[s..e];
                if matches!(b.last(), Some(b'.' | b'\'' | b'-')) {
                    e -= 1;
                } else if b.ends_with("\u{2019}".as_bytes()) {
                    e -= 3;
                } else {
                    break;
                }
            }
            if e > s {
                return Some((s, e));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        let mut sorted = STOPWORDS.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, STOPWORDS);
    }

    #[test]
    fn tokenize_keeps_abbreviations_and_numbers() {
        let t: Vec<_> = tokenize("The U.S. paid $1,200.50 to China’s hackers.")
            .into_iter()
            .map(|t| t.norm)
            .collect();
        assert_eq!(
            t,
            ["the", "u.s", "paid", "1,200.50", "to", "china's", "hackers"]
        );
    }

    #[test]
    fn the_negation_is_not_the_stem_of_note() {
        assert_ne!(stem("note"), stem("not"));
        assert_eq!(stem("notes"), stem("note"));
        assert_eq!(stem("not"), "not");
    }

    #[test]
    fn stem_folds_inflections() {
        let same = |pairs: &[(&str, &str)]| {
            for (a, b) in pairs {
                assert_eq!(stem(a), stem(b), "{a} {b}");
            }
        };
        assert_eq!(stem("hackers"), stem("hacker"));
        assert_eq!(stem("rejected"), stem("rejects"));
        assert_eq!(stem("allies"), "ally");
        assert_eq!(stem("denied"), stem("deny"));
        assert_eq!(stem("stopped"), stem("stop"));
        assert_eq!(stem("hacking"), stem("hacked"));
        assert_eq!(stem("analysis"), "analysis");
        // "-eed" verbs are no past tense of anything
        same(&[
            ("succeed", "succeeded"),
            ("exceeds", "exceeded"),
            ("proceed", "proceeding"),
        ]);
        assert_eq!(stem("agreed"), stem("agree"));
        // the plural of an "-ing" noun stems as the noun does
        assert_eq!(stem("meetings"), stem("meeting"));
        assert_eq!(stem("findings"), stem("finding"));
        assert_eq!(stem("things"), "thing");
        // short verbs the suffix rules leave whole
        same(&[
            ("freed", "free"),
            ("died", "dies"),
            ("using", "used"),
            ("lying", "lie"),
        ]);
        same(&[
            ("voted", "vote"),
            ("voting", "votes"),
            ("making", "make"),
            ("ruled", "ruling"),
            ("added", "add"),
            ("tried", "try"),
            ("tries", "trying"),
            ("skies", "sky"),
        ]);
        // a double "l" after two syllables: British and American spellings meet
        same(&[
            ("cancelled", "canceled"),
            ("travelling", "travel"),
            ("controlled", "control"),
            ("installed", "install"),
        ]);
        // a base that ends in a doubled consonant keeps it
        same(&[
            ("boycotted", "boycott"),
            ("staffed", "staff"),
            ("stopped", "stop"),
        ]);
        for w in ["sell", "spell", "quell", "yell", "kill"] {
            assert_eq!(stem(w), w);
        }
        assert_eq!(stem("speed"), "speed");
        assert_ne!(stem("shed"), stem("she"));
        assert_ne!(stem("bring"), stem("br"));
    }

    #[test]
    fn acronyms_are_capitals_with_optional_dots() {
        for w in ["NSA", "U.N", "IAEA's", "US"] {
            assert!(is_acronym(w), "{w}");
        }
        for w in ["I", "Nsa", "G7", "D-S.D", "NASDAQ100", "A's"] {
            assert!(!is_acronym(w), "{w}");
        }
    }

    #[test]
    fn normalize_folds_case_and_curly_quotes() {
        assert_eq!(normalize("China\u{2019}s"), "china's");
        assert_eq!(normalize("NSA"), "nsa");
    }
}
