//! Read aloud in the window: the commands (start, pause, stop, sentences, speed, the question,
//! the answer), the controls under the article's tools while something is read, the voice
//! followed through the article, and what the speech service says turned into notices. The
//! logic is `app::read_aloud`; the speech is `speech`. The speaker is made the first time
//! something is read aloud: until then there is no speech thread and no connection.

use std::ops::Range;

use egui::RichText;

use super::app::LecternApp;
use super::command::{Action, Command};
use crate::app::read_aloud::{Heard, Listening, Playing, RATE_STEP, ReadAloud};
use crate::speech::{Speaker, SpeechLanguage, SystemSpeaker};

/// Makes the speaker the first time one is needed (the computer's; a test's stand-in).
pub type MakeSpeaker = Box<dyn Fn(&egui::Context) -> Box<dyn Speaker>>;

/// The computer's own speech service, waking the window on each event.
pub fn system_speaker() -> MakeSpeaker {
    Box::new(|ctx| {
        let ctx = ctx.clone();
        Box::new(SystemSpeaker::start(Box::new(move || {
            ctx.request_repaint()
        })))
    })
}

impl LecternApp {
    /// Carries out a read-aloud command.
    pub(super) fn read_aloud_command(&mut self, command: Command, ctx: &egui::Context) {
        // The start screen has nothing to read (its document is a stand-in).
        if !matches!(self.state.screen, crate::app::state::Screen::Work) {
            return;
        }
        let selected = self.state.selected_prompt_id();
        match command {
            Command::ReadAloud => match &self.state.read_aloud {
                Some(read) if read.listening == Listening::Article => {
                    self.with_reading(ctx, |read, speaker| read.toggle(speaker))
                }
                _ => self.start_reading(Listening::Article, ctx),
            },
            Command::ReadQuestion | Command::ReadAnswer => {
                let Some(id) = selected else {
                    return;
                };
                let listening = if command == Command::ReadQuestion {
                    Listening::Prompt(id)
                } else {
                    Listening::Answer(id)
                };
                let answer_as_read = |read: &ReadAloud| match &read.listening {
                    Listening::Answer(_) => {
                        read.own_text() == Some(self.state.editor_text.as_str())
                    }
                    _ => true,
                };
                match &self.state.read_aloud {
                    // The same again (an answer as it was read): pause, resume, or from the
                    // start when done. An answer changed since is read afresh.
                    Some(read) if read.listening == listening && answer_as_read(read) => {
                        self.with_reading(ctx, |read, speaker| read.toggle(speaker))
                    }
                    _ => self.start_reading(listening, ctx),
                }
            }
            Command::StopReading => self.stop_reading(),
            Command::NextSentence => self.with_reading(ctx, |read, speaker| read.step(1, speaker)),
            Command::PreviousSentence => {
                self.with_reading(ctx, |read, speaker| read.step(-1, speaker))
            }
            Command::ReadFaster | Command::ReadSlower => {
                let by = if command == Command::ReadFaster {
                    RATE_STEP
                } else {
                    -RATE_STEP
                };
                let rate = self
                    .state
                    .settings
                    .speech_rate
                    .saturating_add(by)
                    .clamp(-100, 100);
                self.state.settings.speech_rate = rate;
                self.with_reading(ctx, |read, speaker| read.set_rate(rate, speaker));
                self.state
                    .report(crate::t!("read-aloud-speed", speed = speed_percent(rate)));
            }
            Command::FollowVoice => {
                if let Some(read) = &mut self.state.read_aloud {
                    read.follow = true;
                    self.views.article.followed = None;
                }
            }
            _ => {}
        }
    }

    /// Starts reading `listening` aloud: the article from the selection, the text cursor or
    /// the first paragraph in view; the selected question's text; the answer as typed.
    fn start_reading(&mut self, listening: Listening, ctx: &egui::Context) {
        self.stop_reading();
        let rate = self.state.settings.speech_rate;
        let doc = &self.state.doc;
        let read = match &listening {
            Listening::Article => {
                let article = &self.views.article;
                let from = article
                    .selection
                    .as_ref()
                    .map(|(block, range)| (*block, range.start))
                    .or(article.cursor)
                    .or_else(|| article.visible.first().map(|block| (*block, 0)))
                    .unwrap_or((0, 0));
                ReadAloud::article(&doc.reading, from, rate)
            }
            Listening::Prompt(id) => doc
                .reading
                .prompt(id)
                .and_then(|p| ReadAloud::text(listening.clone(), &p.text, rate)),
            Listening::Answer(_) => {
                ReadAloud::text(listening.clone(), &self.state.editor_text, rate)
            }
        };
        let Some(mut read) = read else {
            let nothing = match listening {
                Listening::Answer(_) => crate::t!("read-aloud-no-answer"),
                _ => crate::t!("read-aloud-nothing"),
            };
            self.state.report(nothing);
            return;
        };
        self.views.article.followed = None;
        let speaker = self.speaker.get_or_insert_with(|| (self.make_speaker)(ctx));
        // A speaker connected before: what it said of its voices holds for this reading too.
        if let Some(crate::speech::SpeakerEvent::Ready { voices, words }) =
            self.speech_ready.clone()
        {
            read.connected(voices, words);
        }
        let heard = read.begin(speaker.as_mut());
        self.state.read_aloud = Some(read);
        self.reading_document = Some(self.state.document_serial());
        self.tell(heard);
    }

