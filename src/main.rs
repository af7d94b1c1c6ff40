//! The `prezenca` binary: parses the command line and hands over to the library.

use clap::Parser;

fn main() {
    prezenca::core::clock::init();
    prezenca::store::survive_file_size_limit();
    let cli = prezenca::cli::Cli::parse();
    std::process::exit(prezenca::cli::run(cli));
}
