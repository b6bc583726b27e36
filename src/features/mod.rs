//! Features: what the aligner and classifier know about a claim.
//!
//! Tokens with stems ([`tokens`]), named entities with alias keys ([`entities`]),
//! numbers by value and unit ([`numbers`]), dates by what they denote
//! ([`dates`]), negation with the word it negates, and the claim's confidence
//! with its cue words and source ([`confidence`]).

pub mod anaphora;
pub mod confidence;
pub mod dates;
pub mod entities;
pub mod numbers;
pub mod stem;
pub mod tokens;

pub use confidence::{assess, Assessment};
pub use dates::{DateMention, DateRelation};
pub use entities::Entity;
pub use numbers::{Bound, Quantity, QuantityKind};
pub use tokens::Token;

/// Everything extracted from one claim.
#[derive(Debug, Clone)]
pub struct Features {
    /// The claim text the offsets below point into.
    pub text: String,
    /// The word tokens, in order.
    pub tokens: Vec<Token>,
    /// Named entities.
    pub entities: Vec<Entity>,
    /// Numbers and years (numbers inside a date, like its day, are left out).
    pub quantities: Vec<Quantity>,
    /// Negation words ("not", "never", "no").
    pub negations: Vec<String>,
    /// Confidence, cues and source.
    pub assessment: Assessment,
    /// Dates and time references.
    pub dates: Vec<DateMention>,
    /// Each negation with the word it negates, in order.
    pub negated: Vec<Negation>,
    /// Names the claim's opening description refers back to ("The tech giant"
    /// after a sentence about Microsoft); filled in by the pipeline from the
    /// surrounding claims ([`anaphora::resolve`]), empty from [`Features::extract`].
    pub context: Vec<String>,
}

/// A negation cue and the predicate it negates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negation {
    /// The cue as written ("not", "didn't", "never").
    pub cue: String,
    /// Index of the cue in [`Features::tokens`].
    pub cue_token: usize,
    /// Index of the negated word: the first content word after the cue,
    /// past auxiliaries and adverbs ("did not *install*", "has never been *confirmed*").
    pub target: Option<usize>,
}

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "n't", "none", "nobody", "neither", "nor", "cannot", "nothing",
];

/// Words skipped between a negation and the word it negates.
const NEG_SKIP: &[&str] = &[
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "do",
    "does",
    "did",
    "yet",
    "ever",
    "also",
    "even",
    "always",
    "fully",
    "directly",
    "really",
    "longer",
    "actually",
    "necessarily",
    "any",
    "a",
    "an",
    "the",
];

/// Auxiliaries between a negative subject ("nobody", "no one") and its verb.
const SUBJECT_AUX: &[&str] = &[
    "was", "were", "is", "are", "will", "would", "can", "could", "should", "may", "might",
];

/// Contractions written without their apostrophe ("I dont know", as some
/// feeds and transcripts print them); "wont" and "cant" are left out, being
/// words of their own too.
const BARE_CONTRACTIONS: &[&str] = &[
    "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt",
    "couldnt", "wouldnt", "shouldnt",
];

/// Verbs that assert their complement did not happen ("failed to meet",
/// "declined to comment", "refused to recuse"): negations of the verb after
/// "to". "lacked the authority" negates its object.
const NEGATIVE_IMPLICATIVES: &[&str] = &[
    "fail",
    "fails",
    "failed",
    "failing",
    "failure",
    "decline",
    "declines",
    "declined",
    "declining",
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "refusal",
    "unable",
];
const LACK: &[&str] = &["lack", "lacks", "lacked", "lacking"];

/// Verbs that negate a harm they take as object ("escaped damage",
/// "avoided injury"), and the harms; "escaped the fire" says the fire was
/// there.
const ESCAPE: &[&str] = &[
    "escape", "escapes", "escaped", "escaping", "avoid", "avoids", "avoided", "avoiding",
];
const HARMS: &[&str] = &[
    "damage",
    "injury",
    "injuries",
    "harm",
    "casualties",
    "detection",
    "punishment",
    "prosecution",
];

/// The "to" after a negative implicative at `i`: the next word, or the first
/// word after a parenthetical set off by commas ("declined, through a
/// spokesman, to comment").
fn implicative_to(tokens: &[Token], text: &str, i: usize) -> Option<usize> {
    let t = &tokens[i];
    let next = tokens.get(i + 1)?;
    if next.norm == "to" && text[t.end..next.start].trim().is_empty() {
        return Some(i + 1);
    }
    if !text[t.end..next.start].contains(',') {
        return None;
    }
    (i + 2..tokens.len().min(i + 8))
        .find(|&k| tokens[k].norm == "to" && text[tokens[k - 1].end..tokens[k].start].contains(','))
}

