//! Boilerplate: site furniture that is shown but never compared.
//!
//! Copyright lines, "all rights reserved", reproduction notices, share,
//! subscribe, follow and discussion prompts, "stay tuned/posted", "read more",
//! photo credits and share bars. Detection uses general patterns on the claim's
//! opening words, plus a few phrases searched inside short claims only, so the
//! cost per claim is bounded.

use super::text::is_opener;

/// How a claim looks as boilerplate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Furniture {
    /// Not boilerplate.
    No,
    /// Boilerplate.
    Yes,
    /// A copyright or rights notice: what follows it in the footer is boilerplate too.
    Copyright,
}

/// Claims longer than this (bytes) are searched only at their start.
const SHORT: usize = 240;

/// Classify the claim text `t`.
///
/// Fast path: most claims have no trigger first word and no anchor word, and
/// are rejected after one pass over their words without copying.
pub(crate) fn furniture(t: &str) -> Furniture {
    if t.len() >= 4 && t.as_bytes()[..4].eq_ignore_ascii_case(b"(c) ") {
        return Furniture::Copyright;
    }
    let t =
        t.trim_start_matches(|c: char| is_opener(c) || matches!(c, '-' | '*' | '\u{2022}' | '|'));
    if t.starts_with(['\u{a9}', '\u{24d2}']) {
        return Furniture::Copyright;
    }
    let b = t.as_bytes();
    let triggered = first_word_triggers(b);
    let (words, anchored) = if b.len() <= SHORT {
        scan_words(b)
    } else {
        (0, false)
    };
    if !triggered && !anchored {
        return Furniture::No;
    }
    let mut buf = [0u8; SHORT];
    let n = b.len().min(SHORT);
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    let head = &buf[..n];
    if head.starts_with(b"copyright") {
        return Furniture::Copyright;
    }
    if b.len() > SHORT {
        return Furniture::No;
    }
    if anchored {
        const RIGHTS: [&[u8]; 6] = [
            b"all rights reserved",
            "\u{a9}".as_bytes(),
            "\u{24d2}".as_bytes(),
            b"may not be reproduced",
            b"may not be published",
            b"do not reproduce",
        ];
        if RIGHTS.iter().any(|p| contains(head, p)) {
            return Furniture::Copyright;
        }
    }
    if is_prompt(head, words, anchored)
        || is_credit(head, words, anchored)
        || is_share_bar(head, words)
    {
        Furniture::Yes
    } else {
        Furniture::No
    }
}

/// Whether the first word can open a prompt, credit, share bar or notice.
fn first_word_triggers(b: &[u8]) -> bool {
    let n = b
        .iter()
        .take(17)
        .position(u8::is_ascii_whitespace)
        .unwrap_or(b.len());
    if n > 16 {
        return false;
    }
    let mut buf = [0u8; 16];
    for (d, s) in buf.iter_mut().zip(&b[..n]) {
        *d = s.to_ascii_lowercase();
    }
    let w = &buf[..n];
    let w = w.strip_suffix(b":").unwrap_or(w);
    matches!(
        w,
        b"copyright"
            | b"subscribe"
            | b"sign"
            | b"click"
            | b"tap"
            | b"share"
            | b"follow"
            | b"join"
            | b"leave"
            | b"stay"
            | b"read"
            | b"see"
            | b"related"
            | b"you"
            | b"don't"
            | b"reporting"
            | b"additional"
            | b"editing"
            | b"writing"
            | b"contact"
            | b"this"
            | b"comments"
            | b"advertisement"
            | b"sponsored"
            | b"most"
            | b"trending"
            | b"tags"
            | b"filed"
            | b"image"
            | b"images"
            | b"photo"
            | b"photos"
            | b"photograph"
            | b"picture"
            | b"credit"
            | b"credits"
            | b"facebook"
            | b"twitter"
            | b"x"
            | b"linkedin"
            | b"email"
            | b"e-mail"
            | b"whatsapp"
            | b"reddit"
            | b"pinterest"
            | b"print"
            | b"copy"
            | b"link"
            | b"telegram"
            | b"flipboard"
    )
}

/// Count the words of `b` and say whether one of them anchors a phrase that is
/// searched inside the claim (`reserved`, `reproduce`, `newsletter`, `getty`, …).
/// One pass, a first-byte dispatch per word, no copy.
fn scan_words(b: &[u8]) -> (usize, bool) {
    let mut words = 0;
    let mut anchored = false;
    for w in b.split(u8::is_ascii_whitespace).filter(|w| !w.is_empty()) {
        words += 1;
        if anchored {
            continue;
        }
        let pre = |p: &[u8]| w.len() >= p.len() && w[..p.len()].eq_ignore_ascii_case(p);
        anchored = match w[0].to_ascii_lowercase() {
            b'r' => pre(b"reserv") || pre(b"reproduc"),
            b'p' => pre(b"publish") || pre(b"photo"),
            b'n' => pre(b"newsletter"),
            b's' => pre(b"subscri") || pre(b"shutterstock") || pre(b"sign"),
            b'f' => pre(b"follow"),
            b'o' => pre(b"originally"),
            b'g' => pre(b"getty"),
            b'c' => pre(b"courtesy"),
            c => c >= 0x80 && w.windows(2).any(|p| p == [0xC2, 0xA9] || p == [0x93, 0x92]),
        };
    }
    (words, anchored)
}

