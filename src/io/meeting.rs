//! Online-meeting attendance reports (Zoom, Microsoft Teams, Google Meet): reading them,
//! telling people from phones and devices, and the pure rule that turns minutes in a
//! session into a mark.

use std::borrow::Cow;

use time::{Date, Duration, Month, PrimitiveDateTime, Time};

use crate::core::error::{Error, Result};
use crate::t;
use crate::text::folded_words;

/// The tool a report comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    Zoom,
    Teams,
    Meet,
}

impl Tool {
    pub fn word(self) -> &'static str {
        match self {
            Tool::Zoom => "Zoom",
            Tool::Teams => "Microsoft Teams",
            Tool::Meet => "Google Meet",
        }
    }
}

/// A time as a report writes it: some (Meet's "9:02 AM") carry no date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moment {
    pub date: Option<Date>,
    pub time: Time,
}

impl Moment {
    /// The moment on its own date, else on `day`.
    pub fn on(self, day: Date) -> PrimitiveDateTime {
        PrimitiveDateTime::new(self.date.unwrap_or(day), self.time)
    }

    pub fn dated(self) -> Option<PrimitiveDateTime> {
        self.date.map(|d| PrimitiveDateTime::new(d, self.time))
    }
}

/// One row of a report: one stint in the meeting (Zoom, Teams' activities, Meet), or one
/// person's total when the report gives no more (Zoom's "unique users").
#[derive(Debug, Clone, PartialEq)]
pub struct Stint {
    /// The line of the file the row is on.
    pub line: u64,
    /// The display name as the report writes it.
    pub name: String,
    /// Lower-cased; empty when the report has none.
    pub email: String,
    pub join: Option<Moment>,
    pub leave: Option<Moment>,
    /// The duration the report gives, used only when it gives no times.
    pub secs: Option<i64>,
    /// The meeting's host or organiser.
    pub host: bool,
}

/// A report as read.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub tool: Tool,
    pub title: String,
    pub start: Option<Moment>,
    pub end: Option<Moment>,
    pub stints: Vec<Stint>,
}

impl Report {
    /// From when to when the meeting ran, when the report dates it: its own start and end,
    /// else the first join and the last leave.
    pub fn span(&self) -> Option<(PrimitiveDateTime, PrimitiveDateTime)> {
        self.span_on(None)
    }

    /// [`Report::span`], with times of day (Meet's) taken on `day`.
    pub fn span_on(&self, day: Option<Date>) -> Option<(PrimitiveDateTime, PrimitiveDateTime)> {
        let dated = |m: Moment| match (m.date, day) {
            (None, Some(d)) => Some(m.on(d)),
            _ => m.dated(),
        };
        let start = self.start.and_then(dated).or_else(|| {
            self.stints
                .iter()
                .filter_map(|s| s.join.and_then(dated))
                .min()
        })?;
        let end = self
            .end
            .and_then(dated)
            .or_else(|| {
                self.stints
                    .iter()
                    .filter_map(|s| s.leave.and_then(dated))
                    .max()
            })
            .unwrap_or(start);
        Some((start, end.max(start)))
    }
}

/// The text of a report: UTF-16 (Teams writes little-endian with a BOM), UTF-8 with or
/// without a BOM, or the encoding the user names.
pub fn decode(bytes: &[u8], encoding: Option<&str>) -> Result<String> {
    if let Some(label) = encoding {
        let enc = encoding_rs::Encoding::for_label(label.trim().as_bytes())
            .ok_or_else(|| Error::invalid(t!("csv-unknown-encoding", encoding = label)))?;
        let (text, used, bad) = enc.decode(bytes);
        if bad {
            return Err(Error::invalid(t!(
                "csv-not-in-encoding",
                encoding = used.name()
            )));
        }
        return Ok(text.trim_start_matches('\u{feff}').to_string());
    }
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, bad) = enc.decode(bytes);
        if !bad {
            return Ok(text.into_owned());
        }
    } else if bytes.len() >= 4 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0 {
        // A Teams report whose BOM a copy lost.
        let (text, bad) = encoding_rs::UTF_16LE.decode_without_bom_handling(bytes);
        if !bad {
            return Ok(text.into_owned());
        }
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    Err(Error::invalid(t!("meeting-not-text")))
}

/// Reads a report of any of the three tools, recognised by its content.
pub fn read(bytes: &[u8], encoding: Option<&str>) -> Result<Report> {
    let text = decode(bytes, encoding)?;
    let lines: Vec<&str> = text
        .split("\r\n")
        .flat_map(|l| l.split(['\n', '\r']))
        .collect();
    let first = lines
        .iter()
        .map(|l| l.trim())
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let report = if first.contains('\t') || first.starts_with("1.") {
        read_teams(&lines)
    } else {
        read_csv(&text)
    };
    let report = report?;
    if report.stints.is_empty() {
        return Err(Error::invalid(t!(
            "meeting-no-rows",
            tool = report.tool.word()
        )));
    }
    Ok(report)
}

fn unknown() -> Error {
    Error::invalid(t!("meeting-unknown-format"))
}

/// A header cell as a key: `Name (Original Name)` → `name original name`.
fn key(h: &str) -> String {
    folded_words(h.trim_start_matches('\u{feff}'), ' ')
}

/// Where each column is, by the names the tools give it.
#[derive(Debug, Default)]
struct Columns {
    name: Option<usize>,
    first: Option<usize>,
    last: Option<usize>,
    email: Option<usize>,
    join: Option<usize>,
    leave: Option<usize>,
    duration: Option<usize>,
    role: Option<usize>,
    action: Option<usize>,
    timestamp: Option<usize>,
}

