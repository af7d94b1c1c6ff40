//! Whether a shared server's setup lets its trainers in: the checks `serve` makes before it
//! creates any file, and `prezenca doctor`, which tells a trainer why they cannot connect.
//!
//! Both are pure functions over facts observed on the machine ([`Node`], [`Facts`]), so each
//! cause is tested without creating users; `observe` gathers the facts.

use std::os::unix::fs::MetadataExt;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};

use nix::unistd::{Gid, Group, Uid, User};

use crate::t;

/// A directory on the way to the socket, as `stat` saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub path: PathBuf,
    pub uid: u32,
    pub gid: u32,
    pub mode: u32,
}

impl Node {
    fn of(path: &Path) -> Option<Node> {
        let m = std::fs::metadata(path).ok()?;
        Some(Node {
            path: path.to_path_buf(),
            uid: m.uid(),
            gid: m.gid(),
            mode: m.mode() & 0o7777,
        })
    }

    /// Whether a member of `gid` who does not own it may pass through it.
    pub fn lets_group_through(&self, gid: u32) -> bool {
        self.mode & 0o001 != 0 || (self.gid == gid && self.mode & 0o010 != 0)
    }
}

/// The existing directories from `/` down to `dir` (those that exist).
pub fn chain(dir: &Path) -> Vec<Node> {
    let dir = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut out: Vec<Node> = dir.ancestors().filter_map(Node::of).collect();
    out.reverse();
    out
}

/// The directory the socket lives in.
pub fn socket_dir(socket: &Path) -> PathBuf {
    match socket.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `serve --group`: may this account give its files to the group? Only root, or a member
/// (by this process's groups, which is what the kernel checks), can.
pub fn group_usable(gid: u32, euid: u32, egid: u32, groups: &[u32]) -> bool {
    euid == 0 || gid == egid || groups.contains(&gid)
}

/// `serve --group`: the first directory on the way to the socket that members of the group
/// cannot pass through. A missing socket directory is created 0750 for the group, so only
/// the existing ones count.
pub fn first_closed(nodes: &[Node], gid: u32) -> Option<&Node> {
    nodes.iter().find(|n| !n.lets_group_through(gid))
}

/// The checks `serve --group NAME` makes before it creates anything: the message that says
/// what is wrong, or `None`.
pub fn serve_preflight(socket: &Path, group: &str, gid: u32) -> Option<String> {
    let groups: Vec<u32> = nix::unistd::getgroups()
        .unwrap_or_default()
        .into_iter()
        .map(Gid::as_raw)
        .collect();
    let euid = nix::unistd::geteuid().as_raw();
    if !group_usable(gid, euid, nix::unistd::getegid().as_raw(), &groups) {
        return Some(t!(
            "serve-group-unusable",
            group = group,
            user = crate::peer::user_name(euid)
        ));
    }
    let dir = socket_dir(socket);
    let nodes = chain(&dir);
    first_closed(&nodes, gid).map(|n| {
        t!(
            "serve-dir-closed",
            path = n.path.display().to_string(),
            mode = format!("{:04o}", n.mode),
            owner = crate::peer::user_name(n.uid),
            dir_group = group_name(n.gid),
            group = group
        )
    })
}

fn group_name(gid: u32) -> String {
    Group::from_gid(Gid::from_raw(gid))
        .ok()
        .flatten()
        .map(|g| g.name)
        .unwrap_or_else(|| format!("gid {gid}"))
}

/// What became of trying to connect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// Connected; the uid on the other end.
    Connected(u32),
    /// Nothing at the socket's path.
    NoSocket,
    /// A socket, but nothing listening (a server that stopped or crashed).
    NotListening,
    /// Permission denied on the way or on the socket.
    Denied,
    /// Another failure, in words.
    Failed(String),
}

