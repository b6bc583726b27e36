//! Baselines: remember the findings of a run so that CI fails only on new ones.
//!
//! A finding is identified by a fingerprint of its normalised claims, not by line
//! numbers or claim ids, so editing an article elsewhere keeps old findings known:
//! FNV-1a (64 bit) over the verdict, the sorted aspect names and the normalised text
//! of the left and right claims (case folded, punctuation dropped, whitespace
//! collapsed). A baseline file is JSON: `{"baseline_version": 1, "findings": [...]}`
//! with one entry per finding (its fingerprint, verdict, aspects and a short excerpt
//! of each side for a reviewer), sorted by fingerprint, so it diffs well. Matching
//! counts occurrences: a fingerprint recorded twice excuses two findings.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::{Claim, Report};
use crate::report::escape::{one_line, truncate_chars};
use crate::report::findings::{self, Finding};

/// Version of the baseline file layout.
pub const BASELINE_VERSION: u32 = 1;

/// A baseline file: the findings of one run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    /// [`BASELINE_VERSION`].
    pub baseline_version: u32,
    /// The recorded findings, sorted by fingerprint.
    pub findings: Vec<Entry>,
}

/// One recorded finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// 16 hex digits: see [`fingerprint`].
    pub fingerprint: String,
    /// The verdict name (`diverges`, `only_in`, …).
    pub verdict: String,
    /// The aspect names (diverging links).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aspects: Vec<String>,
    /// The start of the left side's text, for a reader (not matched).
    #[serde(default)]
    pub left: String,
    /// The start of the right side's text, for a reader (not matched).
    #[serde(default)]
    pub right: String,
}

/// Normalise claim text for fingerprints: lower case, letters and digits only,
/// words separated by one space.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut gap = false;
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.extend(ch.to_lowercase());
        } else if !matches!(ch, '\'' | '\u{2019}') {
            gap = true;
        }
    }
    out
}

/// 64-bit FNV-1a hash.
fn fnv1a(bytes: &[u8], mut h: u64) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The fingerprint of a finding: 16 lowercase hex digits, independent of line
/// numbers, claim ids, labels and paths.
pub fn fingerprint(f: &Finding) -> String {
    let mut aspects: Vec<&str> = f.aspects.iter().map(|a| a.as_str()).collect();
    aspects.sort_unstable();
    aspects.dedup();
    let side = |claims: &[&Claim]| {
        claims
            .iter()
            .map(|c| normalise(&c.text))
            .collect::<Vec<_>>()
            .join("\u{1f}")
    };
    let mut h = 0xcbf2_9ce4_8422_2325;
    for part in [
        f.verdict.as_str().to_string(),
        aspects.join(","),
        side(&f.left),
        side(&f.right),
    ] {
        h = fnv1a(part.as_bytes(), h);
        h = fnv1a(&[0x1e], h);
    }
    format!("{h:016x}")
}

impl Baseline {
    /// Record every finding of `report` (agreements included).
    pub fn from_report(report: &Report) -> Baseline {
        let excerpt = |claims: &[&Claim]| {
            let text = claims
                .iter()
                .map(|c| one_line(&c.text))
                .collect::<Vec<_>>()
                .join(" ");
            truncate_chars(&text, 80)
        };
        let mut entries: Vec<Entry> = findings::all(report)
            .iter()
            .map(|f| Entry {
                fingerprint: fingerprint(f),
                verdict: f.verdict.as_str().to_string(),
                aspects: f.aspects.iter().map(|a| a.as_str().to_string()).collect(),
                left: excerpt(&f.left),
                right: excerpt(&f.right),
            })
            .collect();
        entries.sort_by(|a, b| {
            (&a.fingerprint, &a.left, &a.right).cmp(&(&b.fingerprint, &b.left, &b.right))
        });
        Baseline {
            baseline_version: BASELINE_VERSION,
            findings: entries,
        }
    }

