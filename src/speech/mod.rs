//! Read aloud, without the window: what is said and in which language ([`plan`]), and the
//! computer's own speech service that says it ([`engine`]): speech-dispatcher on Linux
//! (`ssip.rs`), Windows' speech on Windows (`windows.rs`). Offline always: both are services of
//! the computer itself.

pub mod engine;
pub mod plan;
#[cfg(target_os = "linux")]
mod ssip;
#[cfg(windows)]
mod windows;

pub use engine::{Speaker, SpeakerEvent, SpeechProblem, SystemSpeaker, Utterance};
pub use plan::{Sentence, SpeechLanguage};
