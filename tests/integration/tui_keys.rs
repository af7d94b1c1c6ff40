//! Key sequences through the app, checked against the data the backend holds afterwards.

use crate::common;

use std::time::Duration;

use common::*;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use prezenca::core::{Backend, Command, Queries};
use prezenca::domain::*;
use prezenca::tui::app::{Input, InputSource, run_loop};
use prezenca::tui::keymap::Keymap;
use prezenca::tui::state::{Overlay, Pane};

/// The app's backend, for checking what was saved.
fn b(app: &mut prezenca::tui::app::App) -> &mut dyn Backend {
    app.backend.as_mut()
}

#[test]
fn an_event_and_a_participant_typed_in_are_saved() {
    let (_d, bk) = open();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('e')); // start empty
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "PR-2026-11-ADV");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "Advocacy for CSOs");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "03.03.2026"); // replaces the prefilled end date
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none(), "form closed after saving");
    let events = b(&mut app).events().expect("events");
    assert_eq!(events.len(), 1);
    let (eid, e) = &events[0];
    assert_eq!(e.code, "PR-2026-11-ADV");
    assert_eq!(e.end, time::macros::date!(2026 - 03 - 03));
    assert_eq!(b(&mut app).sessions(*eid).expect("sessions").len(), 2);

    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Ayşe Şahin");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "Ayse@Example.TR");
    key(&mut app, KeyCode::Enter);
    let people = b(&mut app).participants().expect("people");
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].1.email, "ayse@example.tr");
    // Added while the pane showed the event: registered there.
    let regs = b(&mut app).registrations(*eid).expect("regs");
    assert_eq!(regs.len(), 1);
    assert_eq!(
        app.status.text,
        "created participant Ayşe Şahin; registered Ayşe Şahin at PR-2026-11-ADV as participant"
    );
}

#[test]
fn escape_backs_out_of_a_form_without_saving() {
    let (_d, bk, _) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "NEW-1");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "Never saved");
    key(&mut app, KeyCode::Esc);
    assert!(app.overlay.is_none());
    assert_eq!(b(&mut app).events().expect("events").len(), 2);
}

#[test]
fn a_form_that_fails_validation_keeps_what_was_typed() {
    let (_d, bk, _) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "PR-2026-ADV"); // taken
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "Second go");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "31.02.2026"); // no such day
    key(&mut app, KeyCode::Enter);
    let Some(Overlay::Form(f)) = &app.overlay else {
        panic!("the form stays open");
    };
    assert_eq!(f.value(prezenca::domain::Field::Title), "Second go");
    assert_eq!(f.value(prezenca::domain::Field::StartDate), "31.02.2026");
    let errors: Vec<(prezenca::domain::Field, &str)> = f
        .fields
        .iter()
        .filter_map(|x| x.error.as_deref().map(|e| (x.key, e)))
        .collect();
    assert_eq!(
        errors,
        vec![
            (
                prezenca::domain::Field::Code,
                "event PR-2026-ADV already exists"
            ),
            (
                prezenca::domain::Field::StartDate,
                "\"31.02.2026\" is not a date (YYYY-MM-DD or DD.MM.YYYY)"
            ),
        ]
    );
    assert_eq!(b(&mut app).events().expect("events").len(), 2);
}

#[test]
fn an_unknown_organisation_is_created_on_the_second_save() {
    let (_d, bk, _) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('a')); // everyone: no registration made
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Marko Marković");
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "Youth Initiative");
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.overlay, Some(Overlay::Form(_))), "asks first");
    assert!(
        b(&mut app)
            .organisations()
            .expect("orgs")
            .iter()
            .all(|(_, o)| o.name != "Youth Initiative")
    );
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    let orgs = b(&mut app).organisations().expect("orgs");
    let (oid, _) = orgs
        .iter()
        .find(|(_, o)| o.name == "Youth Initiative")
        .expect("created");
    let people = b(&mut app).participants().expect("people");
    let marko = people
        .iter()
        .find(|(_, p)| p.name == "Marko Marković")
        .expect("marko");
    assert_eq!(marko.1.organisation, Some(*oid));
}

#[test]
fn an_acronym_finds_the_organisation() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "sahin");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('e'));
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "kwn");
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    let p = b(&mut app).participant(ids.ay).expect("q").expect("ayse");
    let ana = b(&mut app).participant(ids.ana).expect("q").expect("ana");
    assert_eq!(p.organisation, ana.organisation);
}

