//! Every figure of the summary and of the report on the hand-built fixture, counted by hand
//! (the table is in `summary_support/mod.rs`), and `close` with its undo.

use crate::summary_support;

use prezenca::core::{Backend, Command, Queries};
use prezenca::domain::summary::Summary;
use prezenca::domain::*;
use prezenca::report::{self, Format, Options};
use serde_json::json;
use time::PrimitiveDateTime;
use time::macros::{date, datetime};

const NOW: PrimitiveDateTime = datetime!(2026-03-05 10:00);

/// One participant row: name, email, organisation, gender, country; attended of 3,
/// rate; eligible, walk-in. Every session of event A is 8 hours, counted whole. Nobody in
/// the fixture was checked out at the door: no leaving times.
fn participant(who: [&str; 5], attended: u64, rate: f64, flags: [bool; 2]) -> serde_json::Value {
    let [name, email, org, gender, country] = who;
    json!({"name": name, "email": email, "organisation": org, "gender": gender,
           "country": country, "attended": attended, "sessions": 3, "rate": rate,
           "eligible": flags[0], "walk_in": flags[1], "left": [],
           "hours": attended as f64 * 8.0})
}

#[test]
fn summary_json_of_event_a_is_the_hand_count() {
    let (_d, mut b, f) = summary_support::open();
    let s = b.summary(f.a, NOW).expect("summary");
    let got: serde_json::Value = serde_json::from_str(
        &report::summary(&s, Format::Json, &Options::default()).expect("json"),
    )
    .expect("valid json");
    let session = |n: usize, date: &str, counts: [u64; 7], rate: f64| {
        json!({"number": n, "date": date, "start": "09:00", "end": "17:00",
               "title": format!("Day {n}"), "present": counts[0], "late": counts[1],
               "left_early": counts[2], "excused": counts[3], "absent": counts[4],
               "unmarked": counts[5], "attended": counts[6], "rate": rate})
    };
    let petar = participant(
        ["Петар Петровић", "", "Mreža Mladih", "male", "Montenegro"],
        0,
        0.0,
        [false, false],
    );
    let want = json!({
        "event": {"code": "PR-2026-03-ADV", "title": "Advocacy & <policy> basics",
                  "kind": "training", "city": "Prishtina", "country": "Kosovo",
                  "venue": "Hotel Sirius", "start": "2026-03-02", "end": "2026-03-04",
                  "project": "EU-CS", "status": "running", "threshold": 0.8},
        // Registered = P1..P6 (P7 cancelled, P8 trainer) = 6.
        // S1: present P1 P5, late P2, excused P3, absent P4, unmarked P6 -> 3/6 = 50.0
        // S2: present P1 P3 P6, left early P2, absent P4, unmarked P5 -> 4/6 = 66.7
        // S3: present P1 P2 P5 P6, absent P3, unmarked P4 -> 4/6 = 66.7
        "sessions": [
            session(1, "2026-03-02", [2, 1, 0, 1, 1, 1, 3], 50.0),
            session(2, "2026-03-03", [3, 0, 1, 0, 1, 1, 4], 66.7),
            session(3, "2026-03-04", [4, 0, 0, 0, 1, 1, 4], 66.7),
        ],
        "registered": 6,
        // Everyone but P4.
        "attended_any": 5,
        // 3 of 3 needed (0.8 x 3 = 2.4 -> 3): P1, P2.
        "certificate_eligible": 2,
        // 3 + 3 + 1 + 0 + 2 + 2.
        "person_days": 11,
        // The same 11 attended sessions, 8 hours each.
        "person_hours": 88.0,
        // 11 attended of 6 x 3 = 18 -> 61.11 -> 61.1.
        "average_rate": 61.1,
        "by_gender": {
            "female": {"registered": 3, "attended_any": 3, "eligible": 1},   // P1 P3 P6
            "male": {"registered": 2, "attended_any": 1, "eligible": 1},     // P2 P4
            "undisclosed": {"registered": 1, "attended_any": 1, "eligible": 0} // P5
        },
        "by_country": {
            "Kosovo": {"registered": 2, "attended_any": 2, "eligible": 1},   // P1 P6
            "Montenegro": {"registered": 1, "attended_any": 0, "eligible": 0},
            "Serbia": {"registered": 1, "attended_any": 1, "eligible": 1},
            // Entered as "Turkey": counted under the name the UN and the EU use.
            "Türkiye": {"registered": 1, "attended_any": 1, "eligible": 0},
            "unknown": {"registered": 1, "attended_any": 1, "eligible": 0}   // P5
        },
        "by_organisation": {
            "Mreža Mladih": {"registered": 2, "attended_any": 1, "eligible": 1}, // P2 P4
            "Zëri i Gruas": {"registered": 3, "attended_any": 3, "eligible": 1}, // P1 P5 P6
            "unknown": {"registered": 1, "attended_any": 1, "eligible": 0}       // P3
        },
        // In folded-name order: ana, blerim, dorde, elif, mira, petar.
        "participants": [
            participant(["Ana Çela", "ana@zeri.org", "Zëri i Gruas", "female", "Kosovo"], 3, 100.0, [true, false]),
            participant(["Blerim Krasniqi", "blerim@zeri.org", "Zëri i Gruas", "undisclosed", ""], 2, 66.7, [false, false]),
            participant(["Đorđe Đorđević", "djordje@mreza.rs", "Mreža Mladih", "male", "Serbia"], 3, 100.0, [true, false]),
            participant(["Elif Şahin", "elif@example.com.tr", "", "female", "Turkey"], 1, 33.3, [false, false]),
            participant(["Mira Hoxha", "mira@zeri.org", "Zëri i Gruas", "female", "Kosovo"], 2, 66.7, [false, true]),
            petar.clone(),
        ],
        "staff": [{"name": "Besa Gashi", "role": "trainer", "organisation": "Qendra për Drejtësi"}],
        "absentees": [petar],
        // Open: materials (due 02-20, overdue on 03-05) and coaching (due 03-20); done: the
        // certificate of P1; the cancelled one counts nowhere.
        "followups": {"open": 2, "done": 1, "overdue": 1},
        // The event is over on 03-05: nobody is "at risk" any more.
        "at_risk": {"cannot_reach": [], "one_more_miss": []}
    });
    assert_eq!(got, want);
}

