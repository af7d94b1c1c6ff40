//! Writes the large generated data set (5,000 events, 100,000 participants, 500,000
//! registrations, 1,000,000 marks; seed 42, as the benches use) into a new database file, for
//! measuring the real binary on it (BENCHMARKS.md, "Footprint on a small server"):
//!
//! ```sh
//! cargo run --release --example largedata -- /tmp/large.redb
//! ```

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: largedata FILE (a new database file)");
        std::process::exit(2);
    };
    let path = std::path::PathBuf::from(path);
    if path.exists() {
        eprintln!("{} exists; give a new file", path.display());
        std::process::exit(1);
    }
    let run = || -> prezenca::core::error::Result<()> {
        let (db, _) = prezenca::store::open(&path)?;
        prezenca::datagen::generate(db.writable()?, &prezenca::datagen::Scale::LARGE, 42)?;
        Ok(())
    };
    if let Err(e) = run() {
        eprintln!("{e}");
        std::process::exit(1);
    }
}