#[test]
fn undo_and_redo_walk_this_sessions_changes() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Char('a'));
    // Sorted by due date: the done evaluation, the overdue certificate, the slides.
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('x'));
    let open_now = |app: &mut prezenca::tui::app::App| {
        b(app)
            .followups(Some(ids.med))
            .expect("fus")
            .into_iter()
            .filter(|(_, f)| f.status == FollowUpStatus::Open)
            .count()
    };
    assert_eq!(open_now(&mut app), 1);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(open_now(&mut app), 2);
    assert!(
        app.status.text.starts_with("undid: "),
        "{}",
        app.status.text
    );
    ctrl(&mut app, 'r');
    assert_eq!(open_now(&mut app), 1);
    assert!(
        app.status.text.starts_with("redid: "),
        "{}",
        app.status.text
    );
    key(&mut app, KeyCode::Char('u'));
    key(&mut app, KeyCode::Char('u')); // nothing older from this session
    assert_eq!(open_now(&mut app), 2);
    assert_eq!(app.status.text, "nothing to undo in this session");
}

#[test]
fn delete_asks_and_undo_brings_everything_back() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('j')); // SK-2026-MED
    key(&mut app, KeyCode::Char('d'));
    key(&mut app, KeyCode::Char('n'));
    assert!(
        b(&mut app).event(ids.med).expect("q").is_some(),
        "no keeps it"
    );
    key(&mut app, KeyCode::Char('d'));
    key(&mut app, KeyCode::Char('y'));
    assert!(b(&mut app).event(ids.med).expect("q").is_none());
    assert!(b(&mut app).followups(Some(ids.med)).expect("q").is_empty());
    key(&mut app, KeyCode::Char('u'));
    assert!(b(&mut app).event(ids.med).expect("q").is_some());
    assert_eq!(b(&mut app).followups(Some(ids.med)).expect("q").len(), 3);
    assert_eq!(b(&mut app).registrations(ids.med).expect("q").len(), 3);
}

#[test]
fn merging_duplicates_shows_the_plan_and_can_be_undone() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "ana cela");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.people.visible.len(),
        2,
        "both spellings match the folded search"
    );
    key(&mut app, KeyCode::Char('m'));
    let Some(Overlay::Confirm(c)) = &app.overlay else {
        panic!("merge asks first");
    };
    assert_eq!(
        c.lines[0],
        format!(
            "Merge Ana Cela (#{}) into Ana Çela (#{})?",
            ids.ana2, ids.ana
        )
    );
    key(&mut app, KeyCode::Char('y'));
    assert!(b(&mut app).participant(ids.ana2).expect("q").is_none());
    key(&mut app, KeyCode::Char('u'));
    assert!(b(&mut app).participant(ids.ana2).expect("q").is_some());
    assert_eq!(app.status.text, "undid: merged Ana Cela into Ana Çela");
}

#[test]
fn selecting_an_event_filters_the_other_panes() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    let shown = |app: &prezenca::tui::app::App| -> Vec<Id> {
        app.people
            .visible
            .iter()
            .map(|&i| app.data.people[i as usize].id)
            .collect()
    };
    let mut adv = shown(&app);
    adv.sort();
    assert_eq!(adv, vec![ids.ana, ids.dj]);
    assert!(app.followups.visible.is_empty());
    key(&mut app, KeyCode::Down);
    let mut med = shown(&app);
    med.sort();
    assert_eq!(med, vec![ids.ana, ids.ana2, ids.ay]);
    assert_eq!(app.followups.visible.len(), 3);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(shown(&app).len(), 4);
}

#[test]
fn search_folds_case_diacritics_and_scripts() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "DJORDJE petr");
    let found: Vec<Id> = app
        .people
        .visible
        .iter()
        .map(|&i| app.data.people[i as usize].id)
        .collect();
    assert_eq!(found, vec![ids.dj]);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.people.visible.len(), 4, "esc clears the filter");
}

#[test]
fn marks_done_from_the_followups_pane() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('3'));
    key(&mut app, KeyCode::Char('G'));
    key(&mut app, KeyCode::Char(' '));
    let fus = b(&mut app).followups(Some(ids.med)).expect("fus");
    let slides = fus
        .iter()
        .find(|(_, f)| f.title == "Share slides")
        .expect("slides");
    assert_eq!(slides.1.status, FollowUpStatus::Done);
}

