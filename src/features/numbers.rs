//! Numbers and quantities, compared by value, unit and bound.
//!
//! "three" = 3, "1.2 million" = 1,200,000, "$5bn" = 5,000,000,000 dollars,
//! "40 percent" = "40%", and "at least three" is the interval [3, ∞).
//! Four-digit years (1800–2099) are kept apart as [`QuantityKind::Year`];
//! full dates are read by [`super::dates`].

use super::tokens::{stem, Token};

/// What a quantity denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuantityKind {
    /// A plain count or amount.
    Number,
    /// A year (1800–2099 written as four digits).
    Year,
}

/// How a number is bounded by the words before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// Stated exactly ("three").
    Exact,
    /// "at least", "no fewer than".
    AtLeast,
    /// "more than", "over", "above".
    MoreThan,
    /// "at most", "up to", "as many as".
    AtMost,
    /// "fewer than", "less than", "under".
    LessThan,
    /// "between 10 and 15": from [`Quantity::low`] up to the figure.
    Between,
    /// "nearly", "almost": up to the figure, and no more than a tenth
    /// below it ("nearly 2,000" is no "more than 2,000").
    Nearly,
    /// "about", "around", "some", "an estimated": within a tenth
    /// of the figure either way, so two rounded figures can be one only when
    /// they are about 20 % apart or less ("about 40" and "about 45" can;
    /// "about 1,200" and "some 1,500" are two figures).
    About,
}

/// A number mentioned in a claim.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// As written, with its qualifier, currency and scale ("at least three", "$1.2 million").
    pub text: String,
    /// Its value (scale applied).
    pub value: f64,
    /// What it denotes.
    pub kind: QuantityKind,
    /// The unit: `%`, a currency sign, or the stem of the counted noun ("hack").
    pub unit: Option<String>,
    /// The qualifier's bound.
    pub bound: Bound,
    /// The low end of a range ([`Bound::Between`]; `value` is the high end).
    pub low: Option<f64>,
    /// Byte offset of `text` in the claim.
    pub start: usize,
    /// Byte offset one past `text`.
    pub end: usize,
}

impl Quantity {
    /// The interval of values the quantity allows, `(low, high)`.
    pub fn range(&self) -> (f64, f64) {
        let v = self.value;
        match self.bound {
            Bound::Exact => (v, v),
            Bound::AtLeast => (v, f64::INFINITY),
            Bound::MoreThan => (v * (1.0 + 1e-9) + 1e-9, f64::INFINITY),
            Bound::AtMost => (0.0, v),
            Bound::LessThan => (0.0, v * (1.0 - 1e-9) - 1e-9),
            Bound::Nearly => (v * (0.9 - 1e-9), v),
            Bound::Between => (self.low.unwrap_or(v).min(v), v),
            // a time of day "about" or "around" an hour: half an hour either way
            Bound::About if self.unit.as_deref() == Some(CLOCK_UNIT) => (v - 0.5, v + 0.5),
            // (a hair wider, so that "a third" meets "30%" despite rounding)
            Bound::About => (v * (0.9 - 1e-9), v * (1.1 + 1e-9)),
        }
    }

    /// Whether the two quantities can denote the same value (units permitting).
    pub fn compatible(&self, other: &Quantity) -> bool {
        let (a, b) = (self.range(), other.range());
        a.0 <= b.1 && b.0 <= a.1
    }
}

const UNITS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("dozen", 12.0),
    ("twice", 2.0),
    ("thrice", 3.0),
];

const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("mln", 1e6),
    ("billion", 1e9),
    ("bn", 1e9),
    ("trillion", 1e12),
];

/// Qualifiers before a number: the words (normalised) and the bound they set.
const BOUNDS: &[(&[&str], Bound)] = &[
    (&["at", "least"], Bound::AtLeast),
    (&["no", "fewer", "than"], Bound::AtLeast),
    (&["no", "less", "than"], Bound::AtLeast),
    (&["more", "than"], Bound::MoreThan),
    (&["over"], Bound::MoreThan),
    (&["above"], Bound::MoreThan),
    (&["upwards", "of"], Bound::MoreThan),
    (&["at", "most"], Bound::AtMost),
    (&["no", "more", "than"], Bound::AtMost),
    (&["up", "to"], Bound::AtMost),
    (&["as", "many", "as"], Bound::AtMost),
    (&["fewer", "than"], Bound::LessThan),
    (&["less", "than"], Bound::LessThan),
    (&["under"], Bound::LessThan),
    (&["below"], Bound::LessThan),
    (&["about"], Bound::About),
    (&["around"], Bound::About),
    (&["roughly"], Bound::About),
    (&["approximately"], Bound::About),
    (&["nearly"], Bound::Nearly),
    (&["almost"], Bound::Nearly),
    (&["some"], Bound::About),
    (&["an", "estimated"], Bound::About),
    (&["estimated"], Bound::About),
    (&["close", "to"], Bound::About),
];

const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "$"),
    ("dollar", "$"),
    ("euros", "€"),
    ("euro", "€"),
    ("pounds", "£"),
    ("yuan", "¥"),
    ("yen", "¥"),
];

fn unit_value(w: &str) -> Option<f64> {
    UNITS.iter().find(|(u, _)| *u == w).map(|(_, v)| *v)
}

fn scale_value(w: &str) -> Option<f64> {
    SCALES.iter().find(|(u, _)| *u == w).map(|(_, v)| *v)
}

