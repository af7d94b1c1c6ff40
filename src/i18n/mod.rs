//! The interface language: Fluent translation files in `locales/` (one file per language,
//! embedded at build time), the language choice, and locale-aware dates and percentages for
//! the human formats (CSV and JSON stay locale-free).
//!
//! Fluent was chosen because its plural and select rules are CLDR's (Albanian and English
//! plurals, and Serbian/Macedonian/Turkish later, come out right without code), and
//! translators edit plain `.ftl` files.

use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use time::Date;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language used when nothing else is chosen, and for keys a translation lacks.
pub const DEFAULT: &str = "en";

struct Catalog {
    codes: Vec<&'static str>,
    bundles: Vec<FluentBundle<FluentResource>>,
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let mut codes = Vec::new();
        let mut bundles = Vec::new();
        for (code, src) in LOCALES {
            let lang: unic_langid::LanguageIdentifier = code
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut b = FluentBundle::new_concurrent(vec![lang]);
            // Isolation marks (U+2068/2069) would reach the terminal around every argument.
            b.set_use_isolating(false);
            let res = match FluentResource::try_new((*src).to_string()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = b.add_resource(res);
            codes.push(*code);
            bundles.push(b);
        }
        Catalog { codes, bundles }
    })
}

static CURRENT: AtomicUsize = AtomicUsize::new(usize::MAX);

/// The languages available (codes of the files in `locales/`).
pub fn available() -> Vec<&'static str> {
    catalog().codes.clone()
}

fn index_of(code: &str) -> Option<usize> {
    catalog().codes.iter().position(|c| *c == code)
}

/// The language code in a locale name: `sq_XK.UTF-8` → `sq`, `en-GB` → `en`.
pub fn language_of(locale: &str) -> String {
    locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .trim()
        .to_lowercase()
}

/// Chooses the language: `--lang`, then the config file, then `LC_ALL`, `LC_MESSAGES`,
/// `LANG`; English when none names a language we have.
pub fn resolve(cli: Option<&str>, config: Option<&str>) -> &'static str {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    let candidates = [
        cli.map(String::from),
        config.map(String::from),
        env("LC_ALL"),
        env("LC_MESSAGES"),
        env("LANG"),
    ];
    for c in candidates.into_iter().flatten() {
        let l = language_of(&c);
        if let Some(i) = index_of(&l) {
            return catalog().codes[i];
        }
        if l == "c" || l == "posix" {
            continue;
        }
    }
    DEFAULT
}

/// Sets the language for this process; in a thread that has a language of its own (see
/// [`set_for_thread`]), for that thread, so the switch it asked for is the one it sees.
pub fn set(code: &str) {
    if let Some(i) = index_of(&language_of(code)) {
        if THREAD.with(|t| t.get().is_some()) {
            THREAD.with(|t| t.set(Some(i)));
        } else {
            CURRENT.store(i, Ordering::Relaxed);
        }
    }
}

thread_local! {
    /// A language for this thread only, over the process's: the server applies each
    /// request in its client's language while its own log stays in the server's.
    static THREAD: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

/// Sets (or with `None` clears) the language of the calling thread only.
pub fn set_for_thread(code: Option<&str>) {
    let i = code.and_then(|c| index_of(&language_of(c)));
    THREAD.with(|t| t.set(i));
}

/// The current language code: the thread's, else the process's.
pub fn current() -> &'static str {
    let i = THREAD
        .with(std::cell::Cell::get)
        .unwrap_or_else(|| CURRENT.load(Ordering::Relaxed));
    catalog().codes.get(i).copied().unwrap_or(DEFAULT)
}

/// The next language in the list (the TUI's switch key).
pub fn next_language() -> &'static str {
    let codes = &catalog().codes;
    let i = codes.iter().position(|c| *c == current()).unwrap_or(0);
    codes
        .get((i + 1) % codes.len().max(1))
        .copied()
        .unwrap_or(DEFAULT)
}

fn format_in(code: &str, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let c = catalog();
    let i = index_of(code)?;
    let b = &c.bundles[i];
    let msg = b.get_message(key)?;
    let pattern = msg.value()?;
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, args, &mut errors).into_owned())
}

/// Translates `key` in language `code`, falling back to English, then to the key itself.
pub fn tr_in(code: &str, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        fa.set(*k, v.clone());
    }
    let a = if args.is_empty() { None } else { Some(&fa) };
    format_in(code, key, a)
        .or_else(|| format_in(DEFAULT, key, a))
        .unwrap_or_else(|| key.to_string())
}

/// Translates `key` in the current language.
pub fn tr(key: &str) -> String {
    tr_in(current(), key, &[])
}

