//! The computer's own speech, behind one small interface: [`Speaker`] takes utterances and
//! gives back what the service says it is doing (began, reached word n, ended). The system
//! speaker runs on a thread of its own, started the first time something is read aloud — a
//! student who never uses read-aloud has no speech thread and no connection — and the window
//! never waits on it: commands go in by channel, events come back by channel with a wake-up.

use std::sync::mpsc::{Receiver, Sender, channel};

use super::plan::SpeechLanguage;

/// Something to say: one sentence (or the rest of one), in its language.
#[derive(Clone, Debug, PartialEq)]
pub struct Utterance {
    /// Lectern's own number for it; events name it.
    pub id: u64,
    pub language: SpeechLanguage,
    /// The text as SSML with a mark before each word ([`super::plan::ssml`]).
    pub ssml: String,
    /// The same text, plain, for services that take no SSML.
    pub plain: String,
    /// From -100 (slowest) through 0 to 100 (fastest).
    pub rate: i8,
}

/// What the speech service reports.
#[derive(Clone, Debug, PartialEq)]
pub enum SpeakerEvent {
    /// Connected: the languages that have a voice, and whether the service reports words.
    Ready {
        voices: Vec<SpeechLanguage>,
        words: bool,
    },
    Began(u64),
    /// Utterance `.0` reached its word `.1` (its index in the sentence's words).
    Word(u64, usize),
    Ended(u64),
    /// The service stopped it without being asked (a screen reader spoke over it).
    Interrupted(u64),
    Failed(SpeechProblem),
}

/// Why nothing can be read aloud, in the student's words when shown ([`SpeechProblem::message`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpeechProblem {
    /// No speech service on this computer, or it would not start; `detail` for a bug report.
    NoService { detail: String },
    /// The service went away while reading.
    Lost { detail: String },
}

impl SpeechProblem {
    pub fn message(&self) -> String {
        match self {
            SpeechProblem::NoService { .. } => crate::i18n::tr("speech-no-service"),
            SpeechProblem::Lost { .. } => crate::i18n::tr("speech-lost"),
        }
    }

    pub fn detail(&self) -> &str {
        match self {
            SpeechProblem::NoService { detail } | SpeechProblem::Lost { detail } => detail,
        }
    }
}

/// What went wrong with the speech service, kept for a bug report and printed on stderr: the
/// student is told [`SpeechProblem::message`], in their language, never this.
pub(super) type Fault = String;

/// Something that speaks: the computer's speech ([`SystemSpeaker`]), or a test's stand-in.
pub trait Speaker {
    /// Says `utterance`, stopping whatever it was saying.
    fn speak(&mut self, utterance: Utterance);
    /// Stops at once.
    fn stop(&mut self);
    /// What happened since last asked, in order.
    fn events(&mut self) -> Vec<SpeakerEvent>;
}

/// What the platform's service reports, by its own message numbers. (Windows' speech reports
/// no words and no loss: only speech-dispatcher makes those.)
#[derive(Debug)]
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
pub(super) enum ServiceEvent {
    Began(u64),
    Mark(u64, String),
    Ended(u64),
    Cancelled(u64),
    Lost(String),
}

/// What the speech thread is given: the window's commands and the service's events, in the
/// order they came.
pub(super) enum Input {
    Speak(Utterance),
    Stop,
    /// The window let go of its speaker: stop, close the connection, end the thread.
    Quit,
    Service(ServiceEvent),
}

/// A platform's speech service, connected.
pub(super) trait Backend {
    /// Starts saying `utterance`; the service's number for the message.
    fn speak(&mut self, utterance: &Utterance) -> Result<u64, String>;
    fn stop(&mut self) -> Result<(), String>;
}

/// The connection a platform makes: the backend, the languages with a voice, and whether it
/// reports words. Events go to `events` as [`Input::Service`].
pub(super) type Connected = (Box<dyn Backend>, Vec<SpeechLanguage>, bool);

/// The computer's speech service, on a thread of its own.
pub struct SystemSpeaker {
    input: Sender<Input>,
    events: Receiver<SpeakerEvent>,
}