/// A number word or hyphenated compound ("twenty-five").
/// Whether a word is a number written out ("seven", "twenty-eight", "one"):
/// capitalised at the start of a claim, it is still no name.
pub fn is_number_word(w: &str) -> bool {
    w == "one" || word_value(w).is_some()
}

fn word_value(w: &str) -> Option<f64> {
    if let Some(v) = unit_value(w) {
        return Some(v);
    }
    let (a, b) = w.split_once('-')?;
    // "one" is no number word alone (it is a pronoun too), but "sixty-one" is
    let ub = unit_value(b).or((b == "one").then_some(1.0))?;
    let ta = unit_value(a)?;
    (ta >= 20.0 && ta % 10.0 == 0.0 && ub < 10.0).then_some(ta + ub)
}

/// Digits with thousands separators and decimals, optionally suffixed `bn`/`k`.
/// Prefix of an ordinal's unit ("#minut" for "the 89th minute"): an ordinal
/// fits only ordinals of the same thing, never a plain count.
pub const ORDINAL_UNIT: &str = "#";

/// The digits of an ordinal written with digits ("89th" → "89", "21st" →
/// "21"); `None` for any other word.
pub fn ordinal_digits(w: &str) -> Option<&str> {
    ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|o| w.strip_suffix(o))
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a word is an ordinal written with digits ("89th", "21st").
fn is_ordinal(w: &str) -> bool {
    ordinal_digits(w).is_some()
}

fn digit_value(w: &str) -> Option<(f64, f64)> {
    // "89th minute", "21st century": an ordinal written with digits counts
    let (num, scale) = if let Some(n) = ordinal_digits(w) {
        (n, 1.0)
    } else if let Some(n) = w.strip_suffix("bn") {
        (n, 1e9)
    } else if let Some(n) = w.strip_suffix('k') {
        (n, 1e3)
    } else {
        (w, 1.0)
    };
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if !num
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    num.replace(',', "").parse::<f64>().ok().map(|v| (v, scale))
}

/// Find the quantities in a claim: `text` is the claim, `tokens` its tokens.
pub fn quantities(text: &str, tokens: &[Token]) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(parts) = tally(text, &tokens[i]) {
            out.extend(parts);
            i += 1;
            continue;
        }
        if let Some(q) = life_term(text, tokens, i) {
            out.push(q);
            i += 1;
            continue;
        }
        if let Some(q) = multiple(text, &tokens[i]) {
            out.push(q);
            i += 1;
            continue;
        }
        if let Some((q, next)) = share_by(text, tokens, i) {
            out.push(q);
            i = next;
            continue;
        }
        if let Some((q, next)) = clock_time(text, tokens, i) {
            out.push(q);
            i = next;
            continue;
        }
        match read_number(text, tokens, i) {
            Some((q, next)) => {
                out.push(q);
                i = next;
            }
            None => i += 1,
        }
    }
    between(text, tokens, &mut out);
    out
}

/// "between 10 and 15 people": one quantity, a range from the first figure
/// to the second, of the counted noun after the second, so that "twelve
/// people" falls within it and "at least 20" or "ten cents" outside it.
fn between(text: &str, tokens: &[Token], qs: &mut Vec<Quantity>) {
    let mut k = 1;
    while k < qs.len() {
        let (a, b) = (&qs[k - 1], &qs[k]);
        let opens = tokens
            .iter()
            .position(|t| t.start == a.start)
            .and_then(|i| i.checked_sub(1))
            .filter(|&i| tokens[i].norm == "between");
        let joined = text.get(a.end..b.start).is_some_and(|g| g.trim() == "and");
        let plain = |q: &Quantity| q.kind == QuantityKind::Number && q.bound == Bound::Exact;
        let fits = a.unit.is_none() || a.unit == b.unit;
        match opens {
            Some(i) if joined && fits && plain(a) && plain(b) => {
                let low = a.value;
                let q = &mut qs[k];
                q.start = tokens[i].start;
                q.text = text[q.start..q.end].to_string();
                q.bound = Bound::Between;
                q.low = Some(low);
                qs.remove(k - 1);
            }
            _ => k += 1,
        }
    }
}

/// Units of time, by stem, in hours or in months: a length of time given
/// in one unit can be compared with one given in another of the same kind
/// ("two weeks" is "14 days", "five years" "60 months"). Days and months
/// are two kinds, as a month has no fixed length.
const TIME_UNITS: &[(&str, f64, &str)] = &[
    ("second", 1.0 / 3600.0, "hour"),
    ("minut", 1.0 / 60.0, "hour"),
    ("hour", 1.0, "hour"),
    ("day", 24.0, "hour"),
    ("week", 168.0, "hour"),
    ("month", 1.0, "month"),
    ("year", 12.0, "month"),
    ("decad", 120.0, "month"),
];

/// A unit of time, by stem ("second", "minut", "hour", "day", "week" in
/// hours; "month", "year", "decad" in months): how many hours or months it
/// is, and which of the two.
pub fn time_unit(unit: &str) -> Option<(f64, &'static str)> {
    TIME_UNITS
        .iter()
        .find(|(u, _, _)| *u == unit)
        .map(|&(_, factor, base)| (factor, base))
}

/// The unit of each figure of a tally written as one word ("a 5-2 ruling",
/// "212-187"): a symbol, so a tally's figures are compared with another
/// tally's, as one measure.
pub const TALLY_UNIT: &str = "-";

