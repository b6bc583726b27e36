//! `compare --config FILE`: settings a CI job or a newsroom keeps in one file.
//!
//! The file is TOML; its keys are the long flags of `compare` without the
//! dashes in front (`fail-on`, `min-agreement`, …). A flag given on the command
//! line wins over the file. Unknown keys are an error, so a typo never passes
//! silently. A relative `baseline` path is read from the config file's folder,
//! so the file and its baseline can live together in a repository.
//!
//! ```toml
//! format = "markdown"
//! fail-on = ["diverges:confidence", "only_in"]
//! min-agreement = 0.4
//! threshold = 0.3
//! labels = ["Reuters", "AP"]
//! baseline = "claimdiff-baseline.json"
//! color = "never"
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::{Error, Result};

/// The settings of a config file; every key is optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Output format: `text`, `json`, `markdown`, `html` or `github`.
    pub format: Option<String>,
    /// Findings that fail the run, as for `--fail-on`.
    pub fail_on: Option<Vec<String>>,
    /// Least agreement of every pair, as for `--min-agreement`.
    pub min_agreement: Option<f64>,
    /// Link threshold, as for `--threshold`.
    pub threshold: Option<f64>,
    /// Labels of the sources, in order, as for `--label`.
    pub labels: Option<Vec<String>>,
    /// Known findings, as for `--baseline` (relative to the config file's folder).
    pub baseline: Option<PathBuf>,
    /// Colour: `auto`, `always` or `never`.
    pub color: Option<String>,
}

impl Config {
    /// Read and check a config file. Errors name the file and, for a bad
    /// key or value, the line.
    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut config =
            Config::parse(&text).map_err(|e| Error::Usage(format!("{}: {e}", path.display())))?;
        if let Some(b) = &config.baseline {
            if b.is_relative() {
                let dir = path.parent().unwrap_or(Path::new(""));
                config.baseline = Some(dir.join(b));
            }
        }
        Ok(config)
    }

    /// Parse config text; the error says what is wrong and where.
    pub fn parse(text: &str) -> std::result::Result<Config, String> {
        let config: Config = toml::from_str(text).map_err(|e| one_line(&e.to_string()))?;
        for (key, value) in [
            ("min-agreement", config.min_agreement),
            ("threshold", config.threshold),
        ] {
            if let Some(x) = value {
                if !(0.0..=1.0).contains(&x) {
                    return Err(format!("{key} = {x} is not between 0 and 1"));
                }
            }
        }
        Ok(config)
    }
}

/// TOML errors come with a multi-line excerpt; keep the message on one line.
fn one_line(message: &str) -> String {
    message
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("-->"))
        // The excerpt lines: "1 | key = value", "|", "^^^^".
        .filter(|l| {
            let rest = l
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .trim_start();
            !rest.starts_with('|') && !l.chars().all(|c| c == '^' || c == ' ')
        })
        .collect::<Vec<_>>()
        .join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_read() {
        let c = Config::parse(
            "format = \"json\"\nfail-on = [\"only_in\"]\nmin-agreement = 0.5\n\
             threshold = 0.4\nlabels = [\"X\", \"Y\"]\nbaseline = \"b.json\"\ncolor = \"never\"\n",
        )
        .expect("parses");
        assert_eq!(c.format.as_deref(), Some("json"));
        assert_eq!(c.fail_on, Some(vec!["only_in".to_string()]));
        assert_eq!(c.min_agreement, Some(0.5));
        assert_eq!(c.threshold, Some(0.4));
        assert_eq!(c.labels, Some(vec!["X".into(), "Y".into()]));
        assert_eq!(c.baseline, Some(PathBuf::from("b.json")));
        assert_eq!(c.color.as_deref(), Some("never"));
    }

    #[test]
    fn an_empty_file_sets_nothing() {
        assert_eq!(Config::parse("").expect("parses"), Config::default());
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors_on_one_line() {
        let e = Config::parse("fail_on = [\"only_in\"]\n").expect_err("underscore key");
        assert!(e.contains("fail_on"), "{e}");
        assert!(!e.contains('\n'), "{e}");
        let e = Config::parse("threshold = 3\n").expect_err("range");
        assert!(e.contains("threshold"), "{e}");
        assert!(Config::parse("threshold = \"high\"\n").is_err());
    }

    #[test]
    fn a_relative_baseline_is_read_next_to_the_config() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("claimdiff.toml");
        std::fs::write(&path, "baseline = \"known.json\"\n").expect("write");
        let c = Config::load(&path).expect("loads");
        assert_eq!(c.baseline, Some(dir.path().join("known.json")));
    }
}
