//! Drawing of the roster from its state: header with live counts, filter or prompt line,
//! the list, the detail line, and the walk-in form over the list.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::walk_in::FIELDS;
use super::{Prompt, Roster, word};
use crate::core::clock;
use crate::domain::{Mark, MarkStatus, Role, hhmm};
use crate::text::{fit, match_ranges, pad, sanitize, width};
use crate::tui::theme::Theme;

/// Columns of the mark column at least ("late 09:42", "left early"); wider when the
/// language's words for the marks are longer.
const MARK_COLS: usize = 12;

/// The widest mark label in the current language ("u largua herët", "vonë 09:42").
fn mark_cols() -> usize {
    MarkStatus::ALL
        .iter()
        .map(|s| width(&word(*s)))
        .chain([width(&crate::t!("roster-late-at", time = "09:42"))])
        .max()
        .unwrap_or(0)
        .max(MARK_COLS)
}

pub fn render(r: &Roster, frame: &mut Frame, area: Rect, theme: &Theme) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let w = area.width as usize;
    let mut y = area.y;
    let bottom = area.y + area.height;
    let line = |frame: &mut Frame, l: Line, y: &mut u16| {
        if *y < bottom {
            frame.render_widget(Paragraph::new(l), Rect::new(area.x, *y, area.width, 1));
            *y += 1;
        }
    };

    line(
        frame,
        Line::styled(with_others(&header(r), r.others(), w), theme.title()),
        &mut y,
    );
    line(
        frame,
        Line::styled(fit(&counts(r), w), theme.header()),
        &mut y,
    );
    let (prompt_line, cursor) = prompt_or_filter(r, w, theme);
    let prompt_y = y;
    line(frame, prompt_line, &mut y);
    if let Some(cx) = cursor
        && prompt_y < bottom
    {
        frame.set_cursor_position((area.x + cx.min(area.width.saturating_sub(1)), prompt_y));
    }

    // The list takes what is left, less the detail line at the bottom when there is room.
    let detail = bottom.saturating_sub(y) >= 3;
    let list_end = if detail { bottom - 1 } else { bottom };
    let cols = Columns::new(w);
    if y < list_end {
        let head = format!(
            "  {} {} {}",
            pad(&crate::t!("roster-col-name"), cols.name),
            pad(&crate::t!("roster-col-organisation"), cols.org),
            pad(&crate::t!("roster-col-mark"), cols.mark)
        );
        line(frame, Line::styled(fit(&head, w), theme.dim()), &mut y);
    }
    let rows = list_end.saturating_sub(y) as usize;
    r.rows_top
        .set(if r.visible.is_empty() { u16::MAX } else { y });
    let window = r.nav.window(r.visible.len(), rows);
    if r.visible.is_empty() && rows > 0 {
        let msg = if r.people.is_empty() {
            crate::t!("roster-empty")
        } else {
            crate::t!("roster-no-match", filter = r.filter.text())
        };
        line(frame, Line::styled(fit(&msg, w), theme.dim()), &mut y);
    }
    for (n, &i) in r
        .visible
        .iter()
        .enumerate()
        .skip(window.start)
        .take(window.len())
    {
        let Some(p) = r.people.get(i) else { continue };
        let mut spans = Vec::new();
        let chosen = if r.chosen.contains(&p.id) { "+ " } else { "  " };
        spans.push(Span::raw(chosen));
        spans.extend(name_spans(&p.name, r.filter.text(), cols.name, theme));
        spans.push(Span::raw(" "));
        let failure = r.failed.get(&p.id);
        match failure {
            Some(f) => spans.push(Span::styled(pad(f, cols.org), theme.warn())),
            None => {
                let org = match (p.cancelled, p.role) {
                    (true, _) => format!("({}) {}", crate::t!("word-cancelled"), p.organisation),
                    (false, Role::Participant) => p.organisation.clone(),
                    (false, role) => format!(
                        "({}) {}",
                        crate::tui::view::parts::word(role.word()),
                        p.organisation
                    ),
                };
                spans.push(Span::styled(pad(&org, cols.org), theme.dim()));
            }
        }
        spans.push(Span::raw(" "));
        let m = r.marks.get(&p.id);
        let style = match m.map(|m| m.status) {
            Some(s) if s.attended() => theme.ok(),
            _ => theme.normal(),
        };
        spans.push(Span::styled(pad(&mark_label(m), cols.mark), style));
        let mut l = Line::from(spans);
        if n == r.nav.cursor {
            l = l.patch_style(theme.selected());
        }
        line(frame, l, &mut y);
    }

    if detail {
        let d = detail_line(r, w);
        frame.render_widget(
            Paragraph::new(Line::styled(fit(&d, w), theme.dim())),
            Rect::new(area.x, bottom - 1, area.width, 1),
        );
    }

    if let Some(Prompt::WalkIn(form)) = &r.prompt {
        draw_walk_in(form, frame, area, theme);
    }
}

