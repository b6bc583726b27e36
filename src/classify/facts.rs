//! Facts: the `number` and `date` aspects.
//!
//! Numbers pair up by value and unit ("three" = 3, "1.2 million" = 1,200,000,
//! "at least three" allows 3; "at least 14" and "at least nine" are two
//! different figures). A number left unpaired on both sides conflicts
//! only when both count the same thing (the same unit or counted noun), when
//! each side has just that one number, or when both are where a change ends
//! ("raised from 65 to 67" and "risen to 68"), or when both are one toll
//! (deaths, injuries, cases: "three people have died" and "killed four");
//! otherwise it is a detail. A figure rounded from the other side's ("$114
//! million", "$114.3 million") fits it; the precise one is the detail.
//! Figures one side gives as parts of the other's
//! total ("two officials and at least five other people" killed, "seven
//! people") are that total.
//! Dates pair up by what they denote: a year and a full date in it are
//! compatible (the full date is a detail), "last Tuesday" is only equal to itself
//! (and conflicts with another weekday, as "last year" does with "next year").

use std::sync::LazyLock;

use super::Findings;
use crate::align::lexicon::same_concept;
use crate::features::confidence::is_reporting_verb;
use crate::features::dates::relate;
use crate::features::numbers::{time_unit, ORDINAL_UNIT, TALLY_UNIT};
use crate::features::tokens::stem;
use crate::features::{Bound, DateMention, DateRelation, Features, Quantity, QuantityKind};
use crate::model::{Aspect, AspectKind, Side};

/// Whether two units (stems of counted nouns, or symbols) name one thing:
/// equal, or words the paraphrase lexicon groups ("crashes" ~ "accidents").
fn same_unit(x: &str, y: &str) -> bool {
    x == y || same_concept(x, y)
}

/// Whether a unit is a symbol ("$", "%"), not a counted noun; a tally's
/// figures are plain numbers written another way ("212-187", "212 to 187").
fn symbol(u: &Option<String>) -> bool {
    u.as_deref()
        .is_some_and(|u| u != TALLY_UNIT && u.chars().all(|c| !c.is_alphabetic()))
}

fn units_fit(a: &Quantity, b: &Quantity) -> bool {
    // an ordinal ("the 89th minute") fits only an ordinal of the same thing
    let ordinal = |u: &Option<String>| u.as_deref().is_some_and(|u| u.starts_with(ORDINAL_UNIT));
    if ordinal(&a.unit) || ordinal(&b.unit) {
        return a.unit == b.unit;
    }
    match (&a.unit, &b.unit) {
        (Some(x), Some(y)) => same_unit(x, y),
        (None, None) => true,
        (None, u) | (u, None) => !symbol(u),
    }
}

/// Pair a free total in `totals` with the free figures of `parts` that add
/// up to it, when there are at least two and none is money or a percentage:
/// the parts and the total are one count. Only exact figures and lower
/// bounds add up.
fn sum_of_parts(parts: &[Quantity], used_p: &mut [bool], totals: &[Quantity], used_t: &mut [bool]) {
    for (j, t) in totals.iter().enumerate() {
        // parts of a total are counts: "fell .85 cent to 69.89 cents" does
        // not add up to another side's "70.74 cents"
        if used_t[j] || t.bound != Bound::Exact || symbol(&t.unit) || t.value.fract() != 0.0 {
            continue;
        }
        // counted nouns may differ ("two officials and five other people")
        let addends: Vec<usize> = (0..parts.len())
            .filter(|&i| !used_p[i] && !symbol(&parts[i].unit) && parts[i].value.fract() == 0.0)
            .filter(|&i| matches!(parts[i].bound, Bound::Exact | Bound::AtLeast))
            .collect();
        let sum: f64 = addends.iter().map(|&i| parts[i].value).sum();
        // a side that states the total itself ("six new directors, three
        // ... and three ...") breaks down that total, not the other side's
        let stated = (0..parts.len()).any(|i| used_p[i] && (parts[i].value - sum).abs() < 1e-9);
        if addends.len() >= 2 && !stated && (sum - t.value).abs() < 1e-9 {
            used_t[j] = true;
            for i in addends {
                used_p[i] = true;
            }
        }
    }
}