/// What `doctor` observed, for [`diagnose`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    pub socket: PathBuf,
    pub user: String,
    pub uid: u32,
    /// The primary group in the user database.
    pub primary_gid: u32,
    /// This process's groups (effective and supplementary): what the kernel checks.
    pub process_groups: Vec<u32>,
    /// The group the server lets in: the socket's, else its directory's; its name and the
    /// members the group database lists.
    pub group: Option<(u32, String, Vec<String>)>,
    /// The directories from `/` to the socket's that exist.
    pub dirs: Vec<Node>,
    /// The socket directory exists.
    pub dir_exists: bool,
    /// Owner, group and mode of the socket, when it could be seen.
    pub socket_node: Option<Node>,
    pub reach: Reach,
    /// `server_user` of the config files.
    pub server_user: Option<String>,
    /// The uid of `server_user`, when the account exists.
    pub server_uid: Option<u32>,
}

/// One reason a trainer cannot connect, or that all is well.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The user is not a member of the server's group.
    NotInGroup { group: String },
    /// The group database lists the user, but this login started before: log in again.
    NotInThisLogin { group: String },
    /// A directory on the way (or the socket) does not let the group's members in.
    Mode {
        path: PathBuf,
        mode: u32,
        group: String,
    },
    /// No server answers at the socket.
    NoServer { socket: PathBuf },
    /// The socket belongs to an account prezenca is not told to trust.
    ServerUser {
        owner: String,
        expected: Option<String>,
    },
    /// Another failure to connect.
    Other { why: String },
    /// Connected to a server that is trusted.
    Fine { socket: PathBuf, owner: String },
}

/// Why the user cannot connect, most basic cause first; `[Fine]` when they can.
pub fn diagnose(f: &Facts) -> Vec<Finding> {
    let mut out = Vec::new();
    let name_of = |uid: u32| crate::peer::user_name(uid);
    if let Some((gid, group, members)) = &f.group {
        let listed = f.primary_gid == *gid || members.iter().any(|m| m == &f.user);
        let in_login = f.process_groups.contains(gid);
        // Root passes every permission check, and an owner does not need the group.
        let needs_group = f.uid != 0 && f.socket_node.as_ref().is_none_or(|s| s.uid != f.uid);
        if needs_group && !in_login {
            out.push(if listed {
                Finding::NotInThisLogin {
                    group: group.clone(),
                }
            } else {
                Finding::NotInGroup {
                    group: group.clone(),
                }
            });
        }
        let closed = f.dirs.iter().find(|n| !n.lets_group_through(*gid));
        if let Some(n) = closed {
            out.push(Finding::Mode {
                path: n.path.clone(),
                mode: n.mode,
                group: group.clone(),
            });
        } else if let Some(s) = &f.socket_node
            && s.gid == *gid
            && s.mode & 0o060 != 0o060
        {
            out.push(Finding::Mode {
                path: s.path.clone(),
                mode: s.mode,
                group: group.clone(),
            });
        }
    }
    let owner = match (&f.reach, &f.socket_node) {
        (Reach::Connected(uid), _) => Some(*uid),
        (_, Some(s)) => Some(s.uid),
        _ => None,
    };
    if let Some(uid) = owner {
        let trusted = uid == f.uid || uid == 0 || f.server_uid == Some(uid);
        if !trusted {
            out.push(Finding::ServerUser {
                owner: name_of(uid),
                expected: f.server_user.clone(),
            });
        }
    }
    match &f.reach {
        Reach::NoSocket | Reach::NotListening => out.push(Finding::NoServer {
            socket: f.socket.clone(),
        }),
        Reach::Denied if out.is_empty() => out.push(Finding::Other {
            why: std::io::Error::from(std::io::ErrorKind::PermissionDenied).to_string(),
        }),
        Reach::Failed(why) => out.push(Finding::Other { why: why.clone() }),
        Reach::Connected(uid) if out.is_empty() => out.push(Finding::Fine {
            socket: f.socket.clone(),
            owner: name_of(*uid),
        }),
        _ => {}
    }
    out
}

