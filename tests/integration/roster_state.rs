//! The roster's behaviour at the door, driven key by key against a local database.

use crate::roster_support;

use crossterm::event::KeyCode;
use prezenca::backend::local::LocalBackend;
use prezenca::core::{Backend, Command, MarkInput, Queries};
use prezenca::domain::*;
use prezenca::tui::roster::{Roster, RosterExit, session_at};
use roster_support::*;
use time::macros::{datetime, time};

fn open(f: &mut Fixture) -> Roster {
    Roster::open(&mut f.b, f.event, NOW).expect("roster opens")
}

fn first_session(f: &mut Fixture) -> Id {
    f.b.sessions(f.event).expect("sessions")[0].0
}

fn check_in(r: &mut Roster, b: &mut dyn Backend, typed: &str) -> RosterExit {
    type_text(r, b, typed);
    press(r, b, key(KeyCode::Enter))
}

/// The names the walk-in form offers as people already known.
fn candidate_names(r: &Roster) -> Vec<String> {
    r.walk_in_form()
        .expect("form")
        .candidates()
        .map(|(k, _)| k.name.clone())
        .collect()
}

/// A mark written straight through the backend (setup, or another trainer), without a
/// concurrency check.
fn stored_mark(
    session: Id,
    participant: Id,
    status: MarkStatus,
    arrived_at: Option<time::Time>,
) -> Command {
    Command::SetMark {
        session,
        participant,
        mark: Some(MarkInput {
            status,
            arrived_at,
            reason: String::new(),
        }),
        expect: None,
    }
}

#[test]
fn typing_without_diacritics_then_enter_marks_the_right_person() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    for (typed, name) in [
        ("cela", "Ana Çela"),
        ("petrovic", "Милица Петровић"),
        ("djordjevic", "Marko Đorđević"),
        ("sahin elif", "Elif Şahin"),
    ] {
        let exit = check_in(&mut r, &mut f.b, typed);
        assert_eq!(
            status_of(&mut f.b, s, name),
            Some(MarkStatus::Present),
            "{typed}"
        );
        assert!(matches!(exit, RosterExit::Status(m) if m.contains(name)));
        assert_eq!(r.filter_text(), "", "filter clears after a mark");
        assert_eq!(r.selected_person().map(|p| p.name.as_str()), Some(name));
    }
    // Nobody else was marked.
    assert_eq!(f.b.session_marks(s).expect("marks").len(), 4);
    assert_eq!(r.counts().present, 4);
    assert_eq!(r.counts().unmarked, PEOPLE.len() - 4);
}

#[test]
fn with_several_matches_enter_marks_the_selected_row() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    type_text(&mut r, &mut f.b, "krasniqi");
    assert_eq!(r.visible().count(), 2);
    press(&mut r, &mut f.b, key(KeyCode::Down));
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    assert_eq!(
        status_of(&mut f.b, s, "Blerta Krasniqi"),
        Some(MarkStatus::Present)
    );
    assert_eq!(status_of(&mut f.b, s, "Arben Krasniqi"), None);
    // The one already marked sorts after the one still to come.
    type_text(&mut r, &mut f.b, "krasniqi");
    assert_eq!(
        r.selected_person().map(|p| p.name.as_str()),
        Some("Arben Krasniqi")
    );
}

#[test]
fn ten_check_ins_by_partial_names_without_diacritics() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    let door = [
        ("cela", "Ana Çela"),
        ("petrov", "Милица Петровић"),
        ("djordj", "Marko Đorđević"),
        ("sahin", "Elif Şahin"),
        ("blerta", "Blerta Krasniqi"),
        ("jovan", "Ivana Jovanović"),
        ("kovac", "Dijana Kovačević"),
        ("hoxha", "Gjergj Hoxha"),
        ("yildiz", "Ayşe Yıldız"),
        ("celik", "Ömer Çelik"),
    ];
    let mut keys = 0;
    for (typed, _) in door {
        keys += type_text(&mut r, &mut f.b, typed);
        press(&mut r, &mut f.b, key(KeyCode::Enter));
        keys += 1;
    }
    for (typed, name) in door {
        assert_eq!(
            status_of(&mut f.b, s, name),
            Some(MarkStatus::Present),
            "{typed}"
        );
    }
    assert_eq!(f.b.session_marks(s).expect("marks").len(), door.len());
    let per_check_in = keys as f64 / door.len() as f64;
    println!("keystrokes per check-in: {per_check_in:.1}");
    // Faster than writing a name on paper: a handful of keys each.
    assert!(per_check_in <= 7.0, "{per_check_in}");
}