/// One figure counting things each side names its own way ("about 2.3
/// million customers", "roughly 2.3 million clients"): the same value and
/// bound, and no symbol unit on either side ("$5 million" is not 5 million people).
fn same_figure(a: &Quantity, b: &Quantity) -> bool {
    a.value == b.value && a.bound == b.bound && !symbol(&a.unit) && !symbol(&b.unit)
}

/// The `number` aspect and the numbers one side adds.
pub(crate) fn numbers(left: &[&Features], right: &[&Features], found: &mut Findings) {
    // each number with what it measures and the noun it is "of"
    type Read = (Quantity, (Option<&'static str>, Option<String>));
    let nums = |fs: &[&Features]| -> Vec<Read> {
        fs.iter()
            .flat_map(|f| {
                f.quantities.iter().map(|q| {
                    let what = measure(&f.text, q)
                        .or_else(|| toll(&f.text, q))
                        .or_else(|| change_part(&f.text, q));
                    (q, (what, head_of(&f.text, q)))
                })
            })
            .filter(|(q, _)| q.kind == QuantityKind::Number)
            .map(|(q, m)| (q.clone(), m))
            .collect()
    };
    let ((mut l, read_l), (mut r, read_r)): ((Vec<_>, Vec<_>), (Vec<_>, Vec<_>)) = (
        nums(left).into_iter().unzip(),
        nums(right).into_iter().unzip(),
    );
    in_shared_time_units(&mut l, &mut r);
    let (ends_l, ends_r) = (endpoints(left), endpoints(right));
    let mut used_l = vec![false; l.len()];
    let mut used_r = vec![false; r.len()];
    // A bound with a rival bound on the other side ("at least nine" and "at
    // least 11") is that figure's counterpart, not some other number's
    // ("112 people" is also at least 11).
    let rivals = |xs: &[Quantity], ys: &[Quantity]| -> Vec<bool> {
        xs.iter()
            .map(|x| ys.iter().any(|y| units_fit(x, y) && rival_bounds(x, y)))
            .collect()
    };
    let (rival_l, rival_r) = (rivals(&l, &r), rivals(&r, &l));
    // Exact equal values first, then compatible ranges.
    for exact in [true, false] {
        for (i, a) in l.iter().enumerate() {
            if used_l[i] {
                continue;
            }
            let pick = r.iter().enumerate().find(|(j, b)| {
                !used_r[*j]
                    && units_fit(a, b)
                    && if exact {
                        a.value == b.value && a.bound == b.bound
                    } else {
                        fits(a, b) && !rival_l[i] && !rival_r[*j]
                    }
            });
            if let Some((j, b)) = pick {
                used_l[i] = true;
                used_r[j] = true;
                if !exact {
                    refine(a, b, found);
                }
            }
        }
    }
    // Then one figure whose counted nouns differ only in wording.
    for (i, a) in l.iter().enumerate() {
        if used_l[i] {
            continue;
        }
        if let Some(j) = (0..r.len()).find(|&j| !used_r[j] && same_figure(a, &r[j])) {
            used_l[i] = true;
            used_r[j] = true;
        }
    }
    // Then a total one side gives as parts ("killing two officials and at
    // least five other people" and "killing seven people").
    sum_of_parts(&l, &mut used_l, &r, &mut used_r);
    sum_of_parts(&r, &mut used_r, &l, &mut used_l);
    let free = |qs: &[Quantity], used: &[bool]| -> Vec<usize> {
        (0..qs.len()).filter(|&k| !used[k]).collect()
    };
    let (free_l, free_r) = (free(&l, &used_l), free(&r, &used_r));
    let single = l.len() == 1 && r.len() == 1;
    let mut conflict_l: Vec<&Quantity> = Vec::new();
    let mut conflict_r: Vec<&Quantity> = Vec::new();
    for &i in &free_l {
        for &j in &free_r {
            let (a, b) = (&l[i], &r[j]);
            // the same counted noun, or the same noun the figures are "of"
            // ("an earlier forecast of 11 billion", "a previous forecast of 10
            // billion"), or the same toll ("three people have died", "killed four")
            let same_toll = matches!((read_l[i].0, read_r[j].0), (Some(x), Some(y)) if x == y);
            let same_thing = matches!((&a.unit, &b.unit), (Some(x), Some(y)) if same_unit(x, y))
                || matches!((&read_l[i].1, &read_r[j].1), (Some(x), Some(y)) if same_unit(x, y))
                || same_toll;
            // "raised from 65 to 67" and "risen to 68": where a change ends
            let same_end = ends_l[i] && ends_r[j];
            // "500 km southeast of Lima" and "a depth of 35 km"
            let other_measure = matches!((read_l[i].0, read_r[j].0), (Some(x), Some(y)) if x != y);
            if (units_fit(a, b) || same_toll)
                && (same_thing || single || same_end)
                && !other_measure
                // a figure left free only because its counterpart has a
                // rival bound ("112" beside "at least 11") does not conflict
                && !fits(a, b)
            {
                if !conflict_l.contains(&a) {
                    conflict_l.push(a);
                }
                if !conflict_r.contains(&b) {
                    conflict_r.push(b);
                }
            }
        }
    }
    if !conflict_l.is_empty() {
        found.aspects.push(Aspect {
            kind: AspectKind::Number,
            left: conflict_l.iter().map(|q| q.text.clone()).collect(),
            right: conflict_r.iter().map(|q| q.text.clone()).collect(),
            note: "the figures do not match".into(),
        });
    }
    for q in free_l
        .iter()
        .map(|&i| &l[i])
        .filter(|q| !conflict_l.contains(q))
    {
        found.add(Side::Left, q.text.clone());
    }
    for q in free_r
        .iter()
        .map(|&j| &r[j])
        .filter(|q| !conflict_r.contains(q))
    {
        found.add(Side::Right, q.text.clone());
    }
}

/// Lengths of time the two sides give in different units of one kind
/// ("two weeks" and "14 days"), each given in hours or months (see
/// [`time_unit`]) so that they compare. Only where the units differ: a
/// bare figure ("Guarino, 17") still meets the same figure in years
/// ("17-year-old").
fn in_shared_time_units(l: &mut [Quantity], r: &mut [Quantity]) {
    let units = |qs: &[Quantity], base: &str| -> Vec<String> {
        let mut v: Vec<String> = qs
            .iter()
            .filter_map(|q| q.unit.clone())
            .filter(|u| time_unit(u).is_some_and(|(_, b)| b == base))
            .collect();
        v.sort();
        v.dedup();
        v
    };
    for base in ["hour", "month"] {
        let (ul, ur) = (units(l, base), units(r, base));
        if ul.is_empty() || ur.is_empty() || ul == ur {
            continue;
        }
        for q in l.iter_mut().chain(r.iter_mut()) {
            if let Some((factor, b)) = q.unit.as_deref().and_then(time_unit) {
                if b == base {
                    q.value *= factor;
                    q.unit = Some(base.to_string());
                }
            }
        }
    }
}

/// What a length or height measures, from the words around quantity `q` in
/// `text`: "a depth of 35 kilometres", "10 km deep" (depth); "500 km
/// southeast of Lima", "40 km away" (distance); "20 km long" (length);
/// "3,000 metres high" (height); `None` when no word says.
fn measure(text: &str, q: &Quantity) -> Option<&'static str> {
    const BEFORE: &[(&str, &str)] = &[
        ("depth of", "depth"),
        ("distance of", "distance"),
        ("length of", "length"),
        ("height of", "height"),
        ("altitude of", "height"),
        ("width of", "width"),
    ];
    const AFTER: &[(&str, &str)] = &[
        ("deep", "depth"),
        ("below", "depth"),
        ("underground", "depth"),
        ("beneath", "depth"),
        ("away", "distance"),
        ("from", "distance"),
        ("off", "distance"),
        ("north", "distance"),
        ("south", "distance"),
        ("east", "distance"),
        ("west", "distance"),
        ("northeast", "distance"),
        ("northwest", "distance"),
        ("southeast", "distance"),
        ("southwest", "distance"),
        ("north-east", "distance"),
        ("north-west", "distance"),
        ("south-east", "distance"),
        ("south-west", "distance"),
        ("long", "length"),
        ("high", "height"),
        ("tall", "height"),
        ("above", "height"),
        ("wide", "width"),
    ];
    // only lengths: "5% from a year earlier" is no distance
    const LENGTHS: &[&str] = &["kilomet", "metr", "mile", "feet", "foot", "yard", "inch"];
    let unit = q.unit.as_deref().unwrap_or("");
    if !LENGTHS.iter().any(|l| unit.contains(l)) {
        return None;
    }
    // `q.start` is where its qualifier starts ("a depth of about 35 km")
    let before = text.get(..q.start)?.trim_end().to_lowercase();
    if let Some(&(_, m)) = BEFORE.iter().find(|(w, _)| before.ends_with(w)) {
        return Some(m);
    }
    let after = text.get(q.end..)?.to_lowercase();
    let mut words = after
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty());
    let first = words.next()?;
    let word = if !AFTER.iter().any(|(w, _)| *w == first) {
        words.next()?
    } else {
        first
    };
    AFTER.iter().find(|(w, _)| *w == word).map(|&(_, m)| m)
}