impl Columns {
    fn of(header: &[String]) -> Columns {
        let mut c = Columns::default();
        for (i, h) in header.iter().enumerate() {
            let slot = match key(h).as_str() {
                "name original name" | "name" | "full name" | "participant"
                | "participant name" | "display name" | "attendee" => &mut c.name,
                "first name" => &mut c.first,
                "last name" | "surname" => &mut c.last,
                "user email" | "email" | "email address" | "e mail" | "participant email" => {
                    &mut c.email
                }
                "join time" | "first join" | "time joined" | "joined" | "joined at"
                | "first seen" => &mut c.join,
                "leave time" | "last leave" | "time exited" | "exited" | "left at"
                | "last seen" => &mut c.leave,
                "duration minutes"
                | "total duration minutes"
                | "duration"
                | "in meeting duration"
                | "time in call"
                | "attendance duration" => &mut c.duration,
                "role" => &mut c.role,
                "user action" | "action" => &mut c.action,
                "timestamp" => &mut c.timestamp,
                _ => continue,
            };
            slot.get_or_insert(i);
        }
        c
    }

    fn has_name(&self) -> bool {
        self.name.is_some() || self.first.is_some()
    }

    /// A header of participant rows: a name and something that says how long.
    fn is_people(&self) -> bool {
        self.has_name()
            && (self.join.is_some()
                || self.duration.is_some()
                || (self.action.is_some() && self.timestamp.is_some()))
    }
}

fn cell(row: &[String], at: Option<usize>) -> &str {
    at.and_then(|i| row.get(i)).map_or("", |s| s.trim())
}

/// Zoom participant reports and Google Meet attendance sheets: CSV with a header row of
/// people, perhaps after a block about the meeting (Zoom's `Meeting ID,Topic,…` and its row,
/// Meet's meeting code and date).
fn read_csv(text: &str) -> Result<Report> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut records: Vec<Line> = Vec::new();
    for r in reader.records() {
        let r = r.map_err(|e| Error::invalid(t!("meeting-bad-csv", reason = e.to_string())))?;
        let line = r.position().map_or(0, |p| p.line());
        records.push((line, r.iter().map(str::to_string).collect()));
    }
    let header_at = records
        .iter()
        .position(|(_, r)| Columns::of(r).is_people())
        .ok_or_else(unknown)?;
    let header = &records[header_at].1;
    let cols = Columns::of(header);
    let keys: Vec<String> = header.iter().map(|h| key(h)).collect();
    let zoom = keys
        .iter()
        .any(|k| k == "name original name" || k.starts_with("duration minutes") || k == "guest")
        || keys.iter().any(|k| k == "total duration minutes")
        || records[..header_at]
            .iter()
            .any(|(_, r)| r.iter().any(|c| key(c) == "meeting id"));
    let tool = if zoom { Tool::Zoom } else { Tool::Meet };
    // The block before the people: Zoom's meeting header and row, or Meet's lines about
    // the meeting.
    let (mut title, mut start, mut end, mut host) = (String::new(), None, None, String::new());
    let before = &records[..header_at];
    let all_times: Vec<&str> = records
        .iter()
        .flat_map(|(_, r)| r.iter().map(String::as_str))
        .collect();
    let order = DateOrder::of(all_times.iter().copied());
    if let Some(i) = before
        .iter()
        .position(|(_, r)| r.iter().any(|c| key(c) == "meeting id"))
        && let Some((_, values)) = before.get(i + 1)
    {
        let heads = &before[i].1;
        for (h, v) in heads.iter().zip(values) {
            match key(h).as_str() {
                "topic" => title = v.trim().to_string(),
                "start time" => start = parse_moment(v, order),
                "end time" => end = parse_moment(v, order),
                "user email" => host = v.trim().to_lowercase(),
                _ => {}
            }
        }
    } else {
        // Meet: "Meeting date,2026-11-23" or a title line; a date found there dates the
        // times of day below it. An "Organizer" line names the host.
        for (_, r) in before {
            if let [k, v, ..] = r.as_slice() {
                match key(k).as_str() {
                    "organizer" | "organiser" | "host" | "organizer email" => {
                        host = v.trim().to_lowercase();
                        continue;
                    }
                    "meeting title" | "meeting name" | "title" => title = v.trim().to_string(),
                    "meeting code" if title.is_empty() => title = v.trim().to_string(),
                    _ => {}
                }
            }
            for c in r {
                if let Some(d) = parse_date_any(c, order) {
                    start.get_or_insert(Moment {
                        date: Some(d),
                        time: Time::MIDNIGHT,
                    });
                }
            }
        }
    }
    let day = start.and_then(|m| m.date);
    // A Meet start found only as a date is not a start time.
    if tool == Tool::Meet {
        start = None;
    }
    let mut stints = Vec::new();
    for (line, r) in &records[header_at + 1..] {
        if r.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let name = match (cols.name, cols.first) {
            (Some(_), _) => cell(r, cols.name).to_string(),
            (None, _) => {
                let (f, l) = (cell(r, cols.first), cell(r, cols.last));
                format!("{f} {l}").trim().to_string()
            }
        };
        let email = cell(r, cols.email).to_lowercase();
        if name.is_empty() && email.is_empty() {
            continue;
        }
        let moment = |at: Option<usize>| {
            let raw = cell(r, at);
            if raw.is_empty() {
                return Ok(None);
            }
            parse_moment(raw, order)
                .map(|m| {
                    Some(Moment {
                        date: m.date.or(day),
                        time: m.time,
                    })
                })
                .ok_or_else(|| {
                    Error::invalid(t!(
                        "meeting-bad-time",
                        line = *line,
                        value = format!("{raw:?}")
                    ))
                })
        };
        let join = moment(cols.join)?;
        let leave = moment(cols.leave)?;
        let raw = cell(r, cols.duration);
        let secs = if raw.is_empty() {
            None
        } else {
            Some(parse_duration(raw).ok_or_else(|| {
                Error::invalid(t!(
                    "meeting-bad-duration",
                    line = *line,
                    value = format!("{raw:?}")
                ))
            })?)
        };
        stints.push(Stint {
            line: *line,
            host: !host.is_empty() && email == host,
            name,
            email,
            join,
            leave,
            secs,
        });
    }
    Ok(Report {
        tool,
        title,
        start,
        end,
        stints,
    })
}