#[test]
fn summary_of_event_b_by_hand() {
    let (_d, mut b, f) = summary_support::open();
    let s = b.summary(f.b, NOW).expect("summary");
    // Registered P1 P3 P7 P4 = 4; S4: present P1 P3, late P7, unmarked P4 -> 3/4 = 75.0;
    // S5: present P1, absent P3, unmarked P4 P7 -> 1/4 = 25.0; average 4/8 = 50.0.
    // Threshold 0.5 of 2 -> 1 session: P1, P3, P7 eligible. Person-days 2 + 1 + 1.
    assert_eq!(s.registered, 4);
    let rates: Vec<f64> = s.sessions.iter().map(|x| x.rate).collect();
    assert_eq!(rates, vec![75.0, 25.0]);
    assert_eq!(
        (
            s.sessions[0].late,
            s.sessions[1].absent,
            s.sessions[1].unmarked
        ),
        (1, 1, 2)
    );
    assert_eq!(s.average_rate, 50.0);
    assert_eq!(s.certificate_eligible, 3);
    assert_eq!(s.attended_any, 3);
    assert_eq!(s.person_days, 4);
    assert_eq!(s.absentees.len(), 1);
    assert_eq!(s.followups, Default::default());
}

#[test]
fn at_risk_while_event_a_runs() {
    let (_d, mut b, f) = summary_support::open();
    // 2026-03-03 12:00: S1 is over, S2 (09-17) runs, S3 is tomorrow; 3 of 3 needed.
    //   P3: attended S2, absent at S3 already -> best 1 + 0 + ... = S2 done, S3 not
    //       attended (absent mark, but not over) -> best 2 < 3: cannot reach.
    //   P4: nothing attended, S2 and S3 open -> best 2: cannot reach.
    //   P5: S1 and S3 attended, S2 open and unmarked -> best 3 = needed: one more miss.
    //   P6: S2 and S3 attended, S1 missed -> best 2: cannot reach.
    let s = b
        .summary(f.a, datetime!(2026-03-03 12:00))
        .expect("summary");
    assert_eq!(
        s.at_risk.cannot_reach,
        vec!["Elif Şahin", "Mira Hoxha", "Петар Петровић"]
    );
    assert_eq!(s.at_risk.one_more_miss, vec!["Blerim Krasniqi"]);
    let md = report::md::summary(&s, &Options::default());
    assert!(
        md.contains("- Can no longer reach the threshold: Elif Şahin, Mira Hoxha, Петар Петровић")
    );
    assert!(md.contains("- Will miss it if they miss one more session: Blerim Krasniqi"));
}

