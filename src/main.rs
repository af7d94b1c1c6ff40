//! The `prezenca` binary: parses the command line and hands over to the library.

fn main() {
    prezenca::core::clock::init();
    prezenca::store::survive_file_size_limit();
    let cli = prezenca::cli::parse_localized();
    std::process::exit(prezenca::cli::run(cli));
}