#[test]
fn late_records_the_arrival_time_and_it_can_be_edited() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    type_text(&mut r, &mut f.b, "hoxha");
    press(&mut r, &mut f.b, key(KeyCode::Char('2')));
    assert!(r.wants_raw_keys(), "the arrival time prompt takes the keys");
    press(&mut r, &mut f.b, ctrl('u'));
    type_text(&mut r, &mut f.b, "955");
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    assert!(r.wants_raw_keys(), "955 is refused");
    press(&mut r, &mut f.b, ctrl('u'));
    type_text(&mut r, &mut f.b, "09:55");
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    assert!(!r.wants_raw_keys());
    let id = id_of(&mut f.b, "Gjergj Hoxha");
    let m = f.b.session_marks(s).expect("marks");
    let (_, mark) = m.iter().find(|(p, _)| *p == id).expect("marked");
    assert_eq!(mark.status, MarkStatus::Late);
    assert_eq!(mark.arrived_at, Some(time!(09:55)));
    // The default is the clock's time.
    type_text(&mut r, &mut f.b, "yildiz");
    press(&mut r, &mut f.b, key(KeyCode::Char('2')));
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    let id = id_of(&mut f.b, "Ayşe Yıldız");
    assert_eq!(
        r.mark_of(id).and_then(|m| m.arrived_at),
        Some(NOW.time()),
        "late at the clock's time"
    );
}

#[test]
fn excused_asks_an_optional_reason() {
    let mut f = fixture();
    let mut r = open(&mut f);
    type_text(&mut r, &mut f.b, "markovic");
    press(&mut r, &mut f.b, key(KeyCode::Char('3')));
    type_text(&mut r, &mut f.b, "sick");
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    let j = id_of(&mut f.b, "Jelena Marković");
    let m = r.mark_of(j).expect("marked");
    assert_eq!((m.status, m.reason.as_str()), (MarkStatus::Excused, "sick"));
    type_text(&mut r, &mut f.b, "stojan");
    press(&mut r, &mut f.b, key(KeyCode::Char('3')));
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    let n = id_of(&mut f.b, "Nikola Stojanovski");
    let m = r.mark_of(n).expect("marked");
    assert_eq!((m.status, m.reason.as_str()), (MarkStatus::Excused, ""));
    // Esc in the prompt changes nothing.
    type_text(&mut r, &mut f.b, "hoxha");
    press(&mut r, &mut f.b, key(KeyCode::Char('3')));
    press(&mut r, &mut f.b, key(KeyCode::Esc));
    assert!(r.mark_of(id_of(&mut f.b, "Gjergj Hoxha")).is_none());
}

#[test]
fn single_keys_set_and_clear_marks_on_the_selected_row() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    type_text(&mut r, &mut f.b, "jovan");
    press(&mut r, &mut f.b, key(KeyCode::Char('4')));
    assert_eq!(
        status_of(&mut f.b, s, "Ivana Jovanović"),
        Some(MarkStatus::Absent)
    );
    // The cursor stays on the person just marked.
    press(&mut r, &mut f.b, key(KeyCode::Char('5')));
    assert_eq!(
        status_of(&mut f.b, s, "Ivana Jovanović"),
        Some(MarkStatus::LeftEarly)
    );
    press(&mut r, &mut f.b, key(KeyCode::Char('1')));
    assert_eq!(
        status_of(&mut f.b, s, "Ivana Jovanović"),
        Some(MarkStatus::Present)
    );
    press(&mut r, &mut f.b, key(KeyCode::Char('0')));
    assert_eq!(status_of(&mut f.b, s, "Ivana Jovanović"), None);
}

#[test]
fn undo_restores_the_previous_mark() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    type_text(&mut r, &mut f.b, "cela");
    press(&mut r, &mut f.b, key(KeyCode::Char('4')));
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    assert_eq!(
        status_of(&mut f.b, s, "Ana Çela"),
        Some(MarkStatus::Present)
    );
    let exit = press(&mut r, &mut f.b, ctrl('z'));
    assert_eq!(status_of(&mut f.b, s, "Ana Çela"), Some(MarkStatus::Absent));
    assert!(
        matches!(&exit, RosterExit::Status(m) if m.starts_with("undid") && m.contains("Ana Çela")),
        "{exit:?}"
    );
    let ana = id_of(&mut f.b, "Ana Çela");
    assert_eq!(r.mark_of(ana).map(|m| m.status), Some(MarkStatus::Absent));
    press(&mut r, &mut f.b, ctrl('z'));
    assert_eq!(status_of(&mut f.b, s, "Ana Çela"), None);
    let exit = press(&mut r, &mut f.b, ctrl('z'));
    assert!(matches!(exit, RosterExit::Status(m) if m.contains("nothing")));
}

