//! Text from data: sanitising for the terminal, folding for search, validation of input.
//!
//! Every view draws data through [`sanitize`]; every search compares [`fold`]ed strings;
//! every command validates its text with [`check_line`] / [`check_multiline`].

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Characters that must never reach a terminal raw: they could move the cursor, change the
/// title, write the clipboard (OSC 52) or reorder what the user reads (bidi overrides).
fn is_dangerous(c: char) -> bool {
    let u = c as u32;
    u < 0x20
        || u == 0x7f
        || (0x80..=0x9f).contains(&u)
        || (0x202a..=0x202e).contains(&u)
        || (0x2066..=0x2069).contains(&u)
        || matches!(
            u,
            0x200b..=0x200f | 0x2028 | 0x2029 | 0x2060 | 0x061c | 0xfeff
        )
}

/// Characters that draw nothing and hide what is around them, which the terminal shows as
/// nothing at all: tag characters (U+E0000–E007F), the combining grapheme joiner, invisible
/// operators (U+2061–2064), interlinear annotation marks (U+FFF9–FFFB), Khmer inherent
/// vowels (U+17B4–17B5), and Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), which make a
/// name look blank.
fn is_invisible(c: char) -> bool {
    matches!(
        c as u32,
        0xe0000..=0xe007f
            | 0x034f
            | 0x2061..=0x2064
            | 0xfff9..=0xfffb
            | 0x17b4
            | 0x17b5
            | 0x115f
            | 0x1160
            | 0x3164
            | 0xffa0
    )
}

/// Characters after which U+FE0F (emoji presentation) belongs: symbols and pictographs, and
/// the keycap bases. Anywhere else it is an invisible character like the others.
fn takes_emoji_selector(c: char) -> bool {
    matches!(
        c as u32,
        0x23 | 0x2a | 0x30..=0x39
            | 0xa9
            | 0xae
            | 0x203c
            | 0x2049
            | 0x2122
            | 0x2139
            | 0x2190..=0x21ff
            | 0x2300..=0x23ff
            | 0x2460..=0x24ff
            | 0x25a0..=0x27bf
            | 0x2900..=0x297f
            | 0x2b00..=0x2bff
            | 0x3030
            | 0x303d
            | 0x3297
            | 0x3299
            | 0x1f000..=0x1faff
    )
}

/// The most combining marks kept on one base character. Languages need two or three (a
/// Vietnamese vowel, Hebrew points); a flood of hundreds piles up over the lines around it.
pub const MAX_MARKS: usize = 4;

/// What becomes of one character of text from data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Keep,
    /// A visible placeholder instead.
    Replace,
    /// Left out: a combining mark past [`MAX_MARKS`] on its base.
    Drop,
}

/// Each character of `s` with its verdict; what a character is depends on the one before it
/// (U+FE0F) and on how many marks its base carries already.
fn verdicts(s: &str) -> impl Iterator<Item = (char, Verdict)> + '_ {
    let mut prev: Option<char> = None;
    let mut marks = 0usize;
    s.chars().map(move |c| {
        let mark = unicode_normalization::char::is_combining_mark(c);
        let v = if is_dangerous(c) || is_invisible(c) {
            Verdict::Replace
        } else if c == '\u{fe0f}' {
            if prev.is_some_and(takes_emoji_selector) {
                Verdict::Keep
            } else {
                Verdict::Replace
            }
        } else if mark {
            marks += 1;
            if marks > MAX_MARKS {
                Verdict::Drop
            } else {
                Verdict::Keep
            }
        } else {
            Verdict::Keep
        };
        if !mark {
            marks = 0;
            prev = Some(c);
        }
        (c, v)
    })
}