#[test]
fn report_json_of_the_year_is_the_hand_count() {
    let (_d, mut b, _f) = summary_support::open();
    let r = b
        .report(date!(2026 - 01 - 01), date!(2026 - 12 - 31), None)
        .expect("report");
    let got: serde_json::Value =
        serde_json::from_str(&report::report(&r, Format::Json, &Options::default()).expect("json"))
            .expect("valid json");
    let want = json!({
        "from": "2026-01-01", "to": "2026-12-31", "project": null,
        "events": 2,
        "events_by_kind": {"networking": 1, "training": 1},
        // Attended in A: P1 P2 P3 P5 P6; in B: P1 P3 P7 -> P1 P2 P3 P5 P6 P7.
        "unique_participants": 6,
        // Of those, with an organisation: Zëri (P1 P5 P6) and Mreža (P2).
        "unique_organisations": 2,
        // P1 and P3 attended both events.
        "returning_participants": 2,
        // 11 + 4.
        "person_days": 15,
        "by_gender": {"female": 4, "male": 1, "undisclosed": 1},       // P1 P3 P6 P7 | P2 | P5
        "by_country": {"Albania": 1, "Kosovo": 2, "Serbia": 1, "Türkiye": 1, "unknown": 1},
        "events_by_rate": [
            {"code": "PR-2026-03-ADV", "title": "Advocacy & <policy> basics", "average_rate": 61.1},
            {"code": "PR-2026-04-NET", "title": "Regional networking | Balkans", "average_rate": 50.0}
        ],
        // P1 (Short Set: a lot of difficulty walking), P7 ("po") | P2, P5 (Short Set, no
        // answer above "some difficulty") | P3, P6. P4 has one too but never came.
        "by_disability": {"yes": 2, "no": 2, "undisclosed": 2},
        // Age at the first attended event (both in 2026): P7 2009 -> 17, P2 2000 -> 26,
        // P1 1990 -> 36, P5 1960 -> 66; P3 and P6 have no birth year.
        "by_age_band": {"under-18": 1, "18-29": 1, "30-44": 1, "60-plus": 1, "unknown": 2},
        "age_bands": ["under-18", "18-29", "30-44", "45-59", "60-plus", "unknown"],
        // A is in person: P1 P2 P3 P5 P6; B is online: P1 P3 P7 (P1 and P3 count in both).
        "by_mode": {"in_person": 5, "online": 3},
        // Zëri i Gruas (cso) and Mreža Mladih (network, through P2); Qendra për Drejtësi
        // (public body) has only the trainer, who is never counted.
        "organisations_by_kind": {"cso": 1, "network": 1},
        // A: 3 sessions x 8 h; B: 8 h + 3.5 h (S5 ends at 12:30).
        "training_hours": 35.5,
        // A: 11 attended sessions x 8 h = 88; B: P1 8 + 3.5, P3 8, P7 8 = 27.5.
        "person_hours": 115.5,
        // Eligible in A: P1 P2; in B (half of 2 sessions): P1 P3 P7 -> P1 P2 P3 P7.
        "completed": 4
    });
    assert_eq!(got, want);

    // April only: event B alone, so nobody returns.
    let april = b
        .report(
            date!(2026 - 04 - 01),
            date!(2026 - 04 - 30),
            Some("eu-cs".into()),
        )
        .expect("report");
    assert_eq!(
        (
            april.events,
            april.unique_participants,
            april.returning_participants,
            april.person_days
        ),
        (1, 3, 0, 4)
    );
    let other = b
        .report(
            date!(2026 - 01 - 01),
            date!(2026 - 12 - 31),
            Some("OTHER".into()),
        )
        .expect("report");
    assert_eq!((other.events, other.unique_participants), (0, 0));
    let md = report::md::report(&other, &Options::default());
    assert!(md.contains("No events in this period."));
}

