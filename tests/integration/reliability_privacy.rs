//! `prezenca forget`: a person's personal data leaves the file — current record, audit
//! history, free pages — while their marks stay, anonymous, so past counts do not change.

use crate::support;

use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Command, Queries};
use prezenca::domain::*;
use support::{run, stderr, stdout};

const NAME: &str = "Zorica Đorđević-Xhemajli";
const EMAIL: &str = "zorica.private@example.org";
const PHONE: &str = "+383 44 987 654";
const OLD_PHONE: &str = "+389 70 123 999";
const OLD_EMAIL: &str = "z.xhemajli@oldmail.example";

/// Pieces that must not be found anywhere in the file afterwards.
const TRACES: &[&str] = &[
    "Zorica",
    "Xhemajli",
    "Đorđević",
    "zorica.private",
    "987 654",
    "123 999",
    "oldmail",
];

fn find_traces(bytes: &[u8]) -> Vec<&'static str> {
    TRACES
        .iter()
        .copied()
        .filter(|t| bytes.windows(t.len()).any(|w| w == t.as_bytes()))
        .collect()
}

fn counts(v: &serde_json::Value) -> serde_json::Value {
    serde_json::json!({
        "registered": v["registered"],
        "attended_any": v["attended_any"],
        "person_days": v["person_days"],
        "by_gender": v["by_gender"],
        "by_country": v["by_country"],
        "sessions": v["sessions"].as_array().map(|s| s.iter().map(|x| x["attended"].clone()).collect::<Vec<_>>()),
    })
}

