//! Properties of the summary maths on random attendance: the statuses of each session add
//! up to the registered, and person-days never exceed participants × event days.

use std::collections::{BTreeSet, HashMap};

use prezenca::domain::summary::{Attendee, SummaryInput, summarize};
use prezenca::domain::*;
use proptest::prelude::*;
use time::macros::{date, datetime, time};

fn status(i: u8) -> Option<MarkStatus> {
    match i % 6 {
        0 => Some(MarkStatus::Present),
        1 => Some(MarkStatus::Late),
        2 => Some(MarkStatus::LeftEarly),
        3 => Some(MarkStatus::Excused),
        4 => Some(MarkStatus::Absent),
        _ => None,
    }
}

proptest! {
    #[test]
    fn counts_add_up_and_person_days_are_bounded(
        // (day offset) per session
        session_days in proptest::collection::vec(0u8..4, 0..6),
        // (role 0..4, cancelled?) per person
        people in proptest::collection::vec((0u8..4, any::<bool>()), 0..12),
        marks in proptest::collection::vec(any::<u8>(), 72),
        threshold in 0u16..=1000,
        now_day in 0u8..6,
    ) {
        let start = date!(2026 - 03 - 02);
        let sessions: Vec<(Id, Session)> = {
            let mut v: Vec<(Id, Session)> = session_days
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    (100 + i as Id, Session {
                        event: 1,
                        date: start + time::Duration::days(i64::from(*d)),
                        start: time!(09:00),
                        end: time!(12:00),
                        title: String::new(),
                    })
                })
                .collect();
            v.sort_by_key(|(id, s)| (s.date, *id));
            v
        };
        let roles = [Role::Participant, Role::Participant, Role::Trainer, Role::Staff];
        let attendees: Vec<Attendee> = people
            .iter()
            .enumerate()
            .map(|(i, (r, cancelled))| Attendee {
                id: i as Id + 1,
                name: format!("P{i}"),
                email: String::new(),
                organisation: String::new(),
                gender: Gender::ALL[i % Gender::ALL.len()],
                country: String::new(),
                registration: Registration {
                    role: roles[usize::from(*r)],
                    source: Source::PreRegistered,
                    status: if *cancelled { RegStatus::Cancelled } else { RegStatus::Registered },
                },
            })
            .collect();
        let mut m = HashMap::new();
        for (si, (sid, _)) in sessions.iter().enumerate() {
            for a in &attendees {
                if let Some(st) = status(marks[(si * 12 + a.id as usize - 1) % marks.len()]) {
                    m.insert((*sid, a.id), st);
                }
            }
        }
        let event = Event {
            code: "X".into(),
            title: "X".into(),
            kind: EventKind::Training,
            city: String::new(),
            country: String::new(),
            venue: String::new(),
            start,
            end: start + time::Duration::days(3),
            project: String::new(),
            capacity: None,
            trainers: String::new(),
            threshold_permille: threshold,
            status: EventStatus::Running,
            notes: String::new(),
            mode: Default::default(),
        };
        let now = datetime!(2026-03-02 10:00) + time::Duration::days(i64::from(now_day));
        let s = summarize(&SummaryInput {
            event,
            sessions: sessions.clone(),
            attendees: attendees.clone(),
            marks: m,
            followups: vec![],
            now,
        });
        let registered = attendees.iter().filter(|a| a.registration.counts()).count() as u64;
        prop_assert_eq!(s.registered, registered);
        for x in &s.sessions {
            prop_assert_eq!(
                x.present + x.late + x.left_early + x.excused + x.absent + x.unmarked,
                registered
            );
            prop_assert_eq!(x.attended, x.present + x.late + x.left_early);
            prop_assert!((0.0..=100.0).contains(&x.rate));
        }
        let days: BTreeSet<_> = sessions.iter().map(|(_, x)| x.date).collect();
        prop_assert!(s.person_days <= registered * days.len() as u64);
        prop_assert!(s.attended_any <= registered);
        prop_assert!(s.certificate_eligible <= registered);
        prop_assert!((0.0..=100.0).contains(&s.average_rate));
        let by_gender: u64 = s.by_gender.values().map(|b| b.registered).sum();
        prop_assert_eq!(by_gender, registered);
        prop_assert_eq!(s.absentees.len() as u64, registered - s.attended_any);
        for name in s.at_risk.cannot_reach.iter().chain(&s.at_risk.one_more_miss) {
            let p = s.participants.iter().find(|p| &p.name == name);
            prop_assert!(p.is_some_and(|p| !p.eligible));
        }
    }
}
