//! Abbreviations and sentence starters: how the word before a period behaves.
//!
//! The lists are general English and news usage (titles, company suffixes,
//! months, US state abbreviations, reference words such as `No.` and `p.`),
//! written for this project. Lookup is a `match` on the lowercased word, so it
//! costs a few comparisons and never allocates.

/// How a word followed by a period affects the sentence boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordClass {
    /// An ordinary word: the period ends the sentence if a capital follows.
    Plain,
    /// A title or linking abbreviation (`Mr.`, `Dr.`, `vs.`, `e.g.`): never ends a sentence.
    Never,
    /// A reference abbreviation (`No.`, `p.`, `Fig.`): no boundary before a number.
    Numeric,
    /// Can end a sentence (`Inc.`, `Jr.`, `U.S.`, `a.m.`, `etc.`): ends it only before a
    /// typical sentence starter (`The`, `He`, `In`, …).
    Ambiguous,
    /// A single capital letter after a name or at the start (`E. Smith`).
    Initial,
}

/// Longest word looked up (bytes); longer words are [`WordClass::Plain`].
const MAX_WORD: usize = 16;

/// Lowercase ASCII copy of `w` into `buf`, or `None` when too long or not ASCII.
#[inline]
pub(crate) fn lower<'a>(w: &[u8], buf: &'a mut [u8; MAX_WORD]) -> Option<&'a [u8]> {
    if w.len() > MAX_WORD || !w.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    Some(&buf[..w.len()])
}

/// Classify `word` (the token before a period, without the period and without
/// leading quotes or brackets). `prev_lower` says whether the word before it
/// starts with a lowercase letter (`you and I.` vs `Albert I.`).
pub(crate) fn classify(word: &[u8], prev_lower: bool) -> WordClass {
    let class = classify_whole(word, prev_lower);
    if class != WordClass::Plain {
        return class;
    }
    // `then-Gov.`, `post-Sept.`, `PeopleSoft/J.D.`: the part after a hyphen or slash.
    match word.iter().rposition(|&c| c == b'-' || c == b'/') {
        Some(k) if word.len() - k > 2 => match classify_whole(&word[k + 1..], false) {
            WordClass::Initial => WordClass::Plain,
            c => c,
        },
        _ => WordClass::Plain,
    }
}

fn classify_whole(word: &[u8], prev_lower: bool) -> WordClass {
    match word {
        [] => return WordClass::Plain,
        [c] if c.is_ascii_uppercase() => {
            // `you and I.` is the pronoun; `writer L. Ron Hubbard` an initial.
            return if prev_lower && *c == b'I' {
                WordClass::Plain
            } else {
                WordClass::Initial
            };
        }
        _ => {}
    }
    if word.contains(&b'.') {
        return classify_dotted(word);
    }
    let mut buf = [0u8; MAX_WORD];
    let Some(lw) = lower(word, &mut buf) else {
        return match word {
            b"N\xc2\xb0" | b"n\xc2\xb0" | b"N\xc2\xba" | b"n\xc2\xba" => WordClass::Numeric,
            _ => WordClass::Plain,
        };
    };
    let capitalised = word[0].is_ascii_uppercase();
    if let Some(class) = any_case(lw) {
        return class;
    }
    if capitalised {
        if let Some(class) = capitalised_only(lw) {
            return class;
        }
    }
    WordClass::Plain
}

/// Words with inner periods: `U.S`, `a.m`, `e.g`, `Ph.D`, or domains and numbers.
fn classify_dotted(word: &[u8]) -> WordClass {
    let mut buf = [0u8; MAX_WORD];
    let Some(lw) = lower(word, &mut buf) else {
        return WordClass::Plain;
    };
    match lw {
        b"e.g" | b"i.e" | b"viz" | b"c.f" | b"a.k.a" => return WordClass::Never,
        _ => {}
    }
    // Every dot-separated group is one or two letters: an abbreviation (U.S.A., Ph.D.).
    let short_groups = word
        .split(|&c| c == b'.')
        .all(|g| (1..=2).contains(&g.len()) && g.iter().all(u8::is_ascii_alphabetic));
    if short_groups {
        WordClass::Ambiguous
    } else {
        WordClass::Plain
    }
}

