//! claimdiff: compare how sources report the same event, claim by claim.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`input`]: read a source (`.txt`, `.md`, `.html`, stdin) into an [`Article`].
//! 2. [`segment`]: split the article into claims (titles, headings, sentences, boilerplate).
//! 3. [`features`]: tokens, stems, entities, numbers, negation, and confidence with cues and source.
//! 4. [`align`]: link equivalent claims across sources, order-independent.
//! 5. [`classify`]: type each link as agree, adds detail or diverges (with aspects).
//! 6. [`cluster`]: group equivalent claims across three or more sources (the support matrix).
//! 7. [`report`]: render the [`Report`] as text, JSON, Markdown, HTML or GitHub annotations;
//!    [`baseline`] and the `--fail-on` rules decide what fails a CI run.
//!
//! [`compare()`] runs stages 2–6 on articles already read; [`config`] reads the
//! command line's `--config` file.
//!
//! ```
//! use claimdiff::{compare, Article, CompareOptions, Verdict};
//!
//! let a = Article {
//!     label: "A".into(),
//!     path: "a.txt".into(),
//!     title: None,
//!     byline: None,
//!     date: None,
//!     text: "The minister resigned on Monday. Prices rose sharply.".into(),
//! };
//! let b = Article {
//!     label: "B".into(),
//!     path: "b.txt".into(),
//!     title: None,
//!     byline: None,
//!     date: None,
//!     text: "Prices rose sharply, traders said. The weather was mild.".into(),
//! };
//! let report = compare(&[a, b], &CompareOptions::default());
//! let cmp = &report.comparisons[0];
//! assert_eq!(cmp.links.len(), 1);
//! assert_eq!(cmp.only_left, ["A1"]);
//! assert_ne!(cmp.links[0].verdict, Verdict::OnlyIn);
//! ```
#![warn(missing_docs)]

pub mod align;
pub mod baseline;
pub mod classify;
pub mod cluster;
pub mod compare;
pub mod config;
pub mod error;
pub mod features;
pub mod input;
pub mod model;
pub mod output;
pub mod pairs;
pub(crate) mod parallel;
pub mod report;
pub mod segment;

pub use compare::{compare, compare_with_progress, CompareOptions};
pub use error::{Error, Result};
pub use model::*;
