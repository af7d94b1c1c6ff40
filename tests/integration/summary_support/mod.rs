//! The hand-built fixture of the summary tests: two events, five sessions, participants with
//! every mark status, a walk-in, a cancelled registration, a trainer and a person without
//! gender or country, built through `LocalBackend` and commands like the app builds it.
//!
//! Event A `PR-2026-03-ADV` (training, 2026-03-02..04, threshold 0.8, project EU-CS), sessions
//! S1 S2 S3 (one a day, 09:00-17:00). Counted: P1..P6 (P6 a walk-in at S2); P7 cancelled
//! (has a mark at S1 that must not count), P8 a trainer (mark at S1, never counted).
//!
//! |    | S1        | S2         | S3       | attended | days |
//! |----|-----------|------------|----------|----------|------|
//! | P1 | present   | present    | present  | 3 elig.  | 3    |
//! | P2 | late      | left_early | present  | 3 elig.  | 3    |
//! | P3 | excused   | present    | absent   | 1        | 1    |
//! | P4 | absent    | absent     | -        | 0 no-show| 0    |
//! | P5 | present   | -          | present  | 2        | 2    |
//! | P6 | -         | present    | present  | 2        | 2    |
//!
//! Event B `PR-2026-04-NET` (networking, online, 2026-04-10..11, threshold 0.5, project
//! EU-CS), sessions S4 (09:00-17:00) and S5 (09:00-12:30). Counted: P1 (present, present),
//! P3 (present, absent), P7 (late, -), P4 (-, -).
//!
//! For the donor figures:
//!
//! |    | born | disability                                   | organisation (kind)   |
//! |----|------|----------------------------------------------|-----------------------|
//! | P1 | 1990 | yes: Short Set, "a lot of difficulty" walking | Zëri i Gruas (cso)    |
//! | P2 | 2000 | no                                           | Mreža Mladih (network)|
//! | P3 | -    | undisclosed                                  | -                     |
//! | P4 | 1980 | yes (never attended)                         | Mreža Mladih          |
//! | P5 | 1960 | no: Short Set, nothing above "some"          | Zëri i Gruas          |
//! | P6 | -    | undisclosed                                  | Zëri i Gruas          |
//! | P7 | 2009 | yes ("po")                                   | -                     |
//! | P8 | -    | -                                            | Qendra për Drejtësi (public body), whose only person is the trainer: never counted |

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Command, MarkInput, Queries, WalkInPerson};
use prezenca::domain::*;
use time::macros::{date, time};

/// A config directory that does not exist: the tests never read the config of whoever runs
/// them (a `lang = "sq"` there would change every message).
const NO_CONFIG: &str = "/nonexistent/prezenca-test-config";

pub struct Fixture {
    pub a: Id,
    pub b: Id,
    /// P1..P8 by index 1..=8 (index 0 unused).
    pub p: Vec<Id>,
    pub sessions_a: Vec<Id>,
    pub sessions_b: Vec<Id>,
}

fn event(code: &str, title: &str, kind: EventKind, start: time::Date, end: time::Date) -> Event {
    Event {
        code: code.into(),
        title: title.into(),
        kind,
        city: "Prishtina".into(),
        country: "Kosovo".into(),
        venue: "Hotel Sirius".into(),
        start,
        end,
        project: "EU-CS".into(),
        capacity: Some(20),
        trainers: "Besa Gashi".into(),
        threshold_permille: 800,
        status: EventStatus::Running,
        notes: String::new(),
        mode: Default::default(),
    }
}

fn created(b: &mut LocalBackend, cmd: Command) -> Id {
    b.execute(cmd)
        .expect("fixture command applies")
        .created
        .expect("fixture command creates a record")
}

fn person(
    b: &mut LocalBackend,
    name: &str,
    email: &str,
    g: Gender,
    country: &str,
    org: Option<Id>,
) -> Id {
    created(
        b,
        Command::CreateParticipant(Participant {
            name: name.into(),
            email: email.into(),
            gender: g,
            country: country.into(),
            organisation: org,
            ..Participant::default()
        }),
    )
}

/// Sets the donor fields of a participant, as a form edit would.
fn donor(b: &mut LocalBackend, p: Id, birth_year: Option<i32>, disability: Disability) {
    let mut x = b
        .participant(p)
        .expect("read participant")
        .expect("participant exists");
    x.birth_year = birth_year;
    x.disability = disability;
    b.execute(Command::UpdateParticipant {
        id: p,
        participant: x,
    })
    .expect("edit applies");
}

/// The Washington Group Short Set answers as a survey form gives them (seeing, hearing,
/// walking, remembering, self-care, communicating), through the domain's rule.
fn short_set(answers: [&str; 6]) -> Disability {
    let parsed: Vec<ShortSetAnswer> = answers
        .iter()
        .map(|a| ShortSetAnswer::parse(a).expect("a Short Set answer"))
        .collect();
    Disability::from_short_set(&parsed)
}

