//! Badge codes: the short code printed (and QR-encoded) on a participant's badge, derived
//! from the participant's id by a fixed bijective scramble, with a check letter.
//!
//! A code is 8 capital letters: 7 carry the scrambled id, the 8th is a check letter (Luhn
//! mod 20), so a mistyped or misread code is refused instead of finding someone else. The
//! alphabet leaves out letters that look like digits or like each other (I, L, O, U), the two
//! that swap between QWERTY and QWERTZ keyboards (Y, Z: a USB scanner types as a US keyboard,
//! the Albanian layout is QWERTZ), and digits altogether, because digits are mark keys in the
//! roster. Ids are never reused, so a code never passes to someone else; the code says nothing
//! about the person, and consecutive ids give unrelated codes.

use super::Id;

/// The letters of a code, in digit order.
pub const ALPHABET: &[u8; 20] = b"ABCDEFGHJKMNPQRSTVWX";
const BASE: u64 = ALPHABET.len() as u64;
/// Letters carrying the id.
const PAYLOAD: usize = 7;
/// Letters of a whole code.
pub const LEN: usize = PAYLOAD + 1;
/// Ids from 0 up to (not including) this have a code: 20⁷ = 1,280,000,000.
pub const CAPACITY: u64 = BASE.pow(PAYLOAD as u32);

/// Round keys of the Feistel scramble. Fixed forever: changing one changes every code.
const KEYS: [u32; 4] = [0x9E37_79B9, 0x85EB_CA6B, 0xC2B2_AE35, 0x27D4_EB2F];

fn round(half: u32, key: u32) -> u32 {
    let mut x = (half ^ key).wrapping_mul(0x045D_9F3B);
    x ^= x >> 16;
    x = x.wrapping_mul(0x045D_9F3B);
    x ^= x >> 16;
    x & 0xFFFF
}

/// A balanced 16/16-bit Feistel network: a permutation of the 32-bit numbers.
fn feistel(x: u32) -> u32 {
    let (mut l, mut r) = (x >> 16, x & 0xFFFF);
    for k in KEYS {
        (l, r) = (r, l ^ round(r, k));
    }
    (l << 16) | r
}

fn feistel_inverse(x: u32) -> u32 {
    let (mut l, mut r) = (x >> 16, x & 0xFFFF);
    for k in KEYS.iter().rev() {
        (l, r) = (r ^ round(l, *k), l);
    }
    (l << 16) | r
}

/// A permutation of `0..CAPACITY`: the Feistel permutation of the 32-bit numbers, walked
/// until it lands inside the range again (cycle walking keeps it a bijection).
fn scramble(id: u32) -> u32 {
    let mut x = feistel(id);
    while u64::from(x) >= CAPACITY {
        x = feistel(x);
    }
    x
}

fn unscramble(code: u32) -> u32 {
    let mut x = feistel_inverse(code);
    while u64::from(x) >= CAPACITY {
        x = feistel_inverse(x);
    }
    x
}

/// Luhn mod N over the letters' values: catches any single wrong letter and any swap of two
/// neighbouring letters.
fn check_value(values: &[u64]) -> u64 {
    let mut sum = 0;
    for (i, v) in values.iter().rev().enumerate() {
        let mut add = if i % 2 == 0 { v * 2 } else { *v };
        add = add / BASE + add % BASE;
        sum += add;
    }
    (BASE - sum % BASE) % BASE
}

/// The badge code of a participant id; `None` for an id beyond [`CAPACITY`].
pub fn code(id: Id) -> Option<String> {
    let small = u32::try_from(id)
        .ok()
        .filter(|&i| u64::from(i) < CAPACITY)?;
    let mut n = u64::from(scramble(small));
    let mut values = [0u64; PAYLOAD];
    for v in values.iter_mut().rev() {
        *v = n % BASE;
        n /= BASE;
    }
    let check = check_value(&values);
    Some(
        values
            .iter()
            .chain(std::iter::once(&check))
            .map(|&v| char::from(ALPHABET[v as usize]))
            .collect(),
    )
}

