//! Dates, compared by what they denote.
//!
//! Absolute dates keep the parts that were written (year, month, day): "May 2023"
//! and "2023" are compatible (the first is more specific), "May 2023" and
//! "June 2023" conflict. Relative dates ("last Tuesday", "yesterday") are only
//! equal to themselves; two different weekdays conflict.

use super::tokens::Token;

/// A date or time reference in a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// As written ("May 16, 2023", "last Tuesday").
    pub text: String,
    /// Byte offset of `text` in the claim.
    pub start: usize,
    /// Byte offset one past `text`.
    pub end: usize,
    /// The year, when written.
    pub year: Option<i32>,
    /// The month (1–12), when written.
    pub month: Option<u32>,
    /// The day of the month, when written.
    pub day: Option<u32>,
    /// For relative dates, a normalised key ("last tuesday", "yesterday").
    pub relative: Option<String>,
}

/// How two date mentions relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRelation {
    /// They denote the same date, written as precisely.
    Same,
    /// They can denote the same date; the first is more specific.
    Narrower,
    /// They can denote the same date; the second is more specific.
    Broader,
    /// They can denote the same date; each gives a part the other lacks.
    Overlapping,
    /// They cannot denote the same date.
    Conflict,
    /// They cannot be compared ("last week" vs "May 2023").
    Incomparable,
}

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const DAY_WORDS: &[&str] = &["yesterday", "today", "tomorrow", "tonight"];
const PERIODS: &[&str] = &[
    "week", "weekend", "month", "year", "spring", "summer", "autumn", "fall", "winter",
];
const DATE_PREPS: &[&str] = &[
    "in", "on", "since", "until", "by", "of", "last", "next", "early", "late", "mid", "this",
    "from", "through", "during", "before", "after", "between", "to",
];

fn month_of(w: &str) -> Option<u32> {
    let w = w.strip_prefix("mid-").unwrap_or(w);
    MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

fn year_of(w: &str) -> Option<i32> {
    let w = w.strip_prefix("mid-").unwrap_or(w);
    if w.len() != 4 || !w.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    w.parse::<i32>().ok().filter(|y| (1800..2100).contains(y))
}

/// The weekday a word names, possessive or not ("Sunday", "Sunday's").
fn weekday(w: &str) -> Option<&'static str> {
    let w = w.strip_suffix("'s").unwrap_or(w);
    WEEKDAYS.iter().find(|d| **d == w).copied()
}

fn day_of(w: &str) -> Option<u32> {
    let d = super::numbers::ordinal_digits(w).unwrap_or(w);
    if d.is_empty() || d.len() > 2 || !d.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    d.parse::<u32>().ok().filter(|d| (1..=31).contains(d))
}

