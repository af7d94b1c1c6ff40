//! Where the data is reached: [`local::LocalBackend`] owns the redb file in this process and
//! applies commands through the core; the server's client (`server::client`) reaches a
//! running `prezenca serve`. The doors (CLI, TUI) and the server hold a `Box<dyn Backend>`.
//! This layer sits above `core` and `store`: storage never imports the command layer.

pub mod local;
