//! Country names as people write them, to one name per country for the figures by country.
//!
//! Survey forms and spreadsheets from the region give the same country as "Kosovo",
//! "Kosova", "Kosovë", "Republika e Kosovës" or "XK", and "Србија", "Srbija" or "Sırbistan".
//! The stored text stays as written; summaries and reports count each country once, under
//! its English name. Names prezenca does not know are counted as written (trimmed).

use std::borrow::Cow;

/// (English name, other names and codes as [`key`]s: folded, punctuation as `_`).
const COUNTRIES: &[(&str, &[&str])] = &[
    (
        "Albania",
        &[
            "albania",
            "shqiperia",
            "shqiperi",
            "republika e shqiperise",
            "albanija",
            "albanien",
            "arnavutluk",
            "al",
            "alb",
        ],
    ),
    (
        "Bosnia and Herzegovina",
        &[
            "bosnia and herzegovina",
            "bosnia herzegovina",
            "bosnia",
            "bih",
            "ba",
            "bosna i hercegovina",
            "bosna",
            "bosnja dhe hercegovina",
            "bosnje e hercegovine",
            "bosnja e hercegovina",
            "bosna hersek",
            "bosna ve hersek",
        ],
    ),
    (
        "Croatia",
        &[
            "croatia",
            "hrvatska",
            "republika hrvatska",
            "kroacia",
            "kroacija",
            "hirvatistan",
            "hr",
            "hrv",
        ],
    ),
    (
        "Kosovo",
        &[
            "kosovo",
            "kosova",
            "kosove",
            "republic of kosovo",
            "republika e kosoves",
            "republika kosovo",
            "xk",
            "xkx",
            "kosova cumhuriyeti",
        ],
    ),
    (
        "Montenegro",
        &[
            "montenegro",
            "crna gora",
            "mali i zi",
            "karadag",
            "me",
            "mne",
        ],
    ),
    (
        "North Macedonia",
        &[
            "north macedonia",
            "republic of north macedonia",
            "macedonia",
            "severna makedonija",
            "republika severna makedonija",
            "makedonija",
            "maqedonia e veriut",
            "maqedonia",
            "maqedoni e veriut",
            "kuzey makedonya",
            "makedonya",
            "mk",
            "mkd",
        ],
    ),
    (
        "Serbia",
        &[
            "serbia",
            "srbija",
            "republika srbija",
            "serbi",
            "sirbistan",
            "rs",
            "srb",
        ],
    ),
    (
        "Slovenia",
        &[
            "slovenia",
            "slovenija",
            "sllovenia",
            "slovenya",
            "si",
            "svn",
        ],
    ),
    // The name the UN and the EU use since 2022, and donors' reports with them.
    (
        "Türkiye",
        &[
            "turkey",
            "turkiye",
            "republic of turkiye",
            "turqia",
            "turqi",
            "turska",
            "tr",
            "tur",
        ],
    ),
    (
        "Bulgaria",
        &[
            "bulgaria",
            "bugarska",
            "bullgaria",
            "bulgaristan",
            "bg",
            "bgr",
        ],
    ),
    (
        "Greece",
        &["greece", "grcka", "greqia", "yunanistan", "gr", "grc"],
    ),
    (
        "Moldova",
        &[
            "moldova",
            "republic of moldova",
            "moldavija",
            "moldavia",
            "md",
            "mda",
        ],
    ),
    ("Georgia", &["georgia", "gruzija", "gurcistan", "ge", "geo"]),
    (
        "Ukraine",
        &["ukraine", "ukrajina", "ukraina", "ukrayna", "ua", "ukr"],
    ),
];

/// A name as a lookup key: folded (case, diacritics, Cyrillic to Latin), every run of other
/// characters one space, a trailing `*` (the EU's "Kosovo*") dropped.
fn key(s: &str) -> String {
    let out = crate::text::folded_words(s, ' ');
    // "the Republic of …" and "Republic of …" are the same name.
    out.strip_prefix("the ").map(str::to_string).unwrap_or(out)
}

/// The name under which `s` is counted: the English name of a country prezenca knows, else
/// `s` trimmed.
pub fn canonical(s: &str) -> Cow<'_, str> {
    let k = key(s);
    COUNTRIES
        .iter()
        .find(|(_, names)| names.contains(&k.as_str()))
        .map_or_else(|| Cow::Borrowed(s.trim()), |(name, _)| Cow::Borrowed(*name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_the_region_count_as_one_country() {
        for (written, want) in [
            ("Kosovo", "Kosovo"),
            ("Kosova", "Kosovo"),
            (" kosovë ", "Kosovo"),
            ("Republika e Kosovës", "Kosovo"),
            ("Kosovo*", "Kosovo"),
            ("XK", "Kosovo"),
            ("Србија", "Serbia"),
            ("Srbija", "Serbia"),
            ("Sırbistan", "Serbia"),
            ("Bosna i Hercegovina", "Bosnia and Herzegovina"),
            ("BiH", "Bosnia and Herzegovina"),
            ("Bosnia & Herzegovina", "Bosnia and Herzegovina"),
            ("Crna Gora", "Montenegro"),
            ("Mali i Zi", "Montenegro"),
            ("Северна Македонија", "North Macedonia"),
            ("Maqedonia e Veriut", "North Macedonia"),
            ("Shqipëria", "Albania"),
            ("Türkiye", "Türkiye"),
            ("Turkey", "Türkiye"),
            ("Turqia", "Türkiye"),
            ("the Republic of North Macedonia", "North Macedonia"),
        ] {
            assert_eq!(canonical(written), want, "{written}");
        }
        // Unknown names count as written.
        assert_eq!(canonical(" Atlantis "), "Atlantis");
        assert_eq!(canonical(""), "");
    }

    #[test]
    fn every_alias_is_written_as_a_key() {
        for (name, names) in COUNTRIES {
            assert_eq!(canonical(name), *name);
            assert!(
                names.contains(&key(name).as_str()),
                "{name} not among its own names"
            );
            for n in *names {
                assert_eq!(key(n), *n, "alias of {name} not in key form");
            }
        }
    }
}
