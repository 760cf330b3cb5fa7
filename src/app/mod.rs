//! The application without a window: the open document and its save machine, the teacher's
//! review of a hand-in, and the background jobs slow work runs in. No egui, eframe or rfd here
//! (`tests/architecture.rs` checks it): the views in `ui/` read this state and push commands,
//! and what the app does with them is tested without a window.

pub mod class;
pub mod command;
pub mod correction;
pub mod document;
pub mod history;
mod notice;
pub mod read_aloud;
pub mod review;
pub mod runner;
pub mod settings;
pub mod state;
pub mod tasks;

pub use notice::Notice;
