//! The fuzz targets of `fuzz/` as property tests that run under `cargo test`: arbitrary text,
//! dates and stored bytes never make prezenca panic. `PROPTEST_CASES=N` runs more cases.

use crate::support;

use prezenca::domain::*;
use prezenca::store::codec::{decode, encode};
use prezenca::text;
use proptest::prelude::*;

fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// Text weighted towards what hurts: controls, C1, bidi, zero-width, combining marks, wide
/// characters, the region's letters.
fn nasty_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("\x1b]0;pwned\x07".to_string()),
        Just("\x1b[2J".to_string()),
        Just("\u{9b}".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{301}".to_string()),
        Just("日本".to_string()),
        Just("Đorđević".to_string()),
        Just("Ђорђевић".to_string()),
        Just("\r\n".to_string()),
        any::<char>().prop_map(String::from),
        "[a-zA-Z0-9 :./,%-]{0,6}",
    ];
    proptest::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn text_functions_never_panic_and_sanitize_leaves_nothing_dangerous(s in nasty_text()) {
        let clean = text::sanitize(&s);
        prop_assert!(!clean.chars().any(support::forbidden), "{clean:?}");
        prop_assert!(!clean.contains(['\n', '\r', '\t']));
        let again = text::sanitize(&clean).into_owned();
        prop_assert_eq!(again.as_str(), clean.as_ref());
        for cols in [0usize, 1, 2, 7, 80] {
            let f = text::fit(&s, cols);
            prop_assert!(text::width(&f) <= cols);
            prop_assert!(!f.chars().any(support::forbidden));
            prop_assert!(!text::pad(&s, cols).chars().any(support::forbidden));
        }
        let folded = text::fold(&s);
        prop_assert!(!folded.chars().any(support::forbidden));
        let _ = text::matches(&folded, &s);
        let n = s.chars().count();
        for (a, b) in text::match_ranges(&s, &s) {
            prop_assert!(a < b && b <= n);
        }
        // Validation refuses exactly what sanitising would have to replace on one line.
        if text::check_line(&s).is_ok() {
            prop_assert!(matches!(text::sanitize(&s), std::borrow::Cow::Borrowed(_)));
        }
        let _ = text::check_multiline(&s);
    }

    #[test]
    fn escaped_json_is_the_same_data_with_nothing_dangerous(s in nasty_text()) {
        let json = serde_json::to_string_pretty(&serde_json::json!({ "name": s })).expect("json");
        let safe = text::escape_json(&json);
        prop_assert!(!safe.chars().any(support::forbidden));
        let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
        prop_assert_eq!(back["name"].as_str(), Some(s.as_str()));
    }

    #[test]
    fn date_time_and_threshold_parsers_never_panic(s in "\\PC{0,24}", t in "[0-9./:%, -]{0,12}") {
        for x in [&s, &t] {
            let _ = parse_date(x);
            let _ = parse_time(x);
            if let Some(v) = parse_threshold(x) {
                prop_assert!(v <= 1000);
            }
        }
    }

    #[test]
    fn decoding_arbitrary_bytes_is_an_error_not_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
        decode_all(&bytes);
    }

    #[test]
    fn decoding_damaged_records_is_an_error_not_a_panic(
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6),
        cut in any::<usize>(),
        which in 0usize..8,
    ) {
        let mut bytes = sample_records().swap_remove(which);
        for (at, x) in flips {
            if !bytes.is_empty() {
                let i = at % bytes.len();
                bytes[i] ^= x;
            }
        }
        decode_all(&bytes);
        let cut = cut % (bytes.len() + 1);
        decode_all(&bytes[..cut]);
    }
}

fn decode_all(bytes: &[u8]) {
    let _ = decode::<Event>(bytes, "event", 0);
    let _ = decode::<Session>(bytes, "session", 0);
    let _ = decode::<Organisation>(bytes, "organisation", 0);
    let _ = decode::<Participant>(bytes, "participant", 0);
    let _ = decode::<Registration>(bytes, "registration", 0);
    let _ = decode::<Mark>(bytes, "mark", 0);
    let _ = decode::<FollowUp>(bytes, "follow-up", 0);
    let _ = decode::<AuditEntry>(bytes, "audit", 0);
}