/// `s` with every character of a verdict other than Keep replaced or dropped, except those
/// `allowed` lets through (line breaks in multi-line text); borrowed when nothing changes.
fn clean(s: &str, allowed: impl Fn(char) -> bool) -> std::borrow::Cow<'_, str> {
    let changes = |(c, v): (char, Verdict)| v != Verdict::Keep && !allowed(c);
    if !verdicts(s).any(changes) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for (c, v) in verdicts(s) {
        match v {
            _ if allowed(c) => out.push(c),
            Verdict::Keep => out.push(c),
            Verdict::Replace => out.push(placeholder(c)),
            Verdict::Drop => {}
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A visible stand-in for a dangerous character: control pictures for C0 (ESC shows as `␛`),
/// the replacement character for the rest.
fn placeholder(c: char) -> char {
    let u = c as u32;
    if u < 0x20 {
        char::from_u32(0x2400 + u).unwrap_or('\u{fffd}')
    } else if u == 0x7f {
        '\u{2421}'
    } else {
        '\u{fffd}'
    }
}

/// Pasted text made fit for a one-line field: line breaks and tabs become spaces, every
/// other control character (an Esc and what follows it included) and invisible character is
/// dropped, and runs of spaces close up. What is left is only text: it can never act as keys.
pub fn pasted(s: &str) -> String {
    let spaced: String = s
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => Some(' '),
            c if is_dangerous(c) => None,
            c => Some(c),
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Makes text from data safe to draw on one line: every control character, escape sequence
/// introducer, C1 control, bidi override/isolate and zero-width character becomes a visible
/// placeholder. Never allocates when there is nothing to replace.
///
/// Invisible characters (tag characters, Hangul fillers, U+FE0F outside an emoji…) become
/// placeholders too, and combining marks past [`MAX_MARKS`] on one letter are left out.
pub fn sanitize(s: &str) -> std::borrow::Cow<'_, str> {
    clean(s, |_| false)
}

/// Makes JSON text safe to print: every character [`sanitize`] would replace becomes a
/// `\uXXXX` escape. serde_json escapes C0 controls inside strings but leaves C1 controls,
/// DEL, bidi overrides and zero-width characters raw; outside strings JSON holds none of
/// them (its newlines are layout and stay), so the result parses to exactly the same data.
pub fn escape_json(json: &str) -> std::borrow::Cow<'_, str> {
    let layout = |c: char| matches!(c, '\n' | '\t' | '\r');
    if !verdicts(json).any(|(c, v)| v != Verdict::Keep && !layout(c)) {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for (c, v) in verdicts(json) {
        if v == Verdict::Keep || layout(c) {
            out.push(c);
        } else {
            // Beyond the Basic Multilingual Plane, JSON escapes a surrogate pair.
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Like [`sanitize`], but keeps line breaks and tabs: for multi-line fields (notes,
/// reasons) written to files that are read back.
pub fn sanitize_keep_lines(s: &str) -> std::borrow::Cow<'_, str> {
    clean(s, |c| matches!(c, '\n' | '\t'))
}

/// Display width of a string in terminal columns, measured the way the screen draws it: one
/// grapheme cluster at a time (a letter with its combining marks, an emoji with its selector,
/// skin tone or joined emoji is one cluster). Wide letters count 2, combining marks 0, an
/// emoji with its presentation selector U+FE0F 2, a joined emoji such as 👩🏽‍💻 2.
pub fn width(s: &str) -> usize {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.len();
    }
    s.graphemes(true).map(cluster_width).sum()
}

/// The columns one grapheme cluster takes (what ratatui gives the cell it draws it in).
fn cluster_width(g: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(g)
}

/// Sanitises and fits text into `cols` terminal columns, ending with `…` when cut. It is cut
/// between grapheme clusters, never inside one (an accent is never parted from its letter,
/// nor a skin tone from its emoji).
pub fn fit(s: &str, cols: usize) -> String {
    let s = sanitize(s);
    if width(&s) <= cols {
        return s.into_owned();
    }
    if cols == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = cluster_width(g);
        if used + w > cols - 1 {
            break;
        }
        used += w;
        out.push_str(g);
    }
    out.push('…');
    out
}

/// Pads (or cuts) to exactly `cols` columns.
pub fn pad(s: &str, cols: usize) -> String {
    let mut out = fit(s, cols);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cols.saturating_sub(w)));
    out
}

/// Why a piece of text was refused; the words follow the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    Control(u32),
    Invisible(u32),
    TooLong(usize),
    /// More combining marks on one letter than [`MAX_MARKS`].
    Marks(usize),
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            TextError::Control(u) => {
                crate::t!("text-control-char", code = format!("U+{u:04X}"))
            }
            TextError::Invisible(u) => {
                crate::t!("text-invisible-char", code = format!("U+{u:04X}"))
            }
            TextError::TooLong(n) => crate::t!("text-too-long", count = *n),
            TextError::Marks(n) => crate::t!("text-too-many-marks", count = *n),
        })
    }
}

impl std::error::Error for TextError {}

/// The longest single-line field accepted (names, titles, emails…).
pub const MAX_LINE: usize = 300;
/// The longest multi-line field accepted (notes, reasons).
pub const MAX_NOTES: usize = 10_000;

fn check(s: &str, allow_newlines: bool, max: usize) -> Result<(), TextError> {
    for (c, v) in verdicts(s) {
        if allow_newlines && (c == '\n' || c == '\t' || c == '\r') {
            continue;
        }
        let u = c as u32;
        match v {
            Verdict::Keep => {}
            Verdict::Drop => return Err(TextError::Marks(MAX_MARKS)),
            Verdict::Replace if u < 0x20 || (0x7f..=0x9f).contains(&u) => {
                return Err(TextError::Control(u));
            }
            Verdict::Replace => return Err(TextError::Invisible(u)),
        }
    }
    if s.chars().count() > max {
        return Err(TextError::TooLong(max));
    }
    Ok(())
}