/// The finding in the user's language.
pub fn describe(finding: &Finding) -> String {
    match finding {
        Finding::NotInGroup { group } => t!("doctor-not-in-group", group = group.as_str()),
        Finding::NotInThisLogin { group } => {
            t!("doctor-not-in-this-login", group = group.as_str())
        }
        Finding::Mode { path, mode, group } => t!(
            "doctor-mode",
            path = path.display().to_string(),
            mode = format!("{mode:04o}"),
            group = group.as_str()
        ),
        Finding::NoServer { socket } => {
            t!("doctor-no-server", socket = socket.display().to_string())
        }
        Finding::ServerUser { owner, expected } => match expected {
            Some(e) => t!(
                "doctor-server-user",
                owner = owner.as_str(),
                expected = e.as_str()
            ),
            None => t!("doctor-server-user-unset", owner = owner.as_str()),
        },
        Finding::Other { why } => t!("doctor-other", why = why.as_str()),
        Finding::Fine { socket, owner } => t!(
            "doctor-fine",
            socket = socket.display().to_string(),
            owner = owner.as_str()
        ),
    }
}

/// Observes the machine from this user's side for the socket at `socket`.
pub fn observe(socket: &Path, server_user: Option<&str>) -> Facts {
    let uid = nix::unistd::getuid().as_raw();
    let me = User::from_uid(Uid::from_raw(uid)).ok().flatten();
    let mut process_groups: Vec<u32> = nix::unistd::getgroups()
        .unwrap_or_default()
        .into_iter()
        .map(Gid::as_raw)
        .collect();
    process_groups.push(nix::unistd::getegid().as_raw());
    let dir = socket_dir(socket);
    let dirs = chain(&dir);
    let dir_node = Node::of(&dir);
    let socket_node = Node::of(socket);
    let gid = socket_node.as_ref().or(dir_node.as_ref()).map(|n| n.gid);
    let group = gid.map(|g| match Group::from_gid(Gid::from_raw(g)).ok().flatten() {
        Some(gr) => (g, gr.name, gr.mem),
        None => (g, format!("gid {g}"), Vec::new()),
    });
    let reach = match UnixStream::connect(socket) {
        Ok(s) => match crate::peer::peer_uid(&s) {
            Ok(u) => Reach::Connected(u),
            Err(e) => Reach::Failed(e.to_string()),
        },
        Err(e) => match e.kind() {
            std::io::ErrorKind::NotFound => Reach::NoSocket,
            std::io::ErrorKind::ConnectionRefused => Reach::NotListening,
            std::io::ErrorKind::PermissionDenied => Reach::Denied,
            _ => Reach::Failed(e.to_string()),
        },
    };
    Facts {
        socket: socket.to_path_buf(),
        user: me
            .as_ref()
            .map(|u| u.name.clone())
            .unwrap_or_else(|| format!("uid {uid}")),
        uid,
        primary_gid: me
            .as_ref()
            .map_or(nix::unistd::getgid().as_raw(), |u| u.gid.as_raw()),
        process_groups,
        group,
        dir_exists: dir_node.is_some(),
        dirs,
        socket_node,
        reach,
        server_user: server_user.map(str::to_string),
        server_uid: server_user.and_then(crate::peer::user_uid),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const G: u32 = 990;

    fn node(path: &str, uid: u32, gid: u32, mode: u32) -> Node {
        Node {
            path: path.into(),
            uid,
            gid,
            mode,
        }
    }

    /// Ana (uid 1001) on a machine set up as the package does: /run/prezenca 0750
    /// prezenca:prezenca, socket 0660, server running as prezenca (uid 990).
    fn ana() -> Facts {
        Facts {
            socket: "/run/prezenca/socket".into(),
            user: "ana".into(),
            uid: 1001,
            primary_gid: 1001,
            process_groups: vec![1001, G],
            group: Some((G, "prezenca".into(), vec!["ana".into()])),
            dirs: vec![
                node("/", 0, 0, 0o755),
                node("/run", 0, 0, 0o755),
                node("/run/prezenca", 990, G, 0o750),
            ],
            dir_exists: true,
            socket_node: Some(node("/run/prezenca/socket", 990, G, 0o660)),
            reach: Reach::Connected(990),
            server_user: Some("prezenca".into()),
            server_uid: Some(990),
        }
    }

    #[test]
    fn a_member_with_a_running_server_is_fine() {
        let d = diagnose(&ana());
        assert!(matches!(d.as_slice(), [Finding::Fine { .. }]), "{d:?}");
    }

    #[test]
    fn not_in_the_group() {
        let mut f = ana();
        f.process_groups = vec![1001];
        f.group = Some((G, "prezenca".into(), vec!["drita".into()]));
        f.socket_node = None;
        f.reach = Reach::Denied;
        assert_eq!(
            diagnose(&f),
            vec![Finding::NotInGroup {
                group: "prezenca".into()
            }]
        );
    }

    #[test]
    fn in_the_group_but_not_in_this_login() {
        let mut f = ana();
        f.process_groups = vec![1001];
        f.socket_node = None;
        f.reach = Reach::Denied;
        assert_eq!(
            diagnose(&f),
            vec![Finding::NotInThisLogin {
                group: "prezenca".into()
            }]
        );
    }

    #[test]
    fn a_socket_directory_closed_to_the_group() {
        let mut f = ana();
        f.dirs[2].mode = 0o700;
        f.socket_node = None;
        f.reach = Reach::Denied;
        assert_eq!(
            diagnose(&f),
            vec![Finding::Mode {
                path: "/run/prezenca".into(),
                mode: 0o700,
                group: "prezenca".into()
            }]
        );
        // The unit's directory belongs to `prezenca`, the server was started with
        // `--group trainers`: members of trainers cannot pass.
        let mut f = ana();
        f.group = Some((4242, "trainers".into(), vec!["ana".into()]));
        f.process_groups = vec![1001, 4242];
        f.socket_node = None;
        f.reach = Reach::Denied;
        assert_eq!(
            diagnose(&f),
            vec![Finding::Mode {
                path: "/run/prezenca".into(),
                mode: 0o750,
                group: "trainers".into()
            }]
        );
    }

    #[test]
    fn no_server_running() {
        let mut f = ana();
        f.socket_node = None;
        f.reach = Reach::NoSocket;
        assert_eq!(
            diagnose(&f),
            vec![Finding::NoServer {
                socket: "/run/prezenca/socket".into()
            }]
        );
        f.socket_node = Some(node("/run/prezenca/socket", 990, G, 0o660));
        f.reach = Reach::NotListening;
        assert!(matches!(
            diagnose(&f).as_slice(),
            [Finding::NoServer { .. }]
        ));
    }

    #[test]
    fn the_server_user_does_not_match() {
        let mut f = ana();
        f.server_user = Some("prezenca-old".into());
        f.server_uid = Some(995);
        let d = diagnose(&f);
        assert!(
            matches!(d.as_slice(), [Finding::ServerUser { expected: Some(e), .. }] if e == "prezenca-old"),
            "{d:?}"
        );
        f.server_user = None;
        f.server_uid = None;
        let d = diagnose(&f);
        assert!(
            matches!(d.as_slice(), [Finding::ServerUser { expected: None, .. }]),
            "{d:?}"
        );
    }

    #[test]
    fn serve_checks_the_group_and_the_way_in() {
        assert!(group_usable(G, 991, 991, &[991, G]));
        assert!(!group_usable(G, 991, 991, &[991]));
        assert!(group_usable(G, 0, 0, &[]));
        let nodes = [
            node("/", 0, 0, 0o755),
            node("/srv", 0, 0, 0o755),
            node("/srv/prezenca", 991, 991, 0o750),
        ];
        assert_eq!(
            first_closed(&nodes, G).map(|n| n.path.clone()),
            Some(PathBuf::from("/srv/prezenca"))
        );
        assert_eq!(first_closed(&nodes, 991), None);
        assert_eq!(first_closed(&nodes[..2], G), None);
    }
}
