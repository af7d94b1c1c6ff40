//! Fuzzes the keymap file parser and the merge of a user's file over the defaults: any text
//! gives bindings or problems, never a panic, and a file without problems takes effect.
#![no_main]

use libfuzzer_sys::fuzz_target;
use prezenca::tui::keymap::{Keymap, parse};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let lines = src.matches('\n').count() + 1;
    let (bindings, problems) = parse(src);
    for p in &problems {
        assert!(p.line >= 1 && p.line <= lines && p.column >= 1, "{p:?}");
    }
    let (km, merged_problems) = Keymap::with_overrides(src);
    assert_eq!(problems, merged_problems);
    if problems.is_empty() {
        // Every key the file binds now runs the action it names in its section.
        for (ctx, act, keys) in &bindings {
            for k in keys {
                assert_eq!(km.action(ctx, *k), Some(act.as_str()), "{ctx} {act} {k:?}");
                let _ = k.display();
            }
            let _ = km.bindings(ctx);
            let _ = km.first_key(ctx, act);
        }
    }
});