/// A single-line value as typed into a form or a spreadsheet cell: trimmed, and every run of
/// whitespace — non-breaking and other Unicode spaces, tabs, and line breaks typed in the cell
/// (Excel's Alt+Enter) — one plain space.
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut gap = false;
    for c in s.chars() {
        if c.is_whitespace() {
            gap = !out.is_empty();
        } else {
            if gap {
                out.push(' ');
                gap = false;
            }
            out.push(c);
        }
    }
    out
}

/// Whether [`collapse_whitespace`] would leave `s` as it is: the check every write path runs
/// before copying a value, so text already in shape costs no allocation.
pub fn is_collapsed(s: &str) -> bool {
    // Invisible characters (a zero-width space) are not whitespace: validation refuses them.
    let gap = char::is_whitespace;
    !(s.starts_with(gap)
        || s.ends_with(gap)
        || s.contains("  ")
        || s.contains(|c: char| c != ' ' && gap(c)))
}

/// A multi-line value (notes, reasons): CRLF and lone CR become LF; everything else, line
/// breaks and indentation included, stays as the writer meant it.
pub fn clean_multiline(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// An email address as stored and matched: trimmed (a space inside stays, for validation to
/// refuse) and lower case the way every
/// language agrees on for addresses — `İbrahim.Yilmaz@…` is `ibrahim.yilmaz@…`, not an `i`
/// with a combining dot.
pub fn email_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in collapse_whitespace(s).chars() {
        match c {
            'İ' => out.push('i'),
            'I' => out.push('i'),
            c => out.extend(c.to_lowercase()),
        }
    }
    // A dotted capital I written as I + U+0307 loses its dot too.
    out.replace("i\u{307}", "i")
}

/// Validates a single-line field (name, title, email…).
pub fn check_line(s: &str) -> Result<(), TextError> {
    check(s, false, MAX_LINE)
}

/// Validates a multi-line field (notes, reasons): newlines and tabs allowed, nothing else.
pub fn check_multiline(s: &str) -> Result<(), TextError> {
    check(s, true, MAX_NOTES)
}

/// Cyrillic letters of the region's languages (Serbian, Macedonian, Montenegrin, Bosnian,
/// Russian/Ukrainian/Bulgarian for good measure) to the Latin spelling used in folding.
fn cyrillic(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'ђ' => "dj",
        'ѓ' => "gj",
        'е' | 'є' | 'ё' | 'э' => "e",
        'ж' => "z",
        'з' => "z",
        'ѕ' => "dz",
        'и' | 'і' | 'ы' => "i",
        'ї' => "ji",
        'ј' | 'й' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "c",
        'ќ' => "kj",
        'у' | 'ў' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' => "c",
        'ч' => "c",
        'џ' => "dz",
        'ш' => "s",
        'щ' => "sc",
        'ъ' | 'ь' => "",
        'ю' => "ju",
        'я' => "ja",
        _ => return None,
    })
}

/// `s` folded (see [`fold`]) to its words: letters and digits kept, every run of anything
/// else (spaces, punctuation, a trailing `*`) one `sep`, none at either end. Keys for names
/// people write in many ways: "E-mail Address" → `e_mail_address`, "Država" → `drzava`.
pub fn folded_words(s: &str, sep: char) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(sep) {
            out.push(sep);
        }
    }
    if out.ends_with(sep) {
        out.pop();
    }
    out
}

/// Folds a name for search and duplicate detection: lower case, no diacritics, Cyrillic
/// transliterated, and the spellings that vary between writers made equal (`đ`/`dj`/`d`,
/// `ǵ`/`gj`, `ḱ`/`kj`). `Đorđević`, `Djordjevic`, `dordevic` and `Ђорђевић` all fold to
/// `dordevic`; `Şahin` to `sahin`; `Çela` to `cela`; `Петровић` to `petrovic`.
pub fn fold(s: &str) -> String {
    // The common case — ASCII, Latin letters with diacritics, the region's Cyrillic — folds
    // char by char into one buffer; only text beyond those (where the whole-string
    // normalisation below could differ) takes the general path. Same result either way
    // (`fast_fold_equals_the_general_one`); 100,000 names fold in a fraction of the time.
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() {
            if !is_dangerous(c) {
                out.push(c);
            }
            continue;
        }
        if let Some(t) = cyrillic(c) {
            out.push_str(t);
            continue;
        }
        match c {
            'đ' | 'ð' => out.push('d'),
            'ı' => out.push('i'),
            'ł' => out.push('l'),
            'ø' => out.push('o'),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ß' => out.push_str("ss"),
            'þ' => out.push_str("th"),
            c if is_dangerous(c) || is_invisible(c) => {}
            // Latin-1 and Latin Extended-A/B: a base letter and combining marks, nothing
            // the canonical reordering of a whole string could move.
            c if (c as u32) < 0x250 => unicode_normalization::char::decompose_canonical(c, |d| {
                if !unicode_normalization::char::is_combining_mark(d) {
                    out.push(d);
                }
            }),
            _ => return fold_general(s),
        }
    }
    drop_spelled_j(out)
}