fn register(b: &mut LocalBackend, event: Id, p: Id, role: Role, status: RegStatus) {
    b.execute(Command::SetRegistration {
        event,
        participant: p,
        registration: Some(Registration {
            role,
            source: Source::PreRegistered,
            status,
        }),
    })
    .expect("registration applies");
}

fn mark(b: &mut LocalBackend, session: Id, p: Id, status: MarkStatus) {
    b.execute(Command::SetMark {
        session,
        participant: p,
        mark: Some(MarkInput {
            status,
            arrived_at: (status == MarkStatus::Late).then_some(time!(09:40)),
            reason: if status == MarkStatus::Excused {
                "sick".into()
            } else {
                String::new()
            },
        }),
        expect: None,
    })
    .expect("mark applies");
}

fn followup(
    b: &mut LocalBackend,
    event: Id,
    participant: Option<Id>,
    kind: FollowUpKind,
    status: FollowUpStatus,
    due: Option<time::Date>,
) {
    created(
        b,
        Command::CreateFollowUp(FollowUp {
            event,
            participant,
            organisation: None,
            title: format!("{kind} follow-up"),
            kind,
            owner: "besa".into(),
            due,
            status,
            notes: String::new(),
            certificate: None,
        }),
    );
}

/// The fixture in a database of its own, for the tests that run the binary on it.
pub struct Db {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
}

pub fn on_disk() -> Db {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("prezenca.redb");
    build(&path);
    Db { dir, path }
}

/// The fixture in a temp dir, opened: for the tests that call the library.
pub fn open() -> (tempfile::TempDir, LocalBackend, Fixture) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("prezenca.redb");
    let f = build(&path);
    let b = LocalBackend::open(&path).expect("reopen");
    (dir, b, f)
}

/// Runs `prezenca --db DB ARGS…` on the clock `now` with `env` set; no server, no default
/// database and no locale from whoever runs the tests, so the language is the one asked for.
pub fn run(db: &Db, args: &[&str], now: &str, env: &[(&str, &str)]) -> Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_prezenca"));
    cmd.env("XDG_CONFIG_HOME", NO_CONFIG);
    cmd.arg("--db")
        .arg(&db.path)
        .args(args)
        .current_dir(db.dir.path())
        .env("PREZENCA_NOW", now)
        .env("PREZENCA_SOCKET", db.dir.path().join("no-server.sock"))
        .env_remove("PREZENCA_DB")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("LANGUAGE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run prezenca")
}

