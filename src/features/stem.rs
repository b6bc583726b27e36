//! Stems and word hashes: the light English stemmer and the FNV-1a hashes
//! that bags of words and the lexicons are keyed by.
//!
//! This file uses nothing else of the crate: the build script includes it to
//! key the WordNet table (see `build.rs`) exactly as the matcher keys words.

/// The stem of `word` as a borrowed base plus a short ending to append
/// (`"y"` or nothing), so callers can hash or compare it without allocating.
pub fn stem_parts(word: &str) -> (&str, &'static str) {
    let w = if word.as_bytes().ends_with(b"'s") {
        &word[..word.len() - 2]
    } else {
        word
    };
    if let Some(&(_, base)) = SHORT_FORMS.iter().find(|(form, _)| *form == w) {
        // too short for the suffix rules below: stem the base form instead
        return stem_parts(base);
    }
    if EED_BASES.contains(&w) {
        // "succeed" is no past tense: its "-ed" forms keep it whole
        return (w, "");
    }
    let b = w.as_bytes();
    let n = b.len();
    let ends = |suf: &[u8], min: usize| n > suf.len() + min && b.ends_with(suf);
    let (base, tail, undouble) = match b.last() {
        Some(b's') if ends(b"ies", 1) => (&w[..n - 3], "y", false),
        Some(b's')
            if ends(b"es", 3) && (ends(b"ses", 2) || ends(b"shes", 1) || ends(b"ches", 1)) =>
        {
            (&w[..n - 2], "", false)
        }
        Some(b's') if ends(b"ings", 3) => {
            // "meetings" stems as "meeting" does
            return stem_parts(&w[..n - 1]);
        }
        Some(b's')
            if ends(b"s", 2)
                && !(b.ends_with(b"ss") || b.ends_with(b"us") || b.ends_with(b"is")) =>
        {
            (&w[..n - 1], "", false)
        }
        Some(b'd') if ends(b"ied", 1) => (&w[..n - 3], "y", false),
        Some(b'd') if ends(b"ed", 2) => (&w[..n - 2], "", true),
        Some(b'g') if ends(b"ing", 2) => (&w[..n - 3], "", true),
        Some(b'y') if ends(b"ly", 3) => (&w[..n - 2], "", false),
        _ => (w, "", false),
    };
    if !tail.is_empty() {
        return (base, tail);
    }
    let b = base.as_bytes();
    let mut k = b.len();
    while k > 0 && b[k - 1] == b'e' {
        k -= 1;
    }
    let mut base = &base[..k];
    // "stopped" is "stop", "planned" "plan"; "added" stays "add", and so do
    // "staffed" (no verb doubles a final "f") and "boycotted"
    if undouble
        && k >= 4
        && b[k - 1] == b[k - 2]
        && b[k - 1].is_ascii_alphabetic()
        && !matches!(
            b[k - 1],
            b'l' | b's' | b'z' | b'f' | b'a' | b'e' | b'i' | b'o' | b'u'
        )
        && !DOUBLED_BASES.contains(&base)
    {
        base = &base[..k - 1];
    }
    if base.ends_with("ll") && syllables(&base.as_bytes()[..base.len() - 2]) >= 1 {
        // Porter's rule for a final double "l" after two syllables or more:
        // British "cancelled" and "travelling" meet "cancel" and "travel",
        // "controlled" meets "control"; "install" and "installed" both
        // become "instal". "sell", "spell" and "quell" stay whole.
        base = &base[..base.len() - 1];
    }
    if base == "not" && w != "not" {
        // "note" and "notes" are not the negation
        return (base, "e");
    }
    (base, "")
}

/// How many vowel groups of `b` a consonant follows ("canc" has one, "qu"
/// and "sp" none): a "-ll" ending after such a group makes a second syllable.
/// "y" is a vowel after a consonant, as in Porter's stemmer.
fn syllables(b: &[u8]) -> usize {
    let vowel = |i: usize| match b[i] {
        b'a' | b'e' | b'i' | b'o' => true,
        b'u' => i == 0 || b[i - 1] != b'q',
        b'y' => i > 0 && !matches!(b[i - 1], b'a' | b'e' | b'i' | b'o' | b'u'),
        _ => false,
    };
    (1..b.len()).filter(|&i| vowel(i - 1) && !vowel(i)).count()
}

/// Verbs whose base ends in a doubled consonant that the "-ed" and "-ing"
/// rule would undouble ("boycotted" is "boycott", not "boycot").
const DOUBLED_BASES: &[&str] = &["boycott", "putt", "butt", "watt", "purr"];

/// Inflected forms of short verbs that the suffix rules leave whole (they
/// keep at least three letters of base, so that "bed", "shed" and "king"
/// stay words), with their base forms: "freed" is "free", "died" "die".
const SHORT_FORMS: &[(&str, &str)] = &[
    ("used", "use"),
    ("using", "use"),
    ("owed", "owe"),
    ("owing", "owe"),
    ("freed", "free"),
    ("died", "die"),
    ("dying", "die"),
    ("tied", "tie"),
    ("tying", "tie"),
    ("lied", "lie"),
    ("lying", "lie"),
    ("aged", "age"),
    ("eyed", "eye"),
    ("axed", "axe"),
    ("iced", "ice"),
];

/// Words ending in "-eed" that are not a past tense: the stemmer would
/// otherwise read "succeed" as "succe" + "-ed" while "succeeded" keeps
/// "succeed", and the two would not match ("speed" would be "sp").
const EED_BASES: &[&str] = &[
    "succeed", "proceed", "exceed", "indeed", "bleed", "breed", "creed", "greed", "speed", "steed",
    "tweed",
];

/// FNV-1a offset basis (64-bit).
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// FNV-1a prime (64-bit).
pub const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a over the bytes of a stem given as base plus ending.
pub fn hash_stem(base: &str, tail: &str) -> u64 {
    let h = fnv(FNV_OFFSET, base.as_bytes());
    fnv(h, tail.as_bytes())
}

/// The hash of a word's stem: [`stem_parts`], then [`hash_stem`]. Bags, the
/// paraphrase lexicon and the WordNet table all key words by it.
pub fn stem_key(word: &str) -> u64 {
    let (base, tail) = stem_parts(word);
    hash_stem(base, tail)
}

/// Hash of a normalised word (the same function as [`hash_stem`] with no ending).
pub fn hash_word(word: &str) -> u64 {
    fnv(FNV_OFFSET, word.as_bytes())
}

/// Continue an FNV-1a hash `h` over `bytes`.
pub fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}
