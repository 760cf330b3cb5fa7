//! Reading aloud, as state: what is being read (the article from a paragraph on, a question, or
//! the student's own answer), sentence by sentence in each sentence's language, which sentence
//! and word the speech service has reached, and the controls — pause, resume, stop, the
//! previous or next sentence, faster, slower. The speech itself is a [`Speaker`] handed in, so
//! this logic runs the same with the computer's voice and with a test's stand-in.
//!
//! Pausing stops the voice at once (rather than at the service's next pause point) and resuming
//! starts again from the word it had reached: the same on every service.

use std::ops::Range;

use crate::reading::{Block, PromptId, Reading};
use crate::speech::{
    Sentence, Speaker, SpeakerEvent, SpeechLanguage, SpeechProblem, Utterance, plan,
};

/// Utterances are numbered across every reading of the session: an event of a reading just
/// stopped, still on its way, can never be taken for the next reading's.
fn next_utterance() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// The speed steps, in the speech service's -100…100.
pub const RATE_STEP: i8 = 20;

/// What is being read aloud.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Listening {
    /// The article, from a paragraph on to its end.
    Article,
    /// The text of a question.
    Prompt(PromptId),
    /// The student's answer to a question, as it was when they asked.
    Answer(PromptId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Playing {
    /// Waiting for the speech service to connect, or speaking.
    Speaking,
    Paused,
    /// Read to the end (or nothing could be read).
    Done,
}

/// A text read aloud: an article block's, or the question's or answer's (block `None`).
#[derive(Debug)]
struct Part {
    block: Option<usize>,
    text: String,
}

/// What the window shows of the voice: where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spoken {
    /// The article block (`None`: the question or answer read).
    pub block: Option<usize>,
    pub sentence: Range<usize>,
    /// The word being spoken, where the service says (Linux); else `None`.
    pub word: Option<Range<usize>>,
}

/// Something the student must be told.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Heard {
    /// No voice for this language: its sentences were passed over.
    NoVoice(SpeechLanguage),
    Problem(SpeechProblem),
}

#[derive(Debug)]
pub struct ReadAloud {
    pub listening: Listening,
    parts: Vec<Part>,
    /// Every sentence: which part, and where in it.
    sentences: Vec<(usize, Sentence)>,
    /// The sentence being read.
    at: usize,
    /// Its word reached, as the service last said.
    word: Option<usize>,
    pub playing: Playing,
    /// From -100 to 100.
    pub rate: i8,
    /// The article's view follows the voice (until the student scrolls away).
    pub follow: bool,
    /// The number of the utterance being spoken.
    utterance: Option<u64>,
    /// The languages with a voice, once the service has said.
    voices: Option<Vec<SpeechLanguage>>,
    /// The service reports words (else the whole sentence is marked).
    pub words: bool,
    /// Languages already said to have no voice.
    said_missing: Vec<SpeechLanguage>,
}

impl ReadAloud {
    /// The article, from `from` (a block and a byte in it) on: its sentences are counted from
    /// the top, so "sentence 9 of 34" means the same wherever reading began, and the previous
    /// sentence can go back before it. `None` when the article has nothing to read.
    pub fn article(reading: &Reading, from: (usize, usize), rate: i8) -> Option<ReadAloud> {
        let parts: Vec<Part> = reading
            .article
            .iter()
            .enumerate()
            .map(|(i, block)| Part {
                block: Some(i),
                text: match block {
                    Block::Heading(text) => text.clone(),
                    Block::Paragraph { text, .. } => text.clone(),
                },
            })
            .collect();
        let mut read = ReadAloud::of(Listening::Article, parts, rate)?;
        // The sentence holding the cursor, or the first after it.
        read.at = read
            .sentences
            .iter()
            .position(|(p, s)| (*p, s.range.end) > (from.0, from.1))
            .unwrap_or(0);
        Some(read)
    }

    /// A question's text or an answer: `None` when it has no words.
    pub fn text(listening: Listening, text: &str, rate: i8) -> Option<ReadAloud> {
        let part = Part {
            block: None,
            text: text.to_owned(),
        };
        ReadAloud::of(listening, vec![part], rate)
    }