/// One encoded record of every stored type.
fn sample_records() -> Vec<Vec<u8>> {
    let ev = support::event("ADV-1");
    let p = support::person("Ana Çela", "ana@example.org", "+383 44 111 222");
    let session = Session {
        event: 1,
        date: ev.start,
        start: time::Time::MIDNIGHT,
        end: time::Time::from_hms(17, 0, 0).expect("t"),
        title: "Day 1".into(),
    };
    let mark = Mark {
        status: MarkStatus::Late,
        arrived_at: Some(time::Time::from_hms(9, 20, 0).expect("t")),
        reason: "bus".into(),
        by: "trainer".into(),
        at: 1_772_000_000,
        left_at: None,
    };
    let followup = FollowUp {
        event: 1,
        participant: Some(2),
        organisation: None,
        title: "Send certificate".into(),
        kind: FollowUpKind::Certificate,
        owner: "trainer".into(),
        due: Some(ev.end),
        status: FollowUpStatus::Open,
        notes: String::new(),
        certificate: None,
    };
    let audit = AuditEntry {
        at: 1_772_000_000,
        who: "trainer".into(),
        what: "mark Ana Çela late".into(),
        changes: vec![Change {
            key: RecordKey::Participant(2),
            before: None,
            after: After::Image(Record::Participant(p.clone())),
        }],
        undoes: None,
    };
    vec![
        encode(&ev),
        encode(&session),
        encode(&Organisation {
            name: "Civikos".into(),
            acronym: "CVK".into(),
            kind: OrgKind::Network,
            city: "Prishtina".into(),
            country: "Kosovo".into(),
        }),
        encode(&p),
        encode(&Registration::default()),
        encode(&mark),
        encode(&followup),
        encode(&audit),
    ]
}

#[test]
fn damaged_records_in_the_file_are_reported_by_check_and_errors_elsewhere() {
    use prezenca::core::{Backend, Queries};
    let dir = support::tmp();
    let db = support::db_in(&dir);
    let s = support::seed(&db, 2);
    {
        let b = prezenca::backend::local::LocalBackend::open(&db).expect("open");
        let w = b.db().writable().expect("rw").begin_write().expect("w");
        {
            let mut t = w
                .open_table(prezenca::store::schema::PARTICIPANTS)
                .expect("t");
            t.insert(s.people[0], [0xffu8, 0xff, 0xff].as_slice())
                .expect("damage");
            let mut m = w.open_table(prezenca::store::schema::MARKS).expect("m");
            m.insert((s.sessions[0], s.people[1]), [7u8].as_slice())
                .expect("damage");
        }
        w.commit().expect("commit");
    }
    let out = support::run(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = support::stderr(&out);
    assert!(
        err.contains(&format!("damaged participant record {}", s.people[0])),
        "{err}"
    );
    assert!(err.contains("damaged mark record"), "{err}");
    let out = support::run(&db, &["summary", s.code, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(support::stderr(&out).contains("damaged"));
    let mut b = prezenca::backend::local::LocalBackend::open(&db).expect("open");
    assert!(b.participants().is_err());
    assert!(b.read_only() || b.summary(s.event, support_now()).is_err());
}

fn support_now() -> time::PrimitiveDateTime {
    time::macros::datetime!(2026-03-02 09:30)
}

/// Writes one encoded record of every stored type to `fuzz/corpus/codec`, as seeds.
#[test]
#[ignore = "regenerates the fuzz corpus"]
fn write_codec_corpus() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/codec");
    std::fs::create_dir_all(&dir).expect("dir");
    for (i, r) in sample_records().into_iter().enumerate() {
        std::fs::write(dir.join(format!("record-{i}")), r).expect("write");
    }
}