    /// Runs `step` on what is being read, with the speaker, and tells what it heard.
    fn with_reading(
        &mut self,
        ctx: &egui::Context,
        step: impl FnOnce(&mut ReadAloud, &mut dyn Speaker) -> Vec<Heard>,
    ) {
        let Some(read) = &mut self.state.read_aloud else {
            return;
        };
        let speaker = self.speaker.get_or_insert_with(|| (self.make_speaker)(ctx));
        let heard = step(read, speaker.as_mut());
        self.tell(heard);
    }

    /// Takes what the speech service said since the last frame; keeps the article's view on
    /// the voice while it follows; stops the voice when what it read is gone (another
    /// document opened).
    pub(super) fn poll_speech(&mut self) {
        if let Some(speaker) = &mut self.speaker {
            let mut heard = Vec::new();
            let mut failed = false;
            for event in speaker.events() {
                failed |= matches!(event, crate::speech::SpeakerEvent::Failed(_));
                if matches!(event, crate::speech::SpeakerEvent::Ready { .. }) {
                    self.speech_ready = Some(event.clone());
                }
                if let Some(read) = &mut self.state.read_aloud {
                    heard.extend(read.heard(event, speaker.as_mut()));
                }
            }
            if failed {
                // The next press connects afresh (the service may have been installed or
                // started meanwhile).
                self.speaker = None;
                self.speech_ready = None;
            }
            self.tell(heard);
        }
        let article = &mut self.views.article;
        if let Some(read) = &mut self.state.read_aloud {
            if article.scrolled_by_hand && read.playing == Playing::Speaking {
                read.follow = false;
            }
            if read.follow
                && let Some(block) = read.spoken().and_then(|s| s.block)
                && article.followed != Some(block)
            {
                article.followed = Some(block);
                article.scroll_to = Some(block);
            }
        }
        self.reading_document = self
            .state
            .read_aloud
            .as_ref()
            .map(|_| self.state.document_serial());
    }

    /// Ends what is being read aloud, stopping the voice. Every way a reading ends comes here.
    fn stop_reading(&mut self) {
        if let Some(mut read) = self.state.read_aloud.take()
            && let Some(speaker) = &mut self.speaker
        {
            read.stop(speaker.as_mut());
        }
    }

    /// Stops the voice and lets the speech thread go (the window is closing).
    pub(super) fn end_speech(&mut self) {
        self.stop_reading();
        self.speaker = None;
    }

    /// Stops reading when the document it read is no longer the one open.
    pub(super) fn stop_reading_if_gone(&mut self) {
        if self.reading_document.is_some()
            && self.reading_document != Some(self.state.document_serial())
        {
            self.stop_reading();
        }
    }

    fn tell(&mut self, heard: Vec<Heard>) {
        for heard in heard {
            match heard {
                Heard::NoVoice(language) => self.state.notify(
                    crate::t!("read-aloud-no-voice-title", language = language.name()),
                    no_voice_help(language),
                ),
                Heard::Problem(problem) => {
                    crate::cli::tell(format_args!("lectern: read aloud: {}", problem.detail()));
                    self.state
                        .notify(crate::t!("read-aloud-unavailable"), problem.message());
                }
            }
        }
    }
}

/// What to install for a language's voice, on this system.
fn no_voice_help(language: SpeechLanguage) -> String {
    let name = language.name();
    if cfg!(windows) {
        if language == SpeechLanguage::Kazakh {
            crate::t!("read-aloud-no-voice-windows-kazakh")
        } else {
            crate::t!("read-aloud-no-voice-windows", language = name)
        }
    } else {
        crate::t!("read-aloud-no-voice-linux", language = name)
    }
}

/// The speed as people say it: 100 % is the voice's own.
fn speed_percent(rate: i8) -> i32 {
    100 + i32::from(rate)
}