fn human(s: &Summary, format: Format, opts: &Options) -> String {
    report::summary(s, format, opts).expect("render")
}

#[test]
fn human_formats_carry_the_key_figures() {
    let (_d, mut b, f) = summary_support::open();
    let s = b.summary(f.a, NOW).expect("summary");
    let md = human(&s, Format::Md, &Options::default());
    assert!(md.contains("| Average session rate"));
    assert!(md.contains("61.1% |"));
    assert!(md.contains("| Person-days "));
    assert!(md.contains("Certificate eligible (at least 80.0%)"));
    assert!(md.contains("Advocacy & \\<policy\\> basics"));

    let html = human(&s, Format::Html, &Options::default());
    assert!(html.contains("Advocacy &amp; &lt;policy&gt; basics"));
    assert!(!html.contains("<policy>"));
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains("thead { display: table-header-group; }"));
    assert!(html.contains("<svg"));
    assert!(!html.contains("<script"));
    assert!(!html.contains("http"), "nothing to fetch");
    assert_eq!(html.matches("<rect class=\"bar\"").count(), 3);
    assert!(html.contains("<td class=\"n\">61.1%</td>"));

    let csv = human(&s, Format::Csv, &Options::default());
    assert!(csv.contains("\nfigures\nfigure,value\nregistered,6\nattended_any,5\n"));
    assert!(csv.contains("average_rate,61.1\n"));
    assert!(csv.contains("\n1,2026-03-02,09:00,17:00,Day 1,2,1,0,1,1,1,3,50.0\n"));
    assert!(csv.contains("\n2,2026-03-03,09:00,17:00,Day 2,3,0,1,0,1,1,4,66.7\n"));
}

#[test]
fn min_cell_hides_small_counts_in_human_formats_only() {
    let (_d, mut b, f) = summary_support::open();
    let s = b.summary(f.a, NOW).expect("summary");
    let opts = Options {
        min_cell: Some(3),
        ..Options::default()
    };
    let csv = human(&s, Format::Csv, &opts);
    // Serbia has 1 registered, 1 attended, 1 eligible; Kosovo 2, 2, 1; female 3, 3, 1.
    assert!(csv.contains("\nSerbia,<3,<3,<3\n"), "{csv}");
    assert!(csv.contains("\nKosovo,<3,<3,<3\n"));
    assert!(csv.contains("\nfemale,3,3,<3\n"));
    assert!(csv.contains("\nMontenegro,<3,0,0\n"));
    let md = human(&s, Format::Md, &opts);
    assert!(
        md.contains("| female      |          3 |        3 |       <3 |"),
        "{md}"
    );
    let html = human(&s, Format::Html, &opts);
    assert!(html.contains("<td class=\"n\">&lt;3</td>"));
    let json = human(&s, Format::Json, &opts);
    assert!(!json.contains("<3"));
}

