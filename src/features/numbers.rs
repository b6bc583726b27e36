//! Numbers, quantities and dates, compared by value.

use super::tokens::Token;

/// What a quantity denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuantityKind {
    /// A plain count or amount.
    Number,
    /// A year (1900–2099 written as four digits).
    Year,
}

/// A number mentioned in a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// As written.
    pub text: String,
    /// Its value.
    pub value: f64,
    /// What it denotes.
    pub kind: QuantityKind,
}

const WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("twenty", 20.0),
    ("hundred", 100.0),
    ("thousand", 1000.0),
];

/// Find the quantities in a claim's tokens.
pub fn quantities(tokens: &[Token]) -> Vec<Quantity> {
    let mut out = Vec::new();
    for t in tokens {
        let digits = t.norm.replace(',', "");
        if let Ok(v) = digits.parse::<f64>() {
            let kind = if t.norm.len() == 4 && (1900.0..2100.0).contains(&v) {
                QuantityKind::Year
            } else {
                QuantityKind::Number
            };
            out.push(Quantity {
                text: t.norm.clone(),
                value: v,
                kind,
            });
        } else if let Some((_, v)) = WORDS.iter().find(|(w, _)| *w == t.norm) {
            out.push(Quantity {
                text: t.norm.clone(),
                value: *v,
                kind: QuantityKind::Number,
            });
        }
    }
    out
}
