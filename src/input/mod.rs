//! Input: read a source (`.txt`, `.md`, `.html` or stdin) into an [`Article`].
//!
//! The format is chosen by [`InputFormat`]: by default from the file extension,
//! then from the content (an HTML document is recognised by its opening tags).
//! Bytes are decoded by [`decode()`]; every failure is an [`Error`] naming the file.

mod decode;
pub mod html;
pub mod markdown;

use std::io::Read;
use std::path::Path;

pub use decode::decode;

use crate::error::{Error, Result};
use crate::model::Article;

/// The format of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum InputFormat {
    /// From the extension (`.html`/`.htm`/`.xhtml`, `.md`/`.markdown`), else the content.
    #[default]
    Auto,
    /// Plain text: paragraphs at blank lines.
    Text,
    /// Markdown: markup stripped, only prose kept.
    Markdown,
    /// A saved web page: the main article is extracted.
    Html,
}

/// Options for reading sources.
#[derive(Debug, Clone)]
pub struct InputOptions {
    /// The input format. Default [`InputFormat::Auto`].
    pub format: InputFormat,
    /// Refuse inputs larger than this many bytes. Default 64 MiB.
    pub max_bytes: u64,
}

/// Default for [`InputOptions::max_bytes`]: 64 MiB.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions {
            format: InputFormat::Auto,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

/// Read the file at `path` (or stdin for `-`) with default options.
pub fn read_article(path: &Path, label: &str) -> Result<Article> {
    read_article_with(path, label, &InputOptions::default())
}

/// Read the file at `path` (or stdin for `-`) into an [`Article`] labelled `label`.
pub fn read_article_with(path: &Path, label: &str, opts: &InputOptions) -> Result<Article> {
    let bytes = read_bytes(path, opts.max_bytes)?;
    article_from_bytes(&bytes, path, label, opts.format)
}

/// Read the raw bytes of a path, or stdin for `-`, refusing more than `max_bytes`.
pub fn read_bytes(path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut buf = Vec::new();
    if path == Path::new("-") {
        std::io::stdin()
            .lock()
            .take(max_bytes.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(io)?;
    } else {
        if path.is_dir() {
            return Err(Error::IsDirectory {
                path: path.to_path_buf(),
            });
        }
        let file = std::fs::File::open(path).map_err(io)?;
        file.take(max_bytes.saturating_add(1))
            .read_to_end(&mut buf)
            .map_err(io)?;
    }
    if buf.len() as u64 > max_bytes {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            limit: max_bytes,
        });
    }
    Ok(buf)
}

/// The format to read `path` with, given its decoded text.
pub fn detect(path: &Path, text: &str, format: InputFormat) -> InputFormat {
    if format != InputFormat::Auto {
        return format;
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("html" | "htm" | "xhtml") => InputFormat::Html,
        Some("md" | "markdown") => InputFormat::Markdown,
        _ if html::looks_like_html(text) => InputFormat::Html,
        _ => InputFormat::Text,
    }
}

/// Build an [`Article`] from raw bytes.
pub fn article_from_bytes(
    bytes: &[u8],
    path: &Path,
    label: &str,
    format: InputFormat,
) -> Result<Article> {
    let raw = decode(bytes, path)?;
    let empty = || Error::Empty {
        path: path.to_path_buf(),
    };
    if raw.trim().is_empty() {
        return Err(empty());
    }
    let mut article = Article {
        label: label.to_string(),
        path: path.display().to_string(),
        title: None,
        byline: None,
        date: None,
        text: String::new(),
    };
    match detect(path, &raw, format) {
        InputFormat::Html => {
            let x = html::extract(&raw).ok_or_else(|| Error::NoArticle {
                path: path.to_path_buf(),
            })?;
            article.title = x.title;
            article.byline = x.byline;
            article.date = x.date;
            article.text = x.text;
        }
        InputFormat::Markdown => {
            let p = markdown::to_prose(&raw);
            article.title = p.title;
            article.text = p.text;
        }
        _ => article.text = raw,
    }
    if article.text.trim().is_empty() {
        return Err(empty());
    }
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_then_content_decides_the_format() {
        let p = |s: &str| Path::new(s).to_path_buf();
        assert_eq!(
            detect(&p("a.HTML"), "x", InputFormat::Auto),
            InputFormat::Html
        );
        assert_eq!(
            detect(&p("a.md"), "x", InputFormat::Auto),
            InputFormat::Markdown
        );
        assert_eq!(
            detect(&p("-"), "<!DOCTYPE html><html>", InputFormat::Auto),
            InputFormat::Html
        );
        assert_eq!(
            detect(&p("a.txt"), "Plain <b>text</b>.", InputFormat::Auto),
            InputFormat::Text
        );
        assert_eq!(
            detect(&p("a.html"), "x", InputFormat::Text),
            InputFormat::Text
        );
    }

    #[test]
    fn markdown_with_only_code_is_empty() {
        let e = article_from_bytes(
            b"```\ncode\n```\n",
            Path::new("n.md"),
            "A",
            InputFormat::Auto,
        )
        .unwrap_err();
        assert!(matches!(e, Error::Empty { .. }), "{e}");
    }

    #[test]
    fn html_without_article_is_an_error() {
        let e = article_from_bytes(
            b"<!doctype html><html><head><title>x</title></head><body><nav><a href=/>Home</a></nav></body></html>",
            Path::new("p.html"),
            "A",
            InputFormat::Auto,
        )
        .unwrap_err();
        assert!(e.to_string().contains("p.html"), "{e}");
    }
}
