//! Shared fixture of the roster tests: an event with registered people whose names need
//! folding, and a key press that goes through the default bindings the way the app does.
#![allow(dead_code)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Command, Queries};
use prezenca::domain::*;
use prezenca::tui::roster::{Roster, RosterAction, RosterExit};
use time::PrimitiveDateTime;
use time::macros::{date, datetime};

pub const NOW: PrimitiveDateTime = datetime!(2026-03-02 10:00);

pub struct Fixture {
    pub dir: tempfile::TempDir,
    pub b: LocalBackend,
    pub event: Id,
}

/// Registered participants: (name, email, organisation).
pub const PEOPLE: &[(&str, &str, &str)] = &[
    ("Ana Çela", "ana.cela@example.org", "Lëvizja FOL"),
    ("Милица Петровић", "", "Centar za građanske inicijative"),
    (
        "Marko Đorđević",
        "marko@example.org",
        "Građanske inicijative",
    ),
    ("Elif Şahin", "", "Kadın Dayanışma Derneği"),
    ("Arben Krasniqi", "arben@example.org", "KCSF"),
    ("Blerta Krasniqi", "", "KCSF"),
    ("Ivana Jovanović", "", "CRTA"),
    ("Dijana Kovačević", "", "Roma & Ashkali <Forum>"),
    ("Gjergj Hoxha", "", "Ec Ma Ndryshe"),
    ("Ayşe Yıldız", "", "TESEV"),
    ("Nikola Stojanovski", "", "Metamorphosis"),
    ("Jelena Marković", "", "BCSDN"),
    ("Ömer Çelik", "", "TÜSEV"),
    (
        "Maria-Magdalena Papadopoulou-Konstantinidou",
        "",
        "Balkan Civil Society Development Network for Long Names",
    ),
];

pub fn event(code: &str) -> Event {
    Event {
        project: "P1".into(),
        capacity: None,
        ..crate::common::event(
            code,
            "Advocacy and policy dialogue",
            date!(2026 - 03 - 02),
            date!(2026 - 03 - 03),
        )
    }
}

pub fn create_person(b: &mut LocalBackend, name: &str, email: &str, org: &str) -> Id {
    let known = b
        .organisations()
        .expect("organisations")
        .into_iter()
        .find(|(_, o)| o.name == org)
        .map(|(id, _)| id);
    let org_id = if org.is_empty() {
        None
    } else if known.is_some() {
        known
    } else {
        b.execute(Command::CreateOrganisation(Organisation {
            name: org.into(),
            acronym: String::new(),
            kind: OrgKind::Cso,
            city: String::new(),
            country: String::new(),
        }))
        .expect("organisation")
        .created
    };
    b.execute(Command::CreateParticipant(Participant {
        name: name.into(),
        email: email.into(),
        gender: Gender::Female,
        country: "Kosovo".into(),
        organisation: org_id,
        ..Participant::default()
    }))
    .expect("participant")
    .created
    .expect("id")
}

pub fn register(b: &mut LocalBackend, event: Id, person: Id, role: Role, status: RegStatus) {
    b.execute(Command::SetRegistration {
        event,
        participant: person,
        registration: Some(Registration {
            role,
            source: Source::PreRegistered,
            status,
        }),
    })
    .expect("registration");
}

/// An event of two days (a session each, 09:00–17:00) with [`PEOPLE`] registered, a trainer,
/// a cancelled registration and a known person who is not registered (Vesna Todorović).
pub fn fixture() -> Fixture {
    // Marks are stored with the clock's time and shown beside the roster's `NOW`: both fixed.
    prezenca::core::clock::fix(Some(NOW));
    let dir = tempfile::tempdir().expect("tempdir");
    let mut b = LocalBackend::open(&dir.path().join("p.redb")).expect("open");
    let event = b
        .execute(Command::CreateEvent(event("ADV-2026-03")))
        .expect("event")
        .created
        .expect("id");
    for (name, email, org) in PEOPLE {
        let p = create_person(&mut b, name, email, org);
        register(&mut b, event, p, Role::Participant, RegStatus::Registered);
    }
    let t = create_person(&mut b, "Teuta Berisha", "teuta@example.org", "");
    register(&mut b, event, t, Role::Trainer, RegStatus::Confirmed);
    let c = create_person(&mut b, "Dragan Nikolić", "", "");
    register(&mut b, event, c, Role::Participant, RegStatus::Cancelled);
    create_person(
        &mut b,
        "Vesna Todorović",
        "vesna@example.org",
        "Женски центар",
    );
    Fixture { dir, b, event }
}

pub fn id_of(b: &mut dyn Backend, name: &str) -> Id {
    b.participants()
        .expect("participants")
        .into_iter()
        .find(|(_, p)| p.name == name)
        .map(|(id, _)| id)
        .unwrap_or_else(|| panic!("no participant {name}"))
}

pub fn status_of(b: &mut dyn Backend, session: Id, name: &str) -> Option<MarkStatus> {
    let id = id_of(b, name);
    b.session_marks(session)
        .expect("marks")
        .into_iter()
        .find(|(p, _)| *p == id)
        .map(|(_, m)| m.status)
}

pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// The action a key has in the roster under the built-in keymap, as the app resolves it.
fn action(k: KeyEvent) -> Option<RosterAction> {
    use prezenca::tui::action::Bound;
    use prezenca::tui::keymap::{Key, Keymap};
    thread_local! {
        static KEYMAP: Keymap = Keymap::defaults();
    }
    let key = Key::from_event(&k)?;
    match KEYMAP.with(|m| m.bound::<RosterAction>(key))? {
        Bound::Own(a) => Some(a),
        Bound::Global(_) => None,
    }
}

/// One key press as the app delivers it.
pub fn press(r: &mut Roster, b: &mut dyn Backend, k: KeyEvent) -> RosterExit {
    match action(k) {
        Some(a) if !r.wants_raw_keys() => r.on_action(b, a).expect("action"),
        _ => r.on_key(b, k).expect("key"),
    }
}

/// Types text key by key; returns the number of keys.
pub fn type_text(r: &mut Roster, b: &mut dyn Backend, s: &str) -> usize {
    let mut n = 0;
    for c in s.chars() {
        press(r, b, key(KeyCode::Char(c)));
        n += 1;
    }
    n
}