/// Abbreviations recognised in any case.
fn any_case(lw: &[u8]) -> Option<WordClass> {
    use WordClass::*;
    Some(match lw {
        b"mr" | b"mrs" | b"ms" | b"mx" | b"dr" | b"prof" | b"messrs" | b"mme" | b"mlle"
        | b"msgr" | b"vs" | b"v" | b"cf" | b"viz" | b"ca" | b"approx" | b"incl" | b"esp"
        | b"resp" | b"lt" | b"capt" | b"cmdr" | b"sgt" | b"cpl" | b"pvt" | b"adm" | b"supt"
        | b"insp" | b"atty" | b"hon" | b"rev" | b"gen" | b"gov" | b"sen" | b"rep" | b"pres"
        | b"brig" | b"pfc" | b"lieut" | b"spc" | b"sfc" | b"cpt" | b"www" | b"pte" | b"cdr"
        | b"asst" | b"reps" | b"sens" | b"drs" | b"profs" => Never,
        b"no" | b"nos" | b"nr" | b"num" | b"p" | b"pp" | b"para" | b"paras" | b"fig" | b"figs"
        | b"vol" | b"vols" | b"art" | b"arts" | b"sec" | b"secs" | b"ch" | b"chap" | b"op"
        | b"eq" | b"ex" | b"ref" | b"tab" | b"pg" | b"pgs" | b"ed" | b"pt" | b"pts" | b"c"
        | b"ver" => Numeric,
        b"inc" | b"co" | b"corp" | b"ltd" | b"llc" | b"plc" | b"bros" | b"jr" | b"sr" | b"esq"
        | b"phd" | b"etc" | b"al" | b"st" | b"mt" | b"ft" | b"ave" | b"blvd" | b"rd" | b"hwy"
        | b"sq" | b"dept" | b"univ" | b"assn" | b"assoc" | b"intl" | b"natl" | b"govt"
        | b"dist" | b"div" | b"mfg" | b"mgr" | b"dir" | b"est" | b"jan" | b"feb" | b"apr"
        | b"sept" | b"sep" | b"oct" | b"nov" | b"dec" | b"lbs" | b"lb" | b"oz" | b"hrs" | b"hr"
        | b"mins" | b"yrs" | b"yr" | b"wk" | b"wks" | b"mos" | b"calif" | b"conn" | b"fla"
        | b"ariz" | b"colo" | b"mich" | b"minn" | b"tenn" | b"okla" | b"penn" | b"wis" | b"wyo"
        | b"neb" | b"nev" | b"ala" | b"ark" | b"kan" | b"ky" | b"md" | b"mont" | b"vt" | b"tex"
        | b"ste" | b"cos" | b"eds" | b"ibid" | b"inst" => Ambiguous,
        _ => return None,
    })
}

/// Abbreviations that are also common words, recognised only when capitalised
/// (`Ill.` but not `ill.`, `Mar.` but not `mar.`).
fn capitalised_only(lw: &[u8]) -> Option<WordClass> {
    use WordClass::*;
    Some(match lw {
        b"col" | b"maj" | b"det" | b"fr" | b"amb" | b"rt" => Never,
        b"mar" | b"jun" | b"jul" | b"aug" | b"mon" | b"tue" | b"tues" | b"wed" | b"thu"
        | b"thur" | b"thurs" | b"fri" | b"sat" | b"sun" | b"ill" | b"ind" | b"mass" | b"miss"
        | b"wash" | b"del" | b"la" | b"mo" | b"pa" | b"ga" | b"va" | b"ore" | b"min" => Ambiguous,
        _ => return None,
    })
}

