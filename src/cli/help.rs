//! `--help` in the user's language: the clap definitions give the structure, the texts come
//! from the translation files (`cli-…` keys), looked up by command path and argument id.

use clap::{Arg, ArgAction, Command};

use crate::i18n;

/// The translation key of a command's description: `cli-about`, `cli-import-about`,
/// `cli-keymap-check-about`.
pub fn about_key(path: &str) -> String {
    format!("{path}-about")
}

/// The translation key of an argument's help: `cli-arg-db`, `cli-import-arg-dry_run`.
pub fn arg_key(path: &str, id: &str) -> String {
    format!("{path}-arg-{id}")
}

fn has(key: &str) -> bool {
    i18n::all_ids()
        .get(i18n::DEFAULT)
        .is_some_and(|ids| ids.iter().any(|k| k == key))
}

fn template() -> String {
    format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        i18n::tr("cli-heading-usage")
    )
}

/// Replaces the help texts of `cmd` and its subcommands with the current language's.
pub fn localize(cmd: Command, path: &str) -> Command {
    let mut cmd = cmd
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .help_template(template())
        .subcommand_help_heading(i18n::tr("cli-heading-commands"))
        .subcommand_value_name(i18n::tr("cli-heading-command-value"));
    let about = about_key(path);
    if has(&about) {
        cmd = cmd.about(i18n::tr(&about)).long_about(None);
    }
    let p = path.to_string();
    cmd = cmd.mut_args(move |a: Arg| {
        let key = arg_key(&p, a.get_id().as_str());
        let heading = if a.is_positional() {
            i18n::tr("cli-heading-arguments")
        } else {
            i18n::tr("cli-heading-options")
        };
        let a = a.help_heading(heading);
        if has(&key) { a.help(i18n::tr(&key)) } else { a }
    });
    cmd = cmd.arg(
        Arg::new("help")
            .short('h')
            .long("help")
            .action(ArgAction::Help)
            .help(i18n::tr("cli-help-flag"))
            .help_heading(i18n::tr("cli-heading-options")),
    );
    if path == "cli" {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(i18n::tr("cli-version-flag"))
                .help_heading(i18n::tr("cli-heading-options")),
        );
    }
    let p = path.to_string();
    cmd.mut_subcommands(move |s: Command| {
        let name = s.get_name().to_string();
        localize(s, &format!("{p}-{name}"))
    })
}

/// Every key `localize` looks up for `cmd` (for the completeness test).
pub fn keys(cmd: &Command, path: &str, out: &mut Vec<String>) {
    out.push(about_key(path));
    for a in cmd.get_arguments() {
        let id = a.get_id().as_str();
        if id == "help" || id == "version" {
            continue;
        }
        out.push(arg_key(path, id));
    }
    for s in cmd.get_subcommands() {
        keys(s, &format!("{path}-{}", s.get_name()), out);
    }
}

/// The value of `--lang` in raw arguments, if given (read before clap parses, so that
/// `--help` is already in that language).
pub fn lang_arg(args: &[std::ffi::OsString]) -> Option<String> {
    let mut it = args.iter().map(|a| a.to_string_lossy().into_owned());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next();
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

/// `prezenca completions SHELL`: the completion script on stdout.
pub fn completions(shell: clap_complete::Shell) -> crate::core::error::Result<i32> {
    use clap::CommandFactory;
    let mut cmd = super::Cli::command();
    clap_complete::generate(shell, &mut cmd, "prezenca", &mut std::io::stdout());
    Ok(0)
}

/// `prezenca manpages DIR` (hidden; run when building the package): `prezenca.1` and one
/// page per visible subcommand (`prezenca-import.1`, `prezenca-keymap-check.1`), from the
/// same clap definitions as `--help`.
pub fn manpages(dir: &std::path::Path) -> crate::core::error::Result<i32> {
    use clap::CommandFactory;
    std::fs::create_dir_all(dir)?;
    let mut cmd = super::Cli::command();
    cmd.build();
    write_page(&cmd, "prezenca", dir)?;
    Ok(0)
}

fn write_page(cmd: &Command, name: &str, dir: &std::path::Path) -> std::io::Result<()> {
    let page = cmd.clone().name(name.to_string());
    let mut out = Vec::new();
    clap_mangen::Man::new(page).render(&mut out)?;
    std::fs::write(dir.join(format!("{name}.1")), out)?;
    for sub in cmd.get_subcommands() {
        if !sub.is_hide_set() && sub.get_name() != "help" {
            write_page(sub, &format!("{name}-{}", sub.get_name()), dir)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_command_and_option_has_help_in_every_language() {
        let mut ks = Vec::new();
        keys(&crate::cli::Cli::command(), "cli", &mut ks);
        ks.extend(
            [
                "cli-heading-usage",
                "cli-heading-commands",
                "cli-heading-command-value",
                "cli-heading-options",
                "cli-heading-arguments",
                "cli-help-flag",
                "cli-version-flag",
            ]
            .map(String::from),
        );
        for (code, ids) in i18n::all_ids() {
            let missing: Vec<&String> = ks.iter().filter(|k| !ids.contains(k)).collect();
            assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
        }
    }

    #[test]
    fn help_is_in_albanian() {
        // This thread only: other tests run in parallel and expect English.
        i18n::set_for_thread(Some("sq"));
        let mut cmd = localize(crate::cli::Cli::command(), "cli");
        let help = cmd.render_help().to_string();
        i18n::set_for_thread(None);
        assert!(help.contains("Përdorimi:"), "{help}");
        assert!(help.contains("Komandat"), "{help}");
        assert!(!help.contains("Usage:"), "{help}");
    }

    #[test]
    fn lang_is_found_before_parsing() {
        let a = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            lang_arg(&a(&["p", "--lang", "sq", "summary"])),
            Some("sq".into())
        );
        assert_eq!(
            lang_arg(&a(&["p", "summary", "--lang=en"])),
            Some("en".into())
        );
        assert_eq!(lang_arg(&a(&["p", "mark"])), None);
    }
}