/// Calls to action: subscribe, sign up, share, follow, join the discussion, …
fn is_prompt(h: &[u8], words: usize, anchored: bool) -> bool {
    const PREFIXES: [&[u8]; 33] = [
        b"follow @",
        b"contact us",
        b"this story has been updated",
        b"this article has been updated",
        b"this story was updated",
        b"reporting by",
        b"additional reporting by",
        b"editing by",
        b"writing by",
        b"subscribe",
        b"sign up",
        b"sign in to",
        b"log in to",
        b"click here",
        b"tap here",
        b"share this",
        b"share on",
        b"share:",
        b"follow us",
        b"join the discussion",
        b"join the conversation",
        b"join our",
        b"leave a comment",
        b"stay tuned",
        b"stay posted",
        b"read more",
        b"read also",
        b"see also",
        b"related:",
        b"related articles",
        b"related stories",
        b"you may also like",
        b"don't miss",
    ];
    if PREFIXES.iter().any(|p| starts_with_word(h, p)) {
        return true;
    }
    if words <= 4 {
        const SHORT_ONES: [&[u8]; 9] = [
            b"comments",
            b"advertisement",
            b"sponsored",
            b"related",
            b"most read",
            b"most popular",
            b"trending",
            b"tags:",
            b"filed under",
        ];
        if SHORT_ONES.iter().any(|p| starts_with_word(h, p)) {
            return true;
        }
    }
    const INSIDE: [&[u8]; 6] = [
        b"subscribe to our",
        b"sign up for our",
        b"our newsletter",
        b"follow us on",
        b"this article originally appeared",
        b"originally published",
    ];
    anchored && words <= 20 && INSIDE.iter().any(|p| contains(h, p))
}

/// Photo credits: `Image: Nick Moreau.`, `Photo by …`, `(AP Photo/…)`, `Getty Images`.
fn is_credit(h: &[u8], words: usize, anchored: bool) -> bool {
    const PREFIXES: [&[u8]; 10] = [
        b"image:",
        b"images:",
        b"photo:",
        b"photos:",
        b"photograph:",
        b"picture:",
        b"credit:",
        b"credits:",
        b"photo credit",
        b"photo by",
    ];
    if PREFIXES.iter().any(|p| starts_with_word(h, p)) {
        return true;
    }
    const INSIDE: [&[u8]; 5] = [
        b"getty images",
        b"ap photo",
        b"afp photo",
        b"shutterstock",
        b"image courtesy",
    ];
    anchored && words <= 25 && INSIDE.iter().any(|p| contains(h, p))
}

/// A bar of social network names: `Facebook Twitter LinkedIn Email`.
fn is_share_bar(h: &[u8], words: usize) -> bool {
    (2..=8).contains(&words)
        && h.split(|c| c.is_ascii_whitespace() || *c == b'|')
            .filter(|w| !w.is_empty())
            .all(|w| {
                matches!(
                    w,
                    b"facebook"
                        | b"twitter"
                        | b"x"
                        | b"linkedin"
                        | b"email"
                        | b"e-mail"
                        | b"whatsapp"
                        | b"reddit"
                        | b"pinterest"
                        | b"print"
                        | b"share"
                        | b"copy"
                        | b"link"
                        | b"telegram"
                        | b"flipboard"
                )
            })
}

/// `h` starts with the phrase `p` followed by a non-letter (`subscribe` but not `subscribers`).
fn starts_with_word(h: &[u8], p: &[u8]) -> bool {
    let open_end = p.last().is_some_and(|c| !c.is_ascii_alphanumeric());
    h.starts_with(p) && (open_end || h.get(p.len()).is_none_or(|c| !c.is_ascii_alphanumeric()))
}

fn contains(h: &[u8], p: &[u8]) -> bool {
    h.len() >= p.len() && h.windows(p.len()).any(|w| w == p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copyright_lines_are_rights_notices() {
        assert_eq!(
            furniture("\u{24d2} 2024 TECHTIMES.com All rights reserved."),
            Furniture::Copyright
        );
        assert_eq!(furniture("Copyright 2023 The Times"), Furniture::Copyright);
        assert_eq!(
            furniture("Do not reproduce without permission."),
            Furniture::Copyright
        );
    }

    #[test]
    fn prompts_and_credits_are_boilerplate() {
        for t in [
            "Stay posted here at Tech Times.",
            "Join the Discussion",
            "Subscribe to our newsletter",
            "Image: Nick Moreau.",
            "(Photo: Reuters)",
            "Facebook Twitter Email",
            "Reporting by Jane Doe; Editing by John Roe",
            "Follow @example on Twitter.",
        ] {
            assert_eq!(furniture(t), Furniture::Yes, "{t}");
        }
    }

    #[test]
    fn news_sentences_are_not_boilerplate() {
        for t in [
            "Comments from the minister were read aloud in parliament on Tuesday.",
            "Shares in the company rose after the newsletter was published.",
            "More than two billion people live in affected areas.",
            "The photographer said the image was taken in 2010.",
            "Subscribers to the service rose by a third.",
            "Related research was published last year.",
        ] {
            assert_eq!(furniture(t), Furniture::No, "{t}");
        }
    }
}
