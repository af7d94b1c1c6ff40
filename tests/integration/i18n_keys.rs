//! Every translation key the code uses exists in every language file, and every language
//! file has the same keys: adding a string without translating it fails here.

use std::collections::BTreeSet;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read src").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Keys used as `t!("key"` or `tr("key"` / `tr_args("key"` / `tr_in(…, "key"`.
fn used_keys() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut keys = BTreeSet::new();
    for f in files {
        let src = std::fs::read_to_string(&f).expect("read");
        for pat in ["t!(\"", "tr(\"", "tr_args(\"", "tkey(\""] {
            let mut rest = src.as_str();
            while let Some(i) = rest.find(pat) {
                let before = rest[..i].chars().next_back();
                rest = &rest[i + pat.len()..];
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                if let Some(end) = rest.find('"') {
                    let k = &rest[..end];
                    if k.contains('-')
                        && k.chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        keys.insert(k.to_string());
                    }
                }
            }
        }
    }
    keys
}

#[test]
fn every_used_key_is_translated_in_every_language() {
    let ids = prezenca::i18n::all_ids();
    assert!(ids.len() >= 2, "at least English and Albanian");
    let used = used_keys();
    for (code, list) in &ids {
        let have: BTreeSet<String> = list.iter().cloned().collect();
        let missing: Vec<&String> = used.iter().filter(|k| !have.contains(*k)).collect();
        assert!(
            missing.is_empty(),
            "{code}.ftl lacks keys used in code: {missing:?}"
        );
    }
}

#[test]
fn no_key_is_defined_twice_in_a_language_file() {
    // Fluent keeps the first of two messages with one key and drops the second without a
    // word, so a second definition is a translation nobody ever sees.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for e in std::fs::read_dir(&dir).expect("locales").flatten() {
        let text = std::fs::read_to_string(e.path()).expect("read");
        let mut seen = BTreeSet::new();
        let twice: Vec<&str> = text
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k))
            .filter(|k| {
                !k.is_empty()
                    && k.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
            .filter(|k| !seen.insert(*k))
            .collect();
        assert!(twice.is_empty(), "{}: {twice:?}", e.path().display());
    }
}
