//! Windows over the screen: a form, a confirmation, the key help.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

use super::pane_block;
use crate::text::{fit, pad, width};
use crate::tui::action::{self, MODAL_CONTEXTS};
use crate::tui::form::Form;
use crate::tui::state::{App, Confirm, Overlay};

/// A centred rectangle of at most `w`×`h` inside `area`.
fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    match &app.overlay {
        None => {}
        Some(Overlay::Form(f)) => form(app, frame, area, f),
        Some(Overlay::Confirm(c)) => confirm(app, frame, area, c),
        Some(Overlay::Help(ctx)) => help(app, frame, area, ctx),
        Some(Overlay::Palette(p)) => {
            crate::tui::palette::draw(p, &app.keymap, frame, area, &app.theme)
        }
    }
}

fn form(app: &App, frame: &mut Frame, area: Rect, f: &Form) {
    let theme = &app.theme;
    let errors =
        f.fields.iter().filter(|x| x.error.is_some()).count() + usize::from(f.error.is_some());
    let want = (f.fields.len() + errors + 3) as u16;
    let r = centred(area, 76, want);
    frame.render_widget(Clear, r);
    let block = pane_block(f.title.clone(), true, theme);
    let inner = block.inner(r);
    frame.render_widget(block, r);
    if inner.width < 4 || inner.height == 0 {
        return;
    }
    let w = inner.width as usize;
    // The label column fits the longest label of this form in this language (plus the focus
    // marker and a space), so no label is cut.
    let labels: Vec<String> = f.fields.iter().map(|x| x.label_text()).collect();
    let lw = (labels.iter().map(|l| width(l)).max().unwrap_or(0) + 2).min(w / 2);
    let vw = w.saturating_sub(lw);
    let mut lines: Vec<Line> = Vec::new();
    let mut cursor = None;
    // Lines per field (the field and its error), to scroll the focused field into view.
    let mut starts = Vec::new();
    for (i, (fld, label)) in f.fields.iter().zip(&labels).enumerate() {
        starts.push(lines.len());
        let focused = i == f.focus;
        let label_style = if fld.error.is_some() {
            theme.warn()
        } else if focused {
            theme.title()
        } else {
            theme.dim()
        };
        let value = fit(fld.input.text(), vw.saturating_sub(1));
        let mut spans = vec![
            Span::styled(
                pad(&format!("{}{label}", if focused { "▸" } else { " " }), lw),
                label_style,
            ),
            Span::styled(value.clone(), theme.normal()),
        ];
        let left = vw.saturating_sub(width(&value) + 2);
        if focused && !fld.hint.is_empty() && left > 4 {
            spans.push(Span::styled(
                format!("  {}", fit(&fld.hint, left)),
                theme.dim(),
            ));
        }
        if focused {
            let before: String = fld.input.text().chars().take(fld.input.cursor()).collect();
            cursor = Some((lines.len(), (lw + width(&before)).min(w.saturating_sub(1))));
        }
        lines.push(Line::from(spans));
        if let Some(e) = &fld.error {
            lines.push(Line::styled(
                format!("{}{}", " ".repeat(lw), fit(e, vw)),
                theme.warn(),
            ));
        }
    }
    if let Some(e) = &f.error {
        lines.push(Line::styled(fit(e, w), theme.warn()));
    }
    let h = inner.height as usize;
    let focus_line = starts.get(f.focus).copied().unwrap_or(0);
    let skip = (focus_line + 2).saturating_sub(h);
    let shown: Vec<Line> = lines.into_iter().skip(skip).take(h).collect();
    frame.render_widget(Paragraph::new(shown), inner);
    if let Some((line, col)) = cursor
        && line >= skip
        && line - skip < h
    {
        frame.set_cursor_position((inner.x + col as u16, inner.y + (line - skip) as u16));
    }
}

