//! The command line (README › The command line): argument parsing and dispatch. Data goes to stdout,
//! messages to stderr; exit 0 on success, 1 on bad input or failure, 2 on usage errors.

pub mod data;
pub mod door;
pub mod help;
pub mod meeting;
pub mod reports;
pub mod server;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::core::error::{Error, Result};
use crate::core::{Backend, Command, MarkInput, Queries, find_event};
use crate::domain::{MarkStatus, parse_time};
use crate::text::sanitize;

#[derive(Debug, Parser)]
#[command(
    name = "prezenca",
    version,
    about = "Attendance, follow-ups and donor summaries for training events",
    long_about = "prezenca keeps events, sessions, participants and follow-ups, records attendance \
                  live and writes the summaries donor reports need.\n\nWith no command it opens the \
                  terminal UI."
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

#[derive(Debug, Clone, Args)]
pub struct Global {
    /// Database file (default: $PREZENCA_DB, else prezenca.redb in the XDG data directory)
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Server socket (default: $PREZENCA_SOCKET, the config file, then the default path)
    #[arg(long, global = true, value_name = "PATH")]
    pub socket: Option<PathBuf>,
    /// Interface language (en, sq)
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    Events,
    Sessions,
    Participants,
    Registrations,
    Attendance,
    Followups,
    Organisations,
}

/// What `import` reads: a kind of CSV file, or an online meeting's attendance report.
/// (`data::import` takes only the CSV kinds, so `meeting` stays out of [`Kind`].)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportWhat {
    Data(Kind),
    Meeting,
}

