//! Who said it, who took it: attributions after quotations and photo credits
//! after captions.
//!
//! `"Why?" Jones asked.` is one sentence although a capital follows the `?`;
//! `Belle Image: Nick Moreau.` is a caption and its credit, two claims although
//! no terminator separates them.

use super::abbrev::{is_starter, lower};
use super::rules::word_start;
use super::text::{char_before, ends_final, rskip_ws};

/// After a closing quote: does an attribution follow rather than a new sentence?
/// Either one to three capitalised words and a speech verb (`"Why?" Jones asked`),
/// or a short tail without final punctuation up to the end of the block
/// (`"…" Anonymous blogger, "Title"`).
///
/// The speech-verb form is only asked for after `?` and `!` (`bang`): after a
/// quoted period a new sentence starts (`"…events." Steverson said Williams…`),
/// and a sentence starter as first word (`"…!" The FCC said`) starts one too.
pub(crate) fn attribution_follows(text: &str, next: usize, end: usize, bang: bool) -> bool {
    let b = text.as_bytes();
    if end - next <= 80 && !b[next..end].contains(&b'.') && !ends_final(text, next, end) {
        return true;
    }
    if !bang {
        return false;
    }
    let mut j = next;
    for k in 0..4 {
        let w = j;
        while j < end && j - w < 16 && (b[j].is_ascii_alphabetic() || b[j] == b'\'') {
            j += 1;
        }
        if j == w {
            return false;
        }
        let mut buf = [0u8; 16];
        let word = &b[w..j];
        if k > 0 && word[0].is_ascii_lowercase() {
            return lower(word, &mut buf).is_some_and(is_speech_verb);
        }
        if k == 0 && lower(word, &mut buf).is_some_and(is_starter) {
            return false;
        }
        if !word[0].is_ascii_uppercase() || j >= end || b[j] != b' ' {
            return false;
        }
        j += 1;
    }
    false
}

fn is_speech_verb(w: &[u8]) -> bool {
    matches!(
        w,
        b"said"
            | b"says"
            | b"asked"
            | b"asks"
            | b"told"
            | b"tells"
            | b"added"
            | b"adds"
            | b"wrote"
            | b"writes"
            | b"shouted"
            | b"replied"
            | b"explained"
            | b"stated"
            | b"noted"
            | b"exclaimed"
            | b"continued"
            | b"recalled"
            | b"insisted"
            | b"tweeted"
            | b"posted"
            | b"declared"
            | b"warned"
            | b"argued"
            | b"cried"
            | b"yelled"
            | b"answered"
    )
}

/// Photo credits after a caption without final punctuation: `Belle Image: Nick Moreau.`
/// Returns the offset of the credit word when the claim should be cut before it.
pub(crate) fn credit_start(text: &str, s: usize, colon: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    if end - colon > 100 {
        return None;
    }
    let w = word_start(b, s, colon);
    if w <= s || colon - w > 12 {
        return None;
    }
    let is_credit = matches!(
        &b[w..colon],
        b"Image"
            | b"Images"
            | b"Photo"
            | b"Photos"
            | b"Photograph"
            | b"Picture"
            | b"Credit"
            | b"Credits"
            | b"IMAGE"
            | b"PHOTO"
            | b"CREDIT"
            | b"Illustration"
            | b"Graphic"
    );
    if !is_credit {
        return None;
    }
    // A credit names someone: its longer words are capitalised (`Nick Moreau`,
    // `Twitter / NASA`, `courtesy of` is not a cut).
    let named = b[colon + 1..end]
        .split(u8::is_ascii_whitespace)
        .filter(|t| t.len() > 3 && t[0].is_ascii_alphabetic())
        .all(|t| t[0].is_ascii_uppercase());
    if !named {
        return None;
    }
    let prev = char_before(text, rskip_ws(b, s, w))?;
    let words = b[colon..end]
        .iter()
        .filter(|c| c.is_ascii_whitespace())
        .count();
    (prev.is_alphanumeric() && words <= 10).then_some(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalised_name_and_speech_verb_is_an_attribution() {
        let t = "Jones asked the crowd. Then";
        assert!(attribution_follows(t, 0, t.len(), true));
        assert!(!attribution_follows(t, 0, t.len(), false));
        let u =
            "Jones left the room early. Nobody followed him out of the building that night at all.";
        assert!(!attribution_follows(u, 0, u.len(), true));
        let v = "The FCC said existing televisions would work. More news later.";
        assert!(!attribution_follows(v, 0, v.len(), true));
    }

    #[test]
    fn credit_word_after_a_caption_starts_a_claim() {
        let t = "Belle Image: Nick Moreau.";
        assert_eq!(credit_start(t, 0, 11, t.len()), Some(6));
        let v = "A caption Photo: courtesy of the family.";
        assert_eq!(credit_start(v, 0, 15, v.len()), None);
        let u = "He said: Image: no.";
        assert_eq!(credit_start(u, 0, 7, u.len()), None);
    }
}