/// A line of a file and its fields.
type Line = (u64, Vec<String>);

/// One tab-separated line, Teams' way: fields may be quoted.
fn tabs(line: &str) -> Vec<String> {
    line.split('\t')
        .map(|f| {
            let f = f.trim();
            match f.strip_prefix('"').and_then(|x| x.strip_suffix('"')) {
                Some(inner) => inner.replace("\"\"", "\""),
                None => f.to_string(),
            }
        })
        .collect()
}

/// A Teams attendance report: `1. Summary`, `2. Participants`, `3. In-Meeting Activities`
/// (the section titles are numbered, and their words follow the user's language, so the
/// sections are told apart by their headers), or the older `Full Name / User Action /
/// Timestamp` list.
fn read_teams(lines: &[&str]) -> Result<Report> {
    let all: Vec<&str> = lines
        .iter()
        .flat_map(|l| l.split('\t'))
        .map(str::trim)
        .collect();
    let order = DateOrder::of(all.iter().copied());
    let (mut title, mut start, mut end) = (String::new(), None, None);
    // Sections of people: (header, rows with their lines).
    let mut tables: Vec<(Columns, Vec<Line>)> = Vec::new();
    let mut in_table = false;
    for (i, raw) in lines.iter().enumerate() {
        let line = i as u64 + 1;
        let l = raw.trim_start_matches('\u{feff}');
        if l.trim().is_empty() {
            in_table = false;
            continue;
        }
        let f = tabs(l);
        let c = Columns::of(&f);
        if c.is_people() {
            tables.push((c, Vec::new()));
            in_table = true;
            continue;
        }
        if in_table && let Some((_, rows)) = tables.last_mut() {
            rows.push((line, f));
            continue;
        }
        if f.len() >= 2 {
            let v = f[1].as_str();
            match key(&f[0]).as_str() {
                "meeting title" | "title" => title = v.to_string(),
                "start time" | "meeting start time" => start = parse_moment(v, order),
                "end time" | "meeting end time" => end = parse_moment(v, order),
                _ => {}
            }
        }
    }
    // The activities (one row per stint) say more than the participants (first join, last
    // leave); the old list says join and leave as actions.
    let best = tables
        .iter()
        .rev()
        .find(|(c, _)| c.join.is_some() && c.leave.is_some())
        .or_else(|| tables.iter().find(|(c, _)| c.action.is_some()))
        .or_else(|| tables.first())
        .ok_or_else(unknown)?;
    let (cols, rows) = best;
    let mut stints = Vec::new();
    let hosts: Vec<String> = tables
        .iter()
        .flat_map(|(c, rows)| {
            rows.iter()
                .filter(|(_, r)| is_organiser(cell(r, c.role)))
                .map(|(_, r)| host_key(cell(r, c.name), cell(r, c.email)))
        })
        .collect();
    let time_of = |line: u64, raw: &str| -> Result<Option<Moment>> {
        if raw.is_empty() {
            return Ok(None);
        }
        parse_moment(raw, order).map(Some).ok_or_else(|| {
            Error::invalid(t!(
                "meeting-bad-time",
                line = line,
                value = format!("{raw:?}")
            ))
        })
    };
    if cols.action.is_some() {
        // Joined / Left pairs, in time order per person.
        let mut open: Vec<(String, Stint)> = Vec::new();
        for (line, r) in rows {
            let name = cell(r, cols.name).to_string();
            let at = time_of(*line, cell(r, cols.timestamp))?;
            let action = key(cell(r, cols.action));
            if action.starts_with("join") {
                open.push((
                    name.clone(),
                    Stint {
                        line: *line,
                        host: false,
                        name,
                        email: String::new(),
                        join: at,
                        leave: None,
                        secs: None,
                    },
                ));
            } else if action.starts_with("left")
                && let Some(i) = open.iter().position(|(n, _)| *n == name)
            {
                let (_, mut s) = open.remove(i);
                s.leave = at;
                stints.push(s);
            }
        }
        // Still in the meeting when the list was taken: until its end.
        for (_, mut s) in open {
            s.leave = end.or(s.join);
            stints.push(s);
        }
        stints.sort_by_key(|s| s.line);
    } else {
        for (line, r) in rows {
            let name = cell(r, cols.name).to_string();
            let email = cell(r, cols.email).to_lowercase();
            if name.is_empty() && email.is_empty() {
                continue;
            }
            let raw = cell(r, cols.duration);
            let secs = if raw.is_empty() {
                None
            } else {
                parse_duration(raw)
            };
            stints.push(Stint {
                line: *line,
                host: is_organiser(cell(r, cols.role)) || hosts.contains(&host_key(&name, &email)),
                join: time_of(*line, cell(r, cols.join))?,
                leave: time_of(*line, cell(r, cols.leave))?,
                name,
                email,
                secs,
            });
        }
    }
    Ok(Report {
        tool: Tool::Teams,
        title,
        start,
        end,
        stints,
    })
}

fn is_organiser(role: &str) -> bool {
    matches!(key(role).as_str(), "organizer" | "organiser" | "host")
}

