//! Summaries and reports in the language of `--lang`: Albanian for a local partner, English
//! for a donor, from the same data; dates and percentages by the language's conventions in
//! Markdown and HTML, CSV and JSON the same in every language. Real processes on the
//! hand-built fixture, clock fixed, locale variables removed so the machine's locale cannot
//! choose the language.

use crate::summary_support;

use summary_support::{Db, ok as ok_env, on_disk as fixture, run as run_env};

/// After the event (the clock of the English snapshots in `summary_cli`).
const AFTER: &str = "2026-03-05T10:00";
/// The morning of the second day: some participants are at risk of no certificate.
const DURING: &str = "2026-03-03T09:30";

fn ok(db: &Db, args: &[&str]) -> String {
    ok_env(db, args, AFTER, &[])
}

const REPORT: [&str; 8] = [
    "report",
    "--from",
    "2026-01-01",
    "--to",
    "31.12.2026",
    "--project",
    "EU-CS",
    "--min-cell",
];

/// `--lang <lang> summary PR-2026-03-ADV --format <format>`: the fixture's event summary.
fn summary_args<'a>(lang: &'a str, format: &'a str) -> [&'a str; 6] {
    [
        "--lang",
        lang,
        "summary",
        "PR-2026-03-ADV",
        "--format",
        format,
    ]
}

fn report_args<'a>(lang: &'a str, format: &'a str) -> Vec<&'a str> {
    let mut a = vec!["--lang", lang];
    a.extend(REPORT);
    a.extend(["2", "--format", format]);
    a
}

#[test]
fn summary_in_albanian_md_and_html() {
    let db = fixture();
    for format in ["md", "html"] {
        let text = ok(&db, &summary_args("sq", format));
        insta::assert_snapshot!(format!("summary_sq_{format}"), text);
    }
}

#[test]
fn report_in_albanian_md_and_html() {
    let db = fixture();
    for format in ["md", "html"] {
        let text = ok(&db, &report_args("sq", format));
        insta::assert_snapshot!(format!("report_sq_{format}"), text);
    }
}

#[test]
fn english_is_the_default_and_wins_over_an_albanian_locale() {
    // The English snapshots live in `summary_cli` (no `--lang`, no locale): `--lang en` must
    // give exactly those, even on a machine whose locale is Albanian.
    let db = fixture();
    let sq_env = [("LANG", "sq_AL.UTF-8")];
    for format in ["md", "html"] {
        let default = ok(&db, &["summary", "PR-2026-03-ADV", "--format", format]);
        let en = ok_env(&db, &summary_args("en", format), AFTER, &sq_env);
        assert_eq!(en, default, "{format}");
        let from_locale = ok_env(
            &db,
            &["summary", "PR-2026-03-ADV", "--format", format],
            AFTER,
            &sq_env,
        );
        let sq = ok(&db, &summary_args("sq", format));
        assert_eq!(
            from_locale, sq,
            "the locale chooses Albanian without --lang"
        );
        assert_ne!(sq, en);

        let mut default_args = report_args("en", format);
        default_args.drain(..2);
        let default = ok(&db, &default_args);
        let en = ok_env(&db, &report_args("en", format), AFTER, &sq_env);
        assert_eq!(en, default, "report {format}");
    }
}

#[test]
fn albanian_figures_dates_and_words() {
    let db = fixture();
    let md = ok(&db, &summary_args("sq", "md"));
    for want in [
        "| Datat                 | 02.03.2026 – 04.03.2026 |",
        "| Pragu për certifikatë | 80,0%",
        "Kualifikohen për certifikatë (të paktën 80,0%)",
        "| Vijimi mesatar për seancë",
        "61,1%",
        "|   1 | 02.03.2026 |",
        "66,7%",
        "| femër ",
        "| e padeklaruar ",
        "| pa të dhëna ",
        "Mira Hoxha (pa regjistrim paraprak)",
        "| trajner ",
        "## Mungesat (të regjistruar që nuk erdhën asnjëherë)",
        "| Të hapura ",
        "| po ",
        "| jo ",
    ] {
        assert!(md.contains(want), "missing {want:?} in\n{md}");
    }
    for english in [
        "Key figures",
        "Registered",
        "female",
        "unknown",
        "walk-in",
        "| trainer ",
        "| yes ",
        "| no ",
        "2026-03-02",
        "61.1%",
    ] {
        assert!(!md.contains(english), "{english:?} left in English:\n{md}");
    }

    let html = ok(&db, &summary_args("sq", "html"));
    assert!(html.contains("<html lang=\"sq\">"), "{html}");
    assert!(html.contains("<h2>Shifrat kryesore</h2>"));
    assert!(html.contains("aria-label=\"Shkalla e vijimit për çdo seancë\""));
    assert!(html.contains("<title>Seanca 1 (02.03.2026): 50,0% e të regjistruarve</title>"));
    assert!(
        html.contains(">66,7%</text>"),
        "chart labels in Albanian format"
    );
    assert!(!html.contains("lang=\"en\""));

    let report = ok(&db, &report_args("sq", "md"));
    assert!(
        report.starts_with("# Raporti për periudhën 01.01.2026 – 31.12.2026, projekti EU-CS\n"),
        "{report}"
    );
    assert!(report.contains("| trajnim "), "{report}");
    assert!(report.contains("| rrjetëzim "), "{report}");
}

