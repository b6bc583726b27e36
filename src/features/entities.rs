//! Named entities: capitalised runs and acronyms, with canonical keys for aliases.
//!
//! Aliases of one entity share a key: US = U.S. = United States = America, and a
//! capital or demonym standing for its country's government ("Beijing",
//! "Chinese") keys to the country. [`same_entity`] also matches acronyms with
//! their expansion (NSA = National Security Agency) and partial names
//! (Biden = Joe Biden).

use super::tokens::Token;

/// A named entity mentioned in a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// As written in the claim.
    pub text: String,
    /// Canonical key: aliases of one entity share it (`us`, `u.s`, `united states`).
    pub key: String,
    /// Byte offset of `text` in the claim.
    pub start: usize,
    /// Byte offset one past `text`.
    pub end: usize,
}

/// Known aliases: (alias, canonical key). Countries, their demonyms and capitals
/// (a capital often stands for the government), and common agencies.
const ALIASES: &[(&str, &str)] = &[
    ("u.s", "united states"),
    ("us", "united states"),
    ("usa", "united states"),
    ("u.s.a", "united states"),
    ("america", "united states"),
    ("american", "united states"),
    ("americans", "united states"),
    ("washington", "united states"),
    ("united states of america", "united states"),
    ("beijing", "china"),
    ("chinese", "china"),
    ("prc", "china"),
    ("people's republic of china", "china"),
    ("uk", "united kingdom"),
    ("u.k", "united kingdom"),
    ("britain", "united kingdom"),
    ("great britain", "united kingdom"),
    ("british", "united kingdom"),
    ("london", "united kingdom"),
    ("russian", "russia"),
    ("moscow", "russia"),
    ("kremlin", "russia"),
    ("ukrainian", "ukraine"),
    ("kyiv", "ukraine"),
    ("kiev", "ukraine"),
    ("japanese", "japan"),
    ("tokyo", "japan"),
    ("indian", "india"),
    ("new delhi", "india"),
    ("french", "france"),
    ("paris", "france"),
    ("german", "germany"),
    ("berlin", "germany"),
    ("iranian", "iran"),
    ("tehran", "iran"),
    ("israeli", "israel"),
    ("north korean", "north korea"),
    ("pyongyang", "north korea"),
    ("dprk", "north korea"),
    ("south korean", "south korea"),
    ("seoul", "south korea"),
    ("taiwanese", "taiwan"),
    ("taipei", "taiwan"),
    ("canadian", "canada"),
    ("ottawa", "canada"),
    ("australian", "australia"),
    ("canberra", "australia"),
    ("italian", "italy"),
    ("rome", "italy"),
    ("spanish", "spain"),
    ("madrid", "spain"),
    ("mexican", "mexico"),
    ("brazilian", "brazil"),
    ("turkish", "turkey"),
    ("ankara", "turkey"),
    ("dutch", "netherlands"),
    ("holland", "netherlands"),
    ("the hague", "netherlands"),
    ("belgian", "belgium"),
    ("swiss", "switzerland"),
    ("austrian", "austria"),
    ("swedish", "sweden"),
    ("norwegian", "norway"),
    ("danish", "denmark"),
    ("finnish", "finland"),
    ("irish", "ireland"),
    ("portuguese", "portugal"),
    ("greek", "greece"),
    ("polish", "poland"),
    ("warsaw", "poland"),
    ("belarusian", "belarus"),
    ("minsk", "belarus"),
    ("cuban", "cuba"),
    ("havana", "cuba"),
    ("damascus", "syria"),
    ("kabul", "afghanistan"),
    ("islamabad", "pakistan"),
    ("caracas", "venezuela"),
    ("hungarian", "hungary"),
    ("romanian", "romania"),
    ("egyptian", "egypt"),
    ("syrian", "syria"),
    ("iraqi", "iraq"),
    ("lebanese", "lebanon"),
    ("afghan", "afghanistan"),
    ("pakistani", "pakistan"),
    ("indonesian", "indonesia"),
    ("vietnamese", "vietnam"),
    ("filipino", "philippines"),
    ("nigerian", "nigeria"),
    ("kenyan", "kenya"),
    ("ethiopian", "ethiopia"),
    ("south african", "south africa"),
    ("argentine", "argentina"),
    ("argentinian", "argentina"),
    ("colombian", "colombia"),
    ("venezuelan", "venezuela"),
    ("chilean", "chile"),
    ("peruvian", "peru"),
    ("saudi", "saudi arabia"),
    ("riyadh", "saudi arabia"),
    ("european union", "eu"),
    ("brussels", "eu"),
    ("united nations", "un"),
    ("u.n", "un"),
    ("department of state", "state department"),
    ("department of defense", "pentagon"),
    ("defense department", "pentagon"),
    ("western", "west"),
];