/// Find the date mentions in a claim.
pub fn dates(text: &str, tokens: &[Token]) -> Vec<DateMention> {
    let norm = |k: usize| tokens.get(k).map(|t| t.norm.as_str()).unwrap_or("");
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let mut m = DateMention {
            text: String::new(),
            start: t.start,
            end: t.end,
            year: None,
            month: None,
            day: None,
            relative: None,
        };
        let mut j = i + 1;
        if let Some(month) = month_of(&t.norm).filter(|_| t.capitalised) {
            let prev = if i > 0 { norm(i - 1) } else { "" };
            let next_day = day_of(norm(i + 1));
            let next_year = year_of(norm(i + 1));
            let prev_day = i > 0 && day_of(prev).is_some();
            // "the 4th of July": an ordinal day, then "of"
            let of_day = (i >= 2 && prev == "of")
                .then(|| norm(i - 2))
                .filter(|w| super::numbers::ordinal_digits(w).is_some())
                .and_then(day_of);
            if next_day.is_none()
                && next_year.is_none()
                && !prev_day
                && of_day.is_none()
                && !DATE_PREPS.contains(&prev)
            {
                i += 1;
                continue;
            }
            m.month = Some(month);
            if let Some(d) = next_day {
                m.day = Some(d);
                j += 1;
            } else if prev_day {
                m.day = day_of(prev);
                m.start = tokens[i - 1].start;
            } else if of_day.is_some() {
                m.day = of_day;
                m.start = tokens[i - 2].start;
            }
            if let Some(y) = year_of(norm(j)) {
                m.year = Some(y);
                j += 1;
            }
        } else if let Some(y) = year_of(&t.norm) {
            let money = text[..t.start].ends_with(['$', '€', '£']);
            let scaled = matches!(norm(i + 1), "million" | "billion" | "percent");
            if money || scaled || text[t.end..].starts_with('%') {
                i += 1;
                continue;
            }
            m.year = Some(y);
        } else if let Some(day) = weekday(&t.norm).filter(|_| t.capitalised) {
            // "Sunday's run-off" is Sunday's too
            m.relative = Some(day.to_string());
        } else if DAY_WORDS.contains(&t.norm.as_str()) {
            m.relative = Some(t.norm.clone());
        } else if matches!(t.norm.as_str(), "last" | "next" | "this")
            && PERIODS.contains(&norm(i + 1))
        {
            m.relative = Some(format!("{} {}", t.norm, norm(i + 1)));
            j += 1;
        } else {
            i += 1;
            continue;
        }
        // "last Tuesday", "next May": the modifier is part of the date.
        if i > 0 && matches!(norm(i - 1), "last" | "next" | "this") && m.start == t.start {
            m.start = tokens[i - 1].start;
            if let Some(r) = &mut m.relative {
                *r = format!("{} {}", norm(i - 1), r);
            } else if m.year.is_none() {
                m.relative = Some(format!("{} {}", norm(i - 1), t.norm));
            }
        }
        m.end = tokens[j - 1].end;
        m.text = text[m.start..m.end].to_string();
        out.push(m);
        i = j;
    }
    out
}

