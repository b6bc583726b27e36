//! Details: the names one side adds to a shared proposition.
//!
//! Numbers, dates and hedge qualifiers are collected by [`super::facts`] and
//! [`super::stance`]; here the named entities on one side only, by alias key
//! (US = United States; Beijing standing for the Chinese government is not new).

use super::Findings;
use crate::features::entities::same_entity;
use crate::features::Features;
use crate::model::Side;

/// Add the entities named on one side only.
pub(crate) fn entities(left: &[&Features], right: &[&Features], found: &mut Findings) {
    let all = |fs: &[&Features]| -> Vec<(String, String)> {
        fs.iter()
            .flat_map(|f| f.entities.iter().map(|e| (e.text.clone(), e.key.clone())))
            .collect()
    };
    let (l, r) = (all(left), all(right));
    for (side, a, b) in [(Side::Left, &l, &r), (Side::Right, &r, &l)] {
        let mut seen: Vec<&str> = Vec::new();
        for (text, key) in a {
            if b.iter().any(|(_, k)| same_entity(key, k)) || seen.contains(&key.as_str()) {
                continue;
            }
            seen.push(key);
            found.add(side, text.clone());
        }
    }
}