fn host_key(name: &str, email: &str) -> String {
    if email.is_empty() {
        key(name)
    } else {
        email.to_lowercase()
    }
}

/// Day-first (`23.11.2026`, `23/11/2026, 09:02`) or month-first (`11/23/26, 9:02 AM`): the
/// order of a whole file, worked out from all its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    DayFirst,
    MonthFirst,
}

impl DateOrder {
    /// A number above 12 in either place decides; otherwise a 12-hour clock says US
    /// (month first) and a 24-hour one the rest of the world (day first).
    pub fn of<'a>(cells: impl Iterator<Item = &'a str>) -> DateOrder {
        let (mut day_first, mut month_first, mut twelve, mut slash) = (false, false, false, false);
        for c in cells {
            let Some((a, b, _)) = numeric_date(c) else {
                continue;
            };
            if a > 12 {
                day_first = true;
            }
            if b > 12 {
                month_first = true;
            }
            slash |= c.contains('/');
            let up = c.to_uppercase();
            twelve |= up.contains("AM") || up.contains("PM");
        }
        match (day_first, month_first) {
            (true, false) => DateOrder::DayFirst,
            (false, true) => DateOrder::MonthFirst,
            _ if twelve && slash => DateOrder::MonthFirst,
            _ => DateOrder::DayFirst,
        }
    }
}

/// The first `a/b/yyyy`-like token of a cell (not ISO): its numbers.
fn numeric_date(cell: &str) -> Option<(u32, u32, u32)> {
    let tok = cell
        .split([' ', ','])
        .find(|t| t.contains(['/', '.', '-']) && t.starts_with(|c: char| c.is_ascii_digit()))?;
    let parts: Vec<&str> = tok
        .split(['/', '.', '-'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3 || parts[0].len() == 4 {
        return None;
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    (n.len() == 3).then(|| (n[0], n[1], n[2]))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `Nov`, `Nov.`, `November` (and `Sept`): the month's number.
fn month_word(w: &str) -> Option<u8> {
    let w = w.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(w.as_str()))
        .and_then(|i| u8::try_from(i + 1).ok())
}

fn year_of(n: i32) -> i32 {
    if n < 100 { 2000 + n } else { n }
}

/// A date in a cell: `2026-11-23`, `23.11.2026`, `11/23/26`, `Nov 23, 2026`, `23 Nov 2026`.
pub fn parse_date_any(cell: &str, order: DateOrder) -> Option<Date> {
    let cleaned = cell.replace(',', " ");
    let toks: Vec<&str> = cleaned.split_whitespace().collect();
    for t in &toks {
        let parts: Vec<&str> = t.split(['/', '.', '-']).filter(|p| !p.is_empty()).collect();
        if parts.len() != 3 || !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
            continue;
        }
        let n: Vec<i32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
        if n.len() != 3 {
            continue;
        }
        let (y, m, d) = if parts[0].len() == 4 {
            (n[0], n[1], n[2])
        } else if (order == DateOrder::DayFirst && n[1] <= 12) || n[0] > 12 {
            (year_of(n[2]), n[1], n[0])
        } else {
            (year_of(n[2]), n[0], n[1])
        };
        if let Some(date) = ymd(y, m, d) {
            return Some(date);
        }
    }
    // Month names: "Nov 23 2026", "23 Nov 2026", "November 23, 2026".
    let pos = toks.iter().position(|t| month_word(t).is_some())?;
    let m = i32::from(month_word(toks[pos])?);
    let num = |i: usize| -> Option<i32> {
        toks.get(i)
            .and_then(|t| t.trim_end_matches('.').parse().ok())
    };
    let (d, y) = match (pos.checked_sub(1).and_then(num), num(pos + 1), num(pos + 2)) {
        (Some(d), Some(y), _) if d <= 31 => (d, y),
        (_, Some(d), Some(y)) => (d, y),
        _ => return None,
    };
    ymd(year_of(y), m, d)
}

fn ymd(y: i32, m: i32, d: i32) -> Option<Date> {
    let month = Month::try_from(u8::try_from(m).ok()?).ok()?;
    Date::from_calendar_date(y, month, u8::try_from(d).ok()?).ok()
}

/// A time of day in a cell: `09:02:11`, `9:02 AM`, `9:02:11 PM`, `21:02`.
pub fn parse_time_any(cell: &str) -> Option<Time> {
    let up = cell.to_uppercase().replace(['.', ','], " ");
    let toks: Vec<&str> = up.split_whitespace().collect();
    let i = toks.iter().position(|t| t.contains(':'))?;
    let tok = toks[i];
    let (clock, suffix) = match tok.find(['A', 'P']) {
        Some(at) => (&tok[..at], Some(&tok[at..])),
        None => (tok, toks.get(i + 1).copied()),
    };
    let nums: Vec<u8> = clock
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<Vec<u8>>>()?;
    let (mut h, m, s) = match nums.as_slice() {
        [h, m] => (*h, *m, 0),
        [h, m, s] => (*h, *m, *s),
        _ => return None,
    };
    match suffix.map(|s| s.trim_end_matches('M')) {
        Some("P") if h < 12 => h += 12,
        Some("A") if h == 12 => h = 0,
        _ => {}
    }
    Time::from_hms(h, m, s).ok()
}

/// A moment in a cell: a time of day with or without a date.
pub fn parse_moment(cell: &str, order: DateOrder) -> Option<Moment> {
    let cell = cell.trim();
    if cell.is_empty() {
        return None;
    }
    // ISO: "2026-11-23T09:02:11" and "2026-11-23 09:02:11".
    let spaced: Cow<'_, str> = if cell.len() > 10 && cell.as_bytes().get(10) == Some(&b'T') {
        Cow::Owned(cell.replacen('T', " ", 1))
    } else {
        Cow::Borrowed(cell)
    };
    // The date is whatever is not the clock.
    let time = parse_time_any(&spaced)?;
    let without_clock: String = spaced
        .split_whitespace()
        .filter(|t| !t.contains(':'))
        .collect::<Vec<_>>()
        .join(" ");
    Some(Moment {
        date: parse_date_any(&without_clock, order),
        time,
    })
}

/// A duration as the tools write it: Zoom's minutes (`193`), Teams' `3h 10m 39s`, Meet's
/// `1 hr 20 min`, or `1:20:00`. Seconds.
pub fn parse_duration(cell: &str) -> Option<i64> {
    let c = cell.trim().to_lowercase();
    if c.is_empty() {
        return None;
    }
    // No meeting lasts a year: a bigger figure is no duration (and cannot overflow below).
    let sane = |secs: i64| (0..=366 * 24 * 3600).contains(&secs).then_some(secs);
    if let Ok(min) = c.parse::<i64>() {
        return sane(min.checked_mul(60)?);
    }
    if c.contains(':') {
        let n: Vec<i64> = c
            .split(':')
            .map(|p| p.trim().parse().ok())
            .collect::<Option<Vec<i64>>>()?;
        let secs = match n.as_slice() {
            [h, m, s] => h
                .checked_mul(3600)?
                .checked_add(m.checked_mul(60)?)?
                .checked_add(*s)?,
            [m, s] => m.checked_mul(60)?.checked_add(*s)?,
            _ => return None,
        };
        return sane(secs);
    }
    // "3h 10m 39s", "1 hr 20 min", "45 mins": numbers each followed by a unit.
    let mut total = 0;
    let mut number: Option<i64> = None;
    let mut seen = false;
    let mut rest = c.as_str();
    while !rest.is_empty() {
        rest = rest.trim_start();
        let digits = rest
            .find(|ch: char| !ch.is_ascii_digit())
            .unwrap_or(rest.len());
        if digits > 0 {
            number = Some(rest[..digits].parse().ok()?);
            rest = &rest[digits..];
            continue;
        }
        let word = rest
            .find(|ch: char| ch.is_ascii_digit() || ch.is_whitespace())
            .unwrap_or(rest.len());
        let unit = &rest[..word];
        rest = &rest[word..];
        let n = number.take()?;
        let per = match unit.trim_end_matches(['.', ',']) {
            "h" | "hr" | "hrs" | "hour" | "hours" => 3600,
            "m" | "min" | "mins" | "minute" | "minutes" => 60,
            "s" | "sec" | "secs" | "second" | "seconds" => 1,
            _ => return None,
        };
        total = sane(total + sane(n.checked_mul(per)?)?)?;
        seen = true;
    }
    (seen && number.is_none()).then_some(total)
}

/// What a display name is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameKind {
    /// A dial-in: `+383 44 123 456`, `Call-in User_2`.
    Phone,
    /// A device's name: `iPhone`, `Galaxy S21`, `Ana's iPad`.
    Device,
    /// A person, with the forms of the name to try, fullest first: `Marko (Marko Đorđević)`
    /// gives `Marko Đorđević` and `Marko`; `Çela, Ana` gives `Ana Çela`.
    Person(Vec<String>),
}