/// Whether the lowercased word typically starts a sentence in news text
/// (pronouns, determiners, conjunctions, prepositions, question words,
/// auxiliaries, and plural nouns that open news sentences: `Shares`, `Analysts`).
/// Used after abbreviations that can also end a sentence.
pub(crate) fn is_starter(lw: &[u8]) -> bool {
    matches!(
        lw,
        b"the"
            | b"a"
            | b"an"
            | b"he"
            | b"she"
            | b"it"
            | b"they"
            | b"we"
            | b"i"
            | b"you"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"there"
            | b"here"
            | b"his"
            | b"her"
            | b"its"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"but"
            | b"and"
            | b"or"
            | b"so"
            | b"yet"
            | b"however"
            | b"meanwhile"
            | b"also"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"with"
            | b"after"
            | b"before"
            | b"as"
            | b"if"
            | b"when"
            | b"while"
            | b"although"
            | b"though"
            | b"because"
            | b"since"
            | b"despite"
            | b"during"
            | b"according"
            | b"then"
            | b"now"
            | b"today"
            | b"yesterday"
            | b"tomorrow"
            | b"still"
            | b"even"
            | b"what"
            | b"who"
            | b"how"
            | b"why"
            | b"where"
            | b"which"
            | b"did"
            | b"do"
            | b"does"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"can"
            | b"could"
            | b"will"
            | b"would"
            | b"should"
            | b"has"
            | b"have"
            | b"had"
            | b"many"
            | b"some"
            | b"most"
            | b"several"
            | b"both"
            | b"all"
            | b"each"
            | b"every"
            | b"no"
            | b"not"
            | b"one"
            | b"last"
            | b"next"
            | b"other"
            | b"such"
            | b"by"
            | b"from"
            | b"under"
            | b"over"
            | b"to"
            | b"about"
            | b"more"
            | b"only"
            | b"just"
            | b"instead"
            | b"thus"
            | b"therefore"
            | b"furthermore"
            | b"moreover"
            | b"nevertheless"
            | b"nonetheless"
            | b"indeed"
            | b"later"
            | b"earlier"
            | b"again"
            | b"once"
            | b"nor"
            | b"neither"
            | b"either"
            | b"whether"
            | b"let"
            | b"please"
            | b"mr"
            | b"mrs"
            | b"ms"
            | b"officials"
            | b"police"
            | b"critics"
            | b"shares"
            | b"analysts"
            | b"investors"
            | b"experts"
            | b"residents"
            | b"authorities"
            | b"researchers"
            | b"scientists"
            | b"prosecutors"
            | b"lawmakers"
            | b"sales"
            | b"prices"
            | b"profits"
            | b"earnings"
            | b"witnesses"
            | b"doctors"
            | b"students"
            | b"workers"
            | b"voters"
            | b"people"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use WordClass::*;

    #[test]
    fn titles_never_end_a_sentence() {
        assert_eq!(classify(b"Mr", false), Never);
        assert_eq!(classify(b"Dr", false), Never);
        assert_eq!(classify(b"vs", true), Never);
        assert_eq!(classify(b"e.g", true), Never);
        assert_eq!(classify(b"a.k.a", true), Never);
    }

    #[test]
    fn company_suffixes_and_dotted_capitals_are_ambiguous() {
        assert_eq!(classify(b"Co", false), Ambiguous);
        assert_eq!(classify(b"U.S", false), Ambiguous);
        assert_eq!(classify(b"U.S.A", false), Ambiguous);
        assert_eq!(classify(b"Ph.D", false), Ambiguous);
        assert_eq!(classify(b"a.m", false), Ambiguous);
        assert_eq!(classify(b"then-Gov", true), Never);
        assert_eq!(classify(b"post-Sept", true), Ambiguous);
        assert_eq!(classify(b"Wal-Mart", true), Plain);
    }

    #[test]
    fn domains_numbers_and_words_are_plain() {
        assert_eq!(classify(b"example.com", true), Plain);
        assert_eq!(classify(b"1026.253.553", true), Plain);
        assert_eq!(classify(b"ill", true), Plain);
        assert_eq!(classify(b"Ill", true), Ambiguous);
        assert_eq!(classify(b"sentence", true), Plain);
    }

    #[test]
    fn single_capitals_are_initials_unless_after_a_lowercase_word() {
        assert_eq!(classify(b"E", false), Initial);
        assert_eq!(classify(b"I", true), Plain);
        assert_eq!(classify("N\u{b0}".as_bytes(), true), Numeric);
    }

    #[test]
    fn starters_are_function_words() {
        assert!(is_starter(b"the"));
        assert!(is_starter(b"how"));
        assert!(!is_starter(b"government"));
    }
}