/// The code as printed for people: two groups of four (`ABCD-EFGH`).
pub fn printed(code: &str) -> String {
    match (code.get(..4), code.get(4..)) {
        (Some(a), Some(b)) if code.len() == LEN => format!("{a}-{b}"),
        _ => code.to_string(),
    }
}

/// The participant id a typed or scanned code stands for; `None` when the text is not a
/// well-formed code (wrong length, a letter outside the alphabet, a wrong check letter).
/// Case is ignored, and so are a dash and spaces between the letters.
pub fn parse(text: &str) -> Option<Id> {
    let mut values = Vec::with_capacity(LEN);
    for c in text.trim().chars() {
        if c == '-' || c == ' ' {
            continue;
        }
        let up = u8::try_from(c.to_ascii_uppercase()).ok()?;
        let v = ALPHABET.iter().position(|&a| a == up)?;
        values.push(v as u64);
        if values.len() > LEN {
            return None;
        }
    }
    let (check, payload) = values.split_last()?;
    if payload.len() != PAYLOAD || check_value(payload) != *check {
        return None;
    }
    let n = payload.iter().fold(0u64, |n, v| n * BASE + v);
    let n = u32::try_from(n).ok()?;
    Some(Id::from(unscramble(n)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_are_eight_letters_of_the_alphabet_and_read_back() {
        for id in (0..5000).chain([CAPACITY - 1, 123_456_789, 1 << 30]) {
            let c = code(id).expect("a code");
            assert_eq!(c.len(), LEN, "{c}");
            assert!(c.bytes().all(|b| ALPHABET.contains(&b)), "{c}");
            assert_eq!(parse(&c), Some(id), "{c}");
            assert_eq!(parse(&c.to_lowercase()), Some(id));
            assert_eq!(parse(&printed(&c)), Some(id));
        }
        assert_eq!(code(CAPACITY), None);
        assert_eq!(code(u64::MAX), None);
    }

    #[test]
    fn codes_are_distinct_and_unrelated_for_neighbouring_ids() {
        let codes: Vec<String> = (1..20_000).filter_map(code).collect();
        let set: HashSet<&String> = codes.iter().collect();
        assert_eq!(set.len(), codes.len(), "a code used twice");
        // Neighbouring ids share few letters in place: no visible counting.
        let same = codes.windows(2).filter(|w| w[0][..6] == w[1][..6]).count();
        assert!(same < 10, "{same} neighbours differ only at the end");
    }

    #[test]
    fn the_scramble_is_a_permutation_of_its_range() {
        for x in [0u32, 1, 2, 999, 1_279_999_999, 640_000_000] {
            let s = scramble(x);
            assert!(u64::from(s) < CAPACITY);
            assert_eq!(unscramble(s), x);
        }
        for x in [0u32, 7, u32::MAX, 0x8000_0000] {
            assert_eq!(feistel_inverse(feistel(x)), x);
        }
    }

    #[test]
    fn a_wrong_letter_or_a_swap_is_refused() {
        let c = code(4242).expect("code");
        let bytes = c.as_bytes();
        for i in 0..LEN {
            for &a in ALPHABET {
                if a == bytes[i] {
                    continue;
                }
                let mut typo = bytes.to_vec();
                typo[i] = a;
                let typo = String::from_utf8(typo).expect("ascii");
                assert_eq!(parse(&typo), None, "{typo} (from {c})");
            }
        }
        for i in 0..LEN - 1 {
            if bytes[i] == bytes[i + 1] {
                continue;
            }
            let mut swap = bytes.to_vec();
            swap.swap(i, i + 1);
            let swap = String::from_utf8(swap).expect("ascii");
            assert_eq!(parse(&swap), None, "{swap} (from {c})");
        }
    }

    #[test]
    fn names_and_other_text_are_not_codes() {
        for t in [
            "",
            "ana",
            "ABCDEFG",
            "ABCDEFGHJ",
            "zark",
            "Çela",
            "ABCD EFG1",
            "OOOOOOOO",
            "ЖЖЖЖЖЖЖЖ",
        ] {
            assert_eq!(parse(t), None, "{t:?}");
        }
    }
}
