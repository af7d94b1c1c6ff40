//! Wide letters, emoji and combining marks keep the columns of the TUI aligned: the
//! participant list, the roster and the summary, on a `TestBackend`. Each screen is a text
//! snapshot, and the columns are also checked cell by cell: every row's next column starts in
//! the same cell, whatever the name before it holds.

use crate::common;

use common::*;
use crossterm::event::KeyCode;
use insta::assert_snapshot;
use prezenca::core::{Command, MarkInput, Queries};
use prezenca::domain::*;
use prezenca::tui::theme::Theme;
use ratatui::buffer::Buffer;
use time::macros::date;

/// Names as they come: CJK (two columns a letter), an emoji with a skin tone (one cluster,
/// two columns), an emoji with its selector, Latin letters of the region, Cyrillic, and
/// letters with combining marks typed apart (Vietnamese). (A zero-width joiner between emoji
/// is refused by validation, as every zero-width character is.)
const PEOPLE: [(&str, &str, &str); 8] = [
    ("山田 太郎", "yamada@example.jp", "日本"),
    ("Ana 👩🏽 Kelmendi", "ana.k@example.org", "Kosovo"),
    ("Drita ❤️ Berisha", "drita@example.org", "Shqipëri"),
    ("Ana Çela", "ana@example.org", "Shqipëri"),
    ("Marko Đorđević", "marko@example.rs", "Србија"),
    ("Петар Петровић", "petar@example.rs", "Србија"),
    ("Nguye\u{302}\u{303}n Thi Lan", "lan@example.vn", "Việt Nam"),
    (
        "李小龍李小龍李小龍李小龍李小龍李小龍李小龍李小龍",
        "long@example.cn",
        "中华人民共和国",
    ),
];

const ORGS: [&str; 3] = ["東京市民ネットワーク", "Lëvizja FOL 🌱", "Мрежа жена"];

fn wide() -> (tempfile::TempDir, Fixed) {
    let (dir, mut b) = open();
    let event = created(
        &mut b,
        Command::CreateEvent(event(
            "PR-2026-WIDE",
            "Data protection",
            date!(2026 - 03 - 02),
            date!(2026 - 03 - 03),
        )),
    );
    let orgs: Vec<Id> = ORGS
        .iter()
        .map(|name| {
            created(
                &mut b,
                Command::CreateOrganisation(Organisation {
                    name: (*name).into(),
                    acronym: String::new(),
                    kind: OrgKind::Network,
                    city: String::new(),
                    country: "Kosovo".into(),
                }),
            )
        })
        .collect();
    let session = b.sessions(event).expect("sessions")[0].0;
    for (i, (name, email, country)) in PEOPLE.iter().enumerate() {
        let mut p = person(name, email, Some(orgs[i % orgs.len()]));
        p.country = (*country).into();
        let id = created(&mut b, Command::CreateParticipant(p));
        b.0.execute_as(
            Command::SetRegistration {
                event,
                participant: id,
                registration: Some(Registration::default()),
            },
            "trainer",
        )
        .expect("register");
        if i % 2 == 0 {
            b.0.execute_as(
                Command::SetMark {
                    session,
                    participant: id,
                    mark: Some(MarkInput {
                        status: MarkStatus::Present,
                        arrived_at: None,
                        reason: String::new(),
                    }),
                    expect: None,
                },
                "trainer",
            )
            .expect("mark");
        }
    }
    (dir, b)
}

fn drawn(app: &prezenca::tui::app::App, w: u16, h: u16) -> Buffer {
    let mut t = terminal(w, h);
    t.draw(|f| app.draw(f)).expect("draw");
    t.backend().buffer().clone()
}

/// The cell where `needle` starts on row `y`, reading the row as the terminal shows it (a
/// wide letter's second cell holds nothing of its own).
fn x_of(buf: &Buffer, y: u16, needle: &str) -> Option<u16> {
    let mut text = String::new();
    let mut at = Vec::new();
    let mut x = 0;
    while x < buf.area.width {
        let sym = buf[(x, y)].symbol();
        for _ in sym.chars() {
            at.push(x);
        }
        text.push_str(sym);
        // A wide letter covers the next cell too.
        x += prezenca::text::width(sym).max(1) as u16;
    }
    let byte = text.find(needle)?;
    let nth = text[..byte].chars().count();
    at.get(nth).copied()
}

/// The row showing `needle`, and the cell it starts in.
fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    (0..buf.area.height).find_map(|y| x_of(buf, y, needle).map(|x| (x, y)))
}

