//! Encoding and decoding of stored values. redb's `Value::from_bytes` cannot fail, so values
//! are stored as bytes and decoded here with `Result`: a damaged record is an error message
//! naming what could not be read, never a crash.

use serde::{Deserialize, Serialize, de::DeserializeOwned};

/// A stored value that could not be read back.
#[derive(Debug)]
pub struct DecodeError {
    pub what: &'static str,
    pub key: String,
    pub reason: String,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!(
            "store-damaged-record",
            what = self.what,
            key = self.key.as_str(),
            reason = self.reason.as_str()
        ))
    }
}

impl std::error::Error for DecodeError {}

/// Encodes a value for storage (postcard: compact, no field names).
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // postcard only fails on types it cannot represent (maps with non-string keys are fine,
    // `serialize_any` is not); every stored type is a plain struct, so this never fails.
    postcard::to_allocvec(value).unwrap_or_default()
}

/// The digest an audit entry keeps of a record a change created ([`After::Created`]): 64-bit
/// FNV-1a of the record's encoding. It tells whether the record is still the one the change
/// wrote; it is no protection against someone forging a record to match.
///
/// [`After::Created`]: crate::domain::After::Created
pub fn digest(record: &crate::domain::Record) -> [u8; 8] {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in encode(record) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h.to_le_bytes()
}

/// Decodes a stored value; `what` and `key` name it in the error.
pub fn decode<T: DeserializeOwned>(
    bytes: &[u8],
    what: &'static str,
    key: impl std::fmt::Debug,
) -> Result<T, DecodeError> {
    postcard::from_bytes(bytes).map_err(|e| DecodeError {
        what,
        key: format!("{key:?}"),
        reason: e.to_string(),
    })
}

/// Decodes only the leading fields of a stored value into a view type, which may borrow its
/// strings from `bytes`; the rest of the record is not read. A view lists the leading fields
/// of the stored type in the same order (postcard writes fields in order, without names), so
/// it reads exactly what a full [`decode`] would, without allocating the fields it skips.
pub fn decode_view<'a, T: Deserialize<'a>>(
    bytes: &'a [u8],
    what: &'static str,
    key: impl std::fmt::Debug,
) -> Result<T, DecodeError> {
    postcard::take_from_bytes(bytes)
        .map(|(v, _rest)| v)
        .map_err(|e| DecodeError {
            what,
            key: format!("{key:?}"),
            reason: e.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Participant;

    #[test]
    fn round_trip_and_damage() {
        let p = Participant {
            name: "Ana Çela".into(),
            ..Participant::default()
        };
        let bytes = encode(&p);
        let back: Participant = decode(&bytes, "participant", 1).expect("decodes");
        assert_eq!(back, p);
        let err = decode::<Participant>(&bytes[..3], "participant", 7)
            .expect_err("truncated record is an error");
        assert!(err.to_string().contains("damaged participant record 7"));
    }

    #[test]
    fn a_view_reads_the_leading_fields_borrowed() {
        #[derive(Deserialize)]
        struct Head<'a> {
            name: &'a str,
            email: &'a str,
        }
        let p = Participant {
            name: "Şule Ağaoğlu".into(),
            email: "sule@example.org".into(),
            notes: "long notes that the view never reads".into(),
            ..Participant::default()
        };
        let bytes = encode(&p);
        let h: Head = decode_view(&bytes, "participant", 1).expect("decodes");
        assert_eq!((h.name, h.email), ("Şule Ağaoğlu", "sule@example.org"));
        assert!(decode_view::<Head>(&bytes[..4], "participant", 1).is_err());
    }
}