/// Words that tie a leading demonym or name to a compound ("China-backed").
const COMPOUND_TAILS: &[&str] = &[
    "backed",
    "based",
    "linked",
    "led",
    "run",
    "owned",
    "made",
    "born",
    "allied",
    "sponsored",
    "affiliated",
    "funded",
    "aligned",
];

/// Verbs and marks that show a sentence-initial capitalised word is a name.
const SUBJECT_FOLLOWERS: &[&str] = &[
    "said",
    "says",
    "has",
    "had",
    "have",
    "is",
    "was",
    "will",
    "would",
    "told",
    "reported",
    "announced",
    "denied",
    "rejected",
    "confirmed",
    "accused",
    "claimed",
    "revealed",
    "warned",
    "noted",
    "added",
    "stated",
    "wrote",
    "argued",
    "insisted",
    "did",
    "does",
    "could",
    "can",
];

/// Lowercase particles inside personal names ("Osama bin Laden", "Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "bin", "de", "van", "von", "der", "da", "du", "del", "la", "le", "di", "al",
];

/// A lowercase word inside a name ("van", "de", "bin", "al-").
pub(crate) fn particle(norm: &str) -> bool {
    PARTICLES.contains(&norm) || norm.starts_with("al-") || norm.starts_with("el-")
}

/// Common nouns that often open a sentence as its subject ("Officials said…").
const GENERIC_SUBJECTS: &[&str] = &[
    "officials",
    "police",
    "authorities",
    "analysts",
    "experts",
    "investigators",
    "researchers",
    "witnesses",
    "residents",
    "sources",
    "critics",
    "lawmakers",
    "prosecutors",
    "scientists",
    "doctors",
    "officers",
    "troops",
    "soldiers",
    "rebels",
    "protesters",
    "workers",
    "observers",
    "diplomats",
    "regulators",
    "economists",
    "officers",
    "militants",
    "hackers",
    "reports",
    "others",
    "owners",
    "drivers",
    "customers",
    "passengers",
    "users",
    "investors",
    "shareholders",
    "voters",
    "consumers",
    "patients",
    "students",
    "parents",
    "teachers",
    "farmers",
    "fans",
    "victims",
    "survivors",
    "families",
    "employees",
    "rescuers",
    "firefighters",
    "activists",
    "campaigners",
    "lawyers",
    "citizens",
    "tourists",
    "many",
    "some",
    "most",
    "both",
    "several",
    "each",
];

/// Canonical key for an entity name (already normalised, lowercase).
pub fn canonical(norm: &str) -> String {
    let norm = norm.strip_suffix("'s").unwrap_or(norm);
    let norm = norm.strip_prefix("the ").unwrap_or(norm);
    if let Some((_, k)) = ALIASES.iter().find(|(a, _)| *a == norm) {
        return k.to_string();
    }
    // A country qualifier before an agency: "US State Department" = "State Department".
    if let Some((head, rest)) = norm.split_once(' ') {
        let country = ALIASES.iter().any(|(a, _)| *a == head) || is_country_key(head);
        if country && !rest.is_empty() {
            return canonical(rest);
        }
    }
    norm.to_string()
}