/// Tags the tools put after a name: they are not part of it.
const TAGS: [&str; 15] = [
    "guest",
    "external",
    "unverified",
    "host",
    "co host",
    "organizer",
    "organiser",
    "presenter",
    "me",
    "gost",
    "mysafir",
    "misafir",
    "she her",
    "he him",
    "they them",
];

const DEVICES: [&str; 22] = [
    "iphone",
    "ipad",
    "ipod",
    "android",
    "galaxy",
    "pixel",
    "redmi",
    "xiaomi",
    "huawei",
    "samsung",
    "oneplus",
    "oppo",
    "nokia",
    "motorola",
    "macbook",
    "imac",
    "laptop",
    "desktop",
    "chromebook",
    "tablet",
    "phone",
    "surface",
];

/// The name without a trailing `(Guest)` and the like.
fn strip_tags(name: &str) -> &str {
    let mut n = name.trim();
    while let Some(open) = n.rfind('(')
        && n.ends_with(')')
        && TAGS.contains(&key(&n[open + 1..n.len() - 1]).as_str())
    {
        n = n[..open].trim_end();
    }
    n
}

/// Tells a person's name from a phone's or a device's.
pub fn name_kind(name: &str) -> NameKind {
    let n = strip_tags(name);
    let digits = n.chars().filter(char::is_ascii_digit).count();
    let words = key(n);
    if (digits >= 5
        && n.chars()
            .all(|c| c.is_ascii_digit() || " +-()./*xX".contains(c)))
        || ["call in user", "dial in", "telephone user", "phone user"]
            .iter()
            .any(|p| words.starts_with(p))
    {
        return NameKind::Phone;
    }
    let mut forms = Vec::new();
    // "Current (Original)": Zoom's "Name (Original Name)" column.
    if let Some(open) = n.find('(')
        && n.ends_with(')')
    {
        let outer = n[..open].trim();
        let inner = n[open + 1..n.len() - 1].trim();
        forms.push(inner.to_string());
        forms.push(outer.to_string());
    } else {
        forms.push(n.to_string());
    }
    // "Last, First" → "First Last".
    let forms: Vec<String> = forms
        .into_iter()
        .filter(|f| !f.is_empty())
        .map(|f| match f.split_once(',') {
            Some((last, first)) if !first.contains(',') && !first.trim().is_empty() => {
                format!("{} {}", first.trim(), last.trim())
            }
            _ => f,
        })
        .collect();
    let device = |f: &str| {
        key(f).split(' ').any(|w| {
            DEVICES.contains(&w)
                || (w.starts_with("sm")
                    && w.len() > 3
                    && w[2..].chars().all(|c| c.is_ascii_alphanumeric())
                    && w.chars().any(|c| c.is_ascii_digit()))
        })
    };
    // "Guest (iPhone)": a tag word beside a device's name is no name either.
    let people: Vec<String> = forms
        .iter()
        .filter(|f| !device(f) && !TAGS.contains(&key(f).as_str()))
        .cloned()
        .collect();
    if people.is_empty() {
        return NameKind::Device;
    }
    NameKind::Person(people)
}

