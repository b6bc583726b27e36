//! Word-level differences between two claims, for inline highlighting.

use similar::{ChangeTag, TextDiff};

/// One run of text in a word diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// Whether the run is shared, only on the left (deleted) or only on the right (inserted).
    pub tag: Tag,
    /// The text of the run, whitespace included, exactly as in the claim.
    pub text: String,
}

/// Where a run of a word diff belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    /// In both texts.
    Same,
    /// Only in the left text.
    Left,
    /// Only in the right text.
    Right,
}

/// Word diff of `left` and `right`: the left text as runs tagged `Same`/`Left`, and the
/// right text as runs tagged `Same`/`Right`. Concatenating each side's runs gives back
/// that side's text exactly. Adjacent runs with the same tag are merged.
pub fn diff_words(left: &str, right: &str) -> (Vec<Piece>, Vec<Piece>) {
    let diff = TextDiff::configure()
        .timeout(std::time::Duration::from_millis(200))
        .diff_words(left, right);
    let mut l: Vec<Piece> = Vec::new();
    let mut r: Vec<Piece> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                push(&mut l, Tag::Same, text);
                push(&mut r, Tag::Same, text);
            }
            ChangeTag::Delete => push(&mut l, Tag::Left, text),
            ChangeTag::Insert => push(&mut r, Tag::Right, text),
        }
    }
    (merge_gaps(l), merge_gaps(r))
}

/// Join runs of changed words separated only by shared whitespace, so a changed
/// phrase reads as one highlighted run instead of one box per word.
fn merge_gaps(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    let mut it = pieces.into_iter().peekable();
    while let Some(p) = it.next() {
        let gap = p.tag == Tag::Same && p.text.chars().all(char::is_whitespace);
        let prev_changed = out
            .last()
            .map(|x: &Piece| x.tag)
            .filter(|&t| t != Tag::Same);
        if let (true, Some(tag)) = (gap, prev_changed) {
            if it.peek().is_some_and(|n| n.tag == tag) {
                if let (Some(last), Some(next)) = (out.last_mut(), it.next()) {
                    last.text.push_str(&p.text);
                    last.text.push_str(&next.text);
                }
                continue;
            }
        }
        out.push(p);
    }
    out
}

fn push(v: &mut Vec<Piece>, tag: Tag, text: &str) {
    if let Some(last) = v.last_mut() {
        if last.tag == tag {
            last.text.push_str(text);
            return;
        }
    }
    v.push(Piece {
        tag,
        text: text.to_string(),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn join(p: &[Piece]) -> String {
        p.iter().map(|x| x.text.as_str()).collect()
    }

    #[test]
    fn each_side_concatenates_back_to_its_text() {
        let (a, b) = (
            "Twelve people were hurt on Monday.",
            "Fifteen people were hurt on Sunday, police said.",
        );
        let (l, r) = diff_words(a, b);
        assert_eq!(join(&l), a);
        assert_eq!(join(&r), b);
    }

    #[test]
    fn changed_words_are_tagged_per_side() {
        let (l, r) = diff_words("the group was believed linked", "the group was linked");
        assert!(l
            .iter()
            .any(|p| p.tag == Tag::Left && p.text.contains("believed")));
        assert!(r.iter().all(|p| p.tag != Tag::Left));
        assert!(r.iter().all(|p| p.tag == Tag::Same));
    }

    #[test]
    fn a_changed_phrase_is_one_run() {
        let (l, _) = diff_words("fire broke out at noon", "blaze spread at noon");
        assert_eq!(
            l[0],
            Piece {
                tag: Tag::Left,
                text: "fire broke out".into()
            }
        );
        assert_eq!(l.iter().filter(|p| p.tag == Tag::Left).count(), 1);
    }

    #[test]
    fn identical_texts_have_one_shared_run() {
        let (l, r) = diff_words("same words here", "same words here");
        assert_eq!(l.len(), 1);
        assert_eq!(r, l);
    }
}
