//! Tokens: normalised words with stems and their byte spans in the claim.

use unicode_normalization::UnicodeNormalization;

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
pub fn normalize(word: &str) -> String {
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
pub fn stem(word: &str) -> String {
    let w = word.strip_suffix("'s").unwrap_or(word);
    let n = w.len();
    let cut = |suf: &str, min: usize| n > suf.len() + min && w.ends_with(suf);
    let s = if cut("ies", 2) {
        format!("{}y", &w[..n - 3])
    } else if cut("ing", 3) {
        w[..n - 3].to_string()
    } else if cut("ed", 3)
        || (cut("es", 3) && (w.ends_with("ses") || w.ends_with("shes") || w.ends_with("ches")))
    {
        w[..n - 2].to_string()
    } else if cut("s", 2) && !w.ends_with("ss") && !w.ends_with("us") {
        w[..n - 1].to_string()
    } else if cut("ly", 3) {
        w[..n - 2].to_string()
    } else {
        w.to_string()
    };
    s.trim_end_matches('e').to_string()
}

/// Split a claim into word tokens (letters, digits, inner apostrophes, dots and hyphens).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let push = |s: usize, e: usize, out: &mut Vec<Token>| {
        let raw = text[s..e].trim_end_matches(['.', '\'', '\u{2019}', '-']);
        if raw.is_empty() {
            return;
        }
        let norm = normalize(raw);
        let content = !is_stopword(&norm);
        out.push(Token {
            stem: stem(&norm),
            capitalised: raw.chars().next().is_some_and(char::is_uppercase),
            norm,
            start: s,
            end: s + raw.len(),
            content,
        });
    };
    for (i, c) in text.char_indices() {
        let inner = matches!(c, '\'' | '\u{2019}' | '.' | '-' | ',');
        if c.is_alphanumeric() || (inner && start.is_some() && !matches!(c, ',')) {
            if start.is_none() {
                start = Some(i);
            }
        } else if c == ','
            && start.is_some()
            && text[..i].ends_with(|d: char| d.is_ascii_digit())
            && text[i + 1..].starts_with(|d: char| d.is_ascii_digit())
        {
            // thousands separator inside a number
        } else if let Some(s) = start.take() {
            push(s, i, &mut out);
        }
    }
    if let Some(s) = start {
        push(s, text.len(), &mut out);
    }
    out
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
    fn stem_folds_inflections() {
        assert_eq!(stem("hackers"), stem("hacker"));
        assert_eq!(stem("rejected"), stem("rejects"));
        assert_eq!(stem("allies"), "ally");
    }
}