#[test]
fn small_cells_show_the_same_in_both_languages() {
    let db = fixture();
    for format in ["md", "html"] {
        let sq = ok(&db, &report_args("sq", format));
        let en = ok(&db, &report_args("en", format));
        let cells = |s: &str, lt: &str| s.matches(&format!("{lt}2")).count();
        let lt = if format == "html" { "&lt;" } else { "<" };
        assert!(cells(&en, lt) > 0, "the fixture has small cells: {en}");
        assert_eq!(cells(&sq, lt), cells(&en, lt), "{format}");
    }
}

#[test]
fn at_risk_sentences_agree_with_how_many_are_named() {
    let db = fixture();
    let md = ok_env(&db, &summary_args("sq", "md"), DURING, &[]);
    let en = ok_env(&db, &summary_args("en", "md"), DURING, &[]);
    let json = ok_env(
        &db,
        &["summary", "PR-2026-03-ADV", "--format", "json"],
        DURING,
        &[],
    );
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    let n = |k: &str| v["at_risk"][k].as_array().map_or(0, Vec::len);
    let (cannot, one_more) = (n("cannot_reach"), n("one_more_miss"));
    assert!(
        cannot + one_more > 0,
        "the fixture has someone at risk: {json}"
    );
    assert!(md.contains("## Në rrezik të mbeten pa certifikatë"), "{md}");
    assert!(en.contains("## At risk of no certificate"), "{en}");
    let line = |one: &str, many: &str, count: usize| {
        if count == 1 {
            assert!(md.contains(&format!("- {one}: ")), "{md}");
        } else if count > 1 {
            assert!(md.contains(&format!("- {many}: ")), "{md}");
        }
    };
    line(
        "Nuk mund ta arrijë më pragun",
        "Nuk mund ta arrijnë më pragun",
        cannot,
    );
    line(
        "E humbet nëse mungon edhe në një seancë",
        "E humbasin nëse mungojnë edhe në një seancë",
        one_more,
    );
}

#[test]
fn csv_and_json_are_the_same_in_every_language() {
    let db = fixture();
    for format in ["csv", "json"] {
        let en = ok(&db, &summary_args("en", format));
        let sq = ok(&db, &summary_args("sq", format));
        assert_eq!(sq, en, "summary {format}");
        assert!(sq.contains("2026-03-02") && !sq.contains("02.03.2026"));
        assert!(!sq.contains("66,7"));
        let en = ok(&db, &report_args("en", format));
        let sq = ok(&db, &report_args("sq", format));
        assert_eq!(sq, en, "report {format}");
    }
    let en = ok(
        &db,
        &[
            "--lang",
            "en",
            "summary",
            "PR-2026-03-ADV",
            "--certificates",
        ],
    );
    let sq = ok(
        &db,
        &[
            "--lang",
            "sq",
            "summary",
            "PR-2026-03-ADV",
            "--certificates",
        ],
    );
    assert_eq!(sq, en);
    assert!(sq.starts_with("name,email,organisation,sessions_attended\n"));
}

#[test]
fn close_speaks_albanian_with_the_right_plural() {
    let db = fixture();
    let out = run_env(
        &db,
        &[
            "--lang",
            "sq",
            "close",
            "PR-2026-03-ADV",
            "--owner",
            "besa",
            "--due",
            "2026-03-20",
        ],
        AFTER,
        &[],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown = String::from_utf8(out.stdout).expect("utf-8");
    assert!(shown.starts_with("# PR-2026-03-ADV: "), "{shown}");
    assert!(shown.contains("## Shifrat kryesore"), "{shown}");
    let said = String::from_utf8(out.stderr).expect("utf-8");
    assert!(
        said.contains(
            "PR-2026-03-ADV u mbyll: u krijuan 7 ndjekje të reja – 1 për certifikatë, 1 për kontakt, 5 për vlerësim (ndryshimi nr. "
        ),
        "{said}"
    );
    assert!(said.contains(", mund të zhbëhet)"), "{said}");

    let again = run_env(
        &db,
        &["--lang", "sq", "close", "PR-2026-03-ADV", "--owner", "besa"],
        AFTER,
        &[],
    );
    assert_eq!(again.status.code(), Some(0));
    let said = String::from_utf8(again.stderr).expect("utf-8");
    assert!(
        said.contains("PR-2026-03-ADV u mbyll: nuk ka ndjekje të reja për të krijuar"),
        "{said}"
    );
    // Closed, the event's status reads as Albanian too.
    let md = ok(&db, &summary_args("sq", "md"));
    assert!(
        md.contains("| Statusi               | e përfunduar"),
        "{md}"
    );
}