/// A name as a matching key: folded (case, accents, Latin/Cyrillic, `đ`/`dj`), its words in
/// order of the alphabet, so that `Çela Ana` and `Ana Cela` meet.
pub fn name_key(name: &str) -> String {
    let mut words: Vec<String> = folded_words(name, ' ')
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    words.sort();
    words.join(" ")
}

/// Seconds from `a` to `b`.
fn secs(a: PrimitiveDateTime, b: PrimitiveDateTime) -> i64 {
    (b - a).whole_seconds()
}

/// The parts of a session one person was in it: their stints clipped to the session and
/// merged where they overlap (a person on two devices at once counts once).
pub fn in_window(
    stints: &[(PrimitiveDateTime, PrimitiveDateTime)],
    start: PrimitiveDateTime,
    end: PrimitiveDateTime,
) -> Vec<(PrimitiveDateTime, PrimitiveDateTime)> {
    let mut clipped: Vec<_> = stints
        .iter()
        .map(|&(a, b)| (a.max(start), b.min(end)))
        .filter(|(a, b)| a < b)
        .collect();
    clipped.sort();
    let mut merged: Vec<(PrimitiveDateTime, PrimitiveDateTime)> = Vec::new();
    for (a, b) in clipped {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// How the marks are decided: `--min-share` (in per mille) and `--grace`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub min_share_permille: i64,
    pub grace: Duration,
}

impl Default for Rule {
    fn default() -> Self {
        Rule {
            min_share_permille: 500,
            grace: Duration::minutes(10),
        }
    }
}

/// One person's time in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Presence {
    /// Seconds in the session.
    pub secs: i64,
    /// When they were first in the session and last left it; `None` when the report gives
    /// only a duration.
    pub arrived: Option<PrimitiveDateTime>,
    pub left: Option<PrimitiveDateTime>,
}

impl Presence {
    /// From a person's stints (clipped and merged here).
    pub fn of(
        stints: &[(PrimitiveDateTime, PrimitiveDateTime)],
        start: PrimitiveDateTime,
        end: PrimitiveDateTime,
    ) -> Presence {
        let parts = in_window(stints, start, end);
        Presence {
            secs: parts.iter().map(|(a, b)| secs(*a, *b)).sum(),
            arrived: parts.first().map(|p| p.0),
            left: parts.last().map(|p| p.1),
        }
    }
}

/// What the rule decides for one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Present,
    /// Arrived after the grace; `left` when they also left early (one status holds one of
    /// the two, and lateness is the one kept).
    Late {
        at: Time,
        left: Option<Time>,
    },
    LeftEarly {
        at: Time,
    },
    Absent,
}

/// The marking rule: attended when the time in the session is at least `min_share` of its
/// length; then late when the first arrival is after start + grace, else left early when
/// the last leave is before end − grace; otherwise absent.
pub fn decide(
    p: &Presence,
    start: PrimitiveDateTime,
    end: PrimitiveDateTime,
    rule: &Rule,
) -> Verdict {
    let length = secs(start, end).max(1);
    if p.secs * 1000 < rule.min_share_permille * length {
        return Verdict::Absent;
    }
    // A grace beyond the calendar forgives everything.
    let late = p
        .arrived
        .filter(|a| start.checked_add(rule.grace).is_some_and(|g| *a > g));
    let early = p
        .left
        .filter(|l| end.checked_sub(rule.grace).is_some_and(|g| *l < g));
    match (late, early) {
        (Some(a), l) => Verdict::Late {
            at: a.time(),
            left: l.map(PrimitiveDateTime::time),
        },
        (None, Some(l)) => Verdict::LeftEarly { at: l.time() },
        (None, None) => Verdict::Present,
    }
}

/// Whole minutes, rounded half up.
pub fn minutes(secs: i64) -> i64 {
    (secs + 30).div_euclid(60)
}

/// A share in whole per cent, rounded half up.
pub fn percent(part: i64, whole: i64) -> i64 {
    if whole <= 0 {
        return 0;
    }
    (part * 200 + whole).div_euclid(2 * whole)
}