/// How date `a` relates to date `b`.
pub fn relate(a: &DateMention, b: &DateMention) -> DateRelation {
    match (&a.relative, &b.relative) {
        (Some(x), Some(y)) if x == y => DateRelation::Same,
        (Some(x), Some(y)) => {
            let wd = |s: &str| WEEKDAYS.iter().find(|w| s.ends_with(*w)).copied();
            match (wd(x), wd(y)) {
                (Some(p), Some(q)) if p != q => DateRelation::Conflict,
                // "next Sunday" is the Sunday another outlet calls "Sunday";
                // "last Sunday" and "next Sunday" are two days
                (Some(p), Some(_)) if x == p || y == p => DateRelation::Same,
                (Some(_), Some(_)) => DateRelation::Conflict,
                // "last year" and "next year" are two years whenever either
                // was written ("this year" and "last year" may be one, in
                // reports written either side of New Year)
                _ => match (x.split_once(' '), y.split_once(' ')) {
                    (Some((dx, px)), Some((dy, py)))
                        if px == py && matches!((dx, dy), ("last", "next") | ("next", "last")) =>
                    {
                        DateRelation::Conflict
                    }
                    _ => DateRelation::Incomparable,
                },
            }
        }
        (None, None) => {
            let parts = |d: &DateMention| [d.year.map(|y| y as u32), d.month, d.day];
            let (pa, pb) = (parts(a), parts(b));
            let mut shared = false;
            for (x, y) in pa.iter().zip(pb.iter()) {
                if let (Some(x), Some(y)) = (x, y) {
                    if x != y {
                        return DateRelation::Conflict;
                    }
                    shared = true;
                }
            }
            let a_more = pa
                .iter()
                .zip(pb.iter())
                .any(|(x, y)| x.is_some() && y.is_none());
            let b_more = pa
                .iter()
                .zip(pb.iter())
                .any(|(x, y)| x.is_none() && y.is_some());
            match (a_more, b_more) {
                (false, false) => DateRelation::Same,
                (true, false) if shared => DateRelation::Narrower,
                (false, true) if shared => DateRelation::Broader,
                _ => DateRelation::Overlapping,
            }
        }
        _ => DateRelation::Incomparable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::tokens::tokenize;

    fn d(text: &str) -> Vec<DateMention> {
        dates(text, &tokenize(text))
    }

    #[test]
    fn reads_full_dates_months_and_years() {
        let v = d("On May 16, 2023, and in June 2022 and in 2021 it happened.");
        let got: Vec<_> = v
            .iter()
            .map(|m| (m.text.as_str(), m.year, m.month, m.day))
            .collect();
        assert_eq!(
            got,
            [
                ("May 16, 2023", Some(2023), Some(5), Some(16)),
                ("June 2022", Some(2022), Some(6), None),
                ("2021", Some(2021), None, None)
            ]
        );
    }

    #[test]
    fn reads_an_ordinal_day_of_a_month() {
        let v = d("The parade is on the 4th of July, 2026, and the fair on the 21st of May.");
        let got: Vec<_> = v
            .iter()
            .map(|m| (m.text.as_str(), m.day, m.month, m.year))
            .collect();
        assert_eq!(
            got,
            [
                ("4th of July, 2026", Some(4), Some(7), Some(2026)),
                ("21st of May", Some(21), Some(5), None)
            ]
        );
        // a count of a month's items is no day
        assert!(d("Two of May's shipments were late.")
            .iter()
            .all(|m| m.day.is_none()));
    }

    #[test]
    fn reads_day_first_dates_without_a_preposition() {
        let v = d("The breach was discovered on 14 March, when staff noticed it.");
        let got: Vec<_> = v
            .iter()
            .map(|m| (m.text.as_str(), m.month, m.day))
            .collect();
        assert_eq!(got, [("14 March", Some(3), Some(14))]);
        let v = d("Talks resumed 3rd June 2024.");
        let got: Vec<_> = v.iter().map(|m| (m.year, m.month, m.day)).collect();
        assert_eq!(got, [(Some(2024), Some(6), Some(3))]);
    }

    #[test]
    fn a_possessive_weekday_is_that_day() {
        let v = d("Sunday's run-off was won by the challenger, the commission said on Monday.");
        let got: Vec<_> = v.iter().map(|m| m.relative.as_deref()).collect();
        assert_eq!(got, [Some("sunday"), Some("monday")]);
    }

    #[test]
    fn a_weekday_with_and_without_next_is_one_day() {
        let (a, b) = (d("It votes next Sunday."), d("It votes on Sunday."));
        assert_eq!(relate(&a[0], &b[0]), DateRelation::Same);
        let c = d("It voted last Sunday.");
        assert_eq!(relate(&a[0], &c[0]), DateRelation::Conflict);
    }

    #[test]
    fn modal_may_is_not_a_month() {
        assert!(d("Officials said hackers may have entered the network.").is_empty());
        assert!(d("May officials resign?").is_empty());
    }

    #[test]
    fn a_year_is_broader_than_a_full_date_in_it() {
        let (y, full) = (&d("in 2023")[0], &d("on May 16, 2023")[0]);
        assert_eq!(relate(y, full), DateRelation::Broader);
        assert_eq!(relate(full, y), DateRelation::Narrower);
        assert_eq!(
            relate(&d("in May 2023")[0], &d("in June 2023")[0]),
            DateRelation::Conflict
        );
    }

    #[test]
    fn relative_dates_equal_only_themselves() {
        let (a, b) = (&d("last Tuesday")[0], &d("last Tuesday")[0]);
        assert_eq!(a.text, "last Tuesday");
        assert_eq!(relate(a, b), DateRelation::Same);
        assert_eq!(relate(a, &d("on Wednesday")[0]), DateRelation::Conflict);
        assert_eq!(relate(a, &d("in May 2023")[0]), DateRelation::Incomparable);
        assert_eq!(
            relate(&d("yesterday")[0], &d("last week")[0]),
            DateRelation::Incomparable
        );
        assert_eq!(
            relate(&d("last year")[0], &d("next year")[0]),
            DateRelation::Conflict
        );
        assert_eq!(
            relate(&d("this year")[0], &d("last year")[0]),
            DateRelation::Incomparable
        );
    }

    #[test]
    fn money_is_not_a_year() {
        assert!(d("It cost $2000 and 2010 percent").is_empty());
    }
}