fn is_country_key(w: &str) -> bool {
    ALIASES.iter().any(|(_, k)| *k == w)
}

/// Two names of one person: the same last word, a surname ("General
/// Jeffery" and "Maj-Gen Jeffery", "General Myers" and "Richard Myers"), when
/// at least one of them is a name of two words or more and that word is not
/// the head of an organisation's name ("Justice Department").
pub fn same_person(a: &str, b: &str) -> bool {
    let (la, lb) = (
        without_article(a.split_whitespace().last().unwrap_or("")),
        without_article(b.split_whitespace().last().unwrap_or("")),
    );
    // the cheap tests first: most pairs of names differ in their last word;
    // a long surname may be misspelt by one edit or two letters swapped
    // ("Jeffrey" / "Jeffery")
    let spelt = |x: &str, y: &str| {
        x.len() >= 6
            && y.len() >= 6
            && x.as_bytes()[0] == y.as_bytes()[0]
            && strsim::osa_distance(x, y) == 1
    };
    (la == lb || spelt(la, lb))
        && (a.contains(' ') || b.contains(' '))
        && la.len() >= 3
        && la
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && crate::align::lexicon::concept_of_word(la) == 0
        && !ORGANISATION_HEADS.contains(&la)
}

/// A word of a name without the Arabic article joined to it: "al-sadr" is
/// "sadr" (as "Moqtada al-Sadr" is "Sadr").
fn without_article(w: &str) -> &str {
    ["al-", "el-"]
        .iter()
        .find_map(|a| w.strip_prefix(a))
        .filter(|rest| rest.len() >= 3)
        .unwrap_or(w)
}

/// Last words of organisations' names rather than surnames.
const ORGANISATION_HEADS: &[&str] = &[
    "department",
    "ministry",
    "office",
    "agency",
    "commission",
    "council",
    "committee",
    "court",
    "bank",
    "company",
    "corp",
    "inc",
    "group",
    "party",
    "union",
    "association",
    "institute",
    "university",
    "service",
    "services",
    "police",
    "army",
    "navy",
    "force",
    "board",
    "authority",
    "administration",
    "house",
    "times",
    "post",
    "news",
    "press",
    "network",
    "channel",
    "centre",
    "center",
    "foundation",
    "fund",
    "organization",
    "organisation",
    "bureau",
    "exchange",
];

/// Country initials that begin acronyms of national bodies ("USGS",
/// "UKIP"), whose keys leave the country out.
const COUNTRY_INITIALS: &[&str] = &["us", "uk", "eu"];

/// Last words of a company's name that its acronym leaves out ("General
/// Electric Co." is "GE").
const COMPANY_SUFFIXES: &[&str] = &["co", "corp", "inc", "ltd", "plc", "llc", "co.", "inc."];

