//! The files the Debian package installs for the shared server agree with each other, with
//! what `prezenca serve` checks, and with the modes the README promises: the unit, the
//! sysusers.d and tmpfiles.d entries, the administrator's config file and the package's
//! asset list.

use std::path::Path;

use prezenca::server::setup::Node;

fn read(rel: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(rel))
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The lines of a file without comments and blank lines.
fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The values of `key=` in a systemd unit, in order.
fn unit_values<'a>(unit: &'a str, key: &str) -> Vec<&'a str> {
    lines(unit)
        .into_iter()
        .filter_map(|l| l.strip_prefix(key)?.strip_prefix('='))
        .collect()
}

fn one<'a>(unit: &'a str, key: &str) -> &'a str {
    match unit_values(unit, key).as_slice() {
        [v] => v,
        other => panic!("{key}= should be set once, found {other:?}"),
    }
}

/// The value after `--flag` in a command line.
fn flag<'a>(cmd: &'a str, name: &str) -> Option<&'a str> {
    let words: Vec<&str> = cmd.split_whitespace().collect();
    words
        .iter()
        .position(|w| *w == name)
        .and_then(|i| words.get(i + 1).copied())
}

#[test]
fn the_unit_the_sysusers_and_tmpfiles_entries_and_the_config_agree_on_the_modes_the_readme_promises()
 {
    let unit = read("contrib/prezenca.service");
    let sysusers = read("contrib/prezenca.sysusers");
    let tmpfiles = read("contrib/prezenca.tmpfile");
    let readme = read("README.md");

    // The account and its group come from sysusers.d: `u` creates both.
    let user_line = lines(&sysusers);
    assert_eq!(user_line.len(), 1, "{user_line:?}");
    let fields: Vec<&str> = user_line[0].split_whitespace().collect();
    assert_eq!(&fields[..3], ["u", "prezenca", "-"], "{fields:?}");
    assert!(user_line[0].contains("/var/lib/prezenca"));
    assert!(user_line[0].ends_with("/usr/sbin/nologin"));

    // The unit runs as that account and group, and gives the socket to that group.
    assert_eq!(one(&unit, "User"), "prezenca");
    let group = one(&unit, "Group");
    assert_eq!(group, "prezenca");
    let exec = one(&unit, "ExecStart");
    assert!(exec.starts_with("/usr/bin/prezenca serve"), "{exec}");
    assert_eq!(flag(exec, "--group"), Some(group), "{exec}");
    assert_eq!(flag(exec, "--db"), Some("/var/lib/prezenca/prezenca.redb"));
    let socket = flag(exec, "--socket").expect("--socket");
    assert_eq!(socket, "/run/prezenca/socket");
    assert_eq!(one(&unit, "RuntimeDirectory"), "prezenca");
    assert_eq!(one(&unit, "StateDirectory"), "prezenca");
    assert_eq!(one(&unit, "StateDirectoryMode"), "0700");
    assert_eq!(one(&unit, "UMask"), "0007");
    let run_mode = one(&unit, "RuntimeDirectoryMode");

    // tmpfiles.d makes the same directory, with the same owner, group and mode.
    let t = lines(&tmpfiles);
    assert_eq!(t.len(), 1, "{t:?}");
    let f: Vec<&str> = t[0].split_whitespace().collect();
    assert_eq!(f[0], "d");
    assert_eq!(f[1], "/run/prezenca");
    assert_eq!(
        Path::new(socket).parent(),
        Some(Path::new(f[1])),
        "the socket lives in the tmpfiles directory"
    );
    assert_eq!(f[2], run_mode, "tmpfiles.d and the unit give the same mode");
    assert_eq!((f[3], f[4]), ("prezenca", group));

    // The README promises "mode 0660 in a 0750 directory" (0660 is set by serve itself).
    assert!(
        readme.contains(&format!("mode 0660 in a {run_mode} directory")),
        "the README states the directory's mode"
    );
    // What serve checks before it starts: members of the group pass through the directory,
    // others do not.
    let mode = u32::from_str_radix(run_mode, 8).expect("octal mode");
    let dir = Node {
        path: f[1].into(),
        uid: 990,
        gid: 990,
        mode,
    };
    assert!(dir.lets_group_through(990), "members of the group get in");
    assert_eq!(mode & 0o007, 0, "everyone else is kept out");
}

#[test]
fn the_administrators_config_points_at_the_units_socket_and_account() {
    let unit = read("contrib/prezenca.service");
    let exec = one(&unit, "ExecStart");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("contrib/config.toml");
    let cfg = prezenca::config::read_file(&path)
        .expect("a valid config file")
        .expect("present");
    assert_eq!(
        cfg.socket.as_deref(),
        flag(exec, "--socket").map(Path::new),
        "clients look where the server listens"
    );
    assert_eq!(cfg.server_user.as_deref(), Some(one(&unit, "User")));
}