/// Which part of a change a figure gives, from the word before it: its size
/// ("rise by $300") or where it started ("jump to $2,800 from $2,500"). The
/// size of a change and a level are two measures: "$300" and "$2,500" do not
/// conflict.
fn change_part(text: &str, q: &Quantity) -> Option<&'static str> {
    let before = text.get(..q.start)?.trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next()?;
    match word.to_ascii_lowercase().as_str() {
        "by" => Some("change"),
        "from" => Some("start"),
        _ => None,
    }
}

/// What a count of people measures, from the verb or noun around it: deaths
/// ("three people have died", "killed four", "12 dead"), injuries ("injuring
/// 20", "five were hurt") or cases ("infected 52 people", "48 cases"). Two
/// outlets' tolls are compared toll with toll: "48 cases" and "infected 52
/// people" are one figure reported twice, "three died" and "52 infected" are not.
fn toll(text: &str, q: &Quantity) -> Option<&'static str> {
    const TOLLS: &[(&[&str], &str)] = &[
        (
            &[
                "died",
                "dead",
                "killed",
                "killing",
                "kill",
                "kills",
                "perished",
                "drowned",
                "death",
                "deaths",
                "fatalities",
            ],
            "deaths",
        ),
        (
            &[
                "injured", "injuring", "wounded", "wounding", "hurt", "injury", "injuries",
            ],
            "injured",
        ),
        (
            &[
                "infected",
                "infecting",
                "sickened",
                "case",
                "cases",
                "infection",
                "infections",
            ],
            "cases",
        ),
    ];
    const SKIP: &[&str] = &[
        "have",
        "has",
        "had",
        "were",
        "was",
        "are",
        "is",
        "been",
        "be",
        "now",
        "reportedly",
        "confirmed",
        "people",
        "persons",
        "others",
        "more",
    ];
    let of = |w: &str| {
        TOLLS
            .iter()
            .find(|(ws, _)| ws.contains(&w))
            .map(|&(_, m)| m)
    };
    if let Some(m) = q.unit.as_deref().and_then(of) {
        return Some(m);
    }
    let word = |w: &str| !w.is_empty();
    let before = text.get(..q.start)?.to_lowercase();
    if let Some(m) = before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| word(w))
        .and_then(of)
    {
        return Some(m);
    }
    let after = text.get(q.end..)?.to_lowercase();
    after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| word(w))
        .take(4)
        .find(|w| !SKIP.contains(w) && q.unit.as_deref() != Some(*w))
        .and_then(of)
}