/// Translates `key` with arguments in the current language.
pub fn tr_args(key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    tr_in(current(), key, args)
}

/// `t!("key")` or `t!("key", name = value, count = n)`: a translated string.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::tr($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args($key, &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+])
    };
}

/// Locale conventions for the human formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub code: &'static str,
}

impl Locale {
    pub fn current() -> Self {
        Locale { code: current() }
    }

    pub fn of(code: &str) -> Self {
        Locale {
            code: index_of(&language_of(code)).map_or(DEFAULT, |i| catalog().codes[i]),
        }
    }

    fn decimal_comma(&self) -> bool {
        // CLDR: most of the region writes 87,5 (sq, sr, mk, bs, hr, tr); English 87.5.
        self.code != "en"
    }

    /// A date the way the language writes it: `2026-11-23` in English, `23.11.2026` in
    /// Albanian and the region's other languages.
    pub fn date(&self, d: Date) -> String {
        if self.code == "en" {
            crate::domain::iso_date(d)
        } else {
            format!("{:02}.{:02}.{:04}", d.day(), u8::from(d.month()), d.year())
        }
    }

    /// A number with one decimal: `87.5` / `87,5`.
    pub fn decimal1(&self, v: f64) -> String {
        let s = format!("{v:.1}");
        if self.decimal_comma() {
            s.replace('.', ",")
        } else {
            s
        }
    }

    /// A percentage with one decimal: `87.5%` / `87,5%`.
    pub fn pct(&self, v: f64) -> String {
        format!("{}%", self.decimal1(v))
    }
}

/// Message ids of a Fluent source (for the completeness check).
pub fn message_ids(src: &str) -> Vec<String> {
    src.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_string()))
        .collect()
}

/// Every language's message ids, for tests and `prezenca --lang` validation.
pub fn all_ids() -> HashMap<&'static str, Vec<String>> {
    LOCALES
        .iter()
        .map(|(code, src)| (*code, message_ids(src)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_resolve() {
        assert_eq!(language_of("sq_XK.UTF-8"), "sq");
        assert_eq!(language_of("sq_AL"), "sq");
        assert_eq!(language_of("en-GB"), "en");
        assert_eq!(resolve(Some("sq"), None), "sq");
        assert_eq!(resolve(Some("xx"), Some("sq_AL.UTF-8")), "sq");
    }

    #[test]
    fn albanian_numbers_and_dates() {
        let sq = Locale::of("sq");
        let en = Locale::of("en");
        let d = time::macros::date!(2026 - 11 - 23);
        assert_eq!(sq.date(d), "23.11.2026");
        assert_eq!(en.date(d), "2026-11-23");
        assert_eq!(sq.pct(87.5), "87,5%");
        assert_eq!(en.pct(87.5), "87.5%");
    }

    #[test]
    fn plurals_follow_the_language() {
        let one = tr_in("en", "participants-count", &[("count", 1.into())]);
        let many = tr_in("en", "participants-count", &[("count", 5.into())]);
        assert_eq!(one, "1 participant");
        assert_eq!(many, "5 participants");
        assert_eq!(
            tr_in("sq", "participants-count", &[("count", 1.into())]),
            "1 pjesëmarrës"
        );
        assert_eq!(
            tr_in("sq", "participants-count", &[("count", 5.into())]),
            "5 pjesëmarrës"
        );
    }

    #[test]
    fn every_language_has_every_key() {
        let ids = all_ids();
        let en: std::collections::BTreeSet<_> = ids[DEFAULT].iter().cloned().collect();
        assert!(!en.is_empty());
        for (code, list) in &ids {
            let set: std::collections::BTreeSet<_> = list.iter().cloned().collect();
            let missing: Vec<_> = en.difference(&set).collect();
            let extra: Vec<_> = set.difference(&en).collect();
            assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{code}.ftl has keys English lacks: {extra:?}"
            );
        }
    }

    #[test]
    fn a_thread_language_stays_in_its_thread() {
        let other = std::thread::spawn(|| {
            set_for_thread(Some("sq_XK.UTF-8"));
            let here = current();
            set_for_thread(None);
            (here, THREAD.with(std::cell::Cell::get))
        })
        .join()
        .expect("thread");
        assert_eq!(other.0, "sq");
        assert_eq!(other.1, None, "cleared: back to the process's language");
        assert_eq!(
            THREAD.with(std::cell::Cell::get),
            None,
            "another thread's choice does not reach this one"
        );
    }

    #[test]
    fn no_isolation_marks_reach_the_terminal() {
        let s = tr_in("en", "participants-count", &[("count", 3.into())]);
        assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'));
    }
}