/// The word a negation cue negates: the first of the `reach` tokens from
/// `from` that is not a skipped word ([`NEG_SKIP`], or `also_skip`), if it is
/// a content word.
fn negated_word(
    tokens: &[Token],
    from: usize,
    reach: usize,
    also_skip: fn(&str) -> bool,
) -> Option<usize> {
    tokens
        .iter()
        .enumerate()
        .skip(from)
        .take(reach)
        .find(|(_, n)| !NEG_SKIP.contains(&n.norm.as_str()) && !also_skip(&n.norm))
        .filter(|(_, n)| n.content)
        .map(|(k, _)| k)
}

/// Whether a word is a form of "rule" (as in "rule out", "ruled out").
pub fn is_rule_verb(norm: &str) -> bool {
    matches!(norm, "rule" | "rules" | "ruled" | "ruling")
}

fn is_negation(norm: &str) -> bool {
    NEGATIONS.contains(&norm) || norm.ends_with("n't") || BARE_CONTRACTIONS.contains(&norm)
}

fn negations(tokens: &[Token], text: &str) -> Vec<Negation> {
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1).map(|n| n.norm.as_str()).unwrap_or("");
        // "failed to meet", "declined to comment", "declined, through a
        // spokesman, to comment": the word after "to" is negated; "declined
        // to $36.9 billion" is a fall
        let to = NEGATIVE_IMPLICATIVES
            .contains(&t.norm.as_str())
            .then(|| implicative_to(tokens, text, i))
            .flatten()
            .filter(|&k| {
                tokens
                    .get(k + 1)
                    .is_some_and(|n| n.norm.chars().all(char::is_alphabetic))
            });
        // "has yet to comment", "is yet to be confirmed": not done so far
        let yet_to = t.norm == "yet"
            && next == "to"
            && i > 0
            && matches!(
                tokens[i - 1].norm.as_str(),
                "has" | "have" | "had" | "is" | "are" | "was" | "were"
            );
        let to = to.or(yet_to.then_some(i + 1));
        // "ruled out job cuts": what is ruled out is negated, unless the
        // ruling out is ("has not ruled out", "could not be ruled out")
        let unnegated =
            |back: usize| (1..=back).all(|d| i < d || !is_negation(&tokens[i - d].norm));
        let rules_out = is_rule_verb(&t.norm) && next == "out" && unnegated(2);
        let to = to.or(rules_out.then_some(i + 1));
        // "declined comment"
        let bare = matches!(t.norm.as_str(), "declined" | "declines")
            && matches!(next, "comment" | "comments")
            && text[t.end..tokens[i + 1].start].trim().is_empty();
        let harm = ESCAPE.contains(&t.norm.as_str())
            && tokens
                .get(i + 1..(i + 3).min(tokens.len()))
                .is_some_and(|ws| ws.iter().any(|w| HARMS.contains(&w.norm.as_str())));
        // "released without charge", "said without identifying them": the
        // words after it are negated; "with or without" negates nothing
        let without = t.norm == "without"
            && !(i >= 2 && tokens[i - 1].norm == "or" && tokens[i - 2].norm == "with");
        let implicative =
            to.is_some() || bare || harm || without || LACK.contains(&t.norm.as_str());
        // "not only" adds; "No. 5" is a number sign; "has not ruled out a
        // cyberattack" leaves it possible (a hedge), it does not deny it.
        let after = tokens.get(i + 2).map(|n| n.norm.as_str()).unwrap_or("");
        // "nobody was injured", "no one was hurt", "nothing was taken": the
        // verb after the subject's auxiliaries
        let no_one = t.norm == "no" && next == "one";
        let target = if implicative {
            negated_word(tokens, to.map_or(i + 1, |k| k + 1), 3, |_| false)
        } else if no_one || matches!(t.norm.as_str(), "nobody" | "nothing") {
            negated_word(tokens, i + 1 + usize::from(no_one), 4, |w| {
                is_negation(w) || SUBJECT_AUX.contains(&w)
            })
        } else if !is_negation(&t.norm)
            || (t.norm == "not" && next == "only")
            // "three no votes", "a no vote", "the no campaign": the no side
            || (t.norm == "no"
                && i > 0
                && (matches!(tokens[i - 1].norm.as_str(), "a" | "the" | "his" | "her" | "their")
                    || tokens[i - 1].norm.bytes().all(|b| b.is_ascii_digit())
                    || crate::features::numbers::is_number_word(&tokens[i - 1].norm)))
            || (t.norm == "no" && next.starts_with(|c: char| c.is_ascii_digit()))
            || (matches!(next, "rule" | "ruled" | "ruling") && after == "out")
        {
            continue;
        } else {
            negated_word(tokens, i + 1, 5, is_negation)
        };
        out.push(Negation {
            cue: text[t.start..t.end].to_string(),
            cue_token: i,
            target,
        });
    }
    out
}