/// The unit of a time of day: a symbol, so a time is compared only with another time.
pub const CLOCK_UNIT: &str = ":";

/// A time of day at token `i` ("4:12 a.m.", "16:30"), one quantity whose
/// value is the hour of a 24-hour clock (4.2, 16.5) and whose unit is
/// [`CLOCK_UNIT`]; not two numbers. Returns it and the next token index.
fn clock_time(text: &str, tokens: &[Token], i: usize) -> Option<(Quantity, usize)> {
    let (h, m) = (tokens.get(i)?, tokens.get(i + 1)?);
    let two_digits = |t: &Token| t.norm.len() == 2 && t.norm.bytes().all(|b| b.is_ascii_digit());
    let hour_digits = (1..=2).contains(&h.norm.len()) && h.norm.bytes().all(|b| b.is_ascii_digit());
    let half_day = |t: &Token| matches!(t.norm.as_str(), "p.m" | "pm" | "a.m" | "am");
    // "4 p.m.": an hour alone is a time when a.m. or p.m. follows it
    let minutes = two_digits(m) && text.get(h.end..m.start)? == ":";
    if !hour_digits || !(minutes || half_day(m) && text.get(h.end..m.start)?.trim().is_empty()) {
        return None;
    }
    let hour: f64 = h.norm.parse().ok()?;
    let minute: f64 = if minutes { m.norm.parse().ok()? } else { 0.0 };
    if hour > 24.0 || minute > 59.0 || !minutes && !(1.0..=12.0).contains(&hour) {
        return None;
    }
    let mut next = if minutes { i + 2 } else { i + 1 };
    let mut end = if minutes { m.end } else { h.end };
    let mut value = hour + minute / 60.0;
    if let Some(t) = tokens.get(next) {
        let pm = matches!(t.norm.as_str(), "p.m" | "pm");
        if pm || matches!(t.norm.as_str(), "a.m" | "am") {
            let noon_or_midnight = hour == 12.0;
            value = match (pm, noon_or_midnight) {
                (true, false) => value + 12.0,
                (false, true) => value - 12.0,
                _ => value,
            };
            end = t.end + usize::from(text[t.end..].starts_with('.'));
            next += 1;
        }
    }
    // "at about 3 p.m.", "around 9:15 p.m."
    let approximate = i > 0
        && matches!(
            tokens[i - 1].norm.as_str(),
            "about" | "around" | "approximately" | "roughly"
        );
    let (bound, start) = if approximate {
        (Bound::About, tokens[i - 1].start)
    } else {
        (Bound::Exact, h.start)
    };
    let q = Quantity {
        text: text[start..end].to_string(),
        value,
        kind: QuantityKind::Number,
        unit: Some(CLOCK_UNIT.to_string()),
        bound,
        low: None,
        start,
        end,
    };
    Some((q, next))
}

/// Words after "life" that make it a prison term ("life in prison", "a life sentence").
const LIFE_TERM_AFTER: &[&str] = &[
    "imprisonment",
    "sentence",
    "sentences",
    "term",
    "terms",
    "in prison",
    "in jail",
    "behind bars",
    "without parole",
    "without the possibility",
];
/// Verbs before "to life" or "for life" that make it a prison term.
const LIFE_TERM_VERBS: &[&str] = &[
    "sentenced",
    "sentences",
    "sentence",
    "jailed",
    "jails",
    "jail",
    "imprisoned",
    "condemned",
];

/// A life term at token `i` ("sentenced to life", "life in prison", "a
/// life sentence"): a number of years with no end, so that it differs from
/// any term of years ("sentenced to 10 years") while "at least 25 years"
/// still fits it.
fn life_term(text: &str, tokens: &[Token], i: usize) -> Option<Quantity> {
    let t = tokens.get(i)?;
    if t.norm != "life" {
        return None;
    }
    let after = |phrase: &str| {
        let words: Vec<&str> = phrase.split(' ').collect();
        words.iter().enumerate().all(|(k, w)| {
            tokens
                .get(i + 1 + k)
                .is_some_and(|u| u.norm == *w && !text[tokens[i + k].end..u.start].contains(','))
        })
    };
    let verb_before = i >= 2
        && matches!(tokens[i - 1].norm.as_str(), "to" | "for")
        && LIFE_TERM_VERBS.contains(&tokens[i - 2].norm.as_str());
    if !verb_before && !LIFE_TERM_AFTER.iter().any(|p| after(p)) {
        return None;
    }
    Some(Quantity {
        text: text[t.start..t.end].to_string(),
        value: f64::INFINITY,
        kind: QuantityKind::Number,
        unit: Some(stem("year")),
        bound: Bound::Exact,
        low: None,
        start: t.start,
        end: t.end,
    })
}

/// Words of growth by a multiple: verbs in the forms that can only be
/// verbs, and "-fold" adverbs; with the multiple ("doubled" and "twofold"
/// are two times, as "twice as many" and "two times" are).
const MULTIPLES: &[(&str, f64)] = &[
    ("doubled", 2.0),
    ("doubling", 2.0),
    ("tripled", 3.0),
    ("tripling", 3.0),
    ("trebled", 3.0),
    ("trebling", 3.0),
    ("quadrupled", 4.0),
    ("quadrupling", 4.0),
    ("halved", 0.5),
    ("halving", 0.5),
    ("twofold", 2.0),
    ("threefold", 3.0),
    ("fourfold", 4.0),
    ("fivefold", 5.0),
    ("tenfold", 10.0),
];