fn confirm(app: &App, frame: &mut Frame, area: Rect, c: &Confirm) {
    let theme = &app.theme;
    // Lines are wrapped at word boundaries, not cut: a sentence runs longer in some languages.
    let w = (70.min(area.width) as usize).saturating_sub(2).max(1);
    let wrapped: Vec<String> = c.lines.iter().flat_map(|l| wrap(l, w)).collect();
    let r = centred(area, 70, wrapped.len() as u16 + 4);
    frame.render_widget(Clear, r);
    let block = pane_block(c.title.clone(), true, theme);
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let w = inner.width as usize;
    let mut lines: Vec<Line> = wrapped
        .iter()
        .map(|l| Line::styled(fit(l, w), theme.normal()))
        .collect();
    lines.push(Line::default());
    let k = |a: &str| app.keymap.first_key("confirm", a).unwrap_or_default();
    lines.push(Line::styled(
        fit(
            &format!(
                "{} {}   {} {}",
                k("yes"),
                crate::t!("hint-yes"),
                k("no"),
                crate::t!("hint-no")
            ),
            w,
        ),
        theme.header(),
    ));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Splits text into lines of at most `w` columns at spaces (a longer word is cut by `fit`).
fn wrap(text: &str, w: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let need = if line.is_empty() {
            width(word)
        } else {
            width(&line) + 1 + width(word)
        };
        if need > w && !line.is_empty() {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push(line);
    out
}

/// The name of a keymap section, for the help title.
pub fn context_name(ctx: &str) -> String {
    match ctx {
        "global" => crate::t!("context-global"),
        "events" => crate::t!("context-events"),
        "sessions" => crate::t!("context-sessions"),
        "participants" => crate::t!("context-participants"),
        "followups" => crate::t!("context-followups"),
        "form" => crate::t!("context-form"),
        "search" => crate::t!("context-search"),
        "confirm" => crate::t!("context-confirm"),
        "welcome" => crate::t!("context-welcome"),
        "roster" => crate::t!("context-roster"),
        "summary" => crate::t!("context-summary"),
        "report" => crate::t!("context-report"),
        other => other.to_string(),
    }
}

/// The rows of the help of a section: its own bindings, then the global ones it does not
/// shadow.
pub fn help_rows(app: &App, ctx: &str) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = app
        .keymap
        .bindings(ctx)
        .into_iter()
        .map(|(k, _, d)| (k, d))
        .collect();
    if ctx != "global" && !MODAL_CONTEXTS.contains(&ctx) {
        let own: Vec<String> = rows.iter().map(|(k, _)| k.clone()).collect();
        for (k, name, d) in app.keymap.bindings("global") {
            // A global action shadowed by the pane's own binding for every key is left out.
            if own.contains(&k) || action::actions_of(ctx).is_some_and(|a| a.contains(&name)) {
                continue;
            }
            rows.push((k, d));
        }
    }
    rows
}

fn help(app: &App, frame: &mut Frame, area: Rect, ctx: &str) {
    let theme = &app.theme;
    // `/` filters the keys: by key or description, case and accents folded.
    let q = crate::text::fold(app.help_query.text());
    let tokens: Vec<&str> = q.split_whitespace().collect();
    let rows: Vec<(String, String)> = help_rows(app, ctx)
        .into_iter()
        .filter(|(k, d)| {
            let hay = crate::text::fold(&format!("{k} {d}"));
            tokens.iter().all(|t| hay.contains(t))
        })
        .collect();
    let kw = rows.iter().map(|(k, _)| width(k)).max().unwrap_or(0) + 2;
    let dw = rows.iter().map(|(_, d)| width(d)).max().unwrap_or(0);
    // As wide as the longest description needs (descriptions run longer in some languages),
    // at least 64 columns so the window does not jump between panes.
    let want_w = (kw + dw + 2).max(64) as u16;
    let filtering = app.help_typing || !app.help_query.text().is_empty();
    let r = centred(area, want_w, rows.len() as u16 + 3 + u16::from(filtering));
    frame.render_widget(Clear, r);
    let block = pane_block(
        crate::t!("help-title", section = context_name(ctx)),
        true,
        theme,
    );
    let inner = block.inner(r);
    frame.render_widget(block, r);
    let w = inner.width as usize;
    let kw = kw.min(w / 2);
    let mut lines: Vec<Line> = Vec::new();
    if filtering {
        lines.push(Line::styled(
            fit(
                &format!("/{}", crate::text::sanitize(app.help_query.text())),
                w,
            ),
            theme.title(),
        ));
    }
    let room = (inner.height as usize).saturating_sub(1 + lines.len());
    // More rows than room: the window scrolls (arrows, page keys); the offset is clamped here
    // because only the view knows the height.
    let max_off = rows.len().saturating_sub(room);
    let off = app.help_offset.get().min(max_off);
    app.help_offset.set(off);
    app.help_more.set(max_off > 0);
    let shown = rows
        .len()
        .min(room.saturating_sub(0))
        .min(rows.len().saturating_sub(off));
    lines.extend(rows.iter().skip(off).take(room).map(|(k, d)| {
        Line::from(vec![
            Span::styled(pad(k, kw), theme.header()),
            Span::styled(fit(d, w.saturating_sub(kw)), theme.normal()),
        ])
    }));
    if rows.is_empty() {
        lines.push(Line::styled(
            fit(&crate::t!("palette-nothing"), w),
            theme.dim(),
        ));
    }
    let footer = if app.help_typing {
        crate::t!("help-filter-keys")
    } else if max_off == 0 {
        crate::t!("help-close")
    } else {
        crate::t!(
            "help-scroll",
            first = off + 1,
            last = off + shown,
            total = rows.len()
        )
    };
    lines.push(Line::styled(fit(&footer, w), theme.dim()));
    frame.render_widget(Paragraph::new(lines), inner);
}