/// Whether two entity keys name the same entity: equal, an acronym of the
/// other ("nsa" / "national security agency", "ge" / "general electric co",
/// "aba" / "basketball association"), or a part of the other's name.
pub fn same_entity<'a>(a: &'a str, b: &'a str) -> bool {
    if a == b {
        return true;
    }
    // "f.t.c" and "ftc"
    if (a.contains('.') || b.contains('.')) && a.replace('.', "") == b.replace('.', "") {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // "ge" / "general electric co": a company's suffix has no letter in its acronym
    let words: Vec<&str> = long
        .split(' ')
        .filter(|w| !matches!(*w, "of" | "and" | "for" | "the"))
        .collect();
    let words = match words.split_last() {
        Some((last, rest)) if rest.len() >= 2 && COMPANY_SUFFIXES.contains(last) => rest,
        _ => &words[..],
    };
    if words.len() >= 2 {
        let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
        let letters = short.replace('.', "");
        if initials == letters {
            return true;
        }
        // "usgs" / "geological survey": a key leaves out the country a
        // name starts with ("US Geological Survey"), its acronym keeps it;
        // "aba" / "basketball association": or the word for its people
        // ("American Basketball Association"). An acronym of three letters
        // or more meets a name without its first word whatever the word:
        // an entity cut at "and" or "with" loses it too ("SEC" /
        // "Exchange Commission" of "Securities and Exchange Commission")
        let dropped = |c: &str| letters.strip_prefix(c) == Some(initials.as_str());
        let one_letter =
            letters.len() >= 3 && letters.is_char_boundary(1) && letters[1..] == initials;
        if !short.contains(' ') && (COUNTRY_INITIALS.iter().any(|c| dropped(c)) || one_letter) {
            return true;
        }
    }
    let long_words: Vec<&str> = long.split(' ').map(without_article).collect();
    let short_words: Vec<&str> = short.split(' ').map(without_article).collect();
    if short.len() >= 3
        && !is_country_key(short)
        && short_words.iter().all(|w| long_words.contains(w))
    {
        return true;
    }
    // "ECB President Wim Duisenberg" = "European Central Bank President Wim Duisenberg":
    // most of the shorter name, at least two words, is in the longer.
    let shared = short_words
        .iter()
        .filter(|w| w.len() >= 3 && long_words.contains(w))
        .count();
    if shared >= 2 && shared * 4 >= short_words.len() * 3 {
        return true;
    }
    // A spelling variant inside a name of two words or more: "al qaeda" =
    // "al-qaida", "claudia gonzles herrera" = "claudia gonzales herrera":
    // one word of five letters or more one edit from its counterpart, the
    // others equal (not "john smith" and "joan smith": four letters).
    // (both keys of two words or more: most calls compare other names, so
    // the words are counted before any is compared, and nothing is allocated)
    let words = |k: &'a str| k.split([' ', '-']).filter(|w| !w.is_empty());
    let n = words(a).count();
    if n >= 2 && n == words(b).count() {
        let mut differ = words(a).zip(words(b)).filter(|(x, y)| x != y);
        match (differ.next(), differ.next()) {
            // "dvd-cca" / "dvd cca": one name, hyphenated or spaced
            (None, _) => return true,
            (Some((x, y)), None)
                if x.len() >= 5 && y.len() >= 5 && strsim::levenshtein(x, y) == 1 =>
            {
                return true
            }
            _ => {}
        }
    }
    // A spelling variant of a long name: "Sundwell" = "Sundwall".
    match (short_words.last(), long_words.last()) {
        (Some(a), Some(b)) if a.len() >= 6 && short_words.len() == 1 => {
            strsim::levenshtein(a, b) == 1
        }
        _ => false,
    }
}

