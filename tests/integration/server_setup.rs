//! Setting up a shared server, with real users and groups: `serve --group` refuses, before it
//! creates anything, a group its account cannot use and a socket directory the group cannot
//! pass; `prezenca doctor` names each reason a trainer cannot connect.
//!
//! Needs root (it creates throwaway users and groups with useradd and groupadd, and runs
//! prezenca as them with setpriv); it fails without, it does not skip.

use crate::server_support;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use server_support::{BIN, NOW};

/// Throwaway users and groups, removed when dropped (also when the test fails).
struct Accounts(Vec<(&'static str, String)>);

impl Drop for Accounts {
    fn drop(&mut self) {
        for (tool, name) in self.0.iter().rev() {
            let _ = Command::new(tool).arg(name).output();
        }
    }
}

fn run(tool: &str, args: &[&str]) {
    let out = Command::new(tool).args(args).output().expect(tool);
    assert!(
        out.status.success(),
        "{tool} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn need_root() {
    assert!(
        nix::unistd::getuid().is_root(),
        "this test creates users and groups: run it as root (CI does)"
    );
    for t in ["useradd", "userdel", "groupadd", "groupdel", "setpriv"] {
        assert!(
            Command::new("which")
                .arg(t)
                .output()
                .is_ok_and(|o| o.status.success()),
            "{t} is needed"
        );
    }
}

fn uid_of(user: &str) -> u32 {
    nix::unistd::User::from_name(user)
        .expect("lookup")
        .expect("user exists")
        .uid
        .as_raw()
}

/// prezenca run as `user`; `groups` is `--init-groups` (what a fresh login gets from
/// /etc/group) or `--clear-groups` (a login that started before the user was added).
fn as_user(user: &str, groups: &str, config: &Path) -> Command {
    let u = nix::unistd::User::from_name(user)
        .expect("lookup")
        .expect("user exists");
    let mut c = Command::new("setpriv");
    c.arg(format!("--reuid={}", u.uid))
        .arg(format!("--regid={}", u.gid))
        .arg(groups)
        .arg("--")
        .arg(BIN)
        .env("PREZENCA_NOW", NOW)
        .env("HOME", "/nonexistent")
        .env("XDG_CONFIG_HOME", config)
        .env_remove("XDG_RUNTIME_DIR")
        .env_remove("PREZENCA_SOCKET")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    c
}

fn doctor(user: &str, groups: &str, config: &Path, socket: &Path) -> (i32, String) {
    let o = as_user(user, groups, config)
        .arg("doctor")
        .arg("--socket")
        .arg(socket)
        .output()
        .expect("doctor");
    text(&o)
}

fn text(o: &Output) -> (i32, String) {
    (
        o.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        ),
    )
}

struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn serve_as(user: &str, config: &Path, db: &Path, socket: &Path, group: &str) -> Serving {
    let child = as_user(user, "--init-groups", config)
        .args(["serve", "--group", group, "--db"])
        .arg(db)
        .arg("--socket")
        .arg(socket)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve");
    let until = Instant::now() + Duration::from_secs(60);
    while UnixStream::connect(socket).is_err() {
        assert!(Instant::now() < until, "the server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }
    Serving(child)
}

#[test]
fn serve_refuses_a_group_it_cannot_use_and_a_directory_the_group_cannot_pass_before_creating_anything()
 {
    need_root();
    let tag = std::process::id();
    let group = format!("prsg{tag}");
    let server = format!("prss{tag}");
    let mut acc = Accounts(Vec::new());
    run("groupadd", &[&group]);
    acc.0.push(("groupdel", group.clone()));
    run("useradd", &["-M", "-N", &server]);
    acc.0.push(("userdel", server.clone()));

    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let home = dir.path().join("srv");
    std::fs::create_dir(&home).expect("mkdir");
    nix::unistd::chown(&home, Some(uid_of(&server).into()), None).expect("chown");
    let config = dir.path().join("config");
    let db = home.join("db/p.redb");
    let socket = home.join("run/socket");

    // The service account is not in the group.
    let (code, out) = text(
        &as_user(&server, "--init-groups", &config)
            .args(["serve", "--group", &group, "--db"])
            .arg(&db)
            .arg("--socket")
            .arg(&socket)
            .output()
            .expect("serve"),
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("not a member"), "{out}");
    assert!(out.contains(&group), "{out}");
    assert!(
        !db.exists() && !db.parent().expect("dir").exists(),
        "created a database"
    );
    assert!(
        !socket.parent().expect("dir").exists(),
        "created the socket directory"
    );

    // In the group now, but the socket's directory is closed to it (0700).
    run("usermod", &["-aG", &group, &server]);
    let run_dir = socket.parent().expect("dir");
    std::fs::create_dir(run_dir).expect("mkdir");
    nix::unistd::chown(run_dir, Some(uid_of(&server).into()), None).expect("chown");
    std::fs::set_permissions(run_dir, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let (code, out) = text(
        &as_user(&server, "--init-groups", &config)
            .args(["serve", "--group", &group, "--db"])
            .arg(&db)
            .arg("--socket")
            .arg(&socket)
            .output()
            .expect("serve"),
    );
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("cannot pass through"), "{out}");
    assert!(out.contains(&run_dir.display().to_string()), "{out}");
    assert!(!db.parent().expect("dir").exists(), "created a database");
    assert!(!socket.exists(), "created a socket");

    // Given to the group, 0750: it starts, and the socket is the group's.
    nix::unistd::chown(
        run_dir,
        None,
        Some(
            nix::unistd::Group::from_name(&group)
                .expect("lookup")
                .expect("group")
                .gid,
        ),
    )
    .expect("chgrp");
    std::fs::set_permissions(run_dir, std::fs::Permissions::from_mode(0o750)).expect("chmod");
    let s = serve_as(&server, &config, &db, &socket, &group);
    let m = std::fs::metadata(&socket).expect("socket");
    assert_eq!(m.mode() & 0o777, 0o660);
    drop(s);
}

#[test]
fn doctor_names_each_reason_a_trainer_cannot_connect() {
    need_root();
    let tag = std::process::id();
    let group = format!("prdg{tag}");
    let server = format!("prds{tag}");
    let ana = format!("prda{tag}");
    let other = format!("prdo{tag}");
    let mut acc = Accounts(Vec::new());
    run("groupadd", &[&group]);
    acc.0.push(("groupdel", group.clone()));
    run("useradd", &["-M", "-N", "-G", &group, &server]);
    acc.0.push(("userdel", server.clone()));
    run("useradd", &["-M", "-N", "-G", &group, &ana]);
    acc.0.push(("userdel", ana.clone()));
    run("useradd", &["-M", "-N", &other]);
    acc.0.push(("userdel", other.clone()));

    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let home = dir.path().join("srv");
    std::fs::create_dir(&home).expect("mkdir");
    std::fs::set_permissions(&home, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    nix::unistd::chown(&home, Some(uid_of(&server).into()), None).expect("chown");
    // The administrator's settings, as the package writes them, naming the server account.
    let config = dir.path().join("config");
    std::fs::create_dir_all(config.join("prezenca")).expect("mkdir");
    std::fs::write(
        config.join("prezenca/config.toml"),
        format!("server_user = \"{server}\"\n"),
    )
    .expect("config");
    std::fs::set_permissions(
        dir.path().join("config"),
        std::fs::Permissions::from_mode(0o755),
    )
    .expect("chmod");
    let db = home.join("db/p.redb");
    let socket = home.join("run/socket");

    // No server yet.
    let (code, out) = doctor(&ana, "--init-groups", &config, &socket);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("no server is running"), "{out}");

    let s = serve_as(&server, &config, &db, &socket, &group);

    // A member in a fresh login: all is well.
    let (code, out) = doctor(&ana, "--init-groups", &config, &socket);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("everything is in order"), "{out}");

    // Not in the group.
    let (code, out) = doctor(&other, "--init-groups", &config, &socket);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("you are not in the group {group}")),
        "{out}"
    );

    // In the group, but this login started before: log in again.
    let (code, out) = doctor(&ana, "--clear-groups", &config, &socket);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("log out and log in again"), "{out}");
    assert!(!out.contains("not in the group"), "{out}");

    // The socket directory closed to the group.
    let run_dir = socket.parent().expect("dir");
    let before = std::fs::metadata(run_dir).expect("dir").mode() & 0o7777;
    std::fs::set_permissions(run_dir, std::fs::Permissions::from_mode(0o700)).expect("chmod");
    let (code, out) = doctor(&ana, "--init-groups", &config, &socket);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("{} (mode 0700)", run_dir.display())),
        "{out}"
    );
    std::fs::set_permissions(run_dir, std::fs::Permissions::from_mode(before)).expect("chmod");

    // The server runs as an account the config does not name.
    std::fs::write(
        config.join("prezenca/config.toml"),
        "server_user = \"prezenca-elsewhere\"\n",
    )
    .expect("config");
    let (code, out) = doctor(&ana, "--init-groups", &config, &socket);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!(
            "the socket belongs to {server}, but server_user in the config file is prezenca-elsewhere"
        )),
        "{out}"
    );
    drop(s);
}