#[test]
fn the_package_installs_the_binary_the_conffile_man_pages_and_completions() {
    let manifest: toml::Table = read("Cargo.toml").parse().expect("Cargo.toml");
    let deb = manifest["package"]["metadata"]["deb"]
        .as_table()
        .expect("[package.metadata.deb]");
    let targets: Vec<String> = deb["assets"]
        .as_array()
        .expect("assets")
        .iter()
        .map(|a| a[1].as_str().expect("target").to_string())
        .collect();
    for want in [
        "usr/bin/",
        "etc/prezenca/config.toml",
        "usr/share/man/man1/",
        "usr/share/bash-completion/completions/prezenca",
        "usr/share/zsh/vendor-completions/_prezenca",
        "usr/share/fish/vendor_completions.d/prezenca.fish",
    ] {
        assert!(targets.iter().any(|t| t == want), "{want} in {targets:?}");
    }
    let conf = deb["conf-files"].as_array().expect("conf-files");
    assert!(
        conf.iter()
            .any(|c| c.as_str() == Some("/etc/prezenca/config.toml"))
    );
    // The unit, sysusers and tmpfiles files are found by cargo-deb's naming rules in the
    // unit-scripts directory.
    let dir = deb["systemd-units"]["unit-scripts"]
        .as_str()
        .expect("unit-scripts");
    for f in ["prezenca.service", "prezenca.sysusers", "prezenca.tmpfile"] {
        assert!(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(dir)
                .join(f)
                .is_file(),
            "{dir}/{f}"
        );
    }
}

#[test]
fn man_pages_and_completions_come_from_the_command_line_definitions() {
    let bin = env!("CARGO_BIN_EXE_prezenca");
    let dir = tempfile::tempdir().expect("tempdir");
    let out = std::process::Command::new(bin)
        .arg("manpages")
        .arg(dir.path())
        .output()
        .expect("manpages");
    assert!(out.status.success(), "{out:?}");
    let main = std::fs::read_to_string(dir.path().join("prezenca.1")).expect("prezenca.1");
    assert!(main.contains(".TH prezenca 1"), "{main}");
    assert!(main.contains("doctor"), "subcommands are listed");
    let serve = std::fs::read_to_string(dir.path().join("prezenca-serve.1")).expect("serve");
    assert!(serve.contains("\\-\\-group"), "{serve}");
    assert!(dir.path().join("prezenca-keymap-check.1").is_file());
    assert!(
        !dir.path().join("prezenca-manpages.1").exists(),
        "the hidden command has no page"
    );
    for (shell, needle) in [
        ("bash", "complete -F _prezenca"),
        ("zsh", "#compdef prezenca"),
        ("fish", "complete -c prezenca"),
    ] {
        let out = std::process::Command::new(bin)
            .args(["completions", shell])
            .output()
            .expect("completions");
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(needle), "{shell}: {text}");
        assert!(text.contains("doctor"), "{shell} completes the subcommands");
    }
}

/// systemd's own tools, applied to a scratch root, make the account, the group and the
/// socket directory that members of the group can enter and no one else can.
#[test]
fn sysusers_and_tmpfiles_applied_to_a_scratch_root_let_the_group_in() {
    use std::os::unix::fs::MetadataExt;
    use std::process::Command;
    let root = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(root.path().join("etc")).expect("etc");
    std::fs::write(
        root.path().join("etc/passwd"),
        "root:x:0:0:root:/root:/bin/sh\n",
    )
    .expect("passwd");
    std::fs::write(root.path().join("etc/group"), "root:x:0:\n").expect("group");
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (tool, file, extra) in [
        ("systemd-sysusers", "contrib/prezenca.sysusers", None),
        (
            "systemd-tmpfiles",
            "contrib/prezenca.tmpfile",
            Some("--create"),
        ),
    ] {
        let out = Command::new(tool)
            .arg(format!("--root={}", root.path().display()))
            .args(extra)
            .arg(manifest.join(file))
            .output()
            .unwrap_or_else(|e| panic!("{tool} is needed (package systemd): {e}"));
        assert!(out.status.success(), "{tool}: {out:?}");
    }
    let passwd = std::fs::read_to_string(root.path().join("etc/passwd")).expect("passwd");
    let line = passwd
        .lines()
        .find(|l| l.starts_with("prezenca:"))
        .expect("the prezenca account");
    let f: Vec<&str> = line.split(':').collect();
    let (uid, gid): (u32, u32) = (f[2].parse().expect("uid"), f[3].parse().expect("gid"));
    assert!(uid > 0 && uid < 1000, "a system account: {line}");
    assert_eq!(f[6], "/usr/sbin/nologin");
    let group = std::fs::read_to_string(root.path().join("etc/group")).expect("group");
    assert!(
        group
            .lines()
            .any(|l| l.starts_with(&format!("prezenca:x:{gid}:"))),
        "{group}"
    );
    let m = std::fs::metadata(root.path().join("run/prezenca")).expect("/run/prezenca");
    let dir = Node {
        path: "/run/prezenca".into(),
        uid: m.uid(),
        gid: m.gid(),
        mode: m.mode() & 0o7777,
    };
    assert_eq!((dir.uid, dir.gid, dir.mode), (uid, gid, 0o750));
    assert!(dir.lets_group_through(gid));
    assert!(!dir.lets_group_through(gid + 1), "other groups stay out");
}
