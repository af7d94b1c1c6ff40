//! Helpers for the TUI tests: a database in a temp dir behind a backend whose location is
//! fixed (so snapshots do not hold temp paths), an app on a fixed clock, keys, rendering.
#![allow(dead_code)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use prezenca::backend::local::LocalBackend;
use prezenca::core::{Answer, Backend, Command, Outcome, ParticipantRow, Query, Result};
use prezenca::domain::*;
use prezenca::tui::app::App;
use prezenca::tui::keymap::Keymap;
use prezenca::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use time::macros::{date, datetime};

/// A local backend that reports a fixed location.
pub struct Fixed(pub LocalBackend);

impl Backend for Fixed {
    fn execute(&mut self, cmd: Command) -> Result<Outcome> {
        // The recorded user and time are fixed too, so snapshots hold neither the login of
        // whoever runs the tests nor the day they run.
        self.0.execute_as(cmd, "trainer")
    }
    fn query(&mut self, q: Query) -> Result<Answer> {
        self.0.query(q)
    }
    fn each_participant_row(&mut self, each: &mut dyn FnMut(ParticipantRow)) -> Result<()> {
        // The file's own way, as the TUI meets it on a local file.
        self.0.each_participant_row(each)
    }
    fn location(&self) -> String {
        "file test.redb".into()
    }
    fn who(&self) -> String {
        "trainer".into()
    }
}

pub fn open() -> (tempfile::TempDir, Fixed) {
    prezenca::core::clock::fix(Some(datetime!(2026-03-02 09:30)));
    let dir = tempfile::tempdir().expect("tempdir");
    let b = LocalBackend::open(&dir.path().join("t.redb")).expect("open db");
    (dir, Fixed(b))
}

pub fn event(code: &str, title: &str, start: time::Date, end: time::Date) -> Event {
    Event {
        code: code.into(),
        title: title.into(),
        kind: EventKind::Training,
        city: "Prishtina".into(),
        country: "Kosovo".into(),
        venue: String::new(),
        start,
        end,
        project: "EU-CS-24".into(),
        capacity: Some(20),
        trainers: String::new(),
        threshold_permille: 800,
        status: EventStatus::Planned,
        notes: String::new(),
        mode: Default::default(),
    }
}

pub fn person(name: &str, email: &str, org: Option<Id>) -> Participant {
    Participant {
        name: name.into(),
        email: email.into(),
        gender: Gender::Female,
        organisation: org,
        country: "Kosovo".into(),
        ..Participant::default()
    }
}

pub fn created(b: &mut dyn Backend, cmd: Command) -> Id {
    b.execute(cmd)
        .expect("command")
        .created
        .expect("created id")
}

/// Two events, four people (two of them likely the same person), registrations, marks and
/// follow-ups, one overdue on 2026-03-02.
pub fn seeded() -> (tempfile::TempDir, Fixed, Ids) {
    let (dir, mut b) = open();
    let adv = created(
        &mut b,
        Command::CreateEvent(event(
            "PR-2026-ADV",
            "Advocacy basics",
            date!(2026 - 03 - 02),
            date!(2026 - 03 - 03),
        )),
    );
    let med = created(
        &mut b,
        Command::CreateEvent(event(
            "SK-2026-MED",
            "Media literacy",
            date!(2026 - 02 - 10),
            date!(2026 - 02 - 10),
        )),
    );
    let kwn = created(
        &mut b,
        Command::CreateOrganisation(Organisation {
            name: "Kosovo Women's Network".into(),
            acronym: "KWN".into(),
            kind: OrgKind::Network,
            city: "Prishtina".into(),
            country: "Kosovo".into(),
        }),
    );
    let ana = created(
        &mut b,
        Command::CreateParticipant(person("Ana Çela", "ana@kwn.org", Some(kwn))),
    );
    let ana2 = created(
        &mut b,
        Command::CreateParticipant(person("Ana Cela", "", Some(kwn))),
    );
    let dj = created(
        &mut b,
        Command::CreateParticipant(person("Ђорђе Петровић", "djordje@example.rs", None)),
    );
    let ay = created(
        &mut b,
        Command::CreateParticipant(person("Ayşe Şahin", "ayse@example.tr", None)),
    );
    for (e, p) in [(adv, ana), (adv, dj), (med, ana), (med, ay), (med, ana2)] {
        b.execute(Command::SetRegistration {
            event: e,
            participant: p,
            registration: Some(Registration::default()),
        })
        .expect("register");
    }
    let med_session = prezenca::core::Queries::sessions(&mut b, med).expect("sessions")[0].0;
    b.execute(Command::SetMark {
        session: med_session,
        participant: ana,
        mark: Some(prezenca::core::MarkInput {
            status: MarkStatus::Present,
            arrived_at: None,
            reason: String::new(),
        }),
        expect: None,
    })
    .expect("mark");
    for (title, due, status) in [
        (
            "Send certificate",
            date!(2026 - 02 - 20),
            FollowUpStatus::Open,
        ),
        ("Share slides", date!(2026 - 03 - 10), FollowUpStatus::Open),
        (
            "Collect evaluation",
            date!(2026 - 02 - 12),
            FollowUpStatus::Done,
        ),
    ] {
        b.execute(Command::CreateFollowUp(FollowUp {
            event: med,
            participant: Some(ana),
            organisation: None,
            title: title.into(),
            kind: FollowUpKind::Other,
            owner: "Vjosa".into(),
            due: Some(due),
            status,
            notes: String::new(),
            certificate: None,
        }))
        .expect("follow-up");
    }
    (
        dir,
        b,
        Ids {
            adv,
            med,
            ana,
            ana2,
            dj,
            ay,
        },
    )
}

pub struct Ids {
    pub adv: Id,
    pub med: Id,
    pub ana: Id,
    pub ana2: Id,
    pub dj: Id,
    pub ay: Id,
}

pub fn app_with(b: Fixed, theme: Theme) -> App {
    let mut app = App::new(Box::new(b), Keymap::defaults(), theme);
    app.set_now(datetime!(2026-03-02 09:30));
    app
}

pub fn app(b: Fixed) -> App {
    app_with(b, Theme { color: true })
}

pub fn key(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

pub fn ctrl(app: &mut App, c: char) {
    app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

/// Types text, one key per character.
pub fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        let m = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        app.handle_key(KeyEvent::new(KeyCode::Char(c), m));
    }
}

pub fn terminal(w: u16, h: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(w, h)).expect("test terminal")
}

/// The screen as text, one line per row.
pub fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = terminal(w, h);
    t.draw(|f| app.draw(f)).expect("draw");
    buffer_text(t.backend().buffer())
}

/// A drawn buffer as text, one line per row, a wide character once (its second cell is
/// the character's own).
pub fn buffer_text(buf: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut x = 0;
        while x < buf.area.width {
            let sym = buf[(x, y)].symbol();
            line.push_str(sym);
            // A wide character covers the next cell too.
            x += prezenca::text::width(sym).max(1) as u16;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
