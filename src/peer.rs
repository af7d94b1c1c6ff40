//! Who is on the other end of the socket: the peer's OS user from the kernel (SO_PEERCRED),
//! never from anything the peer says, and whether a socket found on disk can be trusted.

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::UnixStream;
use std::path::Path;

use nix::sys::socket::{getsockopt, sockopt::PeerCredentials};
use nix::unistd::{Uid, User};

/// The uid of the process on the other end, as the kernel recorded it at connect time.
pub fn peer_uid(stream: &UnixStream) -> std::io::Result<u32> {
    getsockopt(stream, PeerCredentials)
        .map(|c| c.uid())
        .map_err(std::io::Error::from)
}

/// The user name of `uid`, or "uid N" when it has none.
pub fn user_name(uid: u32) -> String {
    User::from_uid(Uid::from_raw(uid))
        .ok()
        .flatten()
        .map(|u| u.name)
        .unwrap_or_else(|| format!("uid {uid}"))
}

/// The uid of a named user, if the account exists.
pub fn user_uid(name: &str) -> Option<u32> {
    User::from_name(name).ok().flatten().map(|u| u.uid.as_raw())
}

/// The owners a client trusts: itself, root, and the configured server account.
pub fn trusted_owner(uid: u32, server_user: Option<&str>) -> bool {
    uid == nix::unistd::getuid().as_raw()
        || uid == 0
        || server_user.and_then(user_uid).is_some_and(|s| s == uid)
}

/// Checks, before anything is sent, that the socket and its directory belong to a trusted
/// owner and that no one else can write to the directory: otherwise another user could have
/// planted a server there to collect names. Returns the reason for refusing.
pub fn check_socket(path: &Path, server_user: Option<&str>) -> Result<(), String> {
    // Symlinks are followed: what matters is the socket actually reached and the directory
    // it sits in, and a link can only be placed by whoever controls its own directory.
    let real = std::fs::canonicalize(path).map_err(|e| look_failed(path, &e))?;
    let dir = real.parent().unwrap_or(Path::new("/"));
    for (what, p) in [("directory", dir), ("socket", real.as_path())] {
        let m = std::fs::metadata(p).map_err(|e| look_failed(p, &e))?;
        if !trusted_owner(m.uid(), server_user) {
            return Err(crate::t!(
                "peer-foreign-owner",
                socket = path.display().to_string(),
                what = what,
                path = p.display().to_string(),
                owner = user_name(m.uid()),
                account = server_user.unwrap_or("none")
            ));
        }
        if m.permissions().mode() & 0o002 != 0 {
            return Err(crate::t!(
                "peer-writable",
                socket = path.display().to_string(),
                what = what,
                path = p.display().to_string()
            ));
        }
    }
    Ok(())
}

fn look_failed(p: &Path, e: &std::io::Error) -> String {
    crate::t!(
        "peer-cannot-look",
        path = p.display().to_string(),
        why = e.to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::net::UnixListener;

    #[test]
    fn the_peer_is_whoever_connected() {
        let (a, _b) = UnixStream::pair().expect("pair");
        assert_eq!(peer_uid(&a).expect("creds"), nix::unistd::getuid().as_raw());
    }

    #[test]
    fn a_socket_in_a_private_directory_is_trusted() {
        let d = tempfile::tempdir().expect("tempdir");
        let s = d.path().join("socket");
        let _l = UnixListener::bind(&s).expect("bind");
        assert_eq!(check_socket(&s, None), Ok(()));
    }

    #[test]
    fn a_socket_in_a_world_writable_directory_is_refused() {
        let d = tempfile::tempdir().expect("tempdir");
        std::fs::set_permissions(d.path(), std::fs::Permissions::from_mode(0o777)).expect("chmod");
        let s = d.path().join("socket");
        let _l = UnixListener::bind(&s).expect("bind");
        let e = check_socket(&s, None).expect_err("refused");
        assert!(e.contains("other users can write"), "{e}");
    }

    #[test]
    fn a_missing_socket_is_an_error_not_a_panic() {
        let d = tempfile::tempdir().expect("tempdir");
        assert!(check_socket(&d.path().join("none"), None).is_err());
    }
}