#[test]
fn bulk_absent_asks_with_the_count_and_skips_the_marked() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    check_in(&mut r, &mut f.b, "cela");
    type_text(&mut r, &mut f.b, "hoxha");
    press(&mut r, &mut f.b, key(KeyCode::Char('3')));
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    press(&mut r, &mut f.b, ctrl('b'));
    let q = r.question().expect("asks first").to_string();
    assert!(q.contains(&format!("{} unmarked", PEOPLE.len() - 2)), "{q}");
    // "n" changes nothing.
    press(&mut r, &mut f.b, key(KeyCode::Char('n')));
    assert_eq!(f.b.session_marks(s).expect("marks").len(), 2);
    press(&mut r, &mut f.b, ctrl('b'));
    press(&mut r, &mut f.b, key(KeyCode::Char('y')));
    assert_eq!(
        status_of(&mut f.b, s, "Ana Çela"),
        Some(MarkStatus::Present)
    );
    assert_eq!(
        status_of(&mut f.b, s, "Gjergj Hoxha"),
        Some(MarkStatus::Excused)
    );
    assert_eq!(
        status_of(&mut f.b, s, "Elif Şahin"),
        Some(MarkStatus::Absent)
    );
    // Trainers and cancelled registrations are not participants to mark absent.
    assert_eq!(status_of(&mut f.b, s, "Teuta Berisha"), None);
    assert_eq!(status_of(&mut f.b, s, "Dragan Nikolić"), None);
    let c = r.counts();
    assert_eq!((c.absent, c.unmarked), (PEOPLE.len() - 2, 0));
    // One undo takes the whole bulk mark back.
    press(&mut r, &mut f.b, ctrl('z'));
    assert_eq!(r.counts().unmarked, PEOPLE.len() - 2);
}

#[test]
fn a_selection_is_marked_present_together() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    // Rows are sorted by name: Ana Çela, Arben Krasniqi, Ayşe Yıldız, ...
    press(&mut r, &mut f.b, ctrl('t'));
    press(&mut r, &mut f.b, key(KeyCode::Down));
    press(&mut r, &mut f.b, ctrl('t'));
    press(&mut r, &mut f.b, ctrl('a'));
    assert_eq!(
        status_of(&mut f.b, s, "Ana Çela"),
        Some(MarkStatus::Present)
    );
    assert_eq!(status_of(&mut f.b, s, "Arben Krasniqi"), None);
    assert_eq!(
        status_of(&mut f.b, s, "Ayşe Yıldız"),
        Some(MarkStatus::Present)
    );
    assert_eq!(r.counts().present, 2);
}

/// Another trainer marks someone of the selection meanwhile: marking the selection present
/// changes nobody (all or nothing), says who changed, keeps the selection and shows the
/// fresh marks, so the second press is a decision made on what is stored.
#[test]
fn a_selection_with_a_mark_changed_meanwhile_is_a_conflict_and_marks_nobody() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    let ayse = id_of(&mut f.b, "Ayşe Yıldız");
    // Selecting moves down a row: Ana Çela, then (past Arben Krasniqi) Ayşe Yıldız.
    press(&mut r, &mut f.b, ctrl('t'));
    press(&mut r, &mut f.b, key(KeyCode::Down));
    press(&mut r, &mut f.b, ctrl('t'));
    f.b.execute(stored_mark(s, ayse, MarkStatus::Excused, None))
        .expect("other trainer");
    let exit = press(&mut r, &mut f.b, ctrl('a'));
    assert!(
        matches!(&exit, RosterExit::Status(m) if m.contains("Ayşe Yıldız") && m.contains("Nothing was marked")),
        "{exit:?}"
    );
    assert_eq!(status_of(&mut f.b, s, "Ana Çela"), None, "all or nothing");
    assert_eq!(
        status_of(&mut f.b, s, "Ayşe Yıldız"),
        Some(MarkStatus::Excused)
    );
    assert_eq!(
        r.mark_of(ayse).map(|m| m.status),
        Some(MarkStatus::Excused),
        "reloaded to show what is stored"
    );
    // The second press marks the selection, on the marks now shown.
    press(&mut r, &mut f.b, ctrl('a'));
    assert_eq!(
        status_of(&mut f.b, s, "Ana Çela"),
        Some(MarkStatus::Present)
    );
    assert_eq!(
        status_of(&mut f.b, s, "Ayşe Yıldız"),
        Some(MarkStatus::Present)
    );
}