#[test]
fn sessions_are_added_edited_and_deleted() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('t'));
    assert_eq!(app.focus, Pane::Sessions);
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "13:00");
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "12:00"); // ends before it starts
    key(&mut app, KeyCode::Enter);
    assert!(
        matches!(app.overlay, Some(Overlay::Form(_))),
        "refused: {:?}",
        app.status
    );
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "16:30");
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none());
    let s = b(&mut app).sessions(ids.adv).expect("sessions");
    assert_eq!(s.len(), 3);
    key(&mut app, KeyCode::Char('G'));
    key(&mut app, KeyCode::Char('d'));
    key(&mut app, KeyCode::Char('y'));
    assert_eq!(b(&mut app).sessions(ids.adv).expect("sessions").len(), 2);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.focus, Pane::Events);
}

#[test]
fn a_duplicate_email_is_refused_inline() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Down); // Ђорђе
    key(&mut app, KeyCode::Char('e'));
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "ana@kwn.org");
    key(&mut app, KeyCode::Enter);
    let Some(Overlay::Form(f)) = &app.overlay else {
        panic!("form stays")
    };
    assert_eq!(
        f.fields[1].error.as_deref(),
        Some("Ana Çela already has this email")
    );
    let dj = b(&mut app).participant(ids.dj).expect("q").expect("dj");
    assert_eq!(dj.email, "djordje@example.rs");
}

#[test]
fn the_participant_detail_holds_the_history() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('2'));
    let prezenca::tui::state::Detail::Person {
        id, history, open, ..
    } = &app.detail
    else {
        panic!("person detail")
    };
    assert_eq!(*id, ids.ana);
    let codes: Vec<&str> = history.iter().map(|h| h.code.as_str()).collect();
    assert_eq!(codes.len(), 2);
    assert!(codes.contains(&"SK-2026-MED") && codes.contains(&"PR-2026-ADV"));
    assert_eq!(open.len(), 2);
}

#[test]
fn a_user_keymap_rebinds_one_action_and_keeps_the_rest() {
    let (_d, bk, _) = seeded();
    let (keymap, problems) = Keymap::with_overrides("[events]\nnew_event = \"a\"\n");
    assert!(problems.is_empty());
    let mut app =
        prezenca::tui::app::App::new(Box::new(bk), keymap, prezenca::tui::theme::Theme::mono());
    key(&mut app, KeyCode::Char('n'));
    assert!(app.overlay.is_none());
    key(&mut app, KeyCode::Char('a'));
    assert!(matches!(app.overlay, Some(Overlay::Form(_))));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('?'));
    assert!(matches!(app.overlay, Some(Overlay::Help("events"))));
}

#[test]
fn changes_made_elsewhere_are_picked_up() {
    let (_d, bk, _) = seeded();
    let mut app = app(bk);
    assert_eq!(app.data.people.len(), 4);
    // Another writer (a second handle on the file is refused by redb): write through the
    // app's backend behind the app's back, as a server would for another client.
    b(&mut app)
        .execute(Command::CreateParticipant(person(
            "Ilir Krasniqi",
            "ilir@example.org",
            None,
        )))
        .expect("create");
    app.poll_changes();
    assert_eq!(app.data.people.len(), 5);
}

/// A scripted terminal: keys, then quit.
struct Script(Vec<Input>);

impl InputSource for Script {
    fn next(&mut self, _timeout: Duration) -> Input {
        if self.0.is_empty() {
            Input::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE))
        } else {
            self.0.remove(0)
        }
    }
}