impl Features {
    /// Extract the features of one claim's text.
    pub fn extract(text: &str) -> Features {
        let tokens = tokens::tokenize(text);
        let negated = negations(&tokens, text);
        let dates = dates::dates(text, &tokens);
        let quantities = numbers::quantities(text, &tokens)
            .into_iter()
            .filter(|q| {
                q.kind == QuantityKind::Year
                    || !dates.iter().any(|d| q.start >= d.start && q.end <= d.end)
            })
            .collect();
        Features {
            entities: entities::entities(text, &tokens),
            quantities,
            assessment: assess(text),
            negations: negated.iter().map(|n| n.cue.clone()).collect(),
            negated,
            dates,
            tokens,
            text: text.to_string(),
            context: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negation_finds_the_negated_word() {
        let f = Features::extract("The group did not install malware.");
        assert_eq!(f.negations, ["not"]);
        let t = f.negated[0].target.map(|k| f.tokens[k].norm.as_str());
        assert_eq!(t, Some("install"));
        let f = Features::extract("It has never been confirmed.");
        let t = f.negated[0].target.map(|k| f.tokens[k].norm.as_str());
        assert_eq!(t, Some("confirmed"));
    }

    #[test]
    fn without_negates_what_follows_unless_with_or_without() {
        let target = |text: &str| {
            let f = Features::extract(text);
            f.negated
                .iter()
                .map(|n| n.target.map(|k| f.tokens[k].norm.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            target("The suspect was released without charge."),
            [Some("charge".to_string())]
        );
        assert_eq!(
            target("Boucher spoke without identifying them."),
            [Some("identifying".to_string())]
        );
        assert!(target("The plan will go ahead with or without approval.").is_empty());
    }

    #[test]
    fn the_no_side_of_a_vote_is_no_negation() {
        let cues = |text: &str| Features::extract(text).negations;
        assert!(cues("Three no votes would kill it.").is_empty());
        assert!(cues("He cast a no vote.").is_empty());
        assert_eq!(cues("No votes were cast."), ["No"]);
    }

    #[test]
    fn negative_implicatives_and_bare_contractions_negate() {
        let target = |text: &str| {
            let f = Features::extract(text);
            f.negated.first()?.target.map(|k| f.tokens[k].norm.clone())
        };
        for (text, want) in [
            ("United failed to meet the targets.", "meet"),
            ("His lawyer declined to comment.", "comment"),
            ("The agency lacked the authority.", "authority"),
            ("I dont know anybody there.", "know"),
            (
                "The bishop declined, through a spokesman, to comment.",
                "comment",
            ),
            ("The company declined comment.", "comment"),
            ("His refusal to participate stalled it.", "participate"),
            ("The company has yet to comment.", "comment"),
            ("The cause is yet to be determined.", "determined"),
            ("No one was injured in the fire.", "injured"),
            ("Nobody has claimed responsibility.", "claimed"),
            ("Nothing was stolen.", "stolen"),
            ("The company ruled out job cuts.", "job"),
            ("The ship escaped damage.", "damage"),
            ("The driver avoided serious injury.", "serious"),
        ] {
            assert_eq!(target(text).as_deref(), Some(want), "{text}");
        }
        // a fall is no negation
        for text in [
            "Shares declined 5 percent.",
            "Revenue declined to $36.9 billion.",
            "It was yet another delay.",
            "Police have not ruled out foul play.",
            "Residents escaped the fire.",
        ] {
            assert!(Features::extract(text).negated.is_empty(), "{text}");
        }
    }

    #[test]
    fn not_only_is_not_a_negation() {
        assert!(Features::extract("It not only stole data but hid it.")
            .negated
            .is_empty());
    }

    #[test]
    fn not_ruling_out_leaves_a_possibility_and_negates_nothing() {
        for text in [
            "The airline has not ruled out a cyberattack.",
            "Police didn't rule out foul play.",
        ] {
            assert!(Features::extract(text).negated.is_empty(), "{text}");
        }
    }

    #[test]
    fn days_inside_dates_are_not_numbers() {
        let f = Features::extract("On May 16, 2023, three people were hurt.");
        let q: Vec<&str> = f.quantities.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(q, ["2023", "three"]);
        assert_eq!(f.dates[0].text, "May 16, 2023");
    }
}