struct Columns {
    name: usize,
    org: usize,
    mark: usize,
}

impl Columns {
    fn new(w: usize) -> Self {
        // Two columns for the selection marker and two single spaces between columns.
        let avail = w.saturating_sub(4);
        let mark = mark_cols().min(avail / 3);
        let rest = avail - mark;
        let name = rest * 3 / 5;
        Columns {
            name,
            org: rest - name,
            mark,
        }
    }
}

/// The session line; in exit mode it starts with the mode, so no one scans people out
/// thinking they check them in.
fn header(r: &Roster) -> String {
    let line = session_header(r);
    if r.exit_mode {
        format!("{} \u{b7} {line}", crate::t!("roster-mode-exit"))
    } else {
        line
    }
}

fn session_header(r: &Roster) -> String {
    let Some((_, s)) = r.sessions.get(r.current) else {
        return format!(
            "{} \u{b7} {} \u{b7} {}",
            r.code,
            r.event_title,
            crate::t!("roster-header-no-sessions")
        );
    };
    format!(
        "{} \u{b7} {} \u{b7} {} {} {}\u{2013}{} \u{b7} {}",
        r.code,
        crate::t!(
            "roster-session-n",
            number = r.current + 1,
            total = r.sessions.len()
        ),
        weekday(s.date.weekday()),
        crate::i18n::Locale::current().date(s.date),
        hhmm(s.start),
        hhmm(s.end),
        s.title
    )
}

/// A weekday, short, as the language writes it.
pub fn weekday(d: time::Weekday) -> String {
    use time::Weekday::*;
    match d {
        Monday => crate::t!("weekday-mon"),
        Tuesday => crate::t!("weekday-tue"),
        Wednesday => crate::t!("weekday-wed"),
        Thursday => crate::t!("weekday-thu"),
        Friday => crate::t!("weekday-fri"),
        Saturday => crate::t!("weekday-sat"),
        Sunday => crate::t!("weekday-sun"),
    }
}

/// The header with "also here: …" at its end when other trainers have the session open; the
/// header gives way first, so the names stay readable on a narrow terminal.
fn with_others(header: &str, others: &[String], w: usize) -> String {
    if others.is_empty() {
        return fit(header, w);
    }
    let names: Vec<String> = others.iter().map(|n| sanitize(n).into_owned()).collect();
    let also = crate::t!("roster-also-here", names = names.join(", "));
    let room = w.saturating_sub(width(&also) + 3);
    if room < 10 {
        return fit(&also, w);
    }
    format!("{} \u{b7} {also}", fit(header, room))
}

fn counts(r: &Roster) -> String {
    let c = r.counts();
    crate::t!(
        "roster-counts",
        present = c.present,
        late = c.late,
        excused = c.excused,
        absent = c.absent,
        left_early = c.left_early,
        unmarked = c.unmarked,
        registered = c.registered
    )
}