/// The stem of the noun a figure is "of" ("a death toll of 12", "a
/// forecast of 11 billion"), when the words right before the quantity are
/// that noun and "of".
fn head_of(text: &str, q: &Quantity) -> Option<String> {
    let before = text.get(..q.start)?.trim_end().strip_suffix(" of")?;
    let noun = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .filter(|w| w.len() > 2 && w.chars().all(char::is_alphabetic))?;
    Some(stem(&noun.to_lowercase()))
}

/// For each number (as `numbers` lists them), whether it ends a change:
/// written after "to" with a verb of change before it in the claim ("raised
/// the age from 65 to 67", "rose to 68").
fn endpoints(fs: &[&Features]) -> Vec<bool> {
    fs.iter()
        .flat_map(|f| {
            let change = f.tokens.iter().any(|t| CHANGE_STEMS.contains(&t.stem));
            f.quantities
                .iter()
                .filter(|q| q.kind == QuantityKind::Number)
                .map(move |q| {
                    let before = f.text[..q.start].trim_end();
                    change
                        && before
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case("to"))
                })
        })
        .collect()
}

/// Verbs whose "to N" is where a change ends.
const CHANGE_VERBS: &[&str] = &[
    "raise",
    "raised",
    "rise",
    "rose",
    "risen",
    "increase",
    "increased",
    "cut",
    "lower",
    "lowered",
    "reduce",
    "reduced",
    "fall",
    "fell",
    "fallen",
    "drop",
    "dropped",
    "climb",
    "climbed",
    "jump",
    "jumped",
    "grow",
    "grew",
    "grown",
    "decline",
    "declined",
    "boost",
    "boosted",
    "lift",
    "lifted",
    "extend",
    "extended",
    "push",
    "pushed",
    "bring",
    "brought",
    "slash",
    "slashed",
    "hike",
    "hiked",
];