#[test]
fn forget_erases_the_person_everywhere_and_keeps_the_counts() {
    let dir = support::tmp();
    let db = support::db_in(&dir);
    let s = {
        let mut b = LocalBackend::open(&db).expect("open");
        let s = support::seed_into(&mut b, 4);
        // The person as first entered, then corrected: the audit keeps both images.
        let id = b
            .execute(Command::CreateParticipant(support::person(
                NAME, OLD_EMAIL, OLD_PHONE,
            )))
            .expect("create")
            .created
            .expect("id");
        let mut p = support::person(NAME, EMAIL, PHONE);
        p.notes = format!("{NAME} asked for a certificate in Albanian");
        b.execute(Command::UpdateParticipant { id, participant: p })
            .expect("update");
        for (i, sid) in s.sessions.iter().enumerate() {
            b.execute(Command::SetMark {
                session: *sid,
                participant: id,
                mark: support::mark(if i == 1 {
                    MarkStatus::Absent
                } else {
                    MarkStatus::Present
                }),
                expect: None,
            })
            .expect("mark");
            b.execute(Command::SetMark {
                session: *sid,
                participant: s.people[i % s.people.len()],
                mark: support::mark(MarkStatus::Late),
                expect: None,
            })
            .expect("mark other");
        }
        // Trainers write about her in free text: her follow-up (then edited, so the audit
        // keeps the old title), another person's follow-up and notes, the event's notes, the
        // reasons on her mark and on someone else's.
        let followup = |participant: Id, title: &str, notes: &str| FollowUp {
            event: s.event,
            participant: Some(participant),
            organisation: None,
            title: title.into(),
            kind: FollowUpKind::Certificate,
            owner: "drita".into(),
            due: None,
            status: FollowUpStatus::Open,
            notes: notes.into(),
            certificate: None,
        };
        let hers = b
            .execute(Command::CreateFollowUp(followup(
                id,
                "Send Zorica the certificate",
                &format!("call {PHONE}"),
            )))
            .expect("her follow-up")
            .created
            .expect("id");
        b.execute(Command::UpdateFollowUp {
            id: hers,
            followup: followup(id, "Send Zorica the certificate in Albanian", ""),
        })
        .expect("edit her follow-up");
        b.execute(Command::CreateFollowUp(followup(
            s.people[0],
            "Banner",
            &format!("ask {NAME} to bring the banner"),
        )))
        .expect("another follow-up");
        let mut event = b.event(s.event).expect("q").expect("event");
        event.notes = format!("contact for the venue: {EMAIL}");
        b.execute(Command::UpdateEvent { id: s.event, event })
            .expect("event notes");
        let mut colleague = b.participant(s.people[1]).expect("q").expect("person");
        colleague.notes = format!("colleague of {NAME}");
        b.execute(Command::UpdateParticipant {
            id: s.people[1],
            participant: colleague,
        })
        .expect("colleague notes");
        let reason = |status, reason: &str| {
            Some(prezenca::core::MarkInput {
                status,
                arrived_at: None,
                reason: reason.into(),
            })
        };
        b.execute(Command::SetMark {
            session: s.sessions[1],
            participant: id,
            mark: reason(MarkStatus::Excused, "Zorica was ill"),
            expect: None,
        })
        .expect("her reason");
        b.execute(Command::SetMark {
            session: s.sessions[1],
            participant: s.people[2],
            mark: reason(MarkStatus::Excused, &format!("drove {NAME} home")),
            expect: None,
        })
        .expect("another reason");
        // Life goes on after: more people and marks written over and around the person's pages.
        for i in 0..150usize {
            let other = b
                .execute(Command::CreateParticipant(support::person(
                    &format!("Later Person {i}"),
                    &format!("later{i}@example.org"),
                    "+383 45 000 000",
                )))
                .expect("later")
                .created
                .expect("id");
            b.execute(Command::SetMark {
                session: s.sessions[i % s.sessions.len()],
                participant: other,
                mark: support::mark(MarkStatus::Present),
                expect: None,
            })
            .expect("later mark");
        }
        s
    };
    assert!(
        !find_traces(&support::bytes(&db)).is_empty(),
        "the scan must see the person before forgetting"
    );
    let before = run(&db, &["summary", support::CODE, "--format", "json"]);
    assert_eq!(before.status.code(), Some(0), "{}", stderr(&before));
    let before: serde_json::Value = serde_json::from_slice(&before.stdout).expect("json");

    // Without --yes nothing happens.
    let out = run(&db, &["forget", EMAIL]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--yes"), "{}", stderr(&out));
    assert!(!find_traces(&support::bytes(&db)).is_empty());

    let out = run(&db, &["forget", EMAIL, "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!stderr(&out).contains("Zorica"), "{}", stderr(&out));

    let left = find_traces(&support::bytes(&db));
    assert!(left.is_empty(), "still in the file after forget: {left:?}");

    let after = run(&db, &["summary", support::CODE, "--format", "json"]);
    assert_eq!(after.status.code(), Some(0), "{}", stderr(&after));
    assert!(!stdout(&after).contains("Zorica"));
    let after: serde_json::Value = serde_json::from_slice(&after.stdout).expect("json");
    assert_eq!(counts(&after), counts(&before), "past counts changed");

    let out = run(&db, &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The marks are still there, under the anonymous record.
    let mut b = LocalBackend::open(&db).expect("reopen");
    let people = b.participants().expect("people");
    let (pid, p) = people
        .iter()
        .find(|(_, p)| p.forgotten)
        .expect("anonymous record");
    assert!(p.email.is_empty() && p.phone.is_empty() && p.notes.is_empty());
    let marks: usize = s
        .sessions
        .iter()
        .map(|sid| {
            b.session_marks(*sid)
                .expect("marks")
                .iter()
                .filter(|(q, _)| q == pid)
                .count()
        })
        .sum();
    assert_eq!(marks, s.sessions.len());
    // The free text stays readable, without her.
    let banner = b
        .followups(Some(s.event))
        .expect("follow-ups")
        .into_iter()
        .find(|(_, f)| f.title == "Banner")
        .expect("the other follow-up");
    assert_eq!(
        banner.1.notes,
        format!("ask (forgotten #{pid}) to bring the banner")
    );
    // Nothing in the history can bring the person back.
    for (entry, _) in b.audit(usize::MAX).expect("audit") {
        let e = b.audit_entry(entry).expect("q").expect("entry");
        let text = format!("{e:?}");
        assert!(
            !text.contains("Zorica") && !text.contains("987 654"),
            "{text}"
        );
    }
}