/// Writers spell đ as "dj" or "d", ǵ as "gj" or "g", ḱ as "kj" or "k": fold to one. A "j"
/// goes when the letter before it (in the text given) is d, g or k — what replacing "dj",
/// "gj" and "kj" one after the other does.
fn drop_spelled_j(s: String) -> String {
    let b = s.as_bytes();
    if !b
        .windows(2)
        .any(|w| w[1] == b'j' && matches!(w[0], b'd' | b'g' | b'k'))
    {
        return s;
    }
    let mut out = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &x in b {
        if !(x == b'j' && matches!(prev, b'd' | b'g' | b'k')) {
            out.push(x);
        }
        prev = x;
    }
    // Only ASCII "j" bytes were dropped, so the rest is still UTF-8.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// `fold` for any text: whole-string canonical decomposition.
fn fold_general(s: &str) -> String {
    let mut latin = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        if let Some(t) = cyrillic(c) {
            latin.push_str(t);
            continue;
        }
        match c {
            'đ' | 'ð' => latin.push('d'),
            'ı' => latin.push('i'),
            'ł' => latin.push('l'),
            'ø' => latin.push('o'),
            'æ' => latin.push_str("ae"),
            'œ' => latin.push_str("oe"),
            'ß' => latin.push_str("ss"),
            'þ' => latin.push_str("th"),
            c if is_dangerous(c) || is_invisible(c) => {}
            c => latin.push(c),
        }
    }
    let stripped: String = latin
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    // Writers spell đ as "dj" or "d", ǵ as "gj" or "g", ḱ as "kj" or "k": fold to one.
    stripped
        .replace("dj", "d")
        .replace("gj", "g")
        .replace("kj", "k")
}

/// Folded tokens of a query: every token must occur in the folded haystack.
pub fn matches(folded_haystack: &str, query: &str) -> bool {
    Needle::new(query).matches(folded_haystack)
}

/// A search query folded once, to test against many folded keys: what a list filter uses on
/// every keystroke (folding the query per key costs more than the test itself).
#[derive(Debug, Clone)]
pub struct Needle {
    tokens: Vec<String>,
    finders: Vec<memchr::memmem::Finder<'static>>,
}

impl PartialEq for Needle {
    fn eq(&self, other: &Self) -> bool {
        self.tokens == other.tokens
    }
}

impl Default for Needle {
    /// The empty query: matches everything.
    fn default() -> Self {
        Needle::new("")
    }
}

impl Needle {
    pub fn new(query: &str) -> Self {
        let tokens: Vec<String> = fold(query).split_whitespace().map(String::from).collect();
        // Prebuilt SIMD searchers: `str::contains` sets its searcher up again on every call.
        let finders = tokens
            .iter()
            .map(|t| memchr::memmem::Finder::new(t.as_bytes()).into_owned())
            .collect();
        Needle { tokens, finders }
    }

    /// True when the query has no token: everything matches.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// Every token occurs in the folded haystack (as [`matches`]).
    pub fn matches(&self, folded_haystack: &str) -> bool {
        self.finders
            .iter()
            .all(|f| f.find(folded_haystack.as_bytes()).is_some())
    }

    /// The keys of `keys` this needle matches, in order: one pass of the first token's
    /// searcher over all the keys at once (they lie side by side in one string), then the
    /// other tokens on the keys it found. Testing 100,000 keys one call at a time costs
    /// the searcher's start-up 100,000 times; one pass costs it once.
    pub fn hits(&self, keys: &KeyArena) -> Vec<u32> {
        let Some((first, rest)) = self.finders.split_first() else {
            return (0..keys.len() as u32).collect();
        };
        let bytes = keys.text.as_bytes();
        let mut out = Vec::new();
        let mut at = 0usize;
        // The key holding the match: matches only move forward, so the row does too (a
        // walk over every key at most once, cheaper than a binary search per match).
        let mut row = 0usize;
        while at < bytes.len() {
            let Some(found) = first.find(&bytes[at..]) else {
                break;
            };
            let pos = at + found;
            while keys.ends.get(row).is_some_and(|&e| (e as usize) <= pos) {
                row += 1;
            }
            let Some(&end) = keys.ends.get(row) else {
                break;
            };
            let key = &bytes[keys.start(row)..end as usize];
            // A token with a NUL in it could only match across two keys: not a hit.
            let inside = pos + first.needle().len() <= end as usize;
            if inside && rest.iter().all(|f| f.find(key).is_some()) {
                out.push(row as u32);
            }
            // On to the next key (past its separator).
            at = end as usize + 1;
        }
        out
    }

    /// True when everything this needle matches, `other` matches too (each of `other`'s
    /// tokens lies inside one of ours), so a filter may narrow `other`'s hits.
    pub fn narrows(&self, other: &Needle) -> bool {
        other
            .tokens
            .iter()
            .all(|o| self.tokens.iter().any(|t| t.contains(o.as_str())))
    }
}