/// The third line: the open prompt, else the filter; with the cursor column.
fn prompt_or_filter(r: &Roster, w: usize, theme: &Theme) -> (Line<'static>, Option<u16>) {
    let name = |id| {
        r.people
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    };
    let (label, text, cursor, after, style) = match &r.prompt {
        Some(Prompt::Late {
            person,
            input,
            error,
        }) => (
            crate::t!("roster-late-prompt", name = fit(&name(*person), 30)),
            input.text().to_string(),
            input.cursor(),
            if error.is_empty() {
                format!("  {}", crate::t!("roster-prompt-keys"))
            } else {
                format!("  {error}")
            },
            theme.header(),
        ),
        Some(Prompt::Excused { person, input }) => (
            crate::t!("roster-excused-prompt", name = fit(&name(*person), 30)),
            input.text().to_string(),
            input.cursor(),
            format!("  {}", crate::t!("roster-excused-keys")),
            theme.header(),
        ),
        Some(Prompt::Confirm { question, .. }) => {
            // The answer keys come first: a long question is cut at its end, never the keys.
            let l = Line::styled(
                fit(
                    &format!("{}  {question}", crate::t!("roster-confirm-keys")),
                    w,
                ),
                theme.warn(),
            );
            return (l, None);
        }
        Some(Prompt::WalkIn(_)) | None => {
            let shown = r.visible.len();
            let after = if r.filter.text().is_empty() && !r.door_note.is_empty() {
                format!("  {}", sanitize(&r.door_note))
            } else if r.filter.text().is_empty() {
                format!("  {}", crate::t!("roster-type-a-name"))
            } else {
                format!("  {}", crate::t!("roster-matches", count = shown))
            };
            (
                if r.exit_mode {
                    format!("{} ", crate::t!("roster-find-leaving"))
                } else {
                    format!("{} ", crate::t!("roster-find"))
                },
                r.filter.text().to_string(),
                r.filter.cursor(),
                after,
                theme.normal(),
            )
        }
    };
    let text = sanitize(&text).into_owned();
    let before: String = text.chars().take(cursor).collect();
    let cx = width(&label) + width(&before);
    let l = Line::from(vec![
        Span::styled(label, style),
        Span::raw(text),
        Span::styled(after, theme.dim()),
    ]);
    // Fit by columns: a long prompt is cut, never wrapped.
    let flat: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
    if width(&flat) > w {
        return (Line::styled(fit(&flat, w), style), Some(cx as u16));
    }
    let in_form = matches!(r.prompt, Some(Prompt::WalkIn(_)));
    (l, (!in_form).then_some(cx as u16))
}

/// The name cut to its column, with the parts the filter matched highlighted.
fn name_spans(name: &str, query: &str, cols: usize, theme: &Theme) -> Vec<Span<'static>> {
    let fitted = fit(name, cols);
    let ranges = match_ranges(name, query);
    let mut runs = crate::text::highlight_runs(&fitted, &ranges);
    let fill = " ".repeat(cols.saturating_sub(width(&fitted)));
    match runs.last_mut() {
        Some((run, false)) => run.push_str(&fill),
        _ if !fill.is_empty() => runs.push((fill, false)),
        _ => {}
    }
    runs.into_iter()
        .map(|(run, hi)| span(run, hi, theme))
        .collect()
}

fn span(s: String, hi: bool, theme: &Theme) -> Span<'static> {
    if hi {
        Span::styled(s, theme.highlight())
    } else {
        Span::raw(s)
    }
}

fn mark_label(m: Option<&Mark>) -> String {
    match m {
        None => "\u{b7}".to_string(),
        Some(m) => match (m.status, m.arrived_at) {
            (MarkStatus::Late, Some(t)) => crate::t!("roster-late-at", time = hhmm(t)),
            (MarkStatus::LeftEarly, _) if m.left_at.is_some() => crate::t!(
                "roster-left-at",
                time = m.left_at.map(hhmm).unwrap_or_default()
            ),
            (s, _) => word(s),
        },
    }
}

/// Who the selected person is and who marked them when: trainers sharing a server see
/// each other's marks here.
fn detail_line(r: &Roster, w: usize) -> String {
    let Some(p) = r.selected_person() else {
        return String::new();
    };
    let mut parts = vec![p.name.clone()];
    if !p.organisation.is_empty() {
        parts.push(p.organisation.clone());
    }
    if !p.email.is_empty() {
        parts.push(p.email.clone());
    }
    let mark = match r.marks.get(&p.id) {
        None => crate::t!("roster-not-marked-yet"),
        Some(m) => {
            let at = clock::local_from_unix(m.at);
            let when = if at.date() == r.now.date() {
                hhmm(at.time())
            } else {
                format!(
                    "{} {}",
                    crate::i18n::Locale::current().date(at.date()),
                    hhmm(at.time())
                )
            };
            let mut s = crate::t!(
                "roster-marked-by",
                mark = word(m.status),
                who = m.by.as_str(),
                you = if m.by == r.who { "yes" } else { "no" },
                when = when
            );
            if !m.reason.is_empty() {
                s.push_str(&format!(": {}", m.reason));
            }
            if let Some(left) = m.left_at {
                s.push_str(&format!(
                    ", {}",
                    crate::t!("roster-detail-left", time = hhmm(left))
                ));
            }
            s
        }
    };
    // Who marked and when matter more than the email: on a narrow terminal the email is
    // shortened first, then the organisation, then the name; the mark stays whole.
    let mark = format!(" \u{2014} {mark}");
    let room = w.saturating_sub(width(&mark));
    let sep = " \u{b7} ";
    while parts.len() > 1 && width(&parts.join(sep)) > room {
        let fixed: usize = parts[..parts.len() - 1]
            .iter()
            .map(|p| width(p) + width(sep))
            .sum();
        let last = parts.len() - 1;
        // The last part (email, then organisation) gets what is left, at least a few columns,
        // else it goes altogether.
        match room.checked_sub(fixed) {
            Some(left) if left >= 6 => {
                parts[last] = fit(&parts[last], left);
            }
            _ => {
                parts.pop();
            }
        }
    }
    format!("{}{mark}", fit(&parts.join(sep), room))
}

