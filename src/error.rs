//! The library's error type.

use std::path::PathBuf;

/// Everything that can go wrong reading sources or writing reports.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The path names a directory, not a file.
    #[error("{path}: is a directory, expected a text file")]
    IsDirectory {
        /// The path.
        path: PathBuf,
    },
    /// The input is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// UTF-16 input (with a byte-order mark) that does not decode.
    #[error("{path}: invalid UTF-16 at byte offset {offset}")]
    InvalidUtf16 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the bad code unit.
        offset: usize,
    },
    /// The input is larger than the configured limit.
    #[error("{path}: larger than the limit of {limit} bytes (raise it with --max-bytes)")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
    },
    /// An HTML page in which no article text was found.
    #[error("{path}: no article text found in the HTML page")]
    NoArticle {
        /// The file.
        path: PathBuf,
    },
    /// The input looks binary (NUL bytes).
    #[error("{path}: looks like binary data (NUL byte at offset {offset}), expected text")]
    Binary {
        /// The file.
        path: PathBuf,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// The input has no text.
    #[error("{path}: empty article (no text to compare)")]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// Writing output failed.
    #[error("writing output: {0}")]
    Write(#[from] std::io::Error),
    /// Anything else the user got wrong.
    #[error("{0}")]
    Usage(String),
}

/// Result with the library's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