#[test]
fn the_real_loop_runs_on_a_test_backend_and_exits_by_status() {
    let (_d, bk, _) = seeded();
    let mut app = app(bk);
    let mut term = terminal(80, 24);
    let k = |c: char| Input::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    let mut script = Script(vec![k('2'), Input::Resize, Input::Tick, k('j')]);
    assert_eq!(run_loop(&mut term, &mut app, &mut script), 0);
    assert_eq!(app.focus, Pane::Participants);
    assert_eq!(app.people.nav.cursor, 1);

    let (_d2, bk2, _) = seeded();
    let drafts = tempfile::tempdir().expect("tempdir");
    let mut app2 = common::app(bk2);
    app2.draft_path = Some(drafts.path().join("drafts/draft.json"));
    let mut script = Script(vec![k('n'), k('X'), Input::Signal(15)]);
    assert_eq!(run_loop(&mut term, &mut app2, &mut script), 128 + 15);
    let path = app2.draft_path.clone().expect("draft path");
    let draft = prezenca::tui::terminal::read_draft(&path).expect("draft kept");
    assert_eq!(draft.values[0], "X");
    assert_eq!(draft.title, "New event");
    let mode = std::fs::metadata(&path).map(|m| {
        use std::os::unix::fs::PermissionsExt;
        m.permissions().mode() & 0o777
    });
    assert_eq!(mode.expect("mode"), 0o600);

    // Offered back on the next start; yes restores what was typed.
    let (_d3, bk3, _) = seeded();
    let mut app3 = common::app(bk3);
    app3.draft_path = Some(path.clone());
    app3.offer_draft(draft);
    key(&mut app3, KeyCode::Char('y'));
    let Some(Overlay::Form(f)) = &app3.overlay else {
        panic!("form restored")
    };
    assert_eq!(f.value(prezenca::domain::Field::Code), "X");
    assert!(!path.exists(), "the draft is used once");

    let mut script = Script(vec![Input::Gone]);
    assert_eq!(run_loop(&mut term, &mut app3, &mut script), 129);
}

/// Over SSH, Esc and the next key often arrive in one read and decode as Alt+key: unless
/// Alt+key is bound, it must act as Esc followed by the key.
#[test]
fn esc_glued_to_the_next_key_acts_as_both() {
    let (_d, bk, _ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('2'));
    key(&mut app, KeyCode::Char('a'));
    let all = app.people.visible.len();
    key(&mut app, KeyCode::Char('/'));
    typed(&mut app, "petr");
    assert!(
        app.people.visible.len() < all,
        "the search narrows the list"
    );
    // ESC + '1' in one read: clear the search, then go to pane 1.
    app.handle_key(KeyEvent::new(KeyCode::Char('1'), KeyModifiers::ALT));
    assert_eq!(app.people.visible.len(), all, "esc cleared the search");
    assert_eq!(app.focus, Pane::Events, "then 1 moved to the events pane");
}

#[test]
fn a_participant_in_a_new_organisation_added_at_an_event_is_one_change_with_the_donor_fields() {
    let (_d, bk, ids) = seeded();
    let mut app = app(bk);
    key(&mut app, KeyCode::Char('2')); // the selected event's participants
    let before = b(&mut app).change_seq().expect("seq");
    let orgs = b(&mut app).organisations().expect("orgs").len();
    key(&mut app, KeyCode::Char('n'));
    typed(&mut app, "Drita Leka");
    for _ in 0..4 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "Rrjeti i Ri"); // Organisation: not known yet
    for _ in 0..6 {
        key(&mut app, KeyCode::Tab);
    }
    typed(&mut app, "1985"); // Birth year
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "po"); // Disability, in Albanian
    key(&mut app, KeyCode::Enter); // asks about the new organisation
    assert!(app.overlay.is_some(), "the first save asks first");
    key(&mut app, KeyCode::Enter);
    assert!(app.overlay.is_none(), "form closed after saving");
    let people = b(&mut app).participants().expect("people");
    let (pid, p) = people
        .iter()
        .find(|(_, p)| p.name == "Drita Leka")
        .expect("saved");
    assert_eq!((p.birth_year, p.disability), (Some(1985), Disability::Yes));
    assert!(p.organisation.is_some());
    assert_eq!(b(&mut app).organisations().expect("orgs").len(), orgs + 1);
    assert!(
        b(&mut app)
            .registrations(ids.adv)
            .expect("regs")
            .iter()
            .any(|(x, _)| x == pid),
        "registered at the event shown"
    );
    // One change: the organisation, the person and the registration in one audit entry.
    let after = b(&mut app).change_seq().expect("seq");
    assert_eq!(after, before + 1);
    let entry = b(&mut app).audit_entry(after).expect("a").expect("entry");
    let kinds: Vec<&str> = entry
        .changes
        .iter()
        .map(|c| match c.key {
            RecordKey::Organisation(_) => "organisation",
            RecordKey::Participant(_) => "participant",
            RecordKey::Registration(..) => "registration",
            _ => "other",
        })
        .collect();
    assert_eq!(kinds, vec!["organisation", "participant", "registration"]);
    // And one undo takes it all back.
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(b(&mut app).organisations().expect("orgs").len(), orgs);
    assert!(
        b(&mut app)
            .participants()
            .expect("people")
            .iter()
            .all(|(_, p)| p.name != "Drita Leka")
    );
}
