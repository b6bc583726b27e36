//! Decoding bytes into article text: UTF-8 (BOM dropped), UTF-16 with a BOM,
//! line ends folded to LF; binary data and invalid UTF-8 are clear errors.

use std::path::Path;

use crate::error::{Error, Result};

/// Decode `bytes` read from `path` into text with LF line ends.
///
/// * A UTF-8 byte-order mark is dropped.
/// * UTF-16 (LE or BE) with a byte-order mark is decoded; an unpaired surrogate
///   is an error naming its byte offset.
/// * A NUL byte in UTF-8 input means binary data: an error naming its offset.
/// * Invalid UTF-8 is an error naming the offset of the first bad byte.
/// * CRLF and lone CR become LF.
pub fn decode(bytes: &[u8], path: &Path) -> Result<String> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, path, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, path, u16::from_be_bytes)?
    } else {
        let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        let skipped = bytes.len() - body.len();
        if let Some(offset) = memchr_nul(body) {
            return Err(Error::Binary {
                path: path.to_path_buf(),
                offset: offset + skipped,
            });
        }
        match std::str::from_utf8(body) {
            Ok(s) => s.to_string(),
            Err(e) => {
                return Err(Error::InvalidUtf8 {
                    path: path.to_path_buf(),
                    offset: e.valid_up_to() + skipped,
                })
            }
        }
    };
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    })
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

fn utf16(body: &[u8], path: &Path, read: fn([u8; 2]) -> u16) -> Result<String> {
    let units = body.chunks(2).map(|c| {
        if c.len() == 2 {
            read([c[0], c[1]])
        } else {
            0xFFFF_u16
        }
    });
    let mut out = String::with_capacity(body.len() / 2);
    for (i, r) in char::decode_utf16(units).enumerate() {
        match r {
            Ok('\u{feff}') if i == 0 => {}
            Ok('\u{0}') => {
                return Err(Error::Binary {
                    path: path.to_path_buf(),
                    offset: 2 + 2 * i,
                })
            }
            Ok(c) => out.push(c),
            Err(_) => {
                return Err(Error::InvalidUtf16 {
                    path: path.to_path_buf(),
                    offset: 2 + 2 * i,
                })
            }
        }
    }
    if body.len() % 2 == 1 {
        return Err(Error::InvalidUtf16 {
            path: path.to_path_buf(),
            offset: 1 + body.len(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(b: &[u8]) -> Result<String> {
        decode(b, Path::new("t.txt"))
    }

    #[test]
    fn utf8_bom_is_dropped_and_crlf_folded() {
        assert_eq!(
            dec(b"\xEF\xBB\xBFOne.\r\nTwo.\rThree.").unwrap(),
            "One.\nTwo.\nThree."
        );
    }

    #[test]
    fn utf16_le_and_be_with_bom_decode() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé.".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hé.".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(dec(&le).unwrap(), "Hé.");
        assert_eq!(dec(&be).unwrap(), "Hé.");
    }

    #[test]
    fn odd_length_utf16_is_an_error() {
        let e = dec(&[0xFF, 0xFE, b'a', 0, b'b']).unwrap_err();
        assert!(e.to_string().contains("UTF-16"), "{e}");
    }

    #[test]
    fn unpaired_surrogate_names_offset() {
        let e = dec(&[0xFF, 0xFE, b'a', 0, 0x00, 0xD8, b'b', 0]).unwrap_err();
        assert!(e.to_string().contains("offset 4"), "{e}");
    }

    #[test]
    fn invalid_utf8_offset_counts_the_bom() {
        let e = dec(b"\xEF\xBB\xBFab\xFF").unwrap_err();
        assert!(e.to_string().contains("offset 5"), "{e}");
    }

    #[test]
    fn nul_byte_is_binary() {
        let e = dec(b"abc\0def").unwrap_err();
        assert!(e.to_string().contains("binary"), "{e}");
    }
}