#[test]
fn close_creates_what_attendance_implies_once_and_undoes_in_one_step() {
    let (_d, mut b, f) = summary_support::open();
    let old: Vec<Id> = b
        .followups(Some(f.a))
        .expect("followups")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let before = old.len();
    assert_eq!(before, 4);
    let out = b
        .execute(Command::CloseEvent {
            event: f.a,
            owner: "besa".into(),
            due: date!(2026 - 03 - 20),
            dry_run: false,
        })
        .expect("close");
    // Certificates: P1 has one (done) already, so only P2. Contact: P4. Evaluation: P1 P2
    // P3 P5 P6.
    assert_eq!(
        out.what,
        "closed PR-2026-03-ADV: 1 certificate, 1 contact and 5 evaluation follow-ups created"
    );
    let entry = out.entry.expect("one audit entry");
    let all = b.followups(Some(f.a)).expect("followups");
    assert_eq!(all.len(), before + 7);
    let new: Vec<&FollowUp> = all
        .iter()
        .filter(|(id, _)| !old.contains(id))
        .map(|(_, x)| x)
        .collect();
    assert_eq!(new.len(), 7);
    assert!(new.iter().all(|x| x.owner == "besa"
        && x.due == Some(date!(2026 - 03 - 20))
        && x.status == FollowUpStatus::Open));
    let of = |kind: FollowUpKind| -> Vec<Id> {
        let mut v: Vec<Id> = new
            .iter()
            .filter(|x| x.kind == kind)
            .filter_map(|x| x.participant)
            .collect();
        v.sort();
        v
    };
    assert_eq!(of(FollowUpKind::Certificate), vec![f.p[2]]);
    assert_eq!(of(FollowUpKind::Contact), vec![f.p[4]]);
    let mut att = vec![f.p[1], f.p[2], f.p[3], f.p[5], f.p[6]];
    att.sort();
    assert_eq!(of(FollowUpKind::Evaluation), att);
    assert_eq!(
        b.event(f.a).expect("event").map(|e| e.status),
        Some(EventStatus::Done)
    );

    let again = b
        .execute(Command::CloseEvent {
            event: f.a,
            owner: "besa".into(),
            due: date!(2026 - 03 - 20),
            dry_run: false,
        })
        .expect("close again");
    assert_eq!(again.entry, None, "nothing changed, nothing recorded");
    assert_eq!(b.followups(Some(f.a)).expect("followups").len(), before + 7);

    b.execute(Command::Undo { entry }).expect("undo");
    assert_eq!(b.followups(Some(f.a)).expect("followups").len(), before);
    assert_eq!(
        b.event(f.a).expect("event").map(|e| e.status),
        Some(EventStatus::Running)
    );

    let bad = b.execute(Command::CloseEvent {
        event: f.a,
        owner: "  ".into(),
        due: date!(2026 - 03 - 20),
        dry_run: false,
    });
    assert!(bad.is_err(), "an owner is required");
}

#[test]
fn an_event_with_nothing_yet_is_a_valid_summary() {
    let (_d, mut b, _f) = summary_support::open();
    let id = b
        .execute(Command::CreateEvent(Event {
            code: "EMPTY-1".into(),
            title: "Nothing yet".into(),
            kind: EventKind::Workshop,
            city: String::new(),
            country: String::new(),
            venue: String::new(),
            start: date!(2026 - 05 - 01),
            end: date!(2026 - 05 - 01),
            project: String::new(),
            capacity: None,
            trainers: String::new(),
            threshold_permille: 800,
            status: EventStatus::Planned,
            notes: String::new(),
            mode: Default::default(),
        }))
        .expect("create")
        .created
        .expect("id");
    for (sid, _) in b.sessions(id).expect("sessions") {
        b.execute(Command::DeleteSession { id: sid })
            .expect("delete session");
    }
    let s = b.summary(id, NOW).expect("summary");
    assert_eq!((s.registered, s.average_rate, s.person_days), (0, 0.0, 0));
    for format in Format::ALL {
        let bytes = report::summary_file(
            &s,
            format,
            &Options {
                min_cell: Some(5),
                ..Options::default()
            },
        )
        .expect("every format renders an empty event");
        if format != Format::Xlsx {
            let text = String::from_utf8(bytes).expect("text");
            assert!(!text.contains("NaN") && !text.contains("inf"), "{text}");
        }
    }
    let md = human(&s, Format::Md, &Options::default());
    assert!(md.contains("No sessions and no registered participants yet."));
    assert!(md.contains("## Sessions\n\nNo sessions yet."));
    let html = human(&s, Format::Html, &Options::default());
    assert!(html.contains("No sessions yet."));
    assert!(!html.contains("<svg"));
    let closed = b.execute(Command::CloseEvent {
        event: id,
        owner: "besa".into(),
        due: date!(2026 - 05 - 20),
        dry_run: false,
    });
    assert!(closed.is_err(), "no sessions: nothing to close on");
}

fn certificate_numbers(b: &mut impl Backend, event: Id) -> Vec<(Id, u32, FollowUpStatus)> {
    let mut v: Vec<(Id, u32, FollowUpStatus)> = b
        .followups(Some(event))
        .expect("followups")
        .into_iter()
        .filter(|(_, x)| x.kind == FollowUpKind::Certificate)
        .filter_map(|(_, x)| Some((x.participant?, x.certificate?, x.status)))
        .collect();
    v.sort_by_key(|c| c.1);
    v
}