impl ValueEnum for ImportWhat {
    fn value_variants<'a>() -> &'a [Self] {
        static ALL: std::sync::LazyLock<Vec<ImportWhat>> = std::sync::LazyLock::new(|| {
            let data = Kind::value_variants().iter().copied().map(ImportWhat::Data);
            data.chain([ImportWhat::Meeting]).collect()
        });
        &ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        match self {
            ImportWhat::Data(k) => k.to_possible_value(),
            ImportWhat::Meeting => Some(clap::builder::PossibleValue::new("meeting")),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportKind {
    Events,
    Sessions,
    Participants,
    Registrations,
    Attendance,
    Followups,
    Organisations,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DataFormat {
    Csv,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Md,
    Csv,
    Json,
    Html,
    /// A spreadsheet workbook (needs --out)
    Xlsx,
}

#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Import a file: CSV or text, a workbook, or an online meeting's report (one transaction)
    Import {
        kind: ImportWhat,
        file: PathBuf,
        /// Participants: register each at this event; other kinds: the event of rows without one
        #[arg(long, value_name = "CODE")]
        event: Option<String>,
        /// Show what would be created, updated and rejected; write nothing
        #[arg(long)]
        dry_run: bool,
        /// The file's text encoding when it is not UTF-8 or UTF-16 (e.g. windows-1250)
        #[arg(long, value_name = "NAME")]
        encoding: Option<String>,
        /// The sheet of a workbook (.xlsx, .ods, .xls) to read; the first when not given
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// What a header means: --map "E-mail adresa=email", or =ignore (repeatable)
        #[arg(long = "map", value_name = "HEADER=FIELD")]
        maps: Vec<String>,
        /// Write the good rows and report the rejected ones (exit status 1 all the same)
        #[arg(long)]
        partial: bool,
        /// Write the rejected rows here: the original columns plus line and reason
        #[arg(long, value_name = "FILE")]
        rejects: Option<PathBuf>,
        /// meeting: the session's number (default: the one the report's time falls in)
        #[arg(long, value_name = "N")]
        session: Option<usize>,
        /// meeting: the share of the session that counts as attended (default 0.5)
        #[arg(long, value_name = "F")]
        min_share: Option<f64>,
        /// meeting: minutes after the start (and before the end) not late (left early); default 10
        #[arg(long, value_name = "MINUTES")]
        grace: Option<u32>,
        /// meeting: register people the report names and nobody knows, as walk-ins
        #[arg(long)]
        walk_ins: bool,
    },
    /// Export records as CSV (the import columns) or JSON to stdout
    Export {
        kind: ExportKind,
        #[arg(long, value_enum, default_value = "csv")]
        format: DataFormat,
        /// Write to this file (mode 0600) instead of stdout; with `all` and csv, a directory
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
    /// Attendance summary of one event
    Summary {
        event: String,
        #[arg(long, value_enum, default_value = "md")]
        format: ReportFormat,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// List certificate-eligible participants as CSV instead
        #[arg(long)]
        certificates: bool,
        /// In human formats, show breakdown counts below N as "<N"
        #[arg(long, value_name = "N")]
        min_cell: Option<u64>,
    },
    /// Cross-event report for donors
    Report {
        #[arg(long, value_name = "DATE")]
        from: String,
        #[arg(long, value_name = "DATE")]
        to: String,
        #[arg(long, value_name = "CODE")]
        project: Option<String>,
        #[arg(long, value_enum, default_value = "md")]
        format: ReportFormat,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        #[arg(long, value_name = "N")]
        min_cell: Option<u64>,
        /// Lower bounds of the age bands (default 18,30,45,60)
        #[arg(long, value_name = "AGES")]
        age_bands: Option<String>,
    },
    /// Print the certificates of an event's eligible participants (one A4 page each) and
    /// record them as issued
    Certificates {
        event: String,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Record one attendance mark
    Mark {
        event: String,
        /// 1-based session number in time order
        session: usize,
        /// Email, badge code, or name when there is none
        participant: String,
        /// present, late, left_early, excused, absent, or clear
        status: String,
        #[arg(long, value_name = "HH:MM")]
        arrived: Option<String>,
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        /// Read the reason from FILE, or from standard input with `-`: a reason given with
        /// --reason is visible to every user of the machine while the command runs
        #[arg(long, value_name = "FILE", conflicts_with = "reason")]
        reason_file: Option<PathBuf>,
    },
    /// Printable badges with QR codes for an event (HTML for A4 label sheets, 8 a page)
    Badges {
        event: String,
        /// Write here (mode 0600) instead of CODE-badges.html in the current directory
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Self check-in for participants at the door: type your name or scan your badge
    Kiosk { event: String },
    /// Create the follow-ups attendance implies (certificates, contact, evaluation)
    Close {
        event: String,
        /// Owner of the follow-ups (default: you)
        #[arg(long)]
        owner: Option<String>,
        /// Due date (default: two weeks from today)
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
    },
    /// Write a consistent copy of the database to FILE
    Backup { file: PathBuf },
    /// Verify that every record decodes and every reference resolves
    Check,
    /// Erase a person's personal data everywhere; their marks stay, anonymous
    Forget {
        participant: String,
        #[arg(long)]
        yes: bool,
    },
    /// Load the sample data (seven events across the region) into the database
    Demo,
    /// Run the server that owns the database, for several trainers at once
    Serve {
        #[arg(long, value_name = "NAME")]
        group: Option<String>,
    },
    /// Say why this account cannot connect to the shared server, or that it can
    Doctor,
    /// Print the shell completion script for SHELL (bash, zsh, fish)
    Completions { shell: clap_complete::Shell },
    /// Write the man pages (prezenca.1, prezenca-SUBCOMMAND.1) into DIR
    #[command(hide = true)]
    Manpages { dir: PathBuf },
    /// Keymap files
    Keymap {
        #[command(subcommand)]
        action: KeymapCmd,
    },
}

#[derive(Debug, Subcommand)]
pub enum KeymapCmd {
    /// Validate a keymap file (default: the user's keymap.toml)
    Check { file: Option<PathBuf> },
}

/// Prints a message to stderr, sanitised.
pub fn say(msg: &str) {
    eprintln!("{}", sanitize_multiline(msg));
}

/// Sanitises each line of a message; keeps the newlines.
pub fn sanitize_multiline(msg: &str) -> String {
    msg.split('\n')
        .map(|l| sanitize(l).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where the command line says the data is.
pub fn target(g: &Global) -> crate::backend::Target {
    crate::backend::Target {
        db: g.db.clone(),
        socket: g.socket.clone(),
    }
}

/// Opens the backend the command line means (see [`crate::backend::open`]) and says the
/// notes of opening it (config warnings, a repaired or read-only file).
pub fn backend(g: &Global) -> Result<Box<dyn Backend>> {
    let (b, notes) = crate::backend::open(&target(g))?;
    for n in notes {
        say(&n);
    }
    Ok(b)
}

/// Runs a parsed command line; returns the exit status.
pub fn run(cli: Cli) -> i32 {
    let g = cli.global.clone();
    let Some(cmd) = cli.command else {
        return crate::tui::run(|| backend(&g), &mut |m| say(m));
    };
    match guarded(&g, cmd) {
        Ok(code) => code,
        Err(e) => {
            say(&format!("prezenca: {e}"));
            e.exit_code()
        }
    }
}

/// Runs a command, turning a panic into a message. redb stops with a panic on some damaged
/// pages (its checksums catch most damage, not all); the user gets a sentence that says what
/// to do instead of a backtrace, and exit status 1. A write transaction open at that moment
/// is dropped uncommitted.
fn guarded(g: &Global, cmd: Cmd) -> Result<i32> {
    use std::sync::{Arc, Mutex};
    let caught: Arc<Mutex<Option<String>>> = Arc::default();
    let previous = std::panic::take_hook();
    let keep = caught.clone();
    std::panic::set_hook(Box::new(move |info| {
        if let Ok(mut c) = keep.lock() {
            let at = info
                .location()
                .map(|l| {
                    format!(
                        " at {}:{}",
                        l.file().rsplit('/').next().unwrap_or(""),
                        l.line()
                    )
                })
                .unwrap_or_default();
            let payload = info.payload();
            let what = payload
                .downcast_ref::<&str>()
                .copied()
                .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
                .unwrap_or("?");
            *c = Some(format!("{what}{at}"));
        }
    }));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| dispatch(g, cmd)));
    std::panic::set_hook(previous);
    result.unwrap_or_else(|_| {
        let why = caught
            .lock()
            .ok()
            .and_then(|mut c| c.take())
            .unwrap_or_default();
        Err(Error::Corrupt(crate::t!("cmd-panic", why = why)))
    })
}

fn dispatch(g: &Global, cmd: Cmd) -> Result<i32> {
    match cmd {
        Cmd::Import {
            kind,
            file,
            event,
            dry_run,
            encoding,
            sheet,
            maps,
            partial,
            rejects,
            session,
            min_share,
            grace,
            walk_ins,
        } => match kind {
            ImportWhat::Data(kind) => {
                meeting::only_for_meeting(session, min_share, grace, walk_ins)?;
                data::import(
                    g,
                    kind,
                    &file,
                    data::ImportOptions {
                        event,
                        dry_run,
                        encoding,
                        sheet,
                        maps,
                        partial,
                        rejects,
                    },
                )
            }
            ImportWhat::Meeting
                if sheet.is_some() || !maps.is_empty() || partial || rejects.is_some() =>
            {
                Err(Error::invalid(crate::t!("cmd-not-for-meeting")))
            }
            ImportWhat::Meeting => meeting::import(
                g,
                &file,
                meeting::Options {
                    event,
                    session,
                    min_share,
                    grace,
                    walk_ins,
                    dry_run,
                    encoding,
                },
            ),
        },
        Cmd::Export { kind, format, out } => data::export(g, kind, format, out.as_deref()),
        Cmd::Summary {
            event,
            format,
            out,
            certificates,
            min_cell,
        } => reports::summary(g, &event, format, out.as_deref(), certificates, min_cell),
        Cmd::Report {
            from,
            to,
            project,
            format,
            out,
            min_cell,
            age_bands,
        } => reports::report(
            g,
            &from,
            &to,
            project,
            format,
            out.as_deref(),
            reports::Cuts {
                min_cell,
                age_bands: age_bands.as_deref(),
            },
        ),
        Cmd::Certificates { event, out } => reports::certificates(g, &event, out.as_deref()),
        Cmd::Mark {
            event,
            session,
            participant,
            status,
            arrived,
            reason,
            reason_file,
        } => {
            let reason = match reason_file {
                Some(f) => Some(read_reason(&f)?),
                None => reason,
            };
            mark(g, &event, session, &participant, &status, arrived, reason)
        }
        Cmd::Close { event, owner, due } => reports::close(g, &event, owner, due),
        Cmd::Badges { event, out } => door::badges_command(g, &event, out.as_deref()),
        Cmd::Kiosk { event } => Ok(crate::tui::kiosk::run(|| backend(g), &event, &mut |m| {
            say(m)
        })),
        Cmd::Backup { file } => data::backup(g, &file),
        Cmd::Check => data::check(g),
        Cmd::Forget { participant, yes } => data::forget(g, &participant, yes),
        Cmd::Demo => data::demo(g),
        Cmd::Serve { group } => server::serve(g, group),
        Cmd::Doctor => server::doctor(g),
        Cmd::Completions { shell } => help::completions(shell),
        Cmd::Manpages { dir } => help::manpages(&dir),
        Cmd::Keymap {
            action: KeymapCmd::Check { file },
        } => {
            let (good, msg) = crate::tui::keymap::check_file(file.as_deref())?;
            say(&msg);
            Ok(if good { 0 } else { 1 })
        }
    }
}

/// The most a reason file may hold: a reason is a sentence or two.
const MAX_REASON_BYTES: u64 = 4096;

/// Reads a reason from `path`, or from standard input when it is `-`, without its final line
/// end. A command line is readable by every user in /proc; a file or a pipe is not.
fn read_reason(path: &std::path::Path) -> Result<String> {
    use std::io::Read;
    let fail = |why: String| {
        Error::invalid(crate::t!(
            "cmd-reason-file",
            path = path.display().to_string(),
            why = why
        ))
    };
    let mut bytes = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(MAX_REASON_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(MAX_REASON_BYTES + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| fail(e.to_string()))?;
    if bytes.len() as u64 > MAX_REASON_BYTES {
        return Err(fail(crate::t!(
            "cmd-reason-too-long",
            limit = MAX_REASON_BYTES
        )));
    }
    let text = String::from_utf8(bytes).map_err(|_| fail(crate::t!("cmd-reason-not-utf8")))?;
    Ok(text.trim_end_matches(['\n', '\r']).to_string())
}

/// Finds a participant by email, else by exact name, else by folded name (one match only).
pub fn find_participant(b: &mut dyn Backend, key: &str) -> Result<crate::domain::Id> {
    let key = key.trim();
    let all = b.participants()?;
    if key.contains('@') {
        let k = key.to_lowercase();
        if let Some((id, _)) = all.iter().find(|(_, p)| p.email == k) {
            return Ok(*id);
        }
        return Err(Error::NotFound(crate::t!(
            "cmd-no-participant-email",
            email = format!("{key:?}")
        )));
    }
    // A badge code (`prezenca mark CODE 2 KXRMTWAB present`, a scanner's output pasted).
    if let Some(id) = crate::domain::badge::parse(key)
        && let Some((_, p)) = all.iter().find(|(i, _)| *i == id)
        && !p.forgotten
    {
        return Ok(id);
    }
    let exact: Vec<_> = all.iter().filter(|(_, p)| p.name == key).collect();
    if exact.len() == 1 {
        return Ok(exact[0].0);
    }
    let fk = crate::text::fold(key);
    let folded: Vec<_> = all
        .iter()
        .filter(|(_, p)| crate::text::fold(&p.name) == fk)
        .collect();
    match folded.len() {
        1 => Ok(folded[0].0),
        0 => Err(Error::NotFound(crate::t!(
            "cmd-no-participant-named",
            name = format!("{key:?}")
        ))),
        n => Err(Error::invalid(crate::t!(
            "import-ambiguous-name",
            count = n,
            name = format!("{key:?}")
        ))),
    }
}

fn mark(
    g: &Global,
    event: &str,
    session: usize,
    participant: &str,
    status: &str,
    arrived: Option<String>,
    reason: Option<String>,
) -> Result<i32> {
    let mut b = backend(g)?;
    let eid = find_event(b.as_mut(), event)?;
    let sessions = b.sessions(eid)?;
    let Some((sid, _)) = session.checked_sub(1).and_then(|i| sessions.get(i)) else {
        return Err(Error::invalid(crate::t!(
            "cmd-no-such-session",
            code = event,
            count = sessions.len(),
            number = session
        )));
    };
    let pid = find_participant(b.as_mut(), participant)?;
    let mark = if status.trim().eq_ignore_ascii_case("clear") {
        None
    } else {
        let st = MarkStatus::parse(status).ok_or_else(|| {
            Error::invalid(crate::t!(
                "cmd-unknown-status",
                value = format!("{status:?}"),
                words = format!("{}, clear", MarkStatus::words())
            ))
        })?;
        let arrived_at = match arrived {
            Some(a) => Some(parse_time(&a).ok_or_else(|| {
                Error::invalid(crate::t!("cmd-bad-arrived", value = format!("{a:?}")))
            })?),
            None if st == MarkStatus::Late => Some(crate::core::clock::now_local().time()),
            None => None,
        };
        Some(MarkInput {
            status: st,
            arrived_at,
            reason: reason.unwrap_or_default(),
        })
    };
    let out = b.execute(Command::SetMark {
        session: *sid,
        participant: pid,
        mark,
        expect: None,
    })?;
    say(&out.what);
    Ok(0)
}

/// Parses the command line with `--help` in the user's language (`--lang`, then the config
/// file, then the locale environment).
pub fn parse_localized() -> Cli {
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = help::lang_arg(&args);
    crate::i18n::set(crate::i18n::resolve(
        lang.as_deref(),
        config_lang().as_deref(),
    ));
    let cmd = help::localize(Cli::command(), "cli");
    let matches = cmd.get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The `lang` of the config files (the user's over the administrator's), if any. A config
/// file that cannot be read is reported where the socket is chosen, not here.
pub fn config_lang() -> Option<String> {
    crate::config::Config::load().0.lang
}