/// The controls while something is read aloud: pause or resume, stop, the sentence before
/// and after, slower and faster, where the voice is, and the way back to it after scrolling.
pub fn controls_ui(ui: &mut egui::Ui, read: &ReadAloud, actions: &mut Vec<Action>) {
    ui.horizontal_wrapped(|ui| {
        // Faces short enough for one row beside the status at 1024×600; each button is named
        // in words for screen readers and says its name and key when hovered.
        let (toggle, status) = match read.playing {
            Playing::Speaking if read.waiting_for_service() => ("⏸", "read-aloud-connecting"),
            Playing::Speaking => ("⏸", "read-aloud-reading"),
            Playing::Paused => ("▶", "read-aloud-paused"),
            Playing::Done => ("▶", "read-aloud-done"),
        };
        let what = match &read.listening {
            Listening::Article => Command::ReadAloud,
            Listening::Prompt(_) => Command::ReadQuestion,
            Listening::Answer(_) => Command::ReadAnswer,
        };
        let button = |ui: &mut egui::Ui, actions: &mut Vec<Action>, command, face, enabled| {
            super::command::button(ui, actions, command, face, enabled);
        };
        button(ui, actions, what, toggle, true);
        button(ui, actions, Command::StopReading, "⏹", true);
        let stepping = read.playing != Playing::Done || read.position().1 > 1;
        button(ui, actions, Command::PreviousSentence, "⏮", stepping);
        button(ui, actions, Command::NextSentence, "⏭", stepping);
        button(ui, actions, Command::ReadSlower, "−", read.rate > -100);
        ui.label(format!("{} %", speed_percent(read.rate)));
        button(ui, actions, Command::ReadFaster, "+", read.rate < 100);
        let (at, of) = read.position();
        let whose = match read.listening {
            Listening::Article => crate::t!("read-aloud-article"),
            Listening::Prompt(_) => crate::t!("read-aloud-question"),
            Listening::Answer(_) => crate::t!("read-aloud-answer"),
        };
        let said = crate::i18n::tr_args(
            status,
            &[
                ("what", whose.as_str().into()),
                ("at", at.into()),
                ("of", of.into()),
            ],
        );
        ui.label(RichText::new(said).weak());
        if !read.follow && read.listening == Listening::Article {
            super::command::button(
                ui,
                actions,
                Command::FollowVoice,
                &crate::t!("read-aloud-follow"),
                true,
            );
        }
    });
}

/// `text` (a question) at `size`, strong, with the sentence and word read aloud marked as the
/// article marks them.
pub fn spoken_job(
    ui: &egui::Ui,
    text: &str,
    size: f32,
    spoken: &crate::app::read_aloud::Spoken,
) -> egui::text::LayoutJob {
    use super::article::marks::job;
    let format = egui::text::TextFormat {
        font_id: egui::FontId::proportional(size),
        color: ui.visuals().strong_text_color(),
        ..Default::default()
    };
    job(text, &format, &spoken_marks(spoken), ui.visuals().dark_mode)
}

/// The marks of what is read aloud: its sentence, and over it its word.
pub fn spoken_marks(spoken: &crate::app::read_aloud::Spoken) -> Vec<super::article::marks::Marked> {
    use super::article::marks::{Mark, Marked};
    let word = spoken.word.as_ref().map(|word| Marked {
        range: word.clone(),
        mark: Mark::SpokenWord,
    });
    let sentence = Marked {
        range: spoken.sentence.clone(),
        mark: Mark::Spoken,
    };
    std::iter::once(sentence).chain(word).collect()
}

/// Marks the sentence read aloud in the answer box, and its word: a band behind each row they
/// cover, so the words stay as the student typed them.
pub fn paint_spoken(
    ui: &egui::Ui,
    output: &egui::text_edit::TextEditOutput,
    text: &str,
    spoken: &crate::app::read_aloud::Spoken,
) {
    let dark = ui.visuals().dark_mode;
    let (sentence, word) = if dark {
        ((60, 170, 130, 70), (60, 200, 150, 130))
    } else {
        ((40, 170, 120, 60), (20, 150, 100, 110))
    };
    band(ui, output, text, &spoken.sentence, sentence);
    if let Some(range) = &spoken.word {
        band(ui, output, text, range, word);
    }
}

/// A band of `colour` (red, green, blue, alpha) behind `range` of `text` in the answer box.
fn band(
    ui: &egui::Ui,
    output: &egui::text_edit::TextEditOutput,
    text: &str,
    range: &Range<usize>,
    (r, g, b, a): (u8, u8, u8, u8),
) {
    use egui::text::CCursor;
    let (Some(before), Some(within)) = (text.get(..range.start), text.get(range.clone())) else {
        return;
    };
    let start = before.chars().count();
    let end = start + within.chars().count();
    let galley = &output.galley;
    let offset = output.galley_pos.to_vec2();
    let at = |index: usize| {
        galley
            .pos_from_cursor(CCursor::new(index))
            .translate(offset)
    };
    let (first, last) = (at(start), at(end));
    let fill = egui::Color32::from_rgba_unmultiplied(r, g, b, a);
    let clip = output.text_clip_rect.intersect(ui.clip_rect());
    let painter = ui.painter().with_clip_rect(clip);
    let left = galley.rect.left() + offset.x;
    let right = galley.rect.right() + offset.x;
    if (first.center().y - last.center().y).abs() < 1.0 {
        painter.rect_filled(egui::Rect::from_min_max(first.min, last.max), 2.0, fill);
        return;
    }
    painter.rect_filled(
        egui::Rect::from_min_max(first.min, egui::pos2(right, first.max.y)),
        2.0,
        fill,
    );
    if last.min.y > first.max.y + 0.5 {
        painter.rect_filled(
            egui::Rect::from_min_max(egui::pos2(left, first.max.y), egui::pos2(right, last.min.y)),
            2.0,
            fill,
        );
    }
    painter.rect_filled(
        egui::Rect::from_min_max(egui::pos2(left, last.min.y), last.max),
        2.0,
        fill,
    );
}