#[test]
fn walk_in_finds_the_existing_person_instead_of_duplicating() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let before = f.b.participants().expect("p").len();
    let mut r = open(&mut f);
    press(&mut r, &mut f.b, ctrl('w'));
    assert!(r.wants_raw_keys());
    // A typo and no diacritics still find her.
    type_text(&mut r, &mut f.b, "vesna todorovc");
    let found = candidate_names(&r);
    assert_eq!(found, vec!["Vesna Todorović".to_string()]);
    press(&mut r, &mut f.b, key(KeyCode::Down));
    let exit = press(&mut r, &mut f.b, key(KeyCode::Enter));
    assert!(!r.wants_raw_keys(), "{exit:?}");
    assert_eq!(f.b.participants().expect("p").len(), before, "no duplicate");
    assert_eq!(
        status_of(&mut f.b, s, "Vesna Todorović"),
        Some(MarkStatus::Present)
    );
    let v = id_of(&mut f.b, "Vesna Todorović");
    let regs = f.b.registrations(f.event).expect("regs");
    let reg = regs.iter().find(|(p, _)| *p == v).expect("registered");
    assert_eq!(reg.1.source, Source::WalkIn);
    assert_eq!(
        r.selected_person().map(|p| p.name.as_str()),
        Some("Vesna Todorović")
    );
    assert_eq!(r.counts().registered, PEOPLE.len() + 1);
}

#[test]
fn walk_in_by_email_finds_the_person_and_a_new_one_is_added() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    press(&mut r, &mut f.b, ctrl('w'));
    press(&mut r, &mut f.b, key(KeyCode::Tab));
    press(&mut r, &mut f.b, key(KeyCode::Tab));
    type_text(&mut r, &mut f.b, "VESNA@example.org");
    let found = candidate_names(&r);
    assert_eq!(found, vec!["Vesna Todorović".to_string()]);
    press(&mut r, &mut f.b, key(KeyCode::Esc));
    assert!(!r.wants_raw_keys());

    // Someone new: name, organisation, (no email), gender, country; Enter through the fields.
    let before = f.b.participants().expect("p").len();
    press(&mut r, &mut f.b, ctrl('w'));
    type_text(&mut r, &mut f.b, "Leutrim Gashi");
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    type_text(&mut r, &mut f.b, "Çohu");
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    type_text(&mut r, &mut f.b, "dunno");
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    let form = r.walk_in_form().expect("gender refused, form stays");
    assert!(form.error.contains("gender"), "{}", form.error);
    press(&mut r, &mut f.b, ctrl('u'));
    type_text(&mut r, &mut f.b, "m");
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    type_text(&mut r, &mut f.b, "Kosovo");
    press(&mut r, &mut f.b, key(KeyCode::Enter));
    assert!(!r.wants_raw_keys());
    assert_eq!(f.b.participants().expect("p").len(), before + 1);
    let id = id_of(&mut f.b, "Leutrim Gashi");
    let p = f.b.participant(id).expect("q").expect("p");
    assert_eq!((p.gender, p.country.as_str()), (Gender::Male, "Kosovo"));
    let org =
        f.b.organisations()
            .expect("orgs")
            .into_iter()
            .find(|(o, _)| Some(*o) == p.organisation)
            .expect("organisation");
    assert_eq!(org.1.name, "Çohu");
    assert_eq!(
        status_of(&mut f.b, s, "Leutrim Gashi"),
        Some(MarkStatus::Present)
    );
    // The walk-in is undone like a mark.
    press(&mut r, &mut f.b, ctrl('z'));
    assert_eq!(f.b.participants().expect("p").len(), before);
}