static CHANGE_STEMS: LazyLock<Vec<String>> =
    LazyLock::new(|| CHANGE_VERBS.iter().map(|w| stem(w)).collect());

/// The figure as written (without separators or scale) and its decimal
/// places: "$114.3 million" is (114.3, 1), "17 percent" (17, 0).
fn written(q: &Quantity) -> Option<(f64, i32)> {
    let digits: String = q
        .text
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .filter(|&c| c != ',')
        .collect();
    let digits = digits.trim_end_matches('.');
    let places = digits.split_once('.').map_or(0, |(_, d)| d.len() as i32);
    Some((digits.parse().ok()?, places))
}

/// Whether exact figure `a` is exact figure `b` rounded to fewer decimal
/// places ("$114 million" and "$114.3 million", "17 percent" and "17.3
/// percent", "$40 million" and "$39.5 million"): one figure, the second more
/// precise. Figures without decimals on either side are never roundings of
/// each other ("40 percent" and "43 percent" differ).
fn rounded(a: &Quantity, b: &Quantity) -> bool {
    if a.bound != Bound::Exact || b.bound != Bound::Exact || a.value == b.value {
        return false;
    }
    let (Some((na, pa)), Some((nb, pb))) = (written(a), written(b)) else {
        return false;
    };
    if pb <= pa || na == 0.0 || nb == 0.0 {
        return false;
    }
    // both written in one scale ("million"), so the written figures compare
    let (ka, kb) = (a.value / na, b.value / nb);
    if (ka - kb).abs() > 1e-9 * ka.abs().max(1.0) {
        return false;
    }
    (nb - na).abs() <= 0.5 * 10f64.powi(-pa) + 1e-9
}

/// Whether two figures can be one report of one figure: their ranges meet,
/// or one is the other rounded, and they are not rival bounds.
fn fits(a: &Quantity, b: &Quantity) -> bool {
    (a.compatible(b) || rounded(a, b) || rounded(b, a)) && !rival_bounds(a, b)
}

/// Two bounds open the same way on different values ("at least 14" and "at
/// least nine" dead): each side reports its own figure, so they conflict even
/// though both could be true.
fn rival_bounds(a: &Quantity, b: &Quantity) -> bool {
    let lower = |q: &Quantity| matches!(q.bound, Bound::AtLeast | Bound::MoreThan);
    let upper = |q: &Quantity| matches!(q.bound, Bound::AtMost | Bound::LessThan);
    a.value != b.value && ((lower(a) && lower(b)) || (upper(a) && upper(b)))
}

/// Two compatible numbers written differently: the more specific one, or the
/// qualified one when the values are equal ("at least three" vs "three"), is a detail.
fn refine(a: &Quantity, b: &Quantity, found: &mut Findings) {
    // "about 40 km" for "40 kilometres" rounds the same figure: nothing new
    if a.value == b.value && (a.bound == Bound::About || b.bound == Bound::About) {
        return;
    }
    // "$114 million" rounds "$114.3 million": the precise figure is the detail
    if rounded(a, b) {
        found.add(Side::Right, b.text.clone());
        return;
    }
    if rounded(b, a) {
        found.add(Side::Left, a.text.clone());
        return;
    }
    match (a.bound == Bound::Exact, b.bound == Bound::Exact) {
        (true, false) if a.value == b.value => found.add(Side::Right, b.text.clone()),
        (false, true) if a.value == b.value => found.add(Side::Left, a.text.clone()),
        (true, false) => found.add(Side::Left, a.text.clone()),
        (false, true) => found.add(Side::Right, b.text.clone()),
        _ => {
            if a.value != b.value || a.bound != b.bound {
                found.add(Side::Left, a.text.clone());
                found.add(Side::Right, b.text.clone());
            }
        }
    }
}

