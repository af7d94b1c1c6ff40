//! `benches/report.sql` computes the same report as `prezenca report`: the SQLite comparison
//! in BENCHMARKS.md measures equal work.

#[path = "../../benches/common/mod.rs"]
mod common;

use std::collections::BTreeMap;

use prezenca::backend::local::LocalBackend;
use prezenca::core::Queries;
use time::macros::date;

#[test]
fn sqlite_report_matches_the_core_report_on_the_small_dataset() {
    if std::process::Command::new("sqlite3")
        .arg("-version")
        .output()
        .is_err()
    {
        panic!("sqlite3 is needed for this test (CI installs it)");
    }
    let (path, _) = common::dataset("small");
    let sqlite = common::sqlite_copy(&path);
    let out = common::sqlite_report(&sqlite);

    let mut b = LocalBackend::open_read_only(&path).expect("open dataset");
    let rep = b
        .report(date!(2000 - 01 - 01), date!(2100 - 12 - 31), None)
        .expect("report");

    let mut scalars: BTreeMap<String, u64> = BTreeMap::new();
    let mut kinds = BTreeMap::new();
    let mut genders = BTreeMap::new();
    let mut countries = BTreeMap::new();
    let mut rates = Vec::new();
    for line in out.lines() {
        let f: Vec<&str> = line.split('|').collect();
        let num = |s: &str| s.parse::<u64>().expect("count");
        match f.as_slice() {
            ["kind", k, n] => {
                kinds.insert(k.to_string(), num(n));
            }
            ["gender", g, n] => {
                genders.insert(g.to_string(), num(n));
            }
            ["country", c, n] => {
                countries.insert(c.to_string(), num(n));
            }
            ["rate", code, r] => rates.push((code.to_string(), r.parse::<f64>().expect("rate"))),
            [k, n] => {
                scalars.insert(k.to_string(), num(n));
            }
            other => panic!("unexpected line {other:?}"),
        }
    }
    assert_eq!(scalars["events"], rep.events);
    assert_eq!(scalars["person_days"], rep.person_days);
    assert_eq!(scalars["unique_participants"], rep.unique_participants);
    assert_eq!(
        scalars["returning_participants"],
        rep.returning_participants
    );
    assert_eq!(scalars["unique_organisations"], rep.unique_organisations);
    assert_eq!(kinds, rep.events_by_kind);
    assert_eq!(genders, rep.by_gender);
    assert_eq!(countries, rep.by_country);
    let core: Vec<(String, f64)> = rep
        .events_by_rate
        .iter()
        .map(|e| (e.code.clone(), e.average_rate))
        .collect();
    assert_eq!(rates, core);
    assert!(rep.person_days > 0 && rep.returning_participants > 0);
}

#[test]
fn a_project_report_adds_up_the_event_summaries() {
    let (path, _) = common::dataset("small");
    let mut b = LocalBackend::open_read_only(&path).expect("open dataset");
    let events = b.events().expect("events");
    let project = events
        .iter()
        .find(|(_, e)| e.code != prezenca::datagen::FLAGSHIP_CODE)
        .map(|(_, e)| e.project.clone())
        .expect("an event");
    let rep = b
        .report(
            date!(2000 - 01 - 01),
            date!(2100 - 12 - 31),
            Some(project.to_lowercase()),
        )
        .expect("report");
    let mut person_days = 0;
    let mut n = 0;
    for (id, e) in &events {
        if e.project == project {
            n += 1;
            person_days += b
                .summary(*id, time::macros::datetime!(2030-01-01 00:00))
                .expect("summary")
                .person_days;
        }
    }
    assert_eq!(rep.events, n);
    assert_eq!(rep.person_days, person_days);
    assert_eq!(rep.by_gender.values().sum::<u64>(), rep.unique_participants);
    assert!(rep.unique_participants > 0);
}
