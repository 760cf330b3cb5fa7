//! speech-dispatcher, the speech service of Linux desktops, over its protocol (SSIP) on its
//! Unix socket: with espeak-ng behind it, voices for Kazakh, Russian, English and French, and
//! index marks that say which word is being spoken.
//!
//! SSIP is a line protocol: a command, then a reply of lines `NNN-text` ending with `NNN text`;
//! events (`7NN`) arrive between replies at any time. A thread of its own reads every line the
//! service sends, handing replies to the one command waiting for them and events to the speech
//! thread, so a command never reads an event and a pause never waits on a read. (The
//! `ssip-client-async` crate reads replies and events from one blocking stream, so a read-aloud
//! that must take a Stop while it waits for an event would have to cut reads short with a
//! timeout, which can split a reply; this is the part of SSIP Lectern needs, and no more.)

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use super::engine::{Backend, Connected, Fault, Input, ServiceEvent, Utterance};
use super::plan::SpeechLanguage;

/// How long a command waits for its reply.
const REPLY_WAIT: Duration = Duration::from_secs(5);
/// How long to wait for a speech-dispatcher that was just started to open its socket.
const START_WAIT: Duration = Duration::from_secs(5);

/// A reply: its code and its lines' text.
#[derive(Debug)]
struct Reply {
    code: u16,
    lines: Vec<String>,
}

struct Ssip {
    stream: UnixStream,
    replies: Receiver<Reply>,
}

impl Drop for Ssip {
    fn drop(&mut self) {
        // Ends the reading thread, which is blocked reading this socket.
        let _ = self.stream.shutdown(std::net::Shutdown::Both);
    }
}

/// Where speech-dispatcher listens: `SPEECHD_ADDRESS` when it names a Unix socket, else the
/// place it takes by default (the user's runtime folder, or their cache folder without one).
fn socket_path() -> Option<PathBuf> {
    if let Ok(address) = std::env::var("SPEECHD_ADDRESS")
        && let Some(path) = address.strip_prefix("unix_socket:")
    {
        return Some(PathBuf::from(path));
    }
    let base = std::env::var_os("XDG_RUNTIME_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            let cache = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty());
            cache
                .map(PathBuf::from)
                .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        })?;
    Some(base.join("speech-dispatcher").join("speechd.sock"))
}

/// Connects to speech-dispatcher, starting it (as its own clients do, `--spawn`) when it is
/// not running, and sets the connection up: events on, SSML on, the voices listed.
pub(super) fn connect(events: Sender<Input>) -> Result<Connected, String> {
    let path = socket_path().ok_or("no home folder to find speech-dispatcher's socket in")?;
    let stream = match UnixStream::connect(&path) {
        Ok(stream) => stream,
        Err(first) => {
            let started = std::process::Command::new("speech-dispatcher")
                .arg("--spawn")
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .status()
                .map_err(|e| format!("speech-dispatcher could not be started: {e}"))?;
            let since = Instant::now();
            loop {
                match UnixStream::connect(&path) {
                    Ok(stream) => break stream,
                    Err(e) if since.elapsed() > START_WAIT => {
                        let fault: Fault = format!(
                            "no speech-dispatcher at {} ({first}; started: {started}; {e})",
                            path.display()
                        );
                        return Err(fault);
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(50)),
                }
            }
        }
    };
    let reader = stream
        .try_clone()
        .map_err(|e| format!("speech-dispatcher's socket: {e}"))?;
    let (replies_in, replies) = channel();
    std::thread::Builder::new()
        .name("lectern: speech-dispatcher".into())
        .spawn(move || read_all(reader, replies_in, events))
        .map_err(|e| e.to_string())?;
    let mut ssip = Ssip { stream, replies };
    let user = std::env::var("USER").unwrap_or_else(|_| "user".into());
    let user: String = user.chars().filter(|c| c.is_alphanumeric()).collect();
    ssip.command(&format!("SET self CLIENT_NAME {user}:lectern:read-aloud"))?;
    ssip.command("SET self NOTIFICATION ALL on")?;
    ssip.command("SET self SSML_MODE on")?;
    ssip.command("SET self PUNCTUATION none")?;
    let listed = ssip.command("LIST SYNTHESIS_VOICES")?;
    let mut voices: Vec<SpeechLanguage> = listed
        .lines
        .iter()
        .filter_map(|line| SpeechLanguage::of_tag(line.split('\t').nth(1)?.trim()))
        .collect();
    voices.sort();
    voices.dedup();
    Ok((Box::new(ssip), voices, true))
}

impl Ssip {
    /// Sends `line` and waits for its reply, which must be a success (2NN).
    fn command(&mut self, line: &str) -> Result<Reply, String> {
        self.send(line)?;
        self.reply(line)
    }

