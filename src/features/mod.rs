//! Features: what the aligner and classifier know about a claim.
//!
//! Tokens with stems ([`tokens`]), named entities with alias keys ([`entities`]),
//! numbers and dates by value ([`numbers`]), negation, and the claim's
//! confidence with its cue words and source ([`confidence`]).

pub mod confidence;
pub mod entities;
pub mod numbers;
pub mod tokens;

pub use confidence::{assess, Assessment};
pub use entities::Entity;
pub use numbers::{Quantity, QuantityKind};
pub use tokens::Token;

/// Everything extracted from one claim.
#[derive(Debug, Clone)]
pub struct Features {
    /// The word tokens, in order.
    pub tokens: Vec<Token>,
    /// Named entities.
    pub entities: Vec<Entity>,
    /// Numbers and years.
    pub quantities: Vec<Quantity>,
    /// Negation words ("not", "never", "no").
    pub negations: Vec<String>,
    /// Confidence, cues and source.
    pub assessment: Assessment,
}

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "n't", "none", "nobody", "neither", "nor",
];

impl Features {
    /// Extract the features of one claim's text.
    pub fn extract(text: &str) -> Features {
        let tokens = tokens::tokenize(text);
        let negations = tokens
            .iter()
            .filter(|t| NEGATIONS.contains(&t.norm.as_str()) || t.norm.ends_with("n't"))
            .map(|t| text[t.start..t.end].to_string())
            .collect();
        Features {
            entities: entities::entities(text, &tokens),
            quantities: numbers::quantities(&tokens),
            assessment: assess(text),
            negations,
            tokens,
        }
    }
}
