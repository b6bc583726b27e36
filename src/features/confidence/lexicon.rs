//! The embedded word lists (data/*.txt), parsed once into lookup tables.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How a hedge cue is checked in context (see data/hedges.txt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HedgeClass {
    /// may, might, could, would.
    Modal,
    /// Always a hedge.
    Adverb,
    /// A hedge except in fixed phrases.
    Adjective,
    /// Always a hedge.
    Noun,
    /// Verbs and nouns of belief or expectation.
    Belief,
    /// seem, appear, look like.
    Raising,
    /// if, unless, whether, provided.
    Condition,
    /// A hedge only after a form of "be".
    Passive,
    /// A fixed multi-word cue.
    Phrase,
    /// A noun of belief or risk, a hedge only before "that".
    ThatNoun,
}

/// How a denial cue is checked in context (see data/denials.txt).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DenialClass {
    /// A denial on its own.
    Deny,
    /// A denial when it rejects a claim.
    Reject,
    /// A denial when it labels something as false.
    Label,
}

/// Entries of one list keyed by their first word; multi-word entries carry all their words.
pub struct Table<C> {
    map: HashMap<&'static str, Vec<(&'static str, C)>>,
}

impl<C: Copy> Table<C> {
    fn parse(src: &'static str, class: impl Fn(&str) -> Option<C>) -> Table<C> {
        let mut map: HashMap<&'static str, Vec<(&'static str, C)>> = HashMap::new();
        for line in src.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (cue, tag) = line.split_once('\t').unwrap_or((line, ""));
            let Some(c) = class(tag.trim()) else { continue };
            let first = cue.split(' ').next().unwrap_or(cue);
            map.entry(first).or_default().push((cue, c));
        }
        // Longest entries first, so "said to be" wins over "said to".
        for v in map.values_mut() {
            v.sort_by_key(|(cue, _)| std::cmp::Reverse(cue.len()));
        }
        Table { map }
    }

    /// The entries starting with the lowercase word `w`, longest first.
    pub fn get(&self, w: &str) -> &[(&'static str, C)] {
        self.map.get(w).map_or(&[], Vec::as_slice)
    }
}

/// All word lists.
pub struct Lexicon {
    /// Hedge cues (data/hedges.txt).
    pub hedges: Table<HedgeClass>,
    /// Denial cues (data/denials.txt).
    pub denials: Table<DenialClass>,
    /// Reporting verb forms (data/reporting_verbs.txt).
    pub reporting: Table<()>,
}

fn hedge_class(tag: &str) -> Option<HedgeClass> {
    Some(match tag {
        "modal" => HedgeClass::Modal,
        "adverb" => HedgeClass::Adverb,
        "adjective" => HedgeClass::Adjective,
        "noun" => HedgeClass::Noun,
        "belief" => HedgeClass::Belief,
        "raising" => HedgeClass::Raising,
        "condition" => HedgeClass::Condition,
        "passive" => HedgeClass::Passive,
        "phrase" => HedgeClass::Phrase,
        "that-noun" => HedgeClass::ThatNoun,
        _ => return None,
    })
}

fn denial_class(tag: &str) -> Option<DenialClass> {
    Some(match tag {
        "deny" => DenialClass::Deny,
        "reject" => DenialClass::Reject,
        "label" => DenialClass::Label,
        _ => return None,
    })
}

/// The lexicon, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| Lexicon {
        hedges: Table::parse(include_str!("../../../data/hedges.txt"), hedge_class),
        denials: Table::parse(include_str!("../../../data/denials.txt"), denial_class),
        reporting: Table::parse(include_str!("../../../data/reporting_verbs.txt"), |_| {
            Some(())
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_line_parses_into_its_table() {
        let lex = lexicon();
        assert_eq!(lex.hedges.get("may"), &[("may", HedgeClass::Modal)]);
        assert_eq!(lex.hedges.get("said")[0].0, "said to be");
        assert_eq!(
            lex.denials.get("rejected"),
            &[("rejected", DenialClass::Reject)]
        );
        assert_eq!(lex.reporting.get("said").len(), 1);
        assert!(lex.hedges.get("the").is_empty());
    }
}
