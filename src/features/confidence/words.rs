//! Small closed word classes the confidence rules test against.

use super::lexicon::lexicon;

/// A form of "be".
pub fn is_be(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "'s" | "am"
    )
}

/// A determiner, possessive or number word that starts a noun phrase.
pub fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "no"
            | "any"
            | "some"
            | "several"
            | "other"
            | "another"
            | "each"
            | "every"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "main"
            | "prime"
            | "key"
            | "chief"
            | "second"
            | "first"
            | "much"
            | "potential"
            | "possible"
            | "murder"
    )
}

/// A personal or demonstrative pronoun (never a named source).
pub fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "i" | "we"
            | "you"
            | "he"
            | "she"
            | "it"
            | "they"
            | "this"
            | "that"
            | "these"
            | "those"
            | "one"
            | "who"
            | "which"
            | "some"
            | "others"
            | "many"
            | "both"
    )
}

/// A verb form from data/reporting_verbs.txt.
pub fn is_reporting_verb(w: &str) -> bool {
    !lexicon().reporting.get(w).is_empty()
}

/// Words that open a clause rather than a prepositional phrase.
pub fn starts_clause(w: &str) -> bool {
    matches!(
        w,
        "when"
            | "where"
            | "while"
            | "because"
            | "if"
            | "but"
            | "or"
            | "so"
            | "though"
            | "although"
            | "as"
            | "whether"
            | "unless"
            | "until"
    )
}

/// Words that end a noun phrase when reading outward from a verb or preposition.
pub fn ends_phrase(w: &str) -> bool {
    starts_clause(w)
        || matches!(
            w,
            "in" | "on"
                | "at"
                | "to"
                | "from"
                | "by"
                | "with"
                | "for"
                | "after"
                | "before"
                | "during"
                | "since"
                | "about"
                | "into"
                | "over"
                | "under"
                | "than"
                | "through"
                | "against"
                | "among"
                | "between"
                | "without"
                | "within"
                | "upon"
                | "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "once"
                | "also"
                | "not"
                | "n't"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "do"
                | "does"
                | "did"
                | "will"
                | "would"
                | "can"
                | "could"
                | "may"
                | "might"
                | "should"
                | "must"
                | "said"
                | "says"
                | "told"
        )
}

/// Words between a subject and its verb: auxiliaries, adverbs, times ("has strongly", "on Tuesday").
pub fn is_verb_modifier(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "also"
            | "strongly"
            | "flatly"
            | "firmly"
            | "repeatedly"
            | "publicly"
            | "previously"
            | "quickly"
            | "swiftly"
            | "vehemently"
            | "categorically"
            | "unequivocally"
            | "emphatically"
            | "further"
            | "officially"
            | "already"
            | "again"
            | "later"
            | "recently"
            | "earlier"
            | "now"
            | "then"
            | "still"
            | "immediately"
            | "angrily"
            | "consistently"
            | "reportedly"
            | "allegedly"
            | "apparently"
            | "on"
            | "yesterday"
            | "today"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}
