//! Lectern: read an article beside its discussion questions, answer them, hand in a study sheet.
//!
//! The core — [`reading`], [`answers`], [`export`], [`feedback`], [`collect`], [`words`], [`i18n`], [`speech`], [`spell`], [`search`], [`files`], [`folders`], [`paths`] — holds no
//! egui: plain data in, plain data out. [`ui`] is the egui window on top of it, and [`cli`] the
//! command line. See ARCHITECTURE.md.

// Before the modules that declare their lists with it (`app::command`, `ui::dialogs`).
#[macro_use]
mod listed;

pub mod answers;
pub mod app;
pub mod cli;
pub mod collect;
pub mod export;
pub mod feedback;
pub mod files;
pub mod folders;
pub mod generate;
pub mod handin;
pub mod i18n;
pub mod import;
pub mod library;
pub mod lms;
pub mod paths;
pub mod reading;
pub mod ron_words;
pub mod search;
pub mod speech;
pub mod spell;
pub mod ui;
pub mod words;