fn is_acronym(raw: &str) -> bool {
    let letters: Vec<char> = raw.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// Find entities: runs of capitalised tokens ("of" may join two), split after a
/// possessive, skipping sentence-initial words that are not evidently names.
pub fn entities(text: &str, tokens: &[Token]) -> Vec<Entity> {
    let alpha: Vec<&Token> = tokens
        .iter()
        .filter(|t| t.norm.chars().any(char::is_alphabetic))
        .collect();
    let caps = alpha.iter().filter(|t| t.capitalised).count();
    let headline = alpha.len() >= 5 && caps * 4 >= alpha.len() * 3;
    let lead = after_dateline(text, tokens);
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if !t.capitalised
            || t.norm.starts_with(|c: char| c.is_ascii_digit())
            || (crate::features::numbers::is_number_word(&t.norm)
                && !tokens.get(i + 1).is_some_and(|n| n.capitalised))
        {
            i += 1;
            continue;
        }
        // "Dr. Amina Diallo": the name starts after the title
        let titled = HONORIFICS.contains(&t.norm.trim_end_matches('.'))
            && tokens.get(i + 1).is_some_and(|n| n.capitalised)
            && text[t.end..].starts_with(". ");
        if titled && !headline {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len() && !tokens[j - 1].norm.ends_with("'s") {
            let gap = &text[tokens[j - 1].end..tokens[j].start];
            // "Neal R. Sonnett": a middle initial's full stop stays inside the name
            let initial = gap.trim() == "."
                && gap.ends_with(' ')
                && tokens[j - 1].norm.chars().count() == 1
                && tokens[j - 1].capitalised
                && tokens[j].capitalised
                && tokens[j].content
                && j - 1 > i;
            if !gap.trim().is_empty() && !initial {
                break;
            }
            let next_cap = j + 1 < tokens.len()
                && tokens[j + 1].capitalised
                && text[tokens[j].end..tokens[j + 1].start].trim().is_empty();
            if tokens[j].capitalised
                || (particle(&tokens[j].norm) && (next_cap || tokens[j].norm.contains('-')))
            {
                j += 1;
            } else if tokens[j].norm == "of"
                && j + 1 < tokens.len()
                && tokens[j + 1].capitalised
                && text[tokens[j].end..tokens[j + 1].start].trim().is_empty()
            {
                j += 2;
            } else {
                break;
            }
        }
        let run = &tokens[i..j];
        if headline {
            for t in run {
                push_known(text, t, &mut out);
            }
        } else if i == 0 && !initial_is_name(text, tokens, j) {
            // "Recent reports…": a common word capitalised by position; read on after it.
            i = 1;
            continue;
        } else if i > 0 && i == lead && !initial_is_name(text, &tokens[i..], j - i) {
            // "ROME (Reuters) - Heavy rain…": the sentence starts after the dateline
            i += 1;
            continue;
        } else {
            push_run(text, run, &mut out);
        }
        i = j;
    }
    out
}

/// Titles written before a name with a full stop ("Dr.", "Mr.", "Gen."):
/// not part of the name.
const HONORIFICS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "capt", "sgt", "gov", "sen", "rep", "rev",
];

/// The token where the sentence starts after a wire dateline ("ROME (Reuters) -
/// Heavy rain…", "WASHINGTON — The…"): within the first eight tokens, after a
/// spaced dash, with only capitalised words before it. 0 when there is none.
fn after_dateline(text: &str, tokens: &[Token]) -> usize {
    for k in 1..tokens.len().min(9) {
        let between = &text[tokens[k - 1].end..tokens[k].start];
        let gap = between.trim_matches(|c: char| c == ')' || c.is_whitespace());
        let dash = matches!(gap, "-" | "--" | "\u{2013}" | "\u{2014}");
        let spaced = between.ends_with(char::is_whitespace);
        if dash && spaced {
            return if tokens[..k].iter().all(|t| t.capitalised) {
                k
            } else {
                0
            };
        }
    }
    0
}

/// Whether a sentence-initial run ending before `j` is a name.
fn initial_is_name(text: &str, tokens: &[Token], j: usize) -> bool {
    let first = &tokens[0];
    let raw = &text[first.start..first.end];
    if !first.content
        || month_or_day(&first.norm)
        || GENERIC_SUBJECTS.contains(&first.norm.as_str())
    {
        return false;
    }
    // "Bank of America said" is a name; "Accusations of Chinese hacking" is not.
    let joined_caps = j > 1 && (tokens[1].capitalised || !first.norm.ends_with('s'));
    if joined_caps || is_acronym(raw) || first.norm.ends_with("'s") || raw.contains('-') {
        return true;
    }
    let key = canonical(&first.norm);
    if is_country_key(&key) || ALIASES.iter().any(|(a, _)| *a == first.norm) {
        return true;
    }
    let next = tokens.get(1).map(|t| t.norm.as_str()).unwrap_or("");
    let comma_which =
        text[first.end..].trim_start().starts_with(',') && matches!(next, "which" | "who");
    // "Microsoft and the National Security Agency": a name listed with another.
    let listed = next == "and"
        && tokens[2..]
            .iter()
            .find(|t| t.norm != "the")
            .is_some_and(|t| t.capitalised);
    comma_which || listed || SUBJECT_FOLLOWERS.contains(&next)
}