fn draw_walk_in(form: &super::WalkInForm, frame: &mut Frame, area: Rect, theme: &Theme) {
    let w = (area.width as usize).saturating_sub(2);
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor = None;
    let labels: Vec<String> = FIELDS.iter().map(|l| l.label()).collect();
    // The label column fits the longest label in this language, and its colon and a space.
    let label_w = labels.iter().map(|l| width(l)).max().unwrap_or(0) + 2;
    for (i, label) in labels.iter().enumerate() {
        let Some(input) = form.fields.get(i) else {
            continue;
        };
        let focus = form.focus == i;
        let marker = if focus { "\u{203a} " } else { "  " };
        let head = format!("{marker}{}", pad(&format!("{label}:"), label_w));
        let value_cols = w.saturating_sub(width(&head));
        let value = fit(input.text(), value_cols);
        if focus {
            let before: String = sanitize(input.text())
                .chars()
                .take(input.cursor())
                .collect();
            cursor = Some((
                (width(&head) + width(&before)).min(w.saturating_sub(1)) as u16,
                lines.len() as u16,
            ));
        }
        let style = if focus {
            theme.header()
        } else {
            theme.normal()
        };
        lines.push(Line::from(vec![
            Span::styled(head, style),
            Span::raw(value),
        ]));
    }
    let mut cands = form.candidates().peekable();
    if cands.peek().is_some() {
        lines.push(Line::styled(
            fit(&crate::t!("walk-in-already-known"), w),
            theme.header(),
        ));
        let new_style = if form.chosen.is_none() {
            theme.selected()
        } else {
            theme.normal()
        };
        lines.push(Line::styled(
            pad(&format!("  {}", crate::t!("walk-in-none-of-these")), w),
            new_style,
        ));
        for (k, hi) in cands {
            let mut s = format!("  {}", k.name);
            if !k.organisation.is_empty() {
                s.push_str(&format!(" \u{b7} {}", k.organisation));
            }
            if !k.email.is_empty() {
                s.push_str(&format!(" \u{b7} {}", k.email));
            }
            if k.registered {
                s.push_str(&format!(" ({})", crate::t!("word-registered")));
            }
            let style = if hi { theme.selected() } else { theme.normal() };
            lines.push(Line::styled(pad(&s, w), style));
        }
    }
    if !form.error.is_empty() {
        lines.push(Line::styled(fit(&form.error, w), theme.warn()));
    }
    lines.push(Line::styled(
        fit(&crate::t!("walk-in-keys"), w),
        theme.dim(),
    ));
    // Over the list, below the three header lines when the terminal is tall enough; as tall
    // as its content.
    let top = if area.height > 14 { 3 } else { 0 };
    let h = area.height.saturating_sub(top).min(lines.len() as u16 + 2);
    let box_area = Rect::new(area.x, area.y + top, area.width, h);
    if box_area.height < 3 || box_area.width < 10 {
        return;
    }
    frame.render_widget(Clear, box_area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(Span::styled(
            format!(" {} ", crate::t!("walk-in-title")),
            theme.title(),
        ));
    let inner = block.inner(box_area);
    frame.render_widget(block, box_area);
    let n = lines.len().min(inner.height as usize);
    // Keep the hint line visible when the box is short.
    let keep: Vec<Line> = if lines.len() > n && n > 0 {
        let mut v: Vec<Line> = lines.iter().take(n - 1).cloned().collect();
        if let Some(last) = lines.last() {
            v.push(last.clone());
        }
        v
    } else {
        lines
    };
    frame.render_widget(Paragraph::new(keep).style(Style::default()), inner);
    if let Some((cx, cy)) = cursor
        && cy < inner.height
    {
        frame.set_cursor_position((inner.x + cx, inner.y + cy));
    }
}