#[test]
fn filter_text_becomes_the_walk_in_name() {
    let mut f = fixture();
    let mut r = open(&mut f);
    type_text(&mut r, &mut f.b, "vesna");
    assert_eq!(r.visible().count(), 0, "not registered");
    press(&mut r, &mut f.b, ctrl('w'));
    let form = r.walk_in_form().expect("form");
    assert_eq!(form.fields[0].text(), "vesna");
    assert_eq!(form.candidates().count(), 1);
}

#[test]
fn a_failed_commit_shows_the_failure_and_keeps_the_old_value() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("p.redb");
    let (event, session) = {
        let mut b = LocalBackend::open(&path).expect("open");
        let e = b
            .execute(Command::CreateEvent(roster_support::event("RO-1")))
            .expect("e")
            .created
            .expect("id");
        let p = create_person(&mut b, "Ana Çela", "", "");
        register(&mut b, e, p, Role::Participant, RegStatus::Registered);
        let s = b.sessions(e).expect("s")[0].0;
        b.execute(stored_mark(s, p, MarkStatus::Late, Some(time!(09:10))))
            .expect("mark");
        (e, s)
    };
    let mut b = LocalBackend::open_read_only(&path).expect("read-only");
    let mut r = Roster::open(&mut b, event, NOW).expect("roster");
    let exit = press(&mut r, &mut b, key(KeyCode::Char('4')));
    assert!(
        matches!(&exit, RosterExit::Status(m) if m.starts_with("not saved")),
        "{exit:?}"
    );
    let ana = id_of(&mut b, "Ana Çela");
    assert!(
        r.failure_of(ana)
            .expect("row shows it")
            .contains("read-only")
    );
    assert_eq!(r.mark_of(ana).map(|m| m.status), Some(MarkStatus::Late));
    assert_eq!(
        status_of(&mut b, session, "Ana Çela"),
        Some(MarkStatus::Late)
    );
    // Nothing to undo: nothing was saved.
    let exit = press(&mut r, &mut b, ctrl('z'));
    assert!(matches!(exit, RosterExit::Status(m) if m.contains("nothing")));
}

/// A link that loses answers, as a hotel Wi-Fi does: a change reaches the database (or not,
/// per `applies`), then the answer never comes; queries fail once `reads_fail` is set.
struct LostAnswers {
    inner: LocalBackend,
    applies: bool,
    reads_fail: bool,
}

impl Backend for LostAnswers {
    fn execute(&mut self, cmd: Command) -> prezenca::core::error::Result<prezenca::core::Outcome> {
        if self.applies {
            self.inner.execute(cmd)?;
        }
        Err(prezenca::core::error::Error::OutcomeUnknown(
            "the connection to the server broke before it answered".into(),
        ))
    }
    fn query(
        &mut self,
        q: prezenca::core::Query,
    ) -> prezenca::core::error::Result<prezenca::core::Answer> {
        if self.reads_fail {
            return Err(prezenca::core::error::Error::NotSent(
                "not connected".into(),
            ));
        }
        self.inner.query(q)
    }
    fn location(&self) -> String {
        "server test.sock".into()
    }
    fn who(&self) -> String {
        "trainer".into()
    }
}

#[test]
fn a_mark_whose_answer_was_lost_shows_what_is_stored_instead_of_not_saved() {
    let f = fixture();
    let mut b = LostAnswers {
        inner: f.b,
        applies: false,
        reads_fail: false,
    };
    let mut r = Roster::open(&mut b, f.event, NOW).expect("roster");
    let ana = id_of(&mut b.inner, "Ana Çela");
    // The mark reached the database; only its answer was lost.
    b.applies = true;
    type_text(&mut r, &mut b, "cela");
    let exit = press(&mut r, &mut b, key(KeyCode::Char('1')));
    assert!(
        matches!(&exit, RosterExit::Status(m) if m.contains("shows what is stored")),
        "{exit:?}"
    );
    assert_eq!(r.failure_of(ana), None, "the row is not shown as failed");
    assert_eq!(r.mark_of(ana).map(|m| m.status), Some(MarkStatus::Present));
    // The same for a mark the database never got: the row shows it unmarked, not failed.
    b.applies = false;
    let milica = id_of(&mut b.inner, "Милица Петровић");
    type_text(&mut r, &mut b, "petrovic");
    press(&mut r, &mut b, key(KeyCode::Char('4')));
    assert_eq!(r.failure_of(milica), None);
    assert_eq!(r.mark_of(milica), None);
}