    fn send(&mut self, line: &str) -> Result<(), String> {
        self.stream
            .write_all(format!("{line}\r\n").as_bytes())
            .map_err(|e| format!("speech-dispatcher: {line}: {e}"))
    }

    fn reply(&mut self, asked: &str) -> Result<Reply, String> {
        let reply = self
            .replies
            .recv_timeout(REPLY_WAIT)
            .map_err(|e| format!("speech-dispatcher did not answer {asked}: {e}"))?;
        if (200..300).contains(&reply.code) {
            Ok(reply)
        } else {
            let fault: Fault = format!(
                "speech-dispatcher refused {asked}: {} {}",
                reply.code,
                reply.lines.join(" / ")
            );
            Err(fault)
        }
    }
}

impl Backend for Ssip {
    fn speak(&mut self, utterance: &Utterance) -> Result<u64, String> {
        self.command(&format!("SET self LANGUAGE {}", utterance.language.code()))?;
        self.command(&format!(
            "SET self RATE {}",
            utterance.rate.clamp(-100, 100)
        ))?;
        self.command("SPEAK")?;
        // The SSML is one line (plan::ssml keeps no line breaks), so it cannot end the data
        // early; a leading dot would be doubled by SSIP's rule, and "<speak>" has none.
        self.send(&utterance.ssml)?;
        let queued = self.command(".")?;
        queued
            .lines
            .first()
            .and_then(|id| id.trim().parse().ok())
            .ok_or_else(|| format!("speech-dispatcher gave no message id: {:?}", queued.lines))
    }

    fn stop(&mut self) -> Result<(), String> {
        self.command("CANCEL self").map(|_| ())
    }
}

/// Reads every line speech-dispatcher sends: replies to `replies`, events to `events`, until
/// the socket closes (then says the service was lost, unless Lectern closed it).
fn read_all(stream: UnixStream, replies: Sender<Reply>, events: Sender<Input>) {
    let mut reader = BufReader::new(stream);
    let mut lines: Vec<String> = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                let _ = events.send(Input::Service(ServiceEvent::Lost(e.to_string())));
                return;
            }
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        let (Some(code), Some(separator)) = (
            text.get(..3).and_then(|c| c.parse::<u16>().ok()),
            text.as_bytes().get(3),
        ) else {
            // Not SSIP: skipped rather than believed.
            continue;
        };
        let rest = text.get(4..).unwrap_or("").to_owned();
        if *separator == b'-' {
            lines.push(rest);
            continue;
        }
        let data = std::mem::take(&mut lines);
        let sent = if (700..800).contains(&code) {
            match event(code, &data) {
                Some(event) => events.send(Input::Service(event)).is_ok(),
                None => true,
            }
        } else {
            replies.send(Reply { code, lines: data }).is_ok()
        };
        if !sent {
            return;
        }
    }
    let _ = events.send(Input::Service(ServiceEvent::Lost(
        "speech-dispatcher closed the connection".into(),
    )));
}

/// An event's lines: the message number, the client's, and for an index mark its name.
fn event(code: u16, lines: &[String]) -> Option<ServiceEvent> {
    let message: u64 = lines.first()?.trim().parse().ok()?;
    Some(match code {
        700 => ServiceEvent::Mark(message, lines.get(2)?.trim().to_owned()),
        701 => ServiceEvent::Began(message),
        702 => ServiceEvent::Ended(message),
        703 => ServiceEvent::Cancelled(message),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in speech-dispatcher on a socket pair: replies and events interleaved as the
    /// real one sends them, read apart by the reading thread.
    #[test]
    fn replies_and_events_are_told_apart() {
        let (ours, mut theirs) = UnixStream::pair().unwrap();
        let (replies_in, replies) = channel();
        let (events_in, events) = channel();
        std::thread::spawn(move || read_all(ours, replies_in, events_in));
        theirs
            .write_all(
                b"701-12\r\n701-3\r\n701 BEGIN\r\n\
                  225-12\r\n225 OK MESSAGE QUEUED\r\n\
                  700-12\r\n700-3\r\n700-4\r\n700 INDEX MARK\r\n\
                  garbage\r\n\
                  702-12\r\n702-3\r\n702 END\r\n",
            )
            .unwrap();
        drop(theirs);
        let reply = replies.recv().unwrap();
        assert_eq!((reply.code, reply.lines), (225, vec!["12".to_owned()]));
        let got: Vec<String> = events
            .iter()
            .map(|e| match e {
                Input::Service(e) => format!("{e:?}"),
                _ => unreachable!(),
            })
            .collect();
        assert_eq!(
            got,
            [
                "Began(12)",
                "Mark(12, \"4\")",
                "Ended(12)",
                "Lost(\"speech-dispatcher closed the connection\")"
            ]
        );
    }
}