fn month_or_day(w: &str) -> bool {
    const NAMES: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "jan",
        "feb",
        "aug",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
    NAMES.contains(&w)
}

/// In a headline every word is capitalised: keep only acronyms and known names.
fn push_known(text: &str, t: &Token, out: &mut Vec<Entity>) {
    let raw = &text[t.start..t.end];
    let key = canonical(&t.norm);
    if is_acronym(raw) || is_country_key(&key) {
        out.push(Entity {
            text: raw.to_string(),
            key,
            start: t.start,
            end: t.end,
        });
    }
}

fn push_run(text: &str, run: &[Token], out: &mut Vec<Entity>) {
    // Months and weekdays are dates, not entities.
    let dated = run.iter().any(|t| month_or_day(&t.norm));
    let run: Vec<&Token> = run
        .iter()
        .filter(|t| !month_or_day(&t.norm))
        .filter(|t| {
            !(dated
                && matches!(
                    t.norm.as_str(),
                    "last" | "next" | "this" | "early" | "late" | "on"
                ))
        })
        .collect();
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return;
    };
    if run.len() == 1 && !first.content {
        return;
    }
    let mut joined = run
        .iter()
        .map(|t| t.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let mut end = last.end;
    // "China-backed": the name is the part before the hyphen.
    if run.len() == 1 {
        if let Some((head, tail)) = joined.split_once('-') {
            if COMPOUND_TAILS.contains(&tail) {
                joined = head.to_string();
            }
        }
    }
    let raw = &text[first.start..end];
    if let Some(stripped) = raw
        .strip_suffix("'s")
        .or_else(|| raw.strip_suffix("\u{2019}s"))
    {
        end = first.start + stripped.len();
    }
    out.push(Entity {
        text: text[first.start..end].to_string(),
        key: canonical(&joined),
        start: first.start,
        end,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::tokens::tokenize;

    fn ents(text: &str) -> Vec<(String, String)> {
        entities(text, &tokenize(text))
            .into_iter()
            .map(|e| (e.text, e.key))
            .collect()
    }

    #[test]
    fn the_sentence_after_a_dateline_starts_with_a_common_word() {
        let names: Vec<String> = ents("ROME (Reuters) - Heavy rain flooded Bologna on Tuesday.")
            .into_iter()
            .map(|e| e.0)
            .collect();
        assert!(names.contains(&"Reuters".to_string()), "{names:?}");
        assert!(names.contains(&"Bologna".to_string()), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("Heavy")), "{names:?}");
        // a name right after the dateline stays a name
        let names = ents("WASHINGTON \u{2014} Microsoft said on Monday it had found the flaw.");
        assert!(names.iter().any(|e| e.0 == "Microsoft"), "{names:?}");
        // a dash inside a sentence is no dateline
        let names = ents("The company - Heavy Industries - said it would appeal.");
        assert!(
            names.iter().any(|e| e.0.contains("Heavy Industries")),
            "{names:?}"
        );
    }

    #[test]
    fn a_title_before_a_name_is_not_a_name_of_its_own() {
        let names: Vec<String> = ents("Lead researcher Dr. Amina Diallo said so.")
            .into_iter()
            .map(|e| e.0)
            .collect();
        assert_eq!(names, ["Amina Diallo"]);
        let names: Vec<String> = ents("Gen. Tarek Amin and Mr. Lee met.")
            .into_iter()
            .map(|e| e.0)
            .collect();
        assert_eq!(names, ["Tarek Amin", "Lee"]);
    }

    #[test]
    fn a_middle_initial_stays_inside_the_name() {
        let names = |text: &str| -> Vec<String> { ents(text).into_iter().map(|e| e.0).collect() };
        assert_eq!(
            names("It was Neal R. Sonnett, a lawyer."),
            ["Neal R. Sonnett"]
        );
        // a capital letter closing a sentence before a function word is no initial
        assert_eq!(names("They chose Plan B. The rest left."), ["Plan B"]);
    }

    #[test]
    fn a_plural_people_noun_opening_a_sentence_is_no_name() {
        for text in [
            "Owners will be contacted by letter.",
            "Drivers have complained about the brakes.",
        ] {
            assert!(ents(text).is_empty(), "{text}: {:?}", ents(text));
        }
        assert_eq!(ents("Siemens will appeal.")[0].0, "Siemens");
    }

    #[test]
    fn a_number_word_is_no_name_unless_a_name_follows() {
        assert!(ents("Twenty-eight people were missing.").is_empty());
        assert_eq!(
            ents("Seven Network said it would appeal.")[0].0,
            "Seven Network"
        );
    }

    #[test]
    fn aliases_share_a_key() {
        let keys: Vec<String> = ["US", "U.S.", "United States", "America"]
            .iter()
            .map(|w| ents(&format!("Officials in {w} said so."))[0].1.clone())
            .collect();
        assert!(keys.iter().all(|k| k == "united states"), "{keys:?}");
        assert_eq!(ents("It acts for Beijing.")[0].1, "china");
        assert_eq!(
            ents("It is linked to the Chinese government.")[0].1,
            "china"
        );
    }

    #[test]
    fn acronyms_and_partial_names_match() {
        assert!(same_entity("nsa", "national security agency"));
        assert!(same_entity("biden", "joe biden"));
        assert!(same_entity(
            &canonical("us state department"),
            "state department"
        ));
        assert!(!same_entity("north korea", "south korea"));
        assert!(!same_entity("microsoft", "google"));
        // the key of "US Geological Survey" leaves the country out
        assert!(same_entity("usgs", &canonical("us geological survey")));
        assert!(!same_entity("usgs", &canonical("us forest service")));
        // or the word for its people
        let aba = canonical("american basketball association");
        assert_eq!(aba, "basketball association");
        assert!(same_entity("aba", &aba));
        assert!(!same_entity("ab", &aba));
        // a company's suffix has no letter in its acronym
        assert!(same_entity("ge", "general electric co"));
        assert!(!same_entity("gm", "general electric co"));
    }

    #[test]
    fn one_misspelt_word_of_a_longer_name_is_the_same_name() {
        assert!(same_entity("al qaeda", "al-qaida"));
        assert!(same_entity("dvd-cca", "dvd cca"));
        // the Arabic article joined to a surname
        assert!(same_entity("sadr", "moqtada al-sadr"));
        assert!(same_person("moqtada al-sadr", "sadr"));
        // a long surname misspelt by two letters swapped
        assert!(same_person("general jeffrey", "maj-gen jeffery"));
        assert!(!same_person("john smith", "john smyth"));
        assert!(!same_entity("sadr", "moqtada al-hakim"));
        assert!(same_entity(
            "claudia gonzles herrera",
            "claudia gonzales herrera"
        ));
        // short words, or two words apart, are other names
        assert!(!same_entity("john smith", "joan smith"));
        assert!(!same_entity("north korea", "south korea"));
        assert!(!same_entity("al qaeda", "al-qaida network"));
    }

    #[test]
    fn sentence_initial_common_words_are_not_entities() {
        let e = ents("Recent reports from Microsoft and the US State Department alarmed China-backed groups.");
        let texts: Vec<&str> = e.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["Microsoft", "US State Department", "China-backed"]);
        assert_eq!(e[2].1, "china");
        assert_eq!(ents("Microsoft said it")[0].0, "Microsoft");
    }

    #[test]
    fn possessives_split_and_of_joins() {
        let e = ents("He met China's Foreign Minister at the Department of Homeland Security.");
        let texts: Vec<&str> = e.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "China",
                "Foreign Minister",
                "Department of Homeland Security"
            ]
        );
    }

    #[test]
    fn headlines_keep_only_known_names() {
        let e = ents("China Dismisses US Critical Infra Espionage Allegations");
        let texts: Vec<&str> = e.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["China", "US"]);
    }
}