#[test]
fn a_lost_answer_that_cannot_be_checked_says_unknown_not_not_saved() {
    let f = fixture();
    let mut b = LostAnswers {
        inner: f.b,
        applies: true,
        reads_fail: false,
    };
    let mut r = Roster::open(&mut b, f.event, NOW).expect("roster");
    let ana = id_of(&mut b.inner, "Ana Çela");
    b.reads_fail = true;
    type_text(&mut r, &mut b, "cela");
    let exit = press(&mut r, &mut b, key(KeyCode::Char('1')));
    assert!(
        matches!(&exit, RosterExit::Status(m) if m.starts_with("unknown:")),
        "{exit:?}"
    );
    let row = r.failure_of(ana).expect("the row says it");
    assert!(
        row.starts_with("unknown:") && !row.contains("not saved"),
        "{row}"
    );
    // Nothing is shown as saved that this screen could not see stored.
    assert_eq!(r.mark_of(ana), None);
}

#[test]
fn a_mark_changed_meanwhile_is_a_conflict_and_needs_confirmation() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    let ana = id_of(&mut f.b, "Ana Çela");
    // Another trainer marks her late after the roster showed her unmarked.
    f.b.execute(stored_mark(s, ana, MarkStatus::Late, Some(time!(09:40))))
        .expect("other trainer");
    check_in(&mut r, &mut f.b, "cela");
    let q = r.question().expect("asks before overwriting").to_string();
    assert!(q.contains("late"), "{q}");
    assert_eq!(status_of(&mut f.b, s, "Ana Çela"), Some(MarkStatus::Late));
    assert_eq!(
        r.mark_of(ana).map(|m| m.status),
        Some(MarkStatus::Late),
        "reloaded to show what is stored"
    );
    press(&mut r, &mut f.b, key(KeyCode::Char('n')));
    assert_eq!(status_of(&mut f.b, s, "Ana Çela"), Some(MarkStatus::Late));
    check_in(&mut r, &mut f.b, "cela");
    // Now the roster shows late, so there is no conflict: the mark is written.
    assert_eq!(
        status_of(&mut f.b, s, "Ana Çela"),
        Some(MarkStatus::Present)
    );

    // Conflict, then "y" overwrites.
    f.b.execute(stored_mark(s, ana, MarkStatus::Excused, None))
        .expect("other trainer");
    type_text(&mut r, &mut f.b, "cela");
    press(&mut r, &mut f.b, key(KeyCode::Char('4')));
    assert!(r.question().is_some());
    press(&mut r, &mut f.b, key(KeyCode::Char('y')));
    assert_eq!(status_of(&mut f.b, s, "Ana Çela"), Some(MarkStatus::Absent));
}

#[test]
fn refresh_shows_marks_and_walk_ins_of_other_trainers() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    let vesna = id_of(&mut f.b, "Vesna Todorović");
    f.b.execute(Command::WalkIn {
        event: f.event,
        session: Some(s),
        person: prezenca::core::WalkInPerson::Existing(vesna),
    })
    .expect("other trainer's walk-in");
    r.refresh(&mut f.b).expect("refresh");
    assert_eq!(
        r.mark_of(vesna).map(|m| m.status),
        Some(MarkStatus::Present)
    );
    assert!(r.visible().any(|p| p.id == vesna));
    assert_eq!(r.counts().present, 1);
}

#[test]
fn session_is_chosen_by_the_clock() {
    let mut f = fixture();
    // An evening session on day 2.
    let day2 = f.b.sessions(f.event).expect("s")[1].1.date;
    f.b.execute(Command::CreateSession(Session {
        event: f.event,
        date: day2,
        start: time!(18:00),
        end: time!(20:00),
        title: "Evening".into(),
    }))
    .expect("session");
    let sessions = f.b.sessions(f.event).expect("s");
    for (now, want) in [
        (datetime!(2026-03-01 12:00), 1), // before the event: the first
        (datetime!(2026-03-02 09:00), 1), // running
        (datetime!(2026-03-02 17:30), 2), // between: the next
        (datetime!(2026-03-03 16:59), 2),
        (datetime!(2026-03-03 17:00), 3),
        (datetime!(2026-03-03 19:00), 3),
        (datetime!(2026-04-01 09:00), 3), // after: the last
    ] {
        assert_eq!(session_at(&sessions, now) + 1, want, "{now}");
        let r = Roster::open(&mut f.b, f.event, now).expect("roster");
        assert_eq!(r.session_number(), want, "{now}");
    }
    let mut r = open(&mut f);
    assert_eq!(r.title(), "ADV-2026-03 1/3");
    press(&mut r, &mut f.b, key(KeyCode::Char(']')));
    press(&mut r, &mut f.b, key(KeyCode::Char(']')));
    let exit = press(&mut r, &mut f.b, key(KeyCode::Char(']')));
    assert_eq!(r.session_number(), 3);
    assert!(matches!(exit, RosterExit::Status(m) if m.contains("last")));
    // Marks belong to the session shown.
    check_in(&mut r, &mut f.b, "cela");
    assert_eq!(
        status_of(&mut f.b, sessions[2].0, "Ana Çela"),
        Some(MarkStatus::Present)
    );
    press(&mut r, &mut f.b, key(KeyCode::Char('[')));
    assert_eq!(r.session_number(), 2);
    assert_eq!(r.counts().present, 0);
}