/// Folded search keys side by side in one string, each followed by a NUL (which no key
/// holds: text with control characters is refused, and a stray one is left out), with where
/// each ends: what [`Needle::hits`] scans in one pass.
#[derive(Debug, Clone, Default)]
pub struct KeyArena {
    text: String,
    ends: Vec<u32>,
}

impl KeyArena {
    /// An arena for `keys` keys of `bytes` bytes in all, allocated once.
    pub fn with_capacity(keys: usize, bytes: usize) -> Self {
        KeyArena {
            text: String::with_capacity(bytes + keys),
            ends: Vec::with_capacity(keys),
        }
    }

    /// Appends one key made of these parts.
    pub fn push_parts(&mut self, parts: &[&str]) {
        for p in parts {
            if p.contains('\0') {
                self.text.extend(p.chars().filter(|&c| c != '\0'));
            } else {
                self.text.push_str(p);
            }
        }
        self.ends.push(self.text.len() as u32);
        self.text.push('\0');
    }

    pub fn push(&mut self, key: &str) {
        self.push_parts(&[key]);
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The `i`-th key ("" past the end).
    pub fn key(&self, i: usize) -> &str {
        match self.ends.get(i) {
            Some(&end) => self.text.get(self.start(i)..end as usize).unwrap_or(""),
            None => "",
        }
    }

    fn start(&self, row: usize) -> usize {
        row.checked_sub(1)
            .and_then(|r| self.ends.get(r))
            .map_or(0, |&e| e as usize + 1)
    }
}

/// The folded keys of a list, filtered keystroke by keystroke. While the query only grows
/// (typing), each keystroke re-tests only the previous hits; otherwise all keys.
#[derive(Debug, Clone)]
pub struct SearchList {
    keys: Vec<String>,
    needle: Needle,
    hits: Vec<usize>,
}

impl SearchList {
    /// Folds every item's search text once.
    pub fn new<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> Self {
        let keys: Vec<String> = items.into_iter().map(|s| fold(s.as_ref())).collect();
        let hits = (0..keys.len()).collect();
        SearchList {
            keys,
            needle: Needle::new(""),
            hits,
        }
    }