    /// For each finding, whether it is new: not (or not that many times) in the baseline.
    pub fn new_findings(&self, findings: &[Finding]) -> Vec<bool> {
        let mut known: HashMap<&str, usize> = HashMap::new();
        for e in &self.findings {
            *known.entry(e.fingerprint.as_str()).or_default() += 1;
        }
        findings
            .iter()
            .map(|f| match known.get_mut(fingerprint(f).as_str()) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            })
            .collect()
    }

    /// Read a baseline file.
    pub fn load(path: &Path) -> Result<Baseline> {
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let b: Baseline = serde_json::from_slice(&bytes).map_err(|e| {
            Error::Usage(format!("{}: not a claimdiff baseline: {e}", path.display()))
        })?;
        if b.baseline_version > BASELINE_VERSION {
            return Err(Error::Usage(format!(
                "{}: baseline version {} is newer than this claimdiff reads ({BASELINE_VERSION})",
                path.display(),
                b.baseline_version
            )));
        }
        Ok(b)
    }

    /// Write the baseline as pretty JSON with a final newline.
    pub fn save(&self, path: &Path) -> Result<()> {
        let mut s = serde_json::to_string_pretty(self).map_err(std::io::Error::from)?;
        s.push('\n');
        crate::output::write_atomic(path, s.as_bytes(), &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AspectKind, ClaimKind, Confidence, Verdict};

    fn claim(id: &str, text: &str, line: usize) -> Claim {
        Claim {
            id: id.into(),
            kind: ClaimKind::Sentence,
            text: text.into(),
            start: 0,
            end: text.len(),
            line,
            paragraph: 0,
            confidence: Confidence::Asserted,
            cues: vec![],
            source: None,
        }
    }

    fn finding<'a>(l: &'a Claim, r: &'a Claim, aspects: Vec<AspectKind>) -> Finding<'a> {
        Finding {
            comparison: 0,
            verdict: Verdict::Diverges,
            side: None,
            aspects,
            left: vec![l],
            right: vec![r],
            link: None,
            index: 0,
            new: true,
        }
    }

    #[test]
    fn normalise_folds_case_punctuation_and_space() {
        assert_eq!(normalise("  The U.S.\n said: “No!” "), "the u s said no");
        assert_eq!(normalise("China’s group"), "chinas group");
    }

    #[test]
    fn fingerprint_ignores_lines_ids_and_layout_but_not_text() {
        let (a, b) = (
            claim("A1", "Twelve were hurt.", 3),
            claim("B1", "Fifteen were hurt.", 9),
        );
        let (a2, b2) = (
            claim("A7", "twelve  were\nhurt", 40),
            claim("B2", "Fifteen were hurt!", 1),
        );
        let n = [AspectKind::Number];
        assert_eq!(
            fingerprint(&finding(&a, &b, n.to_vec())),
            fingerprint(&finding(&a2, &b2, n.to_vec()))
        );
        assert_ne!(
            fingerprint(&finding(&a, &b, n.to_vec())),
            fingerprint(&finding(&b, &a, n.to_vec()))
        );
        assert_ne!(
            fingerprint(&finding(&a, &b, n.to_vec())),
            fingerprint(&finding(&a, &b, vec![AspectKind::Date]))
        );
        assert_eq!(fingerprint(&finding(&a, &b, vec![])).len(), 16);
    }

    #[test]
    fn matching_counts_occurrences() {
        let (a, b) = (claim("A1", "x", 1), claim("B1", "y", 1));
        let f = finding(&a, &b, vec![]);
        let base = Baseline {
            baseline_version: 1,
            findings: vec![Entry {
                fingerprint: fingerprint(&f),
                verdict: "diverges".into(),
                aspects: vec![],
                left: String::new(),
                right: String::new(),
            }],
        };
        assert_eq!(base.new_findings(&[f.clone(), f]), [false, true]);
    }
}
