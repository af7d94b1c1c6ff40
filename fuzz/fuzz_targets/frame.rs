//! Fuzzes what the server and the client read from a peer: arbitrary bytes as a stream of
//! frames (length prefix, then a postcard body) into the messages of each side. A bad frame
//! is an error that ends the connection, never a panic, and a message that decodes encodes
//! back to one that decodes to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use prezenca::server::protocol::{ToClient, ToServer, encode, read_msg};

fn never() -> bool {
    false
}

fuzz_target!(|data: &[u8]| {
    // The server's side: a hello, then requests, until the stream ends or a frame is bad.
    let mut r = data;
    while let Ok(msg) = read_msg::<ToServer>(&mut r, None, &never) {
        let frame = encode(&msg).expect("a decoded message encodes");
        let back: ToServer = read_msg(&mut frame.as_slice(), None, &never).expect("re-decodes");
        // Debug rather than ==: a NaN inside would make equal values unequal.
        assert_eq!(format!("{back:?}"), format!("{msg:?}"));
    }
    // The client's side: the welcome or refusal, then replies and pushed changes.
    let mut r = data;
    while let Ok(msg) = read_msg::<ToClient>(&mut r, None, &never) {
        let frame = encode(&msg).expect("a decoded message encodes");
        let back: ToClient = read_msg(&mut frame.as_slice(), None, &never).expect("re-decodes");
        assert_eq!(format!("{back:?}"), format!("{msg:?}"));
    }
});