#[test]
fn issuing_certificates_numbers_the_eligible_once_and_keeps_every_number() {
    let (_d, mut b, f) = summary_support::open();
    let seq = b.change_seq().expect("seq");
    let before = b.followups(Some(f.a)).expect("followups");
    // The dry run says who: Ana (P1) and Đorđe (P2), numbered in name order; nothing written.
    let dry = b
        .execute(Command::IssueCertificates {
            event: f.a,
            dry_run: true,
        })
        .expect("dry run");
    assert_eq!(dry.entry, None);
    assert_eq!(
        b.change_seq().expect("seq"),
        seq,
        "a dry run writes nothing"
    );
    assert_eq!(b.followups(Some(f.a)).expect("followups"), before);
    let plan: Vec<(Id, u32, bool)> = dry
        .issued
        .expect("issued")
        .iter()
        .map(|c| (c.participant, c.number, c.new))
        .collect();
    assert_eq!(plan, vec![(f.p[1], 1, true), (f.p[2], 2, true)]);

    let done = b
        .execute(Command::IssueCertificates {
            event: f.a,
            dry_run: false,
        })
        .expect("issue");
    let entry = done.entry.expect("one recorded change");
    let issued = done.issued.expect("issued");
    assert_eq!(
        issued
            .iter()
            .map(|c| (
                c.name.as_str(),
                c.number_text("PR-2026-03-ADV"),
                c.sessions,
                c.minutes
            ))
            .collect::<Vec<_>>(),
        vec![
            ("Ana Çela", "PR-2026-03-ADV-001".to_string(), 3, 3 * 480),
            (
                "Đorđe Đorđević",
                "PR-2026-03-ADV-002".to_string(),
                3,
                3 * 480
            ),
        ]
    );
    // Ana's certificate follow-up (done already) gets her number; Đorđe gets a new one, done.
    assert_eq!(
        certificate_numbers(&mut b, f.a),
        vec![
            (f.p[1], 1, FollowUpStatus::Done),
            (f.p[2], 2, FollowUpStatus::Done)
        ]
    );
    assert_eq!(
        b.followups(Some(f.a)).expect("followups").len(),
        before.len() + 1
    );

    // Again: the same numbers, nothing to record.
    let again = b
        .execute(Command::IssueCertificates {
            event: f.a,
            dry_run: false,
        })
        .expect("again");
    assert_eq!(again.entry, None);
    assert!(again.issued.expect("issued").iter().all(|c| !c.new));

    // Blerim (P5) comes to S2 after all and becomes eligible: he gets the next number,
    // though his name sorts first, and nobody else's number moves.
    b.execute(Command::SetMark {
        session: f.sessions_a[1],
        participant: f.p[5],
        mark: Some(prezenca::core::MarkInput {
            status: MarkStatus::Present,
            arrived_at: None,
            reason: String::new(),
        }),
        expect: None,
    })
    .expect("mark");
    let later = b
        .execute(Command::IssueCertificates {
            event: f.a,
            dry_run: false,
        })
        .expect("later");
    let numbers: Vec<(Id, u32, bool)> = later
        .issued
        .expect("issued")
        .iter()
        .map(|c| (c.participant, c.number, c.new))
        .collect();
    assert_eq!(
        numbers,
        vec![(f.p[1], 1, false), (f.p[2], 2, false), (f.p[5], 3, true)]
    );

    // One undo takes the later issue back whole; the first stays.
    b.execute(Command::Undo {
        entry: later.entry.expect("recorded"),
    })
    .expect("undo");
    assert_eq!(certificate_numbers(&mut b, f.a).len(), 2);
    b.execute(Command::Undo { entry }).expect("undo the first");
    assert_eq!(b.followups(Some(f.a)).expect("followups"), before);
}

