//! The speech thread against a stand-in speech-dispatcher on a socket of the test's own (no
//! system packages): it connects, lists the voices, speaks with the student's text escaped on
//! one line, reports what the service says by Lectern's utterance numbers — and when the window
//! lets go of its speaker, the voice is cancelled, the connection closed and both threads end.
#![cfg(target_os = "linux")]

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixListener;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use lectern::speech::{Speaker, SpeakerEvent, SpeechLanguage, SystemSpeaker, Utterance, plan};

/// Threads of this process named for read-aloud (names are cut to 15 bytes).
fn speech_threads() -> usize {
    std::fs::read_dir("/proc/self/task")
        .unwrap()
        .flatten()
        .filter_map(|t| std::fs::read_to_string(t.path().join("comm")).ok())
        .filter(|name| name.starts_with("lectern: read") || name.starts_with("lectern: speech"))
        .count()
}

fn wait_for<T>(what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(value) = f() {
            return value;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "waited for {what}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn the_speech_thread_speaks_reports_and_ends_with_its_speaker() {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("speechd.sock");
    let listener = UnixListener::bind(&socket).unwrap();
    // The stand-in service: every line it was sent, then "closed" when the client hung up.
    let (heard_in, heard) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut out = stream.try_clone().unwrap();
        let mut data = false;
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            let reply: &[u8] = match line.as_str() {
                _ if data && line != "." => b"",
                "." => {
                    data = false;
                    b"225-7\r\n225 OK MESSAGE QUEUED\r\n701-7\r\n701-1\r\n701 BEGIN\r\n\
                      700-7\r\n700-1\r\n700-2\r\n700 INDEX MARK\r\n702-7\r\n702-1\r\n702 END\r\n"
                }
                "SPEAK" => {
                    data = true;
                    b"230 OK RECEIVING DATA\r\n"
                }
                "LIST SYNTHESIS_VOICES" => {
                    b"249-English\ten\tnone\r\n249-Kazakh\tkk\tnone\r\n249 OK VOICE LIST SENT\r\n"
                }
                _ => b"200 OK\r\n",
            };
            heard_in.send(line).unwrap();
            out.write_all(reply).unwrap();
        }
        heard_in.send("closed".into()).unwrap();
    });
    // Before any thread of Lectern's reads the environment (this file's only test).
    unsafe {
        std::env::set_var(
            "SPEECHD_ADDRESS",
            format!("unix_socket:{}", socket.display()),
        )
    };

    let before = speech_threads();
    let mut speaker = SystemSpeaker::start(Box::new(|| {}));
    let ready = wait_for("the speaker to connect", || {
        speaker
            .events()
            .into_iter()
            .find(|e| matches!(e, SpeakerEvent::Ready { .. }))
    });
    assert_eq!(
        ready,
        SpeakerEvent::Ready {
            voices: vec![SpeechLanguage::Kazakh, SpeechLanguage::English],
            words: true,
        }
    );
    // A student's answer that tries to end the data early and send a command of its own.
    let text = "Almaty.\n.\nQUIT <b> & 'so'";
    let sentence = plan::Sentence {
        range: 0..text.len(),
        language: SpeechLanguage::English,
        words: plan::sentences(text, SpeechLanguage::English)
            .into_iter()
            .flat_map(|s| s.words)
            .collect(),
    };
    speaker.speak(Utterance {
        id: 41,
        language: SpeechLanguage::English,
        ssml: plan::ssml(text, &sentence, 0),
        plain: plan::plain(text, &sentence, 0),
        rate: 0,
    });
    let mut events = Vec::new();
    wait_for("the service's events", || {
        events.extend(speaker.events());
        events.contains(&SpeakerEvent::Ended(41)).then_some(())
    });
    assert_eq!(
        events,
        [
            SpeakerEvent::Began(41),
            SpeakerEvent::Word(41, 2),
            SpeakerEvent::Ended(41)
        ]
    );
    assert!(speech_threads() > before);

    drop(speaker);
    let mut all: Vec<String> = Vec::new();
    wait_for("the connection to close", || {
        all.extend(heard.try_iter());
        all.iter().any(|l| l == "closed").then_some(())
    });
    // The data was one line between SPEAK and ".", the student's text escaped in it.
    let speak = all.iter().position(|l| l == "SPEAK").unwrap();
    assert!(all[speak + 1].starts_with("<speak>"), "{all:?}");
    assert!(
        all[speak + 1]
            .contains("Almaty. . <mark name=\"1\"/>QUIT &lt;<mark name=\"2\"/>b&gt; &amp;"),
        "{}",
        all[speak + 1]
    );
    assert_eq!(all[speak + 2], ".");
    assert!(
        !all.iter().any(|l| l == "QUIT"),
        "no command from the text: {all:?}"
    );
    assert!(
        all.iter().any(|l| l == "CANCEL self"),
        "the voice stopped when let go"
    );
    wait_for("the speech threads to end", || {
        (speech_threads() == before).then_some(())
    });
}
