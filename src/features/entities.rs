//! Named entities: capitalised runs and acronyms, with canonical keys for aliases.

use super::tokens::Token;

/// A named entity mentioned in a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// As written in the claim.
    pub text: String,
    /// Canonical key: aliases of one entity share it (`us`, `u.s`, `united states`).
    pub key: String,
}

/// Known aliases: (alias, canonical key).
const ALIASES: &[(&str, &str)] = &[
    ("u.s", "united states"),
    ("us", "united states"),
    ("usa", "united states"),
    ("america", "united states"),
    ("washington", "united states"),
    ("beijing", "china"),
    ("chinese", "china"),
    ("uk", "united kingdom"),
    ("britain", "united kingdom"),
    ("american", "united states"),
    ("british", "united kingdom"),
];

/// Canonical key for an entity name.
pub fn canonical(norm: &str) -> String {
    ALIASES
        .iter()
        .find(|(a, _)| *a == norm)
        .map(|(_, k)| k.to_string())
        .unwrap_or_else(|| norm.to_string())
}

/// Find entities: runs of capitalised tokens, skipping a sentence-initial function word.
pub fn entities(text: &str, tokens: &[Token]) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let initial_stop = i == 0 && !t.content;
        if t.capitalised && !initial_stop && !t.norm.chars().all(|c| c.is_ascii_digit()) {
            let mut j = i + 1;
            while j < tokens.len()
                && tokens[j].capitalised
                && text[tokens[j - 1].end..tokens[j].start].trim().is_empty()
            {
                j += 1;
            }
            let s = tokens[i].start;
            let e = tokens[j - 1].end;
            let norm: Vec<&str> = tokens[i..j].iter().map(|t| t.norm.as_str()).collect();
            let joined = norm.join(" ");
            let joined = joined.strip_suffix("'s").unwrap_or(&joined).to_string();
            out.push(Entity {
                text: text[s..e].to_string(),
                key: canonical(&joined),
            });
            i = j;
        } else {
            i += 1;
        }
    }
    out
}
