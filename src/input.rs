//! Input: read a source (a `.txt` file or stdin) into an [`Article`].

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::model::Article;

/// Read the file at `path` (or stdin for `-`) into an [`Article`] labelled `label`.
pub fn read_article(path: &Path, label: &str) -> Result<Article> {
    let bytes = read_bytes(path)?;
    article_from_bytes(&bytes, path, label)
}

/// Read the raw bytes of a path, or stdin for `-`.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin().lock().read_to_end(&mut buf).map_err(io)?;
        return Ok(buf);
    }
    if path.is_dir() {
        return Err(Error::IsDirectory {
            path: path.to_path_buf(),
        });
    }
    std::fs::read(path).map_err(io)
}

/// Decode bytes as UTF-8 text: BOM dropped, CRLF and CR become LF.
pub fn decode(bytes: &[u8], path: &Path) -> Result<String> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path: path.to_path_buf(),
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    })
}

/// Build an [`Article`] from raw bytes.
pub fn article_from_bytes(bytes: &[u8], path: &Path, label: &str) -> Result<Article> {
    let text = decode(bytes, path)?;
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: PathBuf::from(path),
        });
    }
    Ok(Article {
        label: label.to_string(),
        path: path.display().to_string(),
        title: None,
        text,
    })
}