#[test]
fn the_close_dry_run_says_what_closing_files_and_writes_nothing() {
    let (_d, mut b, f) = summary_support::open();
    let seq = b.change_seq().expect("seq");
    let ask = |dry_run| Command::CloseEvent {
        event: f.a,
        owner: "drita".into(),
        due: date!(2026 - 03 - 19),
        dry_run,
    };
    let dry = b.execute(ask(true)).expect("dry run");
    assert_eq!(b.change_seq().expect("seq"), seq);
    // Eligible P1 (has a certificate follow-up) and P2: one certificate; P4 never came: one
    // contact; P1 P2 P3 P5 P6 came: five evaluations. The running event becomes done.
    let want = prezenca::core::Closing {
        certificates: 1,
        contacts: 1,
        evaluations: 5,
        marks_done: true,
    };
    assert_eq!(dry.closing, Some(want.clone()));
    let done = b.execute(ask(false)).expect("close");
    assert_eq!(
        done.closing,
        Some(want),
        "the dry run said what closing did"
    );
    assert!(done.entry.is_some());
}

#[test]
fn saving_a_participant_in_a_new_organisation_at_an_event_is_one_change() {
    let (_d, mut b, f) = summary_support::open();
    let orgs = b.organisations().expect("orgs").len();
    let out = b
        .execute(Command::SaveParticipant {
            id: None,
            participant: Participant {
                name: "Drita Leka".into(),
                email: "drita@example.org".into(),
                birth_year: Some(1985),
                disability: Disability::No,
                ..Participant::default()
            },
            new_organisation: Some(Organisation {
                name: "Rrjeti i Grave".into(),
                acronym: String::new(),
                kind: OrgKind::Network,
                city: String::new(),
                country: String::new(),
            }),
            register_at: Some(f.a),
        })
        .expect("save");
    let pid = out.created.expect("created");
    let p = b.participant(pid).expect("p").expect("person");
    assert_eq!((p.birth_year, p.disability), (Some(1985), Disability::No));
    assert_eq!(b.organisations().expect("orgs").len(), orgs + 1);
    assert!(
        b.registrations(f.a)
            .expect("regs")
            .iter()
            .any(|(x, _)| *x == pid)
    );
    let entry = b
        .audit_entry(out.entry.expect("entry"))
        .expect("audit")
        .expect("entry");
    assert!(entry.what.contains("Drita Leka"), "{}", entry.what);
    // One undo takes back the person, her organisation and her registration.
    b.execute(Command::Undo {
        entry: out.entry.expect("entry"),
    })
    .expect("undo");
    assert_eq!(b.participant(pid).expect("p"), None);
    assert_eq!(b.organisations().expect("orgs").len(), orgs);

    // A refused person leaves no organisation behind: all or nothing.
    let bad = b.execute(Command::SaveParticipant {
        id: None,
        participant: Participant {
            name: "Drita Leka".into(),
            birth_year: Some(1850),
            ..Participant::default()
        },
        new_organisation: Some(Organisation {
            name: "Rrjeti i Grave".into(),
            acronym: String::new(),
            kind: OrgKind::Network,
            city: String::new(),
            country: String::new(),
        }),
        register_at: None,
    });
    assert!(
        bad.expect_err("refused")
            .to_string()
            .contains("birth year 1850"),
        "a clear reason"
    );
    assert_eq!(b.organisations().expect("orgs").len(), orgs);
}