    fn of(listening: Listening, parts: Vec<Part>, rate: i8) -> Option<ReadAloud> {
        // A sentence with no letters to tell its language by takes the one before it; the
        // first takes the interface's.
        let mut language = match crate::i18n::language() {
            crate::i18n::Language::Kazakh => SpeechLanguage::Kazakh,
            crate::i18n::Language::Russian => SpeechLanguage::Russian,
            _ => SpeechLanguage::English,
        };
        let mut sentences = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            for sentence in plan::sentences(&part.text, language) {
                language = sentence.language;
                sentences.push((i, sentence));
            }
        }
        if sentences.is_empty() {
            return None;
        }
        Some(ReadAloud {
            listening,
            parts,
            sentences,
            at: 0,
            word: None,
            playing: Playing::Speaking,
            rate: rate.clamp(-100, 100),
            follow: true,
            utterance: None,
            voices: None,
            words: false,
            said_missing: Vec::new(),
        })
    }

    /// Where the voice is: the sentence (and word) to mark.
    pub fn spoken(&self) -> Option<Spoken> {
        if self.playing == Playing::Done {
            return None;
        }
        let (part, sentence) = self.sentences.get(self.at)?;
        Some(Spoken {
            block: self.parts[*part].block,
            sentence: sentence.range.clone(),
            word: self
                .word
                .filter(|_| self.words)
                .and_then(|w| sentence.words.get(w).cloned()),
        })
    }

    /// The text read, when it is a question's or an answer's.
    pub fn own_text(&self) -> Option<&str> {
        match self.parts.as_slice() {
            [Part { block: None, text }] => Some(text),
            _ => None,
        }
    }

    /// "Sentence 3 of 12".
    pub fn position(&self) -> (usize, usize) {
        (self.at + 1, self.sentences.len())
    }

    /// Starts speaking where it is (once the service has said which voices it has).
    pub fn begin(&mut self, speaker: &mut dyn Speaker) -> Vec<Heard> {
        self.playing = Playing::Speaking;
        self.follow = true;
        self.speak_from(speaker, self.word.unwrap_or(0))
    }

    /// Stops the voice at once, keeping its place.
    pub fn pause(&mut self, speaker: &mut dyn Speaker) {
        if self.playing == Playing::Speaking {
            self.playing = Playing::Paused;
            self.utterance = None;
            speaker.stop();
        }
    }

    /// Pause when speaking, go on when paused, from the start when done.
    pub fn toggle(&mut self, speaker: &mut dyn Speaker) -> Vec<Heard> {
        match self.playing {
            Playing::Speaking => {
                self.pause(speaker);
                Vec::new()
            }
            Playing::Paused => self.begin(speaker),
            Playing::Done => {
                self.at = 0;
                self.word = None;
                self.begin(speaker)
            }
        }
    }

    pub fn stop(&mut self, speaker: &mut dyn Speaker) {
        self.playing = Playing::Done;
        self.utterance = None;
        speaker.stop();
    }

    /// To the next (`by` 1) or previous (-1) sentence; a paused voice stays paused there.
    pub fn step(&mut self, by: isize, speaker: &mut dyn Speaker) -> Vec<Heard> {
        let last = self.sentences.len() - 1;
        self.at = self.at.saturating_add_signed(by).min(last);
        self.word = None;
        self.follow = true;
        match self.playing {
            Playing::Speaking => self.speak_from(speaker, 0),
            Playing::Paused => Vec::new(),
            Playing::Done => {
                self.playing = Playing::Paused;
                Vec::new()
            }
        }
    }

    /// Faster (`by` > 0) or slower: the sentence goes on from its word at the new speed.
    pub fn set_rate(&mut self, rate: i8, speaker: &mut dyn Speaker) -> Vec<Heard> {
        self.rate = rate.clamp(-100, 100);
        match self.playing {
            Playing::Speaking if self.voices.is_some() => {
                self.speak_from(speaker, self.word.unwrap_or(0))
            }
            _ => Vec::new(),
        }
    }

    /// Takes what the speech service said; what the student must be told comes back.
    pub fn heard(&mut self, event: SpeakerEvent, speaker: &mut dyn Speaker) -> Vec<Heard> {
        match event {
            SpeakerEvent::Ready { voices, words } => {
                self.voices = Some(voices);
                self.words = words;
                if self.playing == Playing::Speaking {
                    return self.speak_from(speaker, self.word.unwrap_or(0));
                }
            }
            SpeakerEvent::Began(_) => {}
            SpeakerEvent::Word(id, word) if Some(id) == self.utterance => self.word = Some(word),
            SpeakerEvent::Ended(id) if Some(id) == self.utterance => {
                self.utterance = None;
                if self.at + 1 < self.sentences.len() {
                    self.at += 1;
                    self.word = None;
                    return self.speak_from(speaker, 0);
                }
                self.playing = Playing::Done;
                self.word = None;
            }
            SpeakerEvent::Interrupted(id) if Some(id) == self.utterance => {
                // Another program (a screen reader) spoke: Lectern waits, paused, where it was.
                self.utterance = None;
                self.playing = Playing::Paused;
            }
            SpeakerEvent::Failed(problem) => {
                self.utterance = None;
                self.voices = None;
                if self.playing == Playing::Speaking {
                    self.playing = Playing::Paused;
                }
                return vec![Heard::Problem(problem)];
            }
            SpeakerEvent::Word(..) | SpeakerEvent::Ended(_) | SpeakerEvent::Interrupted(_) => {}
        }
        Vec::new()
    }

    /// The speech service connected earlier in the session: its voices, and whether it reports
    /// words (said to this reading without speaking; [`Self::begin`] speaks).
    pub fn connected(&mut self, voices: Vec<SpeechLanguage>, words: bool) {
        self.voices = Some(voices);
        self.words = words;
    }

    /// Whether the service has not yet said it is there (it is starting, or gone).
    pub fn waiting_for_service(&self) -> bool {
        self.voices.is_none()
    }

    /// Speaks the sentence at `at` from word `from`, passing over sentences in a language
    /// with no voice (said once per language).
    fn speak_from(&mut self, speaker: &mut dyn Speaker, mut from: usize) -> Vec<Heard> {
        let Some(voices) = &self.voices else {
            return Vec::new(); // Said when the service is ready.
        };
        let mut heard = Vec::new();
        while let Some((part, sentence)) = self.sentences.get(self.at) {
            if voices.contains(&sentence.language) {
                let text = &self.parts[*part].text;
                let id = next_utterance();
                self.utterance = Some(id);
                self.word = Some(from).filter(|w| *w > 0);
                speaker.speak(Utterance {
                    id,
                    language: sentence.language,
                    ssml: plan::ssml(text, sentence, from),
                    plain: plan::plain(text, sentence, from),
                    rate: self.rate,
                });
                return heard;
            }
            if !self.said_missing.contains(&sentence.language) {
                self.said_missing.push(sentence.language);
                heard.push(Heard::NoVoice(sentence.language));
            }
            self.at += 1;
            from = 0;
        }
        self.at = self.sentences.len() - 1;
        self.playing = Playing::Done;
        self.utterance = None;
        heard
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A speaker that keeps what it was told.
    #[derive(Default)]
    struct Kept {
        said: Vec<Utterance>,
        stops: usize,
    }

    impl Speaker for Kept {
        fn speak(&mut self, utterance: Utterance) {
            self.said.push(utterance);
        }
        fn stop(&mut self) {
            self.stops += 1;
        }
        fn events(&mut self) -> Vec<SpeakerEvent> {
            Vec::new()
        }
    }

    fn ready(voices: &[SpeechLanguage]) -> SpeakerEvent {
        SpeakerEvent::Ready {
            voices: voices.to_vec(),
            words: true,
        }
    }

    #[test]
    fn sentences_in_turn_each_in_its_language_and_a_missing_voice_said_once() {
        use SpeechLanguage::*;
        let text = "Apples came from here. Алма осында өсті. Ол ескі. They spread west.";
        let mut read = ReadAloud::text(Listening::Answer(PromptId("Q1".into())), text, 0).unwrap();
        let mut speaker = Kept::default();
        assert!(read.begin(&mut speaker).is_empty());
        assert!(
            speaker.said.is_empty(),
            "nothing before the service is ready"
        );
        assert!(
            read.heard(ready(&[English, Russian]), &mut speaker)
                .is_empty()
        );
        assert_eq!(speaker.said.len(), 1);
        assert_eq!(speaker.said[0].language, English);
        read.heard(SpeakerEvent::Word(speaker.said[0].id, 2), &mut speaker);
        assert_eq!(&text[read.spoken().unwrap().word.unwrap()], "from");
        // The Kazakh sentences are passed over, said once; the English one read.
        let heard = read.heard(SpeakerEvent::Ended(speaker.said[0].id), &mut speaker);
        assert_eq!(heard, [Heard::NoVoice(Kazakh)]);
        assert_eq!(speaker.said[1].plain, "They spread west.");
        assert_eq!(read.position(), (4, 4));
        read.heard(SpeakerEvent::Ended(speaker.said[1].id), &mut speaker);
        assert_eq!(read.playing, Playing::Done);
        assert_eq!(read.spoken(), None);
    }

    #[test]
    fn pause_resumes_at_the_word_and_steps_move_by_sentence() {
        let text = "One two three four. Five six. Seven.";
        let mut read = ReadAloud::text(Listening::Prompt(PromptId("Q1".into())), text, 0).unwrap();
        let mut speaker = Kept::default();
        read.begin(&mut speaker);
        read.heard(ready(&[SpeechLanguage::English]), &mut speaker);
        read.heard(SpeakerEvent::Word(speaker.said[0].id, 2), &mut speaker);
        read.pause(&mut speaker);
        assert_eq!(speaker.stops, 1);
        // Late events of the stopped utterance change nothing.
        read.heard(SpeakerEvent::Ended(speaker.said[0].id), &mut speaker);
        assert_eq!(read.position().0, 1);
        read.toggle(&mut speaker);
        assert_eq!(speaker.said.last().unwrap().plain, "three four.");
        assert!(
            speaker
                .said
                .last()
                .unwrap()
                .ssml
                .starts_with("<speak><mark name=\"2\"/>")
        );
        read.step(1, &mut speaker);
        assert_eq!(speaker.said.last().unwrap().plain, "Five six.");
        read.step(-1, &mut speaker);
        assert_eq!(speaker.said.last().unwrap().plain, "One two three four.");
        let faster = read.rate + RATE_STEP;
        read.set_rate(faster, &mut speaker);
        assert_eq!(speaker.said.last().unwrap().rate, RATE_STEP);
        read.stop(&mut speaker);
        assert_eq!(read.playing, Playing::Done);
    }

    #[test]
    fn the_article_from_the_cursor_and_a_screen_reader_pauses_it() {
        let reading = crate::reading::BUNDLED[0].parse();
        let (block, text) = reading
            .article
            .iter()
            .enumerate()
            .find_map(|(i, b)| match b {
                Block::Paragraph { text, .. } if text.matches(". ").count() >= 2 => {
                    Some((i, text.clone()))
                }
                _ => None,
            })
            .unwrap();
        let second = text.find(". ").unwrap() + 2;
        let mut read = ReadAloud::article(&reading, (block, second), 0).unwrap();
        let mut speaker = Kept::default();
        read.begin(&mut speaker);
        read.heard(ready(&SpeechLanguage::ALL), &mut speaker);
        let spoken = read.spoken().unwrap();
        assert_eq!(spoken.block, Some(block));
        assert_eq!(
            spoken.sentence.start, second,
            "from the sentence with the cursor"
        );
        read.heard(SpeakerEvent::Interrupted(speaker.said[0].id), &mut speaker);
        assert_eq!(read.playing, Playing::Paused);
        let lost = SpeechProblem::Lost {
            detail: "gone".into(),
        };
        read.toggle(&mut speaker);
        assert_eq!(
            read.heard(SpeakerEvent::Failed(lost.clone()), &mut speaker),
            [Heard::Problem(lost)]
        );
        assert!(read.waiting_for_service());
    }
}