    /// The indexes of the items matching `query`, in item order.
    pub fn filter(&mut self, query: &str) -> &[usize] {
        let needle = Needle::new(query);
        if needle != self.needle {
            let keys = &self.keys;
            if needle.narrows(&self.needle) {
                self.hits.retain(|&i| needle.matches(&keys[i]));
            } else {
                self.hits = (0..keys.len())
                    .filter(|&i| needle.matches(&keys[i]))
                    .collect();
            }
            self.needle = needle;
        }
        &self.hits
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

/// Character ranges (in chars of the original string) where a folded query token matches,
/// for highlighting. Folding can change lengths, so this maps back character by character.
pub fn match_ranges(original: &str, query: &str) -> Vec<(usize, usize)> {
    let tokens: Vec<String> = fold(query).split_whitespace().map(String::from).collect();
    if tokens.is_empty() {
        return Vec::new();
    }
    // Fold each char on its own and remember which original char each folded byte came from.
    let mut folded = String::new();
    let mut owner = Vec::new();
    for (i, c) in original.chars().enumerate() {
        let f = fold(c.encode_utf8(&mut [0; 4]));
        for _ in 0..f.len() {
            owner.push(i);
        }
        folded.push_str(&f);
    }
    let mut out = Vec::new();
    for t in tokens {
        let mut start = 0;
        while let Some(pos) = folded[start..].find(&t) {
            let b = start + pos;
            let e = b + t.len();
            if let (Some(&a), Some(&z)) = (owner.get(b), owner.get(e - 1)) {
                out.push((a, z + 1));
            }
            start = e;
            if start >= folded.len() {
                break;
            }
        }
    }
    out.sort_unstable();
    out
}

/// `s` in runs for drawing with highlights: each run is whole grapheme clusters, highlighted
/// (`true`) when any character of a cluster is in one of `ranges` (character ranges, as
/// [`match_ranges`] gives them). A run never parts an accent from its letter, which a
/// terminal would then draw on its own.
pub fn highlight_runs(s: &str, ranges: &[(usize, usize)]) -> Vec<(String, bool)> {
    let mut runs: Vec<(String, bool)> = Vec::new();
    let mut at = 0;
    for g in s.graphemes(true) {
        let n = g.chars().count();
        let hi = ranges.iter().any(|&(a, b)| a < at + n && at < b);
        at += n;
        match runs.last_mut() {
            Some((run, h)) if *h == hi => run.push_str(g),
            _ => runs.push((g.to_string(), hi)),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_of_spreadsheets_and_forms_collapses() {
        assert_eq!(
            collapse_whitespace("  Ana\u{a0}\u{a0}Çela \r\n"),
            "Ana Çela"
        );
        assert_eq!(collapse_whitespace("Lëvizja\nFOL"), "Lëvizja FOL");
        assert_eq!(
            collapse_whitespace("\u{202f}Şahin\u{2007}Ayşe\t"),
            "Şahin Ayşe"
        );
        assert_eq!(clean_multiline("ill\r\n  at home\r"), "ill\n  at home\n");
        assert_eq!(
            email_key(" İbrahim.Yilmaz@Örnek.com.tr\u{a0}"),
            "ibrahim.yilmaz@örnek.com.tr"
        );
        assert_eq!(email_key("I\u{307}BRAHIM@X.TR"), "ibrahim@x.tr");
        assert_eq!(email_key("ANA.CELA@KWN.ORG"), "ana.cela@kwn.org");
        for s in [
            "Ana Çela",
            "  Ana",
            "Ana\u{a0}Çela",
            "Ana\u{200b}",
            "A  B",
            "A\nB",
            "",
        ] {
            assert_eq!(is_collapsed(s), collapse_whitespace(s) == s, "{s:?}");
        }
    }

    #[test]
    fn invisible_characters_are_placeholders_and_refused() {
        for c in [
            '\u{e0041}',
            '\u{e007f}',
            '\u{34f}',
            '\u{2061}',
            '\u{2064}',
            '\u{fff9}',
            '\u{fffb}',
            '\u{17b4}',
            '\u{115f}',
            '\u{3164}',
            '\u{ffa0}',
        ] {
            let s = format!("Ana{c}Çela");
            assert_eq!(sanitize(&s), "Ana\u{fffd}Çela", "U+{:04X}", c as u32);
            assert_eq!(
                check_line(&s),
                Err(TextError::Invisible(c as u32)),
                "U+{:04X}",
                c as u32
            );
            // JSON keeps the exact text, escaped.
            let j = escape_json(&s);
            assert!(!j.contains(c), "U+{:04X} raw in JSON", c as u32);
            let back: String = serde_json::from_str(&format!("\"{j}\"")).expect("parses");
            assert_eq!(back, s);
        }
        // A name of Hangul fillers alone does not look blank any more.
        assert_eq!(sanitize("\u{3164}\u{3164}"), "\u{fffd}\u{fffd}");
    }

    #[test]
    fn the_emoji_selector_is_kept_on_emoji_only() {
        assert_eq!(sanitize("ok \u{2764}\u{fe0f}"), "ok \u{2764}\u{fe0f}");
        assert_eq!(sanitize("1\u{fe0f}\u{20e3}"), "1\u{fe0f}\u{20e3}");
        assert_eq!(sanitize("\u{1f44d}\u{fe0f}"), "\u{1f44d}\u{fe0f}");
        assert_eq!(sanitize("Ana\u{fe0f}"), "Ana\u{fffd}");
        assert_eq!(check_line("\u{2764}\u{fe0f}"), Ok(()));
        assert_eq!(check_line("a\u{fe0f}"), Err(TextError::Invisible(0xfe0f)));
    }

    #[test]
    fn emoji_with_their_selector_take_the_columns_terminals_give_them() {
        assert_eq!(width("\u{2764}\u{fe0f}"), 2);
        assert_eq!(width("Ana \u{2764}\u{fe0f} Çela"), 11);
        assert_eq!(width("Петровић 中文"), 13);
        // Rows padded to the same width line up, whatever they hold.
        for s in [
            "Ana \u{2764}\u{fe0f}\u{2764}\u{fe0f}\u{2764}\u{fe0f} Çela",
            "李小龍 Bruce",
            "Đorđević",
            "\u{1f44d}\u{fe0f}ok",
        ] {
            for cols in 3..14 {
                let p = pad(s, cols);
                assert_eq!(width(&p), cols, "{s:?} padded to {cols}: {p:?}");
            }
        }
    }

    #[test]
    fn clusters_are_measured_and_cut_whole() {
        // A woman with a skin tone: one cluster of two columns.
        let coder = "\u{1f469}\u{1f3fd}";
        assert_eq!(width(coder), 2);
        // Joined emoji measure as one cluster too; the joiner itself is refused by
        // validation and shown as a placeholder, and the row keeps its width either way.
        assert_eq!(width("\u{1f469}\u{1f3fd}\u{200d}\u{1f4bb}"), 2);
        let joined = pad("Ana \u{1f469}\u{1f3fd}\u{200d}\u{1f4bb} Kelmendi", 9);
        assert_eq!(joined, "Ana \u{1f469}\u{1f3fd}\u{fffd}… ");
        assert_eq!(width(&joined), 9);
        assert_eq!(width("山田 太郎"), 9);
        assert_eq!(width("Nguye\u{302}\u{303}n"), 6);
        // Cut before the joined emoji, never between its parts.
        assert_eq!(fit(&format!("Ana {coder} Kelmendi"), 6), "Ana …");
        assert_eq!(
            fit(&format!("Ana {coder} Kelmendi"), 7),
            format!("Ana {coder}…")
        );
        // An accent typed apart stays on its letter.
        assert_eq!(fit("Nguye\u{302}\u{303}n Thi", 6), "Nguye\u{302}\u{303}…");
        // A wide letter that does not fit whole leaves its column blank, padded.
        assert_eq!(pad("山田太郎", 4), "山… ");
        for s in [
            format!("Ana {coder} Kelmendi"),
            format!("Ana {coder}\u{200d}\u{1f4bb} Kelmendi"),
            "山田 太郎".to_string(),
            "Nguye\u{302}\u{303}n Thi Lan".to_string(),
            "Петар Петровић".to_string(),
        ] {
            for cols in 0..16 {
                let p = pad(&s, cols);
                assert_eq!(width(&p), cols, "{s:?} padded to {cols}: {p:?}");
                // What the screen draws: the sum of its clusters.
                let drawn: usize = p
                    .graphemes(true)
                    .map(unicode_width::UnicodeWidthStr::width)
                    .sum();
                assert_eq!(drawn, cols, "{p:?}");
            }
        }
        let ranges = match_ranges("Nguye\u{302}\u{303}n", "nguyen");
        let runs = highlight_runs("Nguye\u{302}\u{303}n ok", &ranges);
        assert_eq!(
            runs,
            vec![
                ("Nguye\u{302}\u{303}n".to_string(), true),
                (" ok".to_string(), false)
            ]
        );
    }

    #[test]
    fn combining_marks_are_capped_per_letter() {
        // Vietnamese and composed accents pass untouched.
        let fine = "Nguye\u{302}\u{303}n Đorđević";
        assert_eq!(sanitize(fine), fine);
        assert_eq!(check_line(fine), Ok(()));
        let flood = format!("Z{}a", "\u{301}".repeat(290));
        let shown = sanitize(&flood);
        assert_eq!(shown, format!("Z{}a", "\u{301}".repeat(MAX_MARKS)));
        assert_eq!(check_line(&flood), Err(TextError::Marks(MAX_MARKS)));
        // The count starts again at each letter.
        let each = "e\u{301}\u{302}\u{303}\u{304}".repeat(3);
        assert_eq!(sanitize(&each), each);
        assert!(width(&shown) <= 2);
    }

    #[test]
    fn fast_fold_equals_the_general_one() {
        let cases = [
            "Đorđević Djordjevic dordevic Ђорђевић",
            "Şahin Çela Петровић ÇELA İSTANBUL Ömer Özlem Ayşe Yılmaz",
            "Arbër Zeqiri Bytyçi Ćosić Žujović Vuk Čolić ǴORǴI Ḱiro Ѓорѓи Ќосе",
            "ddjj djj gdjj dgjj kjj ǅ ǆ ǈ Ǉ ǲ ẞ Æsir Œuvre þorn łódź",
            "e\u{301}cole na\u{ef}ve 𝒜 ﬁ ẞ Ǳ \u{202e}evil\x1b[2J\u{200b}",
            "ℌ Ⓐ ﬀ Åström Ǻ Ǿ ǻ ǿ Ȁ ȁ ȧ ǡ ǭ",
        ];
        for c in cases {
            assert_eq!(fold(c), fold_general(c), "{c:?}");
        }
        for cp in (0u32..0x600).chain(0x1e00..0x1f00) {
            if let Some(ch) = char::from_u32(cp) {
                let s = format!("a{ch}j{ch}dj");
                assert_eq!(fold(&s), fold_general(&s), "U+{cp:04X}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_fold_equals_the_general_one_on_any_text(s in "\\PC{0,24}") {
            proptest::prop_assert_eq!(fold(&s), fold_general(&s));
        }
    }

    #[test]
    fn folds_the_regions_names() {
        assert_eq!(fold("Çela"), "cela");
        assert_eq!(fold("Đorđević"), "dordevic");
        assert_eq!(fold("djordjevic"), "dordevic");
        assert_eq!(fold("Ђорђевић"), "dordevic");
        assert_eq!(fold("Şahin"), "sahin");
        assert_eq!(fold("Петровић"), "petrovic");
        assert_eq!(fold("Ğülşen Yıldız"), "gulsen yildiz");
        assert_eq!(fold("Gjergj Kastrioti"), "gerg kastrioti");
        assert_eq!(fold("Ѓорѓи"), "gorgi");
        assert_eq!(fold("Këshilla"), "keshilla");
    }

    #[test]
    fn matches_tokens_in_any_order() {
        let h = fold("Ана Петровић");
        assert!(matches(&h, "petrovic"));
        assert!(matches(&h, "petr ana"));
        assert!(!matches(&h, "petrovski"));
        assert!(matches(&fold("Đorđević Marko"), "dordevic"));
        let n = Needle::new("ЂОРЂ  marko");
        assert!(n.matches(&fold("Đorđević Marko")));
        assert!(!n.matches(&fold("Đorđević Ana")));
        assert!(Needle::new("  ").is_empty() && Needle::new("  ").matches("anything"));
    }

    #[test]
    fn search_list_narrows_while_typing_and_widens_on_backspace() {
        let names = [
            "Đorđe Petrović",
            "Djordje Jovanović",
            "Ана Петровић",
            "Şule Öztürk",
        ];
        let mut list = SearchList::new(names);
        let mut typed = String::new();
        let mut seen = Vec::new();
        for c in "petrović ana".chars() {
            typed.push(c);
            let hits = list.filter(&typed).to_vec();
            // Every step gives what a fresh filter over all items gives.
            let fresh: Vec<usize> = (0..names.len())
                .filter(|&i| matches(&fold(names[i]), &typed))
                .collect();
            assert_eq!(hits, fresh, "after {typed:?}");
            seen.push(hits);
        }
        assert_eq!(seen[0], vec![0, 2], "\"p\" is in both Petrović spellings");
        assert_eq!(seen.last(), Some(&vec![2]));
        assert_eq!(list.filter("petrovi"), &[0, 2], "backspace widens again");
        assert_eq!(list.filter("đorđe"), &[0, 1]);
        assert_eq!(list.filter(""), &[0, 1, 2, 3]);
        assert!(Needle::new("petrović ana").narrows(&Needle::new("petr")));
        assert!(!Needle::new("petr").narrows(&Needle::new("petrović")));
    }

    #[test]
    fn sanitize_replaces_escape_sequences_and_bidi() {
        let s = sanitize("a\x1b]0;pwned\x07b\u{202e}c\u{9b}d\u{200b}e");
        assert!(!s.contains('\x1b'));
        assert!(!s.contains('\x07'));
        assert!(!s.contains('\u{202e}'));
        assert!(!s.contains('\u{9b}'));
        assert!(!s.contains('\u{200b}'));
        assert!(s.starts_with("a␛]0;pwned␇b"));
    }

    #[test]
    fn escape_json_keeps_the_data_and_hides_the_controls() {
        let v = "a\u{9b}b\u{202e}c\u{7f}\u{200b}";
        let json = serde_json::to_string_pretty(&[v]).expect("json");
        let safe = escape_json(&json);
        assert!(!safe.chars().any(|c| is_dangerous(c) && c != '\n'));
        let back: Vec<String> = serde_json::from_str(&safe).expect("still JSON");
        assert_eq!(back, [v]);
    }

    #[test]
    fn sanitize_borrows_clean_text() {
        assert!(matches!(
            sanitize("Đorđević"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn fit_cuts_by_columns_with_ellipsis() {
        assert_eq!(fit("Çela", 10), "Çela");
        assert_eq!(fit("Abcdefghij", 5), "Abcd…");
        assert_eq!(width(&fit("日本語日本語", 5)), 5);
        assert_eq!(pad("ab", 4), "ab  ");
    }

    #[test]
    fn check_refuses_controls() {
        assert!(check_line("Ana").is_ok());
        assert_eq!(check_line("a\x1b[2J"), Err(TextError::Control(0x1b)));
        assert_eq!(check_line("a\u{85}"), Err(TextError::Control(0x85)));
        assert_eq!(check_line("a\u{202e}"), Err(TextError::Invisible(0x202e)));
        assert!(check_multiline("line\nline").is_ok());
        assert!(check_line("line\nline").is_err());
    }

    #[test]
    fn match_ranges_map_back_to_original_chars() {
        assert_eq!(match_ranges("Ana Çela", "cela"), vec![(4, 8)]);
        assert_eq!(match_ranges("Петровић", "petr"), vec![(0, 4)]);
    }

    #[test]
    fn a_needle_finds_the_same_keys_in_an_arena_as_one_by_one() {
        let keys = [
            "ana cela ana@kwn.org kosovo womens network",
            "marko dordevic",
            "",
            "milica petrovic crta",
            "ana",
            "elif sahin kadin",
            "xa",
            "my",
        ];
        let mut arena = KeyArena::with_capacity(keys.len(), 0);
        for k in keys {
            arena.push(k);
        }
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(arena.key(i), *k);
        }
        assert_eq!(arena.key(keys.len()), "");
        for q in [
            "",
            "a",
            "ana",
            "an ce",
            "petrov crta",
            "x",
            "in",
            "ic a",
            "a m",
            "am",
            "ym",
        ] {
            let n = Needle::new(q);
            let one_by_one: Vec<u32> = keys
                .iter()
                .enumerate()
                .filter(|(_, k)| n.matches(k))
                .map(|(i, _)| i as u32)
                .collect();
            assert_eq!(n.hits(&arena), one_by_one, "query {q:?}");
        }
    }
}