/// The session a report is of: the one its span overlaps most. `sessions` are (start, end);
/// `None` when it overlaps none.
pub fn choose_session(
    sessions: &[(PrimitiveDateTime, PrimitiveDateTime)],
    span: (PrimitiveDateTime, PrimitiveDateTime),
) -> Option<usize> {
    let (a, b) = span;
    let overlap = |(s, e): (PrimitiveDateTime, PrimitiveDateTime)| {
        // A report with no length (one time only) falls in a session or not.
        if a == b {
            return if s <= a && a < e { 1 } else { 0 };
        }
        secs(a.max(s), b.min(e)).max(0)
    };
    let best = sessions
        .iter()
        .enumerate()
        .map(|(i, s)| (overlap(*s), std::cmp::Reverse(i)))
        .max()?;
    (best.0 > 0).then_some(best.1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime, time};

    fn rule() -> Rule {
        Rule::default()
    }

    const S: PrimitiveDateTime = datetime!(2026-11-23 09:00);
    const E: PrimitiveDateTime = datetime!(2026-11-23 12:00);

    #[test]
    fn meeting_rule_present_with_hand_counted_minutes() {
        // 08:55–11:52 clipped to 09:00–11:52: 172 of 180 minutes.
        let p = Presence::of(
            &[(datetime!(2026-11-23 08:55), datetime!(2026-11-23 11:52))],
            S,
            E,
        );
        assert_eq!(p.secs, 172 * 60);
        assert_eq!(percent(p.secs, 180 * 60), 96);
        assert_eq!(decide(&p, S, E, &rule()), Verdict::Present);
    }

    #[test]
    fn meeting_rule_adds_up_stints_and_merges_overlaps() {
        // 09:05–10:00 (55) + 10:30–11:00 (30) + 10:45–11:30 on a phone, overlapping: 10:30–11:30
        // (60) → 115 minutes, not 130.
        let p = Presence::of(
            &[
                (datetime!(2026-11-23 09:05), datetime!(2026-11-23 10:00)),
                (datetime!(2026-11-23 10:30), datetime!(2026-11-23 11:00)),
                (datetime!(2026-11-23 10:45), datetime!(2026-11-23 11:30)),
            ],
            S,
            E,
        );
        assert_eq!(p.secs, 115 * 60);
        // Left at 11:30, before 11:50: left early.
        assert_eq!(
            decide(&p, S, E, &rule()),
            Verdict::LeftEarly { at: time!(11:30) }
        );
    }

    #[test]
    fn meeting_rule_late_after_grace_but_not_within_it() {
        // 09:24–12:10: 156 of 180 → attended, arrived after 09:10: late 09:24.
        let p = Presence::of(
            &[(datetime!(2026-11-23 09:24), datetime!(2026-11-23 12:10))],
            S,
            E,
        );
        assert_eq!(minutes(p.secs), 156);
        assert_eq!(
            decide(&p, S, E, &rule()),
            Verdict::Late {
                at: time!(09:24),
                left: None
            }
        );
        // 09:10 exactly is within the grace.
        let p = Presence::of(
            &[(datetime!(2026-11-23 09:10), datetime!(2026-11-23 12:00))],
            S,
            E,
        );
        assert_eq!(decide(&p, S, E, &rule()), Verdict::Present);
        // A grace of 30 minutes forgives 09:24.
        let p = Presence::of(
            &[(datetime!(2026-11-23 09:24), datetime!(2026-11-23 12:00))],
            S,
            E,
        );
        let lenient = Rule {
            grace: Duration::minutes(30),
            ..rule()
        };
        assert_eq!(decide(&p, S, E, &lenient), Verdict::Present);
        let endless = Rule {
            grace: Duration::minutes(i64::from(u32::MAX)),
            ..rule()
        };
        assert_eq!(decide(&p, S, E, &endless), Verdict::Present);
    }

    #[test]
    fn meeting_rule_late_wins_over_left_early() {
        // 09:20–11:30: 130 of 180 (72 %): late 09:20, and left 11:30.
        let p = Presence::of(
            &[(datetime!(2026-11-23 09:20), datetime!(2026-11-23 11:30))],
            S,
            E,
        );
        assert_eq!(minutes(p.secs), 130);
        assert_eq!(
            decide(&p, S, E, &rule()),
            Verdict::Late {
                at: time!(09:20),
                left: Some(time!(11:30))
            }
        );
    }

    #[test]
    fn meeting_rule_absent_below_the_share_and_at_it_present() {
        // 09:00–10:29: 89 of 180 = 49.4 % < 50 %.
        let p = Presence::of(
            &[(datetime!(2026-11-23 09:00), datetime!(2026-11-23 10:29))],
            S,
            E,
        );
        assert_eq!(decide(&p, S, E, &rule()), Verdict::Absent);
        // 09:00–10:30: 90 of 180 = exactly 50 %: attended, and left early at 10:30.
        let p = Presence::of(
            &[(datetime!(2026-11-23 09:00), datetime!(2026-11-23 10:30))],
            S,
            E,
        );
        assert_eq!(
            decide(&p, S, E, &rule()),
            Verdict::LeftEarly { at: time!(10:30) }
        );
        // --min-share 0.75: 130 of 180 (72 %) is absent.
        let p = Presence::of(
            &[(datetime!(2026-11-23 09:00), datetime!(2026-11-23 11:10))],
            S,
            E,
        );
        let strict = Rule {
            min_share_permille: 750,
            ..rule()
        };
        assert_eq!(decide(&p, S, E, &strict), Verdict::Absent);
    }

    #[test]
    fn meeting_rule_a_late_rejoin_counts_from_the_first_time_in_the_session() {
        // In before the start, out 08:58, back 09:30: the first time in the session is 09:30.
        let p = Presence::of(
            &[
                (datetime!(2026-11-23 08:50), datetime!(2026-11-23 08:58)),
                (datetime!(2026-11-23 09:30), datetime!(2026-11-23 12:05)),
            ],
            S,
            E,
        );
        assert_eq!(minutes(p.secs), 150);
        assert_eq!(
            decide(&p, S, E, &rule()),
            Verdict::Late {
                at: time!(09:30),
                left: None
            }
        );
    }

    #[test]
    fn meeting_durations_as_the_tools_write_them() {
        assert_eq!(parse_duration("193"), Some(193 * 60));
        assert_eq!(parse_duration("3h 10m 39s"), Some(3 * 3600 + 10 * 60 + 39));
        assert_eq!(parse_duration("52s"), Some(52));
        assert_eq!(parse_duration("1 hr 20 min"), Some(80 * 60));
        assert_eq!(parse_duration("45 mins"), Some(45 * 60));
        assert_eq!(parse_duration("1:20:00"), Some(80 * 60));
        assert_eq!(parse_duration("soon"), None);
        assert_eq!(parse_duration("3 parsecs"), None);
        assert_eq!(parse_duration("9999999999999999999 h"), None);
        assert_eq!(parse_duration("99999999999999 min"), None);
    }

    #[test]
    fn meeting_times_in_us_and_european_forms() {
        let us = DateOrder::of(["11/23/26, 9:02:11 AM"].into_iter());
        assert_eq!(us, DateOrder::MonthFirst);
        assert_eq!(
            parse_moment("11/23/26, 9:02:11 AM", us),
            Some(Moment {
                date: Some(date!(2026 - 11 - 23)),
                time: time!(09:02:11)
            })
        );
        assert_eq!(
            parse_moment("11/23/2026 01:05:00 PM", us).map(|m| m.time),
            Some(time!(13:05))
        );
        let eu = DateOrder::of(["23.11.2026, 09:02:11"].into_iter());
        assert_eq!(eu, DateOrder::DayFirst);
        assert_eq!(
            parse_moment("03.11.2026, 09:02:11", eu).and_then(|m| m.date),
            Some(date!(2026 - 11 - 03))
        );
        assert_eq!(
            parse_moment("2026-11-23 09:02:11", eu).and_then(Moment::dated),
            Some(datetime!(2026-11-23 09:02:11))
        );
        assert_eq!(
            parse_moment("Nov 23, 2026, 9:02 AM", eu).and_then(Moment::dated),
            Some(datetime!(2026-11-23 09:02))
        );
        assert_eq!(
            parse_moment("12:30 PM", eu),
            Some(Moment {
                date: None,
                time: time!(12:30)
            })
        );
        assert_eq!(
            parse_moment("12:05 AM", eu).map(|m| m.time),
            Some(time!(00:05))
        );
    }

    #[test]
    fn meeting_names_phones_and_devices() {
        assert_eq!(name_kind("+383 44 123 456"), NameKind::Phone);
        assert_eq!(name_kind("Call-in User_2"), NameKind::Phone);
        assert_eq!(name_kind("iPhone"), NameKind::Device);
        assert_eq!(name_kind("Galaxy S21"), NameKind::Device);
        assert_eq!(name_kind("Ana's iPad"), NameKind::Device);
        assert_eq!(name_kind("Guest (iPhone)"), NameKind::Device);
        assert_eq!(
            name_kind("Marko (Marko Đorđević)"),
            NameKind::Person(vec!["Marko Đorđević".into(), "Marko".into()])
        );
        assert_eq!(
            name_kind("Şahin, Elif (Guest)"),
            NameKind::Person(vec!["Elif Şahin".into()])
        );
        assert_eq!(
            name_kind("Ana Çela (iPhone)"),
            NameKind::Person(vec!["Ana Çela".into()])
        );
        assert_eq!(
            name_kind("Ana Çela (she/her)"),
            NameKind::Person(vec!["Ana Çela".into()])
        );
        assert_eq!(name_key("Çela Ana"), name_key("Ana Cela"));
        assert_eq!(name_key("Marko Djordjevic"), name_key("Марко Ђорђевић"));
    }

    proptest::proptest! {
        /// Whatever a file holds, reading it is a report or an error, never a panic.
        #[test]
        fn meeting_reading_any_text_never_panics(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "1. Summary", "Name\tFirst Join\tLast Leave\tRole", "Full Name\tUser Action\tTimestamp",
                    "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest",
                    "First name,Last name,Email,Duration,Time joined,Time exited", "Meeting ID,Topic",
                    "\t", ",", "\"", "(", ")", "Guest", "Çela, Ana", "+383", "12:", "13/13/26, 25:61 PM",
                    "11/23/26, 9:02:11 AM", "23.11.2026", "Nov", "1 hr", "h", "min", "Joined", "Left",
                    "Organizer", "99999999999999999", "\n", "\r\n", "\u{feff}", "ł", "Ђ", " ",
                ]),
                0..40,
            )
        ) {
            let text: String = pieces.concat();
            let _ = read(text.as_bytes(), None);
            let mut utf16 = vec![0xff, 0xfe];
            utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            let _ = read(&utf16, None);
            for piece in &pieces {
                let _ = name_kind(piece);
                let _ = parse_duration(piece);
                let _ = parse_moment(piece, DateOrder::DayFirst);
            }
            let _ = name_kind(&text);
            let _ = parse_moment(&text, DateOrder::MonthFirst);
            let _ = parse_duration(&text);
        }
    }

    #[test]
    fn meeting_session_is_the_one_the_report_overlaps_most() {
        let day = |h: u8, e: u8| {
            (
                PrimitiveDateTime::new(
                    date!(2026 - 11 - 23),
                    Time::from_hms(h, 0, 0).unwrap_or(Time::MIDNIGHT),
                ),
                PrimitiveDateTime::new(
                    date!(2026 - 11 - 23),
                    Time::from_hms(e, 0, 0).unwrap_or(Time::MIDNIGHT),
                ),
            )
        };
        let sessions = [day(9, 12), day(13, 17)];
        // Opened 08:50 and ran to 12:10: the morning.
        assert_eq!(
            choose_session(
                &sessions,
                (datetime!(2026-11-23 08:50), datetime!(2026-11-23 12:10))
            ),
            Some(0)
        );
        assert_eq!(
            choose_session(
                &sessions,
                (datetime!(2026-11-23 11:30), datetime!(2026-11-23 16:00))
            ),
            Some(1)
        );
        assert_eq!(
            choose_session(
                &sessions,
                (datetime!(2026-11-24 09:00), datetime!(2026-11-24 12:00))
            ),
            None
        );
    }
}
