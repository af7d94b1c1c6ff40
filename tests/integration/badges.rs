//! Printed badges: `prezenca badges` writes a private page whose QR codes decode (drawn from
//! the page's SVG and read by a QR decoder) to codes that find the people named beside them,
//! through `prezenca mark` as well; the sign-in sheet prints the same codes.

use crate::roster_support;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

use prezenca::core::Queries;
use prezenca::domain::{Id, MarkStatus, badge};
use prezenca::tui::roster::Roster;
use roster_support::{NOW, PEOPLE, fixture, id_of};

const BIN: &str = env!("CARGO_BIN_EXE_prezenca");

fn prezenca(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("PREZENCA_NOW", "2026-03-02T09:30")
        .env("PREZENCA_SOCKET", dir.join("no-server"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run prezenca")
}

/// A dark rectangle of modules: x, y, width, height.
type Rect = (usize, usize, usize, usize);

/// Dark modules of one inline SVG as drawn by the page: the `viewBox` size and the
/// rectangles of its path (`M{x} {y}h{w}v{h}H{x}V{y}`).
fn rects(svg: &str) -> ((usize, usize), Vec<Rect>) {
    let vb = svg
        .split("viewBox=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a viewBox");
    let n: Vec<usize> = vb.split(' ').map(|x| x.parse().expect("number")).collect();
    let d = svg
        .split(" d=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("a path");
    let mut out = Vec::new();
    for part in d.split('M').filter(|p| !p.is_empty()) {
        // "x y" then h w v h H x V y
        let nums: Vec<usize> = part
            .split(|c: char| c == ' ' || c.is_ascii_alphabetic())
            .filter(|s| !s.is_empty())
            .map(|s| s.parse().expect("number"))
            .collect();
        assert_eq!(nums.len(), 6, "{part}");
        out.push((nums[0], nums[1], nums[2], nums[3]));
    }
    ((n[2], n[3]), out)
}

/// Draws the SVG at 6 pixels a module, grey scale, and reads it with a QR decoder.
fn decode(svg: &str) -> String {
    const SCALE: usize = 6;
    let ((w, h), dark) = rects(svg);
    let (pw, ph) = (w * SCALE, h * SCALE);
    let mut px = vec![255u8; pw * ph];
    for (x, y, rw, rh) in dark {
        for yy in y * SCALE..(y + rh) * SCALE {
            for xx in x * SCALE..(x + rw) * SCALE {
                px[yy * pw + xx] = 0;
            }
        }
    }
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(pw, ph, |x, y| px[y * pw + x]);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the drawing");
    grids[0].decode().expect("the QR code decodes").1
}

#[test]
fn the_badge_page_is_private_and_every_qr_code_finds_the_person_named_on_it() {
    prezenca::i18n::set_for_thread(Some(prezenca::i18n::DEFAULT));
    let mut f = fixture();
    let db = f.dir.path().join("p.redb");
    let expected: Vec<(String, Id)> = PEOPLE
        .iter()
        .map(|(n, _, _)| (n.to_string(), id_of(&mut f.b, n)))
        .collect();
    let teuta = id_of(&mut f.b, "Teuta Berisha");
    let mut expected = expected;
    expected.push(("Teuta Berisha".to_string(), teuta));
    drop(f.b);
    let dir = f.dir.path();
    let out = prezenca(
        dir,
        &["--db", db.to_str().expect("utf-8"), "badges", "adv-2026-03"],
    );
    assert!(out.status.success(), "{out:?}");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "15 badges written to ADV-2026-03-badges.html"
    );
    let file = dir.join("ADV-2026-03-badges.html");
    let mode = std::fs::metadata(&file).expect("file").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let page = std::fs::read_to_string(&file).expect("page");
    // 15 badges: two A4 sheets, 8 and 7.
    assert_eq!(page.matches("<section class=\"sheet\">").count(), 2);
    let badges: Vec<&str> = page.split("<div class=\"badge\">").skip(1).collect();
    assert_eq!(badges.len(), 15);
    assert!(!page.contains("Dragan Nikolić"), "cancelled: no badge");
    assert!(
        !page.contains("Vesna Todorović"),
        "not registered: no badge"
    );
    for b in &badges {
        let svg = b
            .split("<svg")
            .nth(1)
            .and_then(|r| r.split("</svg>").next())
            .expect("an inline SVG");
        let code = decode(svg);
        let id = badge::parse(&code).expect("a badge code");
        let (name, _) = expected
            .iter()
            .find(|(_, i)| *i == id)
            .unwrap_or_else(|| panic!("{code} is no one's badge"));
        let shown_name = prezenca::report::html::escape(name);
        assert!(b.contains(&shown_name), "{code} decodes to {name}");
        assert!(
            b.contains(&format!(
                "<div class=\"code\">{}</div>",
                badge::printed(&code)
            )),
            "the code printed under the QR code"
        );
        assert!(b.contains("Advocacy and policy dialogue"));
    }

    // `prezenca mark` takes the code as the participant.
    let ana = expected[0].1;
    let code = badge::code(ana).expect("code");
    let out = prezenca(
        dir,
        &[
            "--db",
            db.to_str().expect("utf-8"),
            "mark",
            "ADV-2026-03",
            "1",
            &code,
            "present",
        ],
    );
    assert!(out.status.success(), "{out:?}");
    let mut b = prezenca::backend::local::LocalBackend::open(&db).expect("open");
    let s = b.sessions(f.event).expect("sessions")[0].0;
    let marks = b.session_marks(s).expect("marks");
    assert_eq!(marks.len(), 1);
    assert_eq!((marks[0].0, marks[0].1.status), (ana, MarkStatus::Present));
    drop(b);

    // A code with a wrong letter is no one: refused, nothing marked.
    let mut typo = code.into_bytes();
    typo[0] = if typo[0] == b'A' { b'B' } else { b'A' };
    let typo = String::from_utf8(typo).expect("ascii");
    let out = prezenca(
        dir,
        &[
            "--db",
            db.to_str().expect("utf-8"),
            "mark",
            "ADV-2026-03",
            "2",
            &typo,
            "present",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");
}

#[test]
fn the_sign_in_sheet_prints_each_persons_badge_code() {
    prezenca::i18n::set_for_thread(Some(prezenca::i18n::DEFAULT));
    let mut f = fixture();
    let r = Roster::open(&mut f.b, f.event, NOW).expect("roster");
    let out = tempfile::tempdir().expect("dir");
    let path = r.write_sign_in_sheet(out.path()).expect("written");
    let html = std::fs::read_to_string(path).expect("sheet");
    assert!(html.contains("<th>Badge</th>"));
    for (name, _, _) in PEOPLE {
        let code = badge::printed(&badge::code(id_of(&mut f.b, name)).expect("code"));
        let row = html
            .lines()
            .find(|l| l.contains(&prezenca::report::html::escape(name)))
            .unwrap_or_else(|| panic!("{name} on the sheet"));
        assert!(
            row.contains(&format!("<td class=\"code\">{code}</td>")),
            "{row}"
        );
    }
}