/// [`run`] that must succeed; its standard output.
pub fn ok(db: &Db, args: &[&str], now: &str, env: &[(&str, &str)]) -> String {
    let out = run(db, args, now, env);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Builds the fixture in a new database at `path`.
pub fn build(path: &Path) -> Fixture {
    // What is stored (audit times, mark times) and what is shown (overdue, at risk) hold the
    // fixed day, never the day the tests run.
    prezenca::core::clock::fix(Some(time::macros::datetime!(2026-03-02 09:30)));
    let mut b = LocalBackend::open(path).expect("open a new database");
    let a = created(
        &mut b,
        Command::CreateEvent(event(
            "PR-2026-03-ADV",
            "Advocacy & <policy> basics",
            EventKind::Training,
            date!(2026 - 03 - 02),
            date!(2026 - 03 - 04),
        )),
    );
    let mut eb = event(
        "PR-2026-04-NET",
        "Regional networking | Balkans",
        EventKind::Networking,
        date!(2026 - 04 - 10),
        date!(2026 - 04 - 11),
    );
    eb.threshold_permille = 500;
    eb.city = "Skopje".into();
    eb.country = "North Macedonia".into();
    eb.mode = Mode::Online;
    let ev_b = created(&mut b, Command::CreateEvent(eb));
    let sa: Vec<Id> = b
        .sessions(a)
        .expect("sessions of A")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let sb: Vec<Id> = b
        .sessions(ev_b)
        .expect("sessions of B")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!((sa.len(), sb.len()), (3, 2), "one default session a day");
    let mut s5 = b.sessions(ev_b).expect("sessions of B")[1].1.clone();
    s5.end = time!(12:30);
    b.execute(Command::UpdateSession {
        id: sb[1],
        session: s5,
    })
    .expect("shorter S5");

    let zeri = created(
        &mut b,
        Command::CreateOrganisation(Organisation {
            name: "Zëri i Gruas".into(),
            acronym: "ZiG".into(),
            kind: OrgKind::Cso,
            city: "Prishtina".into(),
            country: "Kosovo".into(),
        }),
    );
    let mreza = created(
        &mut b,
        Command::CreateOrganisation(Organisation {
            name: "Mreža Mladih".into(),
            acronym: String::new(),
            kind: OrgKind::Network,
            city: "Novi Sad".into(),
            country: "Serbia".into(),
        }),
    );
    let p1 = person(
        &mut b,
        "Ana Çela",
        "ana@zeri.org",
        Gender::Female,
        "Kosovo",
        Some(zeri),
    );
    let p2 = person(
        &mut b,
        "Đorđe Đorđević",
        "djordje@mreza.rs",
        Gender::Male,
        "Serbia",
        Some(mreza),
    );
    let p3 = person(
        &mut b,
        "Elif Şahin",
        "elif@example.com.tr",
        Gender::Female,
        "Turkey",
        None,
    );
    let p4 = person(
        &mut b,
        "Петар Петровић",
        "",
        Gender::Male,
        "Montenegro",
        Some(mreza),
    );
    let p5 = person(
        &mut b,
        "Blerim Krasniqi",
        "blerim@zeri.org",
        Gender::Undisclosed,
        "",
        Some(zeri),
    );
    let p7 = person(
        &mut b,
        "Lule Berisha",
        "lule@example.al",
        Gender::Female,
        "Albania",
        None,
    );
    let qendra = created(
        &mut b,
        Command::CreateOrganisation(Organisation {
            name: "Qendra për Drejtësi".into(),
            acronym: String::new(),
            kind: OrgKind::PublicBody,
            city: "Prishtina".into(),
            country: "Kosovo".into(),
        }),
    );
    let p8 = person(
        &mut b,
        "Besa Gashi",
        "besa@centre.org",
        Gender::Female,
        "Kosovo",
        Some(qendra),
    );
    donor(
        &mut b,
        p1,
        Some(1990),
        short_set([
            "1",
            "No difficulty",
            "A lot of difficulty",
            "1",
            "1",
            "Pa vështirësi",
        ]),
    );
    donor(&mut b, p2, Some(2000), Disability::No);
    donor(&mut b, p4, Some(1980), Disability::Yes);
    donor(
        &mut b,
        p5,
        Some(1960),
        short_set(["2", "1", "Some difficulty", "1", "Disa vështirësi", "1"]),
    );
    donor(
        &mut b,
        p7,
        Some(2009),
        Disability::parse("po").expect("yes in Albanian"),
    );
    for p in [p1, p2, p3, p4, p5] {
        register(&mut b, a, p, Role::Participant, RegStatus::Registered);
    }
    register(&mut b, a, p7, Role::Participant, RegStatus::Cancelled);
    register(&mut b, a, p8, Role::Trainer, RegStatus::Confirmed);

    use MarkStatus::*;
    let (s1, s2, s3) = (sa[0], sa[1], sa[2]);
    for (p, s, st) in [
        (p1, s1, Present),
        (p1, s2, Present),
        (p1, s3, Present),
        (p2, s1, Late),
        (p2, s2, LeftEarly),
        (p2, s3, Present),
        (p3, s1, Excused),
        (p3, s2, Present),
        (p3, s3, Absent),
        (p4, s1, Absent),
        (p4, s2, Absent),
        (p5, s1, Present),
        (p5, s3, Present),
        (p7, s1, Present),
        (p8, s1, Present),
    ] {
        mark(&mut b, s, p, st);
    }
    let p6 = b
        .execute(Command::WalkIn {
            event: a,
            session: Some(s2),
            person: WalkInPerson::New {
                participant: Participant {
                    name: "Mira Hoxha".into(),
                    email: "mira@zeri.org".into(),
                    gender: Gender::Female,
                    country: "Kosovo".into(),
                    ..Participant::default()
                },
                organisation: "zeri i gruas".into(),
            },
        })
        .expect("walk-in applies")
        .created
        .expect("walk-in creates a participant");
    mark(&mut b, s3, p6, Present);

    for p in [p1, p3, p7, p4] {
        register(&mut b, ev_b, p, Role::Participant, RegStatus::Confirmed);
    }
    let (s4, s5) = (sb[0], sb[1]);
    mark(&mut b, s4, p1, Present);
    mark(&mut b, s5, p1, Present);
    mark(&mut b, s4, p3, Present);
    mark(&mut b, s5, p3, Absent);
    mark(&mut b, s4, p7, Late);

    followup(
        &mut b,
        a,
        None,
        FollowUpKind::Materials,
        FollowUpStatus::Open,
        Some(date!(2026 - 02 - 20)),
    );
    followup(
        &mut b,
        a,
        Some(p1),
        FollowUpKind::Certificate,
        FollowUpStatus::Done,
        None,
    );
    followup(
        &mut b,
        a,
        None,
        FollowUpKind::Other,
        FollowUpStatus::Cancelled,
        Some(date!(2026 - 01 - 01)),
    );
    followup(
        &mut b,
        a,
        None,
        FollowUpKind::Coaching,
        FollowUpStatus::Open,
        Some(date!(2026 - 03 - 20)),
    );
    Fixture {
        a,
        b: ev_b,
        p: vec![0, p1, p2, p3, p4, p5, p6, p7, p8],
        sessions_a: sa,
        sessions_b: sb,
    }
}