/// Every person's row holds `next(i)` starting in the same cell: the column after the
/// name is aligned. Returns that cell.
fn aligned(buf: &Buffer, first: &str, next: impl Fn(usize) -> String) -> u16 {
    let mut starts = Vec::new();
    for (i, (name, _, _)) in PEOPLE.iter().enumerate() {
        // The long name is cut: each is found by its start.
        let key: String = name.chars().take(5).collect();
        let (_, y) = find(buf, &key).unwrap_or_else(|| panic!("{name} is not on the screen"));
        let what = next(i);
        let x = x_of(buf, y, &what).unwrap_or_else(|| panic!("{what:?} not on the row of {name}"));
        starts.push((name.to_string(), x));
    }
    let (_, x0) = find(buf, first).expect("the first column");
    let col = starts[0].1;
    assert!(
        starts.iter().all(|(_, x)| *x == col),
        "the column after the names is not aligned (names start at {x0}): {starts:?}"
    );
    col
}

#[test]
fn the_participant_list_keeps_its_columns_with_wide_and_emoji_names() {
    let (_d, b) = wide();
    let mut app = app_with(b, Theme::mono());
    key(&mut app, KeyCode::Char('2'));
    let buf = drawn(&app, 100, 24);
    let org = |i: usize| ORGS[i % ORGS.len()].chars().take(3).collect::<String>();
    aligned(&buf, "山田", org);
    // Every row of the pane is as wide as the pane: the right border stays in its column.
    let (_, y) = find(&buf, "山田").expect("row");
    let border = (0..buf.area.width)
        .rev()
        .find(|&x| buf[(x, y)].symbol() == "│")
        .expect("a right border");
    for (name, _, _) in PEOPLE {
        let key: String = name.chars().take(5).collect();
        let (_, y) = find(&buf, &key).expect("row");
        assert_eq!(
            buf[(border, y)].symbol(),
            "│",
            "the border moved on the row of {name}"
        );
    }
    assert_snapshot!(buffer_text(&buf));
}

#[test]
fn the_roster_keeps_its_columns_with_wide_and_emoji_names() {
    let (_d, b) = wide();
    let mut app = app_with(b, Theme::mono());
    key(&mut app, KeyCode::Char('r'));
    let buf = drawn(&app, 100, 24);
    let org = |i: usize| ORGS[i % ORGS.len()].chars().take(3).collect::<String>();
    aligned(&buf, "山田", org);
    let mark = |i: usize| {
        if i % 2 == 0 {
            "present".to_string()
        } else {
            "—".to_string()
        }
    };
    let marks: Vec<u16> = (0..PEOPLE.len())
        .filter(|i| i % 2 == 0)
        .map(|i| {
            let key: String = PEOPLE[i].0.chars().take(5).collect();
            let (_, y) = find(&buf, &key).expect("row");
            x_of(&buf, y, &mark(i)).expect("the mark")
        })
        .collect();
    assert!(
        marks.iter().all(|x| *x == marks[0]),
        "the mark column is not aligned: {marks:?}"
    );
    assert_snapshot!(buffer_text(&buf));
}

#[test]
fn the_summary_keeps_its_columns_with_wide_country_names() {
    let (_d, b) = wide();
    let mut app = app_with(b, Theme::mono());
    key(&mut app, KeyCode::Char('s'));
    let buf = drawn(&app, 100, 30);
    // The figures after each country end in the same cell (they are right-aligned); the
    // countries are shown by their names in the language of the screen.
    let mut ends = Vec::new();
    for country in [
        "日本",
        "Kosovo",
        "Albania",
        "Serbia",
        "Việt Nam",
        "中华人民共和国",
    ] {
        let (x, y) = find(&buf, country).unwrap_or_else(|| panic!("{country} not shown"));
        // The first figure after the name: the cell after the run of spaces.
        let right = buf.area.width;
        let mut at = x + prezenca::text::width(country) as u16;
        while at < right && !buf[(at, y)].symbol().chars().all(|c| c.is_ascii_digit()) {
            at += 1;
        }
        let mut end = at;
        while end < right && buf[(end, y)].symbol().chars().all(|c| c.is_ascii_digit()) {
            end += 1;
        }
        ends.push((country, end));
    }
    assert!(
        ends.iter().all(|(_, e)| *e == ends[0].1),
        "the registered column is not aligned: {ends:?}"
    );
    assert_snapshot!(buffer_text(&buf));
}
