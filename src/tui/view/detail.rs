//! The detail area: the selected event with its sessions, a person's history across events
//! with attendance rates and open follow-ups, or a follow-up.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{cell, draw_list, pane_block};
use crate::domain::{hhmm, iso_date};
use crate::text::{fit, pad};
use crate::tui::state::{App, Detail, Pane};

fn field(label: &str, value: &str, width: usize, style: Style, app: &App) -> Line<'static> {
    let lw = 13.min(width / 3);
    Line::from(vec![
        Span::styled(pad(label, lw), app.theme.dim()),
        Span::styled(fit(value, width.saturating_sub(lw)), style),
    ])
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    if app.focus == Pane::Sessions {
        return sessions(app, frame, area);
    }
    let block = pane_block("Detail".into(), false, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let n = theme.normal();
    let mut lines: Vec<Line<'static>> = Vec::new();
    match &app.detail {
        Detail::Nothing => lines.push(Line::styled(fit("nothing selected", w), theme.dim())),
        Detail::Event { id, registered } => {
            let Some(r) = app.data.event(*id) else { return };
            let e = &r.event;
            lines.push(Line::styled(fit(&e.title, w), theme.header()));
            lines.push(field(
                "Code",
                &format!("{} · {} · {}", e.code, e.kind, e.status),
                w,
                n,
                app,
            ));
            lines.push(field(
                "Dates",
                &format!("{} – {}", iso_date(e.start), iso_date(e.end)),
                w,
                n,
                app,
            ));
            let place: Vec<&str> = [e.venue.as_str(), e.city.as_str(), e.country.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            lines.push(field("Where", &place.join(", "), w, n, app));
            lines.push(field("Project", &e.project, w, n, app));
            lines.push(field(
                "Registered",
                &format!(
                    "{registered}{}",
                    e.capacity.map(|c| format!(" of {c}")).unwrap_or_default()
                ),
                w,
                n,
                app,
            ));
            lines.push(field(
                "Certificate",
                &format!("from {}% attendance", e.threshold_permille / 10),
                w,
                n,
                app,
            ));
            let key = app
                .keymap
                .first_key("events", "sessions")
                .unwrap_or_default();
            lines.push(Line::styled(
                fit(
                    &format!("Sessions ({}) — {key} to edit", app.data.sessions.len()),
                    w,
                ),
                theme.header(),
            ));
            for (i, (_, s)) in app.data.sessions.iter().enumerate() {
                lines.push(Line::styled(
                    fit(
                        &format!(
                            "{:>2}. {} {}–{} {}",
                            i + 1,
                            iso_date(s.date),
                            hhmm(s.start),
                            hhmm(s.end),
                            s.title
                        ),
                        w,
                    ),
                    n,
                ));
            }
        }
        Detail::Person { id, history, open } => {
            let Some(r) = app.data.person(*id) else {
                return;
            };
            let p = &r.p;
            lines.push(Line::styled(fit(&p.name, w), theme.header()));
            lines.push(field("Email", &p.email, w, n, app));
            lines.push(field("Phone", &p.phone, w, n, app));
            lines.push(field("Organisation", &r.org, w, n, app));
            lines.push(field("Position", &p.position, w, n, app));
            let place: Vec<&str> = [p.city.as_str(), p.country.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            lines.push(field("From", &place.join(", "), w, n, app));
            lines.push(field("Gender", p.gender.word(), w, n, app));
            if let Some(other) = r.dup_of.and_then(|o| app.data.person(o)) {
                let key = app
                    .keymap
                    .first_key("participants", "merge")
                    .unwrap_or_default();
                lines.push(Line::styled(
                    fit(
                        &format!(
                            "≈ likely the same person as {} (#{}) — {key} merges",
                            other.p.name, other.id
                        ),
                        w,
                    ),
                    theme.warn(),
                ));
            }
            lines.push(Line::styled(
                fit(&format!("Events ({})", history.len()), w),
                theme.header(),
            ));
            for h in history {
                let rate = format!("{}/{} {:>3.0}%", h.attended, h.sessions, h.rate);
                let rw = 12.min(w);
                let mut spans = cell(
                    &format!("{} {} ", h.code, iso_date(h.start)),
                    w.saturating_sub(rw + 12),
                    None,
                    n,
                    theme,
                );
                spans.extend(cell(
                    h.role.word(),
                    12.min(w.saturating_sub(rw)),
                    None,
                    theme.dim(),
                    theme,
                ));
                spans.push(Span::styled(pad(&rate, rw), n));
                lines.push(Line::from(spans));
            }
            if !open.is_empty() {
                lines.push(Line::styled(
                    fit(&format!("Open follow-ups ({})", open.len()), w),
                    theme.header(),
                ));
                for (title, due) in open {
                    let late = due.is_some_and(|d| d < app.today());
                    let text = format!(
                        "{}{} {}",
                        if late { "! " } else { "" },
                        due.map(iso_date).unwrap_or_else(|| "—".into()),
                        title
                    );
                    lines.push(Line::styled(
                        fit(&text, w),
                        if late { theme.warn() } else { n },
                    ));
                }
            }
        }
        Detail::FollowUp { id } => {
            let Some(r) = app.data.followups.iter().find(|f| f.id == *id) else {
                return;
            };
            let f = &r.f;
            lines.push(Line::styled(fit(&f.title, w), theme.header()));
            lines.push(field("Event", &r.event_code, w, n, app));
            lines.push(field("Participant", &r.person, w, n, app));
            lines.push(field(
                "Organisation",
                &app.data.org_name(f.organisation),
                w,
                n,
                app,
            ));
            lines.push(field("Kind", f.kind.word(), w, n, app));
            lines.push(field("Owner", &f.owner, w, n, app));
            let late = f.overdue(app.today());
            lines.push(field(
                "Due",
                &format!(
                    "{}{}",
                    f.due.map(iso_date).unwrap_or_else(|| "—".into()),
                    if late { "  OVERDUE" } else { "" }
                ),
                w,
                if late { theme.warn() } else { n },
                app,
            ));
            lines.push(field("Status", f.status.word(), w, n, app));
            for l in f.notes.lines() {
                lines.push(Line::styled(fit(l, w), theme.dim()));
            }
        }
    }
    lines.truncate(inner.height as usize);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The selected event's sessions as a list with a cursor (the Sessions pane).
fn sessions(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let code = app
        .selected_event
        .and_then(|e| app.data.event(e))
        .map(|e| e.event.code.clone())
        .unwrap_or_default();
    let title = format!("Sessions of {}", crate::text::sanitize(&code));
    let row = |i: usize, width: usize, _q: Option<&str>| -> Line<'static> {
        let Some((_, s)) = app.data.sessions.get(i) else {
            return Line::default();
        };
        let text = format!(
            "{:>2}. {} {}–{} {}",
            i + 1,
            iso_date(s.date),
            hhmm(s.start),
            hhmm(s.end),
            s.title
        );
        Line::from(cell(&text, width, None, theme.normal(), theme))
    };
    draw_list(app, frame, area, Pane::Sessions, title, None, &row);
}
