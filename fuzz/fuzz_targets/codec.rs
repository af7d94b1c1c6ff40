//! Fuzzes the record decoder with arbitrary bytes for every stored type: a damaged record
//! is an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use prezenca::domain::*;
use prezenca::store::codec::decode;

fuzz_target!(|data: &[u8]| {
    let _ = decode::<Event>(data, "event", 0);
    let _ = decode::<Session>(data, "session", 0);
    let _ = decode::<Organisation>(data, "organisation", 0);
    let _ = decode::<Participant>(data, "participant", 0);
    let _ = decode::<Registration>(data, "registration", 0);
    let _ = decode::<Mark>(data, "mark", 0);
    let _ = decode::<FollowUp>(data, "follow-up", 0);
    let _ = decode::<AuditEntry>(data, "audit", 0);
});
