//! Windows' own speech: WinRT's `SpeechSynthesizer` and the voices of Settings — Time &
//! language — Speech, through the `tts` crate. It says when an utterance begins and ends, not
//! which word it has reached, so on Windows the sentence is marked and not the word. Windows
//! has no Kazakh voice of its own: Kazakh sentences are passed over with a word to the student
//! (`app::read_aloud`), never read with another language's voice.

use std::sync::mpsc::Sender;

use tts::{Tts, UtteranceId};

use super::engine::{Backend, Connected, Fault, Input, ServiceEvent, Utterance};
use super::plan::SpeechLanguage;

struct WindowsSpeech {
    tts: Tts,
    /// A voice for each language Lectern reads that Windows has one for.
    voices: Vec<(SpeechLanguage, tts::Voice)>,
}

pub(super) fn connect(events: Sender<Input>) -> Result<Connected, String> {
    let tts = Tts::new(tts::Backends::WinRt).map_err(|e| format!("Windows' speech: {e}"))?;
    let mut voices: Vec<(SpeechLanguage, tts::Voice)> = Vec::new();
    for voice in tts.voices().map_err(|e| format!("Windows' voices: {e}"))? {
        if let Some(language) = SpeechLanguage::of_tag(voice.language().as_str())
            && !voices.iter().any(|(l, _)| *l == language)
        {
            voices.push((language, voice));
        }
    }
    let report = |event: fn(u64) -> ServiceEvent| {
        let events = events.clone();
        Box::new(move |id: UtteranceId| {
            let UtteranceId::WinRt(n) = id;
            let _ = events.send(Input::Service(event(n)));
        }) as Box<dyn FnMut(UtteranceId)>
    };
    let callbacks = [
        tts.on_utterance_begin(Some(report(ServiceEvent::Began))),
        tts.on_utterance_end(Some(report(ServiceEvent::Ended))),
        tts.on_utterance_stop(Some(report(ServiceEvent::Cancelled))),
    ];
    if let Some(Err(e)) = callbacks.into_iter().find(Result::is_err) {
        let fault: Fault = format!("Windows' speech events: {e}");
        return Err(fault);
    }
    let languages = voices.iter().map(|(l, _)| *l).collect();
    Ok((Box::new(WindowsSpeech { tts, voices }), languages, false))
}

impl Backend for WindowsSpeech {
    fn speak(&mut self, utterance: &Utterance) -> Result<u64, String> {
        if let Some((_, voice)) = self.voices.iter().find(|(l, _)| *l == utterance.language) {
            self.tts
                .set_voice(voice)
                .map_err(|e| format!("Windows' voice: {e}"))?;
        }
        // -100…100 as half to twice the voice's own speed, within what Windows allows.
        let times = 2f32.powf(f32::from(utterance.rate) / 100.0);
        let rate = (self.tts.normal_rate() * times).clamp(self.tts.min_rate(), self.tts.max_rate());
        self.tts
            .set_rate(rate)
            .map_err(|e| format!("Windows' speed: {e}"))?;
        match self.tts.speak(utterance.plain.as_str(), true) {
            Ok(Some(UtteranceId::WinRt(n))) => Ok(n),
            Ok(None) => Err("Windows' speech gave no utterance".into()),
            Err(e) => {
                let fault: Fault = format!("Windows' speech: {e}");
                Err(fault)
            }
        }
    }

    fn stop(&mut self) -> Result<(), String> {
        self.tts
            .stop()
            .map(|_| ())
            .map_err(|e| format!("Windows' speech: {e}"))
    }
}