/// A growth by a multiple written as a word of [`MULTIPLES`] ("sales
/// doubled", "tripled its stake", "rose threefold"): that many times, in
/// the unit "three times" has, so that "doubled" and "tripled" conflict
/// and "doubled" and "two times" agree.
fn multiple(text: &str, t: &Token) -> Option<Quantity> {
    let &(_, value) = MULTIPLES.iter().find(|(w, _)| *w == t.norm)?;
    Some(Quantity {
        text: text.get(t.start..t.end)?.to_string(),
        value,
        kind: QuantityKind::Number,
        unit: Some(stem("times")),
        bound: Bound::Exact,
        low: None,
        start: t.start,
        end: t.end,
    })
}

/// Whether `part` is written with digits and separators only ("212", "1,200.50").
pub fn numeral(part: &str) -> bool {
    part.bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// The figures of a tally or range written as one word ("212-187",
/// "2019-2020"), each on its own; `None` for any other word.
fn tally(text: &str, t: &Token) -> Option<Vec<Quantity>> {
    let raw = text.get(t.start..t.end)?;
    if !raw.contains('-') {
        return None;
    }
    let mut out = Vec::new();
    let mut at = t.start;
    for part in raw.split('-') {
        let (v, scale) = digit_value(part).filter(|_| numeral(part))?;
        let value = v * scale;
        let year = part.len() == 4 && (1800.0..2100.0).contains(&value);
        out.push(Quantity {
            text: part.to_string(),
            value,
            kind: if year {
                QuantityKind::Year
            } else {
                QuantityKind::Number
            },
            unit: Some(TALLY_UNIT.to_string()),
            bound: Bound::Exact,
            low: None,
            start: at,
            end: at + part.len(),
        });
        at += part.len() + 1;
    }
    Some(out)
}

/// A fraction of one thing written in words at token `i` ("half a
/// percentage point", "a quarter of a mile", "two thirds of a second"): its
/// value and how many tokens it takes, up to the "a" before the thing
/// counted (which may be a scale: "half a million" is 500,000).
fn fraction<'t>(norm: &impl Fn(usize) -> &'t str, i: usize) -> Option<(f64, usize)> {
    let article = |k: usize| matches!(norm(k), "a" | "an");
    match share(norm(i), norm(i + 1))? {
        (p, q, 1) if article(i + 1) => Some((p / q, 2)),
        (p, q, 2) if norm(i + 2) == "of" && article(i + 3) => Some((p / q, 4)),
        _ => None,
    }
}

/// A share written in words at two tokens' norms `a` and `b` ("half", "a
/// third", "two thirds"): its numerator and denominator, and whether it
/// takes one token or two.
fn share(a: &str, b: &str) -> Option<(f64, f64, usize)> {
    Some(match (a, b) {
        ("half", _) => (1.0, 2.0, 1),
        ("a" | "one", "third") => (1.0, 3.0, 2),
        ("a" | "one", "quarter") => (1.0, 4.0, 2),
        ("a" | "one", "fifth") => (1.0, 5.0, 2),
        ("two", "thirds") => (2.0, 3.0, 2),
        ("three", "quarters") => (3.0, 4.0, 2),
        _ => return None,
    })
}

/// A change by a share in words at token `i`, after "by" ("fell by a
/// third", "cut by half", "rose by two thirds"): about that many percent,
/// so that it meets "fell by 33 percent" and differs from "fell by a
/// quarter". Returns it and the next token index.
fn share_by(text: &str, tokens: &[Token], i: usize) -> Option<(Quantity, usize)> {
    let norm = |k: usize| tokens.get(k).map(|t| t.norm.as_str()).unwrap_or("");
    if i == 0 || norm(i - 1) != "by" {
        return None;
    }
    let (p, q, n) = share(norm(i), norm(i + 1))?;
    // "by a third of the workforce" is a share of something named, "by
    // half a percentage point" a fraction of one thing
    if matches!(norm(i + n), "of" | "a" | "an") {
        return None;
    }
    let (start, end) = (tokens[i].start, tokens[i + n - 1].end);
    let q = Quantity {
        text: text[start..end].to_string(),
        value: 100.0 * p / q,
        kind: QuantityKind::Number,
        unit: Some("%".to_string()),
        bound: Bound::About,
        low: None,
        start,
        end,
    };
    Some((q, i + n))
}

