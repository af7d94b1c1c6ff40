//! The small pieces every screen draws with (a pane's frame, a row's cell, a breakdown's
//! rows, a word of the vocabulary): below the app's own view and the screens, which use them
//! and never each other.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

use crate::text::{fit, match_ranges, pad};
use crate::tui::theme::Theme;

/// The rows of a breakdown (gender, country…) in at most `limit` lines: the last one says how
/// many more there are when they do not fit; "none yet" when there is nothing.
pub fn capped_rows<'a, V>(
    map: &'a std::collections::BTreeMap<String, V>,
    limit: usize,
    cols: usize,
    theme: &Theme,
    mut row: impl FnMut(&'a String, &'a V) -> Line<'static>,
) -> Vec<Line<'static>> {
    if map.is_empty() {
        return vec![Line::styled(
            fit(&crate::t!("summary-none-yet"), cols),
            theme.dim(),
        )];
    }
    let total = map.len();
    let mut out = Vec::new();
    for (i, (k, v)) in map.iter().enumerate() {
        if i + 1 == limit && total > limit {
            out.push(Line::styled(
                fit(&crate::t!("summary-more", count = total - i), cols),
                theme.dim(),
            ));
            break;
        }
        if i >= limit {
            break;
        }
        out.push(row(k, v));
    }
    out
}

/// A word of the data's closed vocabularies (event kinds, statuses, genders, roles, …) in
/// the current language; the stored and typed word stays the English one.
pub fn word(w: &str) -> String {
    let key = format!("word-{}", w.replace('_', "-"));
    let t = crate::i18n::tr(&key);
    if t == key { w.to_string() } else { t }
}

/// A date as the current language writes it.
pub fn date(d: time::Date) -> String {
    crate::i18n::Locale::current().date(d)
}

/// A pane's frame: the title, and a bold border when focused.
pub fn pane_block<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    let (border, title_style) = if focused {
        (theme.focus_border(), theme.title())
    } else {
        (theme.border(), theme.header())
    };
    let marker = if focused { "▶ " } else { "" };
    Block::default()
        .borders(Borders::ALL)
        .border_style(border)
        .title(Span::styled(format!("{marker}{title}"), title_style))
}

/// One cell of a row: text padded to its width (sanitised by `pad`), with search matches
/// highlighted when `query` is given.
pub fn cell(
    text: &str,
    width: usize,
    query: Option<&str>,
    style: Style,
    theme: &Theme,
) -> Vec<Span<'static>> {
    let padded = pad(text, width);
    let ranges = match query {
        Some(q) if !q.trim().is_empty() => match_ranges(&padded, q),
        _ => Vec::new(),
    };
    if ranges.is_empty() {
        return vec![Span::styled(padded, style)];
    }
    crate::text::highlight_runs(&padded, &ranges)
        .into_iter()
        .map(|(run, hi)| {
            if hi {
                Span::styled(run, style.patch(theme.highlight()))
            } else {
                Span::styled(run, style)
            }
        })
        .collect()
}