/// Whether a date says when something was said rather than when what was
/// said happened: right after a reporting verb ("officials said Tuesday",
/// "said on Tuesday", "said late Friday") or right before one ("Annan on
/// Saturday called for"), or after "in a statement", "in an interview",
/// "told reporters".
fn report_date(f: &Features, d: &DateMention) -> bool {
    let Some(first) = f.tokens.iter().position(|t| t.start >= d.start) else {
        return false;
    };
    let after = f.tokens.iter().position(|t| t.start >= d.end);
    // a verb in the past or present, not a noun such as "note" or "report"
    let verb = |w: &str| {
        is_reporting_verb(w) && (w.ends_with("ed") || matches!(w, "said" | "says" | "told"))
    };
    if after.is_some_and(|a| {
        verb(&f.tokens[a].norm)
            && f.text
                .get(d.end..f.tokens[a].start)
                .is_some_and(|gap| gap.trim().is_empty())
    }) {
        return true;
    }
    let mut k = first;
    while k > 0
        && matches!(
            f.tokens[k - 1].norm.as_str(),
            "on" | "late" | "early" | "earlier" | "later"
        )
    {
        k -= 1;
    }
    let Some(before) = k.checked_sub(1).map(|b| &f.tokens[b]) else {
        return false;
    };
    let joined = f
        .text
        .get(before.end..f.tokens[first].start)
        .is_some_and(|gap| !gap.contains([',', ';', ':', '.']));
    let w = before.norm.as_str();
    joined
        && (is_reporting_verb(w)
            || matches!(
                w,
                "statement" | "interview" | "reporters" | "conference" | "briefing"
            ))
}

/// The `date` aspect and the dates one side adds.
pub(crate) fn dates(left: &[&Features], right: &[&Features], found: &mut Findings) {
    let all = |fs: &[&Features]| -> Vec<DateMention> {
        fs.iter().flat_map(|f| f.dates.iter()).cloned().collect()
    };
    let reports = |fs: &[&Features]| -> Vec<bool> {
        fs.iter()
            .flat_map(|f| f.dates.iter().map(|d| report_date(f, d)))
            .collect()
    };
    let (l, r) = (all(left), all(right));
    let (report_l, report_r) = (reports(left), reports(right));
    let mut used_l = vec![false; l.len()];
    let mut used_r = vec![false; r.len()];
    let order = [
        DateRelation::Same,
        DateRelation::Narrower,
        DateRelation::Broader,
        DateRelation::Overlapping,
    ];
    for want in order {
        for (i, a) in l.iter().enumerate() {
            if used_l[i] {
                continue;
            }
            if let Some(j) = (0..r.len()).find(|&j| !used_r[j] && relate(a, &r[j]) == want) {
                used_l[i] = true;
                used_r[j] = true;
                match want {
                    DateRelation::Narrower => found.add(Side::Left, a.text.clone()),
                    DateRelation::Broader => found.add(Side::Right, r[j].text.clone()),
                    DateRelation::Overlapping => {
                        found.add(Side::Left, a.text.clone());
                        found.add(Side::Right, r[j].text.clone());
                    }
                    _ => {}
                }
            }
        }
    }
    let mut cl: Vec<String> = Vec::new();
    let mut cr: Vec<String> = Vec::new();
    let (free_l, free_r) = (used_l.clone(), used_r.clone());
    for (i, a) in l.iter().enumerate().filter(|(i, _)| !free_l[*i]) {
        for (j, b) in r.iter().enumerate().filter(|(j, _)| !free_r[*j]) {
            // when something was said is no rival to when it happened
            if report_l[i] != report_r[j] {
                continue;
            }
            if relate(a, b) == DateRelation::Conflict {
                if !cl.contains(&a.text) {
                    cl.push(a.text.clone());
                }
                if !cr.contains(&b.text) {
                    cr.push(b.text.clone());
                }
                used_l[i] = true;
                used_r[j] = true;
            }
        }
    }
    if !cl.is_empty() {
        found.aspects.push(Aspect {
            kind: AspectKind::Date,
            left: cl,
            right: cr,
            note: "the dates do not match".into(),
        });
    }
    for (i, a) in l.iter().enumerate() {
        if !used_l[i] {
            found.add(Side::Left, a.text.clone());
        }
    }
    for (j, b) in r.iter().enumerate() {
        if !used_r[j] {
            found.add(Side::Right, b.text.clone());
        }
    }
}
