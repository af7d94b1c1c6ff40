//! The detail area: the selected event with its sessions, a person's history across events
//! with attendance rates and open follow-ups, or a follow-up.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{cell, date, draw_list, pane_block, word};
use crate::domain::{Field, hhmm};
use crate::text::{fit, pad};
use crate::tui::state::{App, Detail, Pane};

/// The label column of the detail: as wide as the longest label in this language.
fn label_width(width: usize) -> usize {
    let longest = [
        "detail-code",
        "detail-dates",
        "detail-where",
        "detail-project",
        "detail-registered",
        "detail-certificate",
        "detail-from",
        "detail-due",
    ]
    .iter()
    .map(|k| crate::text::width(&crate::i18n::tr(k)))
    .chain(
        [
            Field::Email,
            Field::Phone,
            Field::Organisation,
            Field::Position,
            Field::Gender,
            Field::Event,
            Field::Participant,
            Field::Kind,
            Field::Owner,
            Field::Status,
        ]
        .iter()
        .map(|l| crate::text::width(&l.label())),
    )
    .max()
    .unwrap_or(0);
    (longest + 1).min(width / 2)
}

fn field(label: &str, value: &str, width: usize, style: Style, app: &App) -> Line<'static> {
    let lw = label_width(width);
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
    let block = pane_block(crate::t!("detail-title"), false, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let w = inner.width as usize;
    let n = theme.normal();
    let mut lines: Vec<Line<'static>> = Vec::new();
    match &app.detail {
        Detail::Nothing => lines.push(Line::styled(
            fit(&crate::t!("detail-nothing"), w),
            theme.dim(),
        )),
        Detail::Event { id, registered } => {
            let Some(r) = app.data.event(*id) else { return };
            let e = &r.event;
            lines.push(Line::styled(fit(&e.title, w), theme.header()));
            lines.push(field(
                &crate::t!("detail-code"),
                &format!(
                    "{} · {} · {}",
                    e.code,
                    word(e.kind.word()),
                    word(e.status.word())
                ),
                w,
                n,
                app,
            ));
            lines.push(field(
                &crate::t!("detail-dates"),
                &format!("{} – {}", date(e.start), date(e.end)),
                w,
                n,
                app,
            ));
            let place: Vec<&str> = [e.venue.as_str(), e.city.as_str(), e.country.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            lines.push(field(
                &crate::t!("detail-where"),
                &place.join(", "),
                w,
                n,
                app,
            ));
            lines.push(field(&crate::t!("detail-project"), &e.project, w, n, app));
            lines.push(field(
                &crate::t!("detail-registered"),
                &match e.capacity {
                    Some(c) => crate::t!("detail-registered-of", count = *registered, capacity = c),
                    None => registered.to_string(),
                },
                w,
                n,
                app,
            ));
            lines.push(field(
                &crate::t!("detail-certificate"),
                &crate::t!(
                    "detail-certificate-from",
                    pct =
                        crate::i18n::Locale::current().pct(f64::from(e.threshold_permille) / 10.0)
                ),
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
                    &crate::t!(
                        "detail-sessions",
                        count = app.data.sessions.len(),
                        key = key
                    ),
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
                            date(s.date),
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
        Detail::Person {
            id,
            record,
            history,
            open,
        } => {
            let (Some(r), Some(p)) = (app.data.person(*id), record.as_deref()) else {
                return;
            };
            lines.push(Line::styled(fit(&p.name, w), theme.header()));
            lines.push(field(&Field::Email.label(), &p.email, w, n, app));
            lines.push(field(&Field::Phone.label(), &p.phone, w, n, app));
            lines.push(field(&Field::Organisation.label(), &r.org, w, n, app));
            lines.push(field(&Field::Position.label(), &p.position, w, n, app));
            let place: Vec<&str> = [p.city.as_str(), p.country.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect();
            lines.push(field(
                &crate::t!("detail-from"),
                &place.join(", "),
                w,
                n,
                app,
            ));
            lines.push(field(
                &Field::Gender.label(),
                &word(p.gender.word()),
                w,
                n,
                app,
            ));
            if let Some(other) = r.dup_of.and_then(|o| app.data.person(o)) {
                let key = app
                    .keymap
                    .first_key("participants", "merge")
                    .unwrap_or_default();
                lines.push(Line::styled(
                    fit(
                        &crate::t!(
                            "detail-duplicate",
                            name = other.name(),
                            id = other.id.to_string(),
                            key = key
                        ),
                        w,
                    ),
                    theme.warn(),
                ));
            }
            lines.push(Line::styled(
                fit(&crate::t!("detail-events", count = history.len()), w),
                theme.header(),
            ));
            for h in history {
                let rate = format!(
                    "{}/{} {:>6}",
                    h.attended,
                    h.sessions,
                    crate::i18n::Locale::current().pct(h.rate)
                );
                let rw = 12.min(w);
                let mut spans = cell(
                    &format!("{} {} ", h.code, date(h.start)),
                    w.saturating_sub(rw + 12),
                    None,
                    n,
                    theme,
                );
                spans.extend(cell(
                    &word(h.role.word()),
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
                    fit(&crate::t!("detail-open-followups", count = open.len()), w),
                    theme.header(),
                ));
                for (title, due) in open {
                    let late = due.is_some_and(|d| d < app.today());
                    let text = format!(
                        "{}{} {}",
                        if late { "! " } else { "" },
                        due.map(date).unwrap_or_else(|| "—".into()),
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
            lines.push(field(&Field::Event.label(), &r.event_code, w, n, app));
            lines.push(field(&Field::Participant.label(), &r.person, w, n, app));
            lines.push(field(
                &Field::Organisation.label(),
                &app.data.org_name(f.organisation),
                w,
                n,
                app,
            ));
            lines.push(field(&Field::Kind.label(), &word(f.kind.word()), w, n, app));
            lines.push(field(&Field::Owner.label(), &f.owner, w, n, app));
            let late = f.overdue(app.today());
            let overdue = if late {
                format!("  {}", crate::t!("detail-overdue"))
            } else {
                String::new()
            };
            lines.push(field(
                &crate::t!("detail-due"),
                &format!("{}{overdue}", f.due.map(date).unwrap_or_else(|| "—".into())),
                w,
                if late { theme.warn() } else { n },
                app,
            ));
            lines.push(field(
                &Field::Status.label(),
                &word(f.status.word()),
                w,
                n,
                app,
            ));
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
    let title = crate::t!(
        "detail-sessions-of",
        code = crate::text::sanitize(&code).into_owned()
    );
    let row = |i: usize, width: usize, _q: Option<&str>| -> Line<'static> {
        let Some((_, s)) = app.data.sessions.get(i) else {
            return Line::default();
        };
        let text = format!(
            "{:>2}. {} {}–{} {}",
            i + 1,
            date(s.date),
            hhmm(s.start),
            hhmm(s.end),
            s.title
        );
        Line::from(cell(&text, width, None, theme.normal(), theme))
    };
    draw_list(app, frame, area, Pane::Sessions, title, None, &row);
}