#[test]
fn age_bands_are_cut_where_asked_and_every_new_breakdown_hides_small_cells() {
    let (_d, mut b, _f) = summary_support::open();
    let bands = prezenca::domain::summary::AgeBands::parse("25, 50").expect("bands");
    let r = b
        .report_banded(date!(2026 - 01 - 01), date!(2026 - 12 - 31), None, bands)
        .expect("report");
    // P7 17, P2 26, P1 36, P5 66; P3 P6 unknown.
    assert_eq!(r.age_bands, vec!["under-25", "25-49", "50-plus", "unknown"]);
    let got: Vec<(&str, u64)> = r
        .by_age_band
        .iter()
        .map(|(k, n)| (k.as_str(), *n))
        .collect();
    assert_eq!(
        got,
        vec![
            ("25-49", 2),
            ("50-plus", 1),
            ("under-25", 1),
            ("unknown", 2)
        ]
    );
    for bad in ["", "30,18", "18,,30", "0", "abc"] {
        assert_eq!(
            prezenca::domain::summary::AgeBands::parse(bad),
            None,
            "{bad:?}"
        );
    }
    let opts = Options {
        min_cell: Some(3),
        ..Options::default()
    };
    let md = report::md::report(&r, &opts);
    // Every count of a new breakdown below 3 shows as <3; totals stay exact.
    assert!(
        md.contains("| with a disability    |           <3 |"),
        "{md}"
    );
    assert!(md.contains("| 25-49       |           <3 |"), "{md}");
    assert!(md.contains("| online    |            3 |"), "{md}");
    assert!(md.contains("| in person |            5 |"), "{md}");
    assert!(
        md.contains("| network                    |            <3 |"),
        "{md}"
    );
    assert!(
        md.contains("| People trained with a disability            |    <3 |"),
        "{md}"
    );
    let csv = report::csv::report(&r, &opts).expect("csv");
    assert!(csv.contains("\nyes,<3\n"), "{csv}");
    assert!(
        csv.contains("\nunder-25,<3\n25-49,<3\n50-plus,<3\nunknown,<3\n"),
        "{csv}"
    );
    let html = report::html::report(&r, &opts);
    assert!(html.contains("<td dir=\"auto\">with a disability</td><td class=\"n\">&lt;3</td>"));
    let json = report::json::report(&r).expect("json");
    assert!(!json.contains("<3"), "JSON keeps exact counts");
}

#[test]
fn eu_naming_writes_kosovo_with_its_footnote_in_the_human_formats_only() {
    let (_d, mut b, f) = summary_support::open();
    let r = b
        .report(date!(2026 - 01 - 01), date!(2026 - 12 - 31), None)
        .expect("report");
    let eu = Options {
        eu_names: true,
        ..Options::default()
    };
    let footnote = "This designation is without prejudice to positions on status, and is in line \
                    with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.";
    let md = report::md::report(&r, &eu);
    assert!(md.contains("| Kosovo\\*"), "{md}");
    assert!(md.contains(footnote));
    let html = report::html::report(&r, &eu);
    assert!(html.contains("<td dir=\"auto\">Kosovo*</td>"));
    assert!(html.contains(footnote));
    let sheets = report::csv::report_tables(&r, &eu).expect("tables");
    let notes = sheets
        .tables
        .iter()
        .find(|t| t.name == "notes")
        .expect("a notes sheet");
    assert!(notes.rows[0][0].contains(footnote));
    assert!(
        report::json::report(&r)
            .expect("json")
            .contains("\"Kosovo\": 2")
    );
    // Without it: Kosovo, no footnote.
    let md = report::md::report(&r, &Options::default());
    assert!(!md.contains("Kosovo\\*") && !md.contains(footnote));
    // The summary of an event in Kosovo too.
    let s = b.summary(f.a, NOW).expect("summary");
    let md = report::md::summary(&s, &eu);
    assert!(md.contains("| Kosovo\\*") && md.contains(footnote), "{md}");
}

#[test]
fn an_event_where_nobody_is_eligible_issues_nothing_and_one_without_sessions_is_refused() {
    let (_d, mut b, f) = summary_support::open();
    let e = b.event(f.a).expect("e").expect("event");
    let id = b
        .execute(Command::CreateEvent(Event {
            code: "PR-2026-05-NEW".into(),
            start: date!(2026 - 05 - 04),
            end: date!(2026 - 05 - 04),
            ..e
        }))
        .expect("create")
        .created
        .expect("id");
    let seq = b.change_seq().expect("seq");
    let out = b
        .execute(Command::IssueCertificates {
            event: id,
            dry_run: false,
        })
        .expect("nothing to issue is not an error");
    assert_eq!(out.issued, Some(vec![]));
    assert_eq!(out.entry, None);
    assert_eq!(b.change_seq().expect("seq"), seq);
    for (sid, _) in b.sessions(id).expect("sessions") {
        b.execute(Command::DeleteSession { id: sid })
            .expect("delete");
    }
    let err = b
        .execute(Command::IssueCertificates {
            event: id,
            dry_run: true,
        })
        .expect_err("no sessions");
    assert!(err.to_string().contains("PR-2026-05-NEW"), "{err}");
}