/// Read the number starting at token `i`; returns it and the next token index.
fn read_number(text: &str, tokens: &[Token], i: usize) -> Option<(Quantity, usize)> {
    let norm = |k: usize| tokens.get(k).map(|t| t.norm.as_str()).unwrap_or("");
    let w = norm(i);
    let mut j = i + 1;
    let mut written_digits = false;
    // "7.0-magnitude", "15-kilometre", "10-year": the number and its unit in one token.
    let mut hyphen_unit: Option<String> = None;
    // "$3-million", "a 1.5-billion-pound deal": the scale joined on by a hyphen
    let scaled = w.split_once('-').and_then(|(n, u)| {
        let (scale, rest) = u.split_once('-').unwrap_or((u, ""));
        let (v, s) = digit_value(n)?;
        Some((v * s * scale_value(scale)?, rest))
    });
    // ".20 parts per million": a decimal written without its leading zero
    // (the tokenizer leaves the point out)
    let bare_decimal = {
        let before = &text[..tokens[i].start];
        !w.is_empty()
            && w.bytes().all(|b| b.is_ascii_digit())
            && before.ends_with('.')
            && !before[..before.len() - 1].ends_with(|c: char| c.is_ascii_alphanumeric())
    };
    let mut value = if let Some(v) = bare_decimal
        .then(|| format!("0.{w}").parse::<f64>().ok())
        .flatten()
    {
        written_digits = true;
        v
    } else if let Some((v, s)) = digit_value(w) {
        written_digits = s == 1.0;
        v * s
    } else if let Some((v, rest)) = scaled {
        written_digits = true;
        if rest.chars().next().is_some_and(char::is_alphabetic) {
            hyphen_unit = Some(unit_stem(rest.split('-').next().unwrap_or(rest)));
        }
        v
    } else if let Some((v, unit)) = w.split_once('-').and_then(|(n, u)| {
        // "15-kilometre", and "four-hour" too
        // (not "twenty-five", nor a fraction: "two-thirds")
        let word = || {
            const FRACTIONS: &[&str] = &[
                "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
            ];
            let whole = word_value(w).is_none() && !FRACTIONS.contains(&u);
            word_value(n).filter(|_| whole).map(|v| (v, 1.0))
        };
        let (v, s) = digit_value(n).or_else(word)?;
        let alpha = !u.is_empty() && u.chars().all(|c| c.is_alphabetic() || c == '-');
        alpha.then_some((v * s, u))
    }) {
        written_digits = true;
        hyphen_unit = Some(unit_stem(unit.split('-').next().unwrap_or(unit)));
        v
    } else if let Some((v, n)) = fraction(&norm, i) {
        j = i + n;
        v
    } else if let Some(v) = word_value(w) {
        v
    } else if (w == "a" || w == "one")
        && (scale_value(norm(i + 1)).is_some() || norm(i + 1) == "dozen")
    {
        1.0
    } else {
        return None;
    };
    // Compose number words: "two hundred and fifty thousand".
    let mut total = 0.0;
    loop {
        let n = norm(j);
        if let Some(s) = scale_value(n) {
            if s == 100.0 {
                value *= 100.0;
            } else {
                total += value * s;
                value = 0.0;
            }
            j += 1;
        } else if let Some((s, u)) = n.split_once('-').and_then(|(a, u)| {
            let alpha = !u.is_empty() && u.chars().all(|c| c.is_alphabetic() || c == '-');
            Some((scale_value(a)?, u)).filter(|_| alpha)
        }) {
            // "a 1.5 billion-pound writedown": the scale and the unit in one token
            total += value * s;
            value = 0.0;
            hyphen_unit = Some(unit_stem(u.split('-').next().unwrap_or(u)));
            j += 1;
            break;
        } else if n == "dozen" && value < 13.0 {
            value *= 12.0;
            j += 1;
        } else if !written_digits && value > 0.0 && (n == "and" || word_value(n).is_some()) {
            let k = if n == "and" { j + 1 } else { j };
            let fits = |v: f64| {
                if value >= 100.0 {
                    value % 100.0 == 0.0 && v < 100.0
                } else {
                    n != "and" && value >= 20.0 && value % 10.0 == 0.0 && v < 10.0
                }
            };
            match word_value(norm(k)) {
                Some(v) if fits(v) => {
                    value += v;
                    j = k + 1;
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    let value = total + value;
    let first = &tokens[i];
    let last = &tokens[j - 1];
    let mut start = first.start - usize::from(bare_decimal);
    let mut end = last.end;
    let mut unit: Option<String> = None;
    // Currency sign right before the number ("$5", "US$5").
    let before = text[..start].trim_end_matches("US");
    if let Some(c) = before.chars().last().filter(|c| "$€£¥".contains(*c)) {
        unit = Some(c.to_string());
        start = before.len() - c.len_utf8();
        if text[..start].ends_with("US") {
            start -= 2;
        }
    }
    // Percent sign or word, currency word after the number.
    if text[end..].starts_with('%') {
        unit = Some("%".into());
        end += 1;
    } else if matches!(norm(j), "percent" | "pct") {
        unit = Some("%".into());
        end = tokens[j].end;
        j += 1;
    } else if norm(j) == "per" && norm(j + 1) == "cent" {
        unit = Some("%".into());
        end = tokens[j + 1].end;
        j += 2;
    } else if let Some((_, sign)) = CURRENCY_WORDS.iter().find(|(w, _)| *w == norm(j)) {
        unit = Some(sign.to_string());
        end = tokens[j].end;
        j += 1;
    }
    // Qualifier before the number.
    let mut bound = Bound::Exact;
    for (words, b) in BOUNDS {
        let n = words.len();
        if i >= n && (0..n).all(|k| norm(i - n + k) == words[k]) {
            let s = tokens[i - n].start;
            if text[s..start]
                .chars()
                .all(|c| c.is_alphanumeric() || c.is_whitespace())
            {
                bound = *b;
                start = s;
                break;
            }
        }
    }
    let four_digits =
        first.norm.len() == 4 && j == i + 1 && first.norm.chars().all(|c| c.is_ascii_digit());
    let kind = if four_digits
        && unit.is_none()
        && bound == Bound::Exact
        && (1800.0..2100.0).contains(&value)
    {
        QuantityKind::Year
    } else {
        QuantityKind::Number
    };
    if kind == QuantityKind::Number && unit.is_none() {
        // "magnitude 6.8", "category 4": a measure named before the number.
        let measure = i
            .checked_sub(1)
            .map(norm)
            .filter(|m| MEASURES.contains(m))
            .map(stem);
        unit = hyphen_unit.or(measure).or_else(|| counted_noun(tokens, j));
        // "the 89th minute": a position, compared only with positions in the same thing
        if is_ordinal(w) {
            unit = Some(format!("{ORDINAL_UNIT}{}", unit.unwrap_or_default()));
        }
    }
    // "half a percentage point", "two percentage points" and "50 basis
    // points" are one measure, in percentage points
    let points = norm(j + 1).starts_with("point");
    let value = match norm(j) {
        "percentage" if points && unit.is_some() => {
            unit = Some(stem("percentage"));
            value
        }
        "basis" if points && unit.is_some() => {
            unit = Some(stem("percentage"));
            value / 100.0
        }
        _ => value,
    };
    Some((
        Quantity {
            text: text[start..end].to_string(),
            value,
            kind,
            unit,
            bound,
            low: None,
            start,
            end,
        },
        j,
    ))
}

/// Scales whose name comes before the number ("magnitude 6.8", "category 4").
const MEASURES: &[&str] = &["magnitude", "category", "level", "grade", "stage", "phase"];

/// The stem of the noun a number counts: the first lowercase word after it,
/// skipping capitalised names ("three Volt Typhoon hacks" → "hack"), or the
/// plural noun right after that word when it is a singular modifier ("three
/// city contracts" and "five municipal contracts" both count contracts), or
/// the word after a hyphenated modifier ("eight water-bombing aircraft").
fn counted_noun(tokens: &[Token], j: usize) -> Option<String> {
    let word = |t: &&Token| t.content && !t.capitalised && t.norm.chars().all(char::is_alphabetic);
    let mut at = (j..tokens.len().min(j + 4)).find(|&k| !tokens[k].capitalised)?;
    // a hyphenated modifier ("eight water-bombing aircraft", "12 state-owned
    // banks") describes the noun that follows it
    let compound = |t: &Token| {
        t.norm.contains('-')
            && t.norm
                .split('-')
                .all(|p| p.chars().all(char::is_alphabetic))
    };
    if tokens.get(at).is_some_and(compound) && tokens.get(at + 1).is_some_and(|t| word(&t)) {
        at += 1;
    }
    let first = tokens.get(at).filter(word)?;
    let head = tokens
        .get(at + 1)
        .filter(word)
        .filter(|t| plural(&t.norm) && !plural(&first.norm));
    Some(unit_stem(&head.unwrap_or(first).norm))
}

/// Whether a word looks like a regular plural ("contracts", not "business" or "status").
fn plural(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
}

/// Unit abbreviations and the words they stand for.
const UNIT_ABBREVIATIONS: &[(&str, &str)] = &[
    ("km", "kilometre"),
    ("kms", "kilometre"),
    ("cm", "centimetre"),
    ("mm", "millimetre"),
    ("mi", "mile"),
    ("kg", "kilogram"),
    ("kgs", "kilogram"),
    ("lb", "pound"),
    ("lbs", "pound"),
    ("ft", "foot"),
    ("feet", "foot"),
];

/// The stem a unit word is compared by: abbreviations spelled out ("km" is
/// "kilometre") and American spellings folded ("kilometers" is "kilometre").
fn unit_stem(word: &str) -> String {
    if let Some(&(_, full)) = UNIT_ABBREVIATIONS.iter().find(|(a, _)| *a == word) {
        return stem(full);
    }
    for (us, uk) in [
        ("meters", "metres"),
        ("meter", "metre"),
        ("liters", "litres"),
        ("liter", "litre"),
    ] {
        if let Some(base) = word.strip_suffix(us) {
            return stem(&format!("{base}{uk}"));
        }
    }
    stem(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::tokens::tokenize;

    fn q(text: &str) -> Vec<Quantity> {
        quantities(text, &tokenize(text))
    }

    #[test]
    fn a_scale_joined_by_a_hyphen_scales_the_number() {
        let same = |a: &str, b: &str| {
            let (x, y) = (q(a), q(b));
            assert_eq!(x.len(), 1, "{x:?}");
            assert_eq!(
                (x[0].value, &x[0].unit),
                (y[0].value, &y[0].unit),
                "{a} / {b}"
            );
        };
        same("It paid $3-million.", "It paid $3 million.");
        same("It holds 38-million euros.", "It holds 38 million euros.");
        same("a 1.5-billion-pound deal", "a 1.5 billion pound deal");
        assert_eq!(q("It paid $3-million.")[0].value, 3_000_000.0);
    }

    #[test]
    fn a_decimal_without_its_leading_zero_keeps_its_point() {
        let bare = q("Ozone reached .20 parts per million.");
        assert_eq!(bare[0].value, 0.2);
        assert!(bare[0].text.starts_with(".20"), "{bare:?}");
        assert_eq!(q("Ozone reached 0.20 parts per million.")[0].value, 0.2);
        // a full stop before a number is no decimal point
        assert_eq!(q("It rose. 20 firms fell.")[0].value, 20.0);
    }

    #[test]
    fn growth_by_a_multiple_is_that_many_times() {
        let doubled = q("Sales doubled last year.");
        assert_eq!(doubled.len(), 1, "{doubled:?}");
        assert_eq!(doubled[0].value, 2.0);
        // the unit "three times" has
        let three = q("Sales grew three times last year.");
        assert_eq!(doubled[0].unit, three[0].unit);
        assert_eq!(q("The firm halved its staff.")[0].value, 0.5);
        assert_eq!(q("Profits rose threefold.")[0].value, 3.0);
        // "double" can be an adjective: no quantity
        assert!(q("It was a double murder.").is_empty());
    }

    #[test]
    fn fractions_in_words_are_numbers() {
        let one = |text: &str| {
            let v = q(text);
            assert_eq!(v.len(), 1, "{text}: {v:?}");
            (v[0].value, v[0].unit.clone())
        };
        let point = Some(stem("percentage"));
        assert_eq!(
            one("rates rose half a percentage point"),
            (0.5, point.clone())
        );
        assert_eq!(
            one("by a quarter of a percentage point"),
            (0.25, point.clone())
        );
        assert_eq!(one("by two percentage points"), (2.0, point.clone()));
        assert_eq!(one("by 50 basis points"), (0.5, point));
        assert_eq!(one("half a million people").0, 500_000.0);
        assert_eq!(one("half a dozen eggs").0, 6.0);
        assert_eq!(one("a fifth of a mile").0, 0.2);
        assert!(q("the first half of the year").is_empty());
        // a change by a share is about that many percent
        assert_eq!(
            one("exports fell by a third"),
            (100.0 / 3.0, Some("%".into()))
        );
        assert_eq!(one("costs were cut by half.").0, 50.0);
        assert_eq!(one("cut by half a percentage point").0, 0.5);
    }

    #[test]
    fn a_life_term_is_years_without_end() {
        for text in [
            "He was sentenced to life on Friday.",
            "She faces life in prison.",
            "a life sentence",
        ] {
            let v = q(text);
            assert_eq!(v.len(), 1, "{text}");
            assert_eq!(v[0].text, "life");
            assert_eq!(v[0].unit.as_deref(), Some(stem("years").as_str()));
            assert!(v[0].value.is_infinite());
        }
        for text in [
            "It changed his life.",
            "the life of the party",
            "life, in prison",
        ] {
            assert!(q(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_tally_in_one_word_gives_each_figure() {
        let v = q("The bill failed in a 212-187 vote.");
        let values: Vec<f64> = v.iter().map(|x| x.value).collect();
        assert_eq!(values, [212.0, 187.0]);
        assert_eq!(v[1].text, "187");
        let years = q("the 2019-2020 season");
        assert!(years.iter().all(|x| x.kind == QuantityKind::Year));
        assert_eq!(q("a 15-kilometre stretch")[0].value, 15.0);
    }

    #[test]
    fn a_time_of_day_is_one_quantity_on_a_24_hour_clock() {
        let v = q("The quake hit at 4:12 a.m. local time, and again at 16:30.");
        let read: Vec<(&str, f64)> = v.iter().map(|x| (x.text.as_str(), x.value)).collect();
        assert_eq!(read, [("4:12 a.m.", 4.2), ("16:30", 16.5)]);
        assert!(v.iter().all(|x| x.unit.as_deref() == Some(CLOCK_UNIT)));
        assert_eq!(q("at 12:15 am")[0].value, 0.25);
        assert_eq!(q("at 1:45 p.m.")[0].value, 13.75);
        // an hour alone with a.m. or p.m.
        let v = q("Services were restored by 4 p.m. Eastern time.");
        assert_eq!((v[0].value, v[0].unit.as_deref()), (16.0, Some(CLOCK_UNIT)));
        assert_eq!(q("at 12 am")[0].value, 0.0);
        let (a, b) = (
            q("at about 3 p.m.")[0].clone(),
            q("at 3:22 p.m.")[0].clone(),
        );
        assert!(a.compatible(&b));
        assert!(!a.compatible(&q("at 5 p.m.")[0]));
        // a score or a ratio is not a time
        assert_eq!(q("They won 3:2.").len(), 2);
        assert_eq!(q("a 1:500 scale").len(), 2);
    }

    #[test]
    fn unit_abbreviations_and_spellings_are_one_unit() {
        let unit = |t: &str| q(t)[0].unit.clone();
        let km = unit("It hit 40 kilometres north of the city.");
        assert!(km.is_some());
        for t in [
            "It hit about 40 km north of the city.",
            "It hit 40 kilometers north of the city.",
            "A 40-km stretch of the coast.",
        ] {
            assert_eq!(unit(t), km, "{t}");
        }
        assert_ne!(unit("It weighed 40 kg."), km);
    }

    #[test]
    fn a_measure_before_or_hyphened_to_the_number_is_its_unit() {
        let a = q("A magnitude 6.8 earthquake struck.");
        let b = q("A 7.0-magnitude earthquake hit.");
        assert_eq!(a[0].value, 6.8);
        assert_eq!(b[0].value, 7.0);
        assert_eq!(a[0].unit, b[0].unit);
        assert!(a[0]
            .unit
            .as_deref()
            .is_some_and(|u| u.starts_with("magnitud")));
        let c = q("a 15-kilometre stretch");
        assert_eq!(c[0].value, 15.0);
        assert_eq!(c[0].unit, Some(stem("kilometre")));
    }

    #[test]
    fn number_words_and_digits_have_equal_values() {
        assert_eq!(q("three hacks")[0].value, 3.0);
        assert_eq!(q("twenty-five people")[0].value, 25.0);
        assert_eq!(q("Sixty-one people were killed")[0].value, 61.0);
        // an ordinal is a position
        let v = q("He scored in the 89th minute.");
        assert_eq!((v[0].value, v[0].unit.as_deref()), (89.0, Some("#minut")));
        assert_eq!(q("two hundred and fifty people")[0].value, 250.0);
        assert_eq!(q("a dozen people")[0].value, 12.0);
    }

    #[test]
    fn scales_multiply() {
        let v = q("1.2 million people");
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].value, 1_200_000.0);
        assert_eq!(v[0].text, "1.2 million");
        assert_eq!(q("1,200,000 people")[0].value, 1_200_000.0);
        assert_eq!(q("$5bn in aid")[0].value, 5e9);
    }

    #[test]
    fn currency_and_percent_are_units() {
        let v = q("It paid $1.2 million, up 40 percent, or 12% of sales.");
        assert_eq!(v.len(), 3);
        assert_eq!(
            (v[0].text.as_str(), v[0].unit.as_deref()),
            ("$1.2 million", Some("$"))
        );
        assert_eq!(
            (v[1].text.as_str(), v[1].unit.as_deref()),
            ("40 percent", Some("%"))
        );
        assert_eq!(
            (v[2].text.as_str(), v[2].unit.as_deref()),
            ("12%", Some("%"))
        );
    }

    #[test]
    fn between_two_figures_is_a_range() {
        let v = q("Between 10 and 15 people were hurt");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].text, "Between 10 and 15");
        assert_eq!(
            (v[0].bound, v[0].low, v[0].value),
            (Bound::Between, Some(10.0), 15.0)
        );
        assert!(v[0].compatible(&q("twelve people")[0]));
        assert!(!v[0].compatible(&q("at least 20 people")[0]));
        // years stay years
        assert!(q("between 2019 and 2021")
            .iter()
            .all(|x| x.kind == QuantityKind::Year));
    }

    #[test]
    fn qualifiers_set_bounds_and_stay_in_text() {
        let v = q("responded to at least three Volt Typhoon hacks");
        assert_eq!(v[0].text, "at least three");
        assert_eq!(v[0].bound, Bound::AtLeast);
        assert_eq!(v[0].unit.as_deref(), Some("hack"));
        let exact = &q("three hacks")[0];
        assert!(v[0].compatible(exact));
        assert!(!v[0].compatible(&q("two hacks")[0]));
        assert!(q("more than 1,000 people")[0].compatible(&q("1,200 people")[0]));
        // "nearly" reaches up to the figure, not past it
        let nearly = &q("nearly 2,000 people")[0];
        assert_eq!(nearly.bound, Bound::Nearly);
        assert!(nearly.compatible(&q("1,950 people")[0]));
        assert!(nearly.compatible(&q("about 2,000 people")[0]));
        assert!(!nearly.compatible(&q("more than 2,000 people")[0]));
        assert!(!q("almost 20 percent")[0].compatible(&q("21.2 percent")[0]));
    }

    #[test]
    fn units_of_time_are_hours_or_months() {
        let in_base = |text: &str| {
            let v = q(text);
            let (factor, base) = time_unit(v[0].unit.as_deref().unwrap_or("")).expect(text);
            (v[0].value * factor, base)
        };
        assert_eq!(in_base("two weeks"), in_base("14 days"));
        assert_eq!(in_base("a 90-minute meeting"), (1.5, "hour"));
        assert_eq!(in_base("five years"), in_base("60 months"));
        assert!(time_unit("people").is_none());
    }

    #[test]
    fn four_digit_years_are_years() {
        let v = q("In 2023, 2,000 people left.");
        assert_eq!(v[0].kind, QuantityKind::Year);
        assert_eq!(v[1].kind, QuantityKind::Number);
    }

    #[test]
    fn a_plural_after_a_modifier_is_the_counted_noun() {
        let unit = |t: &str| q(t)[0].unit.clone();
        assert_eq!(
            unit("three city contracts"),
            unit("five municipal contracts")
        );
        assert_eq!(unit("14 rural hospitals"), unit("14 hospitals"));
        // a plural counted noun keeps its place, and what follows it is not a noun
        assert_eq!(unit("ten years behind bars"), unit("ten years in prison"));
        assert_eq!(unit("12 people killed"), unit("12 people"));
        assert_ne!(unit("three city contracts"), unit("three city"));
        // a scale and a unit in one token
        let v = q("a 1.5 billion-pound writedown");
        assert_eq!((v[0].value, v[0].unit.as_deref()), (1.5e9, Some("pound")));
        // a number word and its unit in one token, but not "twenty-five" or "two-thirds"
        let v = q("a four-hour outage");
        assert_eq!((v[0].value, v[0].unit.as_deref()), (4.0, Some("hour")));
        assert_eq!(q("twenty-five people")[0].value, 25.0);
        assert!(q("two-thirds of voters")
            .iter()
            .all(|x| x.unit.as_deref() != Some("third")));
        // a hyphenated modifier describes the noun after it
        assert_eq!(unit("eight water-bombing aircraft"), unit("ten aircraft"));
        assert_eq!(unit("12 state-owned banks"), Some("bank".into()));
    }

    #[test]
    fn pronoun_one_is_not_a_number() {
        assert!(q("one of the hackers").is_empty());
        assert_eq!(q("one million people")[0].value, 1e6);
    }
}