#[test]
fn escape_clears_the_filter_first_then_closes() {
    let mut f = fixture();
    let mut r = open(&mut f);
    type_text(&mut r, &mut f.b, "cel");
    assert_eq!(r.visible().count(), 2, "Çela and Çelik");
    assert_eq!(press(&mut r, &mut f.b, key(KeyCode::Esc)), RosterExit::Stay);
    assert_eq!(r.filter_text(), "");
    assert_eq!(r.visible().count(), PEOPLE.len() + 2);
    assert_eq!(
        press(&mut r, &mut f.b, key(KeyCode::Esc)),
        RosterExit::Close
    );
}

#[test]
fn staff_and_cancelled_are_listed_after_participants_and_not_counted() {
    let mut f = fixture();
    let r = open(&mut f);
    let names: Vec<&str> = r.visible().map(|p| p.name.as_str()).collect();
    let n = PEOPLE.len();
    assert_eq!(names.len(), n + 2);
    assert!(r.visible().take(n).all(|p| p.counts));
    assert_eq!(names[n..], ["Teuta Berisha", "Dragan Nikolić"]);
    assert_eq!(r.counts().registered, n);
}

#[test]
fn sign_in_sheet_is_private_escaped_html() {
    use std::os::unix::fs::PermissionsExt;
    let mut f = fixture();
    let r = open(&mut f);
    let out = tempfile::tempdir().expect("tempdir");
    let path = r.write_sign_in_sheet(out.path()).expect("written");
    assert_eq!(
        path.file_name().and_then(|n| n.to_str()),
        Some("ADV-2026-03-session-1-sign-in.html")
    );
    let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let html = std::fs::read_to_string(&path).expect("read");
    assert!(html.contains("Ana Çela"));
    assert!(html.contains("Милица Петровић"));
    assert!(html.contains("Roma &amp; Ashkali &lt;Forum&gt;"));
    assert!(!html.contains("<Forum>"));
    assert!(html.contains("size: A4"));
    assert!(html.contains("Signature"));
    assert!(!html.contains("Teuta Berisha"), "trainers do not sign in");
    // Written again, it replaces the old sheet.
    r.write_sign_in_sheet(out.path()).expect("again");
    assert_eq!(std::fs::read_dir(out.path()).expect("dir").count(), 1);
}

#[test]
fn refresh_keeps_the_cursor_and_the_detail_names_the_other_trainer() {
    let mut f = fixture();
    let s = first_session(&mut f);
    let mut r = open(&mut f);
    type_text(&mut r, &mut f.b, "krasniqi");
    press(&mut r, &mut f.b, key(KeyCode::Down));
    let blerta = id_of(&mut f.b, "Blerta Krasniqi");
    assert_eq!(r.selected_person().map(|p| p.id), Some(blerta));
    f.b.execute_as(stored_mark(s, blerta, MarkStatus::Present, None), "drita")
        .expect("another trainer's mark");
    r.refresh(&mut f.b).expect("refresh");
    assert_eq!(r.selected_person().map(|p| p.id), Some(blerta));
    let mut t =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 10)).expect("terminal");
    t.draw(|fr| r.render(fr, fr.area(), &prezenca::tui::theme::Theme::mono()))
        .expect("draw");
    let screen = t.backend().to_string();
    let detail = screen.lines().last().expect("detail line");
    assert!(detail.contains("Blerta Krasniqi"), "{detail}");
    assert!(detail.contains("present by drita at "), "{detail}");
}