impl SystemSpeaker {
    /// Starts the speech thread, which connects to the service (starting it if it must) and
    /// says [`SpeakerEvent::Ready`] or [`SpeakerEvent::Failed`]. `wake` is called after every
    /// event, so the window paints it.
    pub fn start(wake: Box<dyn Fn() + Send>) -> SystemSpeaker {
        let (input, commands) = channel::<Input>();
        let (report, events) = channel::<SpeakerEvent>();
        let service = input.clone();
        let thread = std::thread::Builder::new()
            .name("lectern: read aloud".into())
            .spawn(move || run(service, commands, report, wake));
        if let Err(e) = thread {
            // No thread, no speech: said like a missing service.
            let (report, events) = channel();
            let _ = report.send(SpeakerEvent::Failed(SpeechProblem::NoService {
                detail: e.to_string(),
            }));
            return SystemSpeaker { input, events };
        }
        SystemSpeaker { input, events }
    }
}

impl Drop for SystemSpeaker {
    /// The thread ends and the connection closes (the service's reader thread holds a sender
    /// too, so the channel would never close by itself); the voice stops first.
    fn drop(&mut self) {
        let _ = self.input.send(Input::Stop);
        let _ = self.input.send(Input::Quit);
    }
}

impl Speaker for SystemSpeaker {
    fn speak(&mut self, utterance: Utterance) {
        let _ = self.input.send(Input::Speak(utterance));
    }

    fn stop(&mut self) {
        let _ = self.input.send(Input::Stop);
    }

    fn events(&mut self) -> Vec<SpeakerEvent> {
        self.events.try_iter().collect()
    }
}

/// The speech thread: connects, then carries out commands and turns the service's message
/// numbers into Lectern's utterance numbers, until the window lets go of its speaker.
fn run(
    service: Sender<Input>,
    commands: Receiver<Input>,
    report: Sender<SpeakerEvent>,
    wake: Box<dyn Fn() + Send>,
) {
    let say = |event: SpeakerEvent| {
        let _ = report.send(event);
        wake();
    };
    let (mut backend, voices, words) = match connect(service) {
        Ok(connected) => connected,
        Err(detail) => {
            say(SpeakerEvent::Failed(SpeechProblem::NoService { detail }));
            return;
        }
    };
    say(SpeakerEvent::Ready { voices, words });
    // The message being spoken: (the service's number, Lectern's).
    let mut current: Option<(u64, u64)> = None;
    let ours = |current: &Option<(u64, u64)>, message: u64| {
        current.filter(|(m, _)| *m == message).map(|(_, id)| id)
    };
    for input in commands.iter() {
        match input {
            Input::Speak(utterance) => {
                if current.take().is_some()
                    && let Err(detail) = backend.stop()
                {
                    say(SpeakerEvent::Failed(SpeechProblem::Lost { detail }));
                    return;
                }
                match backend.speak(&utterance) {
                    Ok(message) => current = Some((message, utterance.id)),
                    Err(detail) => {
                        say(SpeakerEvent::Failed(SpeechProblem::Lost { detail }));
                        return;
                    }
                }
            }
            Input::Stop => {
                current = None;
                if let Err(detail) = backend.stop() {
                    say(SpeakerEvent::Failed(SpeechProblem::Lost { detail }));
                    return;
                }
            }
            Input::Quit => return,
            Input::Service(event) => match event {
                ServiceEvent::Began(m) => {
                    if let Some(id) = ours(&current, m) {
                        say(SpeakerEvent::Began(id));
                    }
                }
                ServiceEvent::Mark(m, name) => {
                    if let (Some(id), Ok(word)) = (ours(&current, m), name.parse()) {
                        say(SpeakerEvent::Word(id, word));
                    }
                }
                ServiceEvent::Ended(m) => {
                    if let Some(id) = ours(&current, m) {
                        current = None;
                        say(SpeakerEvent::Ended(id));
                    }
                }
                ServiceEvent::Cancelled(m) => {
                    // Cancelled by Lectern: `current` was let go already. Otherwise another
                    // program (a screen reader) spoke over it.
                    if let Some(id) = ours(&current, m) {
                        current = None;
                        say(SpeakerEvent::Interrupted(id));
                    }
                }
                ServiceEvent::Lost(detail) => {
                    say(SpeakerEvent::Failed(SpeechProblem::Lost { detail }));
                    return;
                }
            },
        }
    }
}

#[cfg(target_os = "linux")]
fn connect(events: Sender<Input>) -> Result<Connected, String> {
    super::ssip::connect(events)
}

#[cfg(windows)]
fn connect(events: Sender<Input>) -> Result<Connected, String> {
    super::windows::connect(events)
}

#[cfg(not(any(target_os = "linux", windows)))]
fn connect(_: Sender<Input>) -> Result<Connected, String> {
    Err("read-aloud speaks through speech-dispatcher (Linux) or Windows' speech".into())
}
