//! A sound server and a speech service of a test's (or benchmark's) own: PulseAudio with one
//! null sink, which `parec` can record, and speech-dispatcher speaking into it, on sockets in
//! a folder of the caller's. Both are ended when the value goes. Shared by `tests/speech.rs`
//! and `benches/read_aloud.rs`.
#![allow(dead_code)] // Each user takes its own part.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The null sink's name: `parec -d SINK.monitor` records it.
pub const SINK: &str = "lectern_test";

pub struct Sound {
    speech: Child,
    pulse: Child,
    /// `unix:…`, for `PULSE_SERVER`.
    pub pulse_server: String,
    /// speech-dispatcher's socket (`SPEECHD_ADDRESS=unix_socket:…`).
    pub socket: PathBuf,
    /// Where speech-dispatcher logs, at level 5 (what it asks espeak-ng for), when asked.
    pub log: Option<PathBuf>,
}

impl Drop for Sound {
    fn drop(&mut self) {
        for child in [&mut self.speech, &mut self.pulse] {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Sound {
    /// Starts both in `dir`, speech-dispatcher logging there when `log` is set; `Err` says
    /// what is missing.
    pub fn start(dir: &Path, log: bool) -> Result<Sound, String> {
        let pulse_socket = dir.join("pulse.sock");
        let mut pulse = Command::new("pulseaudio")
            .args([
                "--daemonize=no",
                "-n",
                "--exit-idle-time=-1",
                "--use-pid-file=no",
                &format!("--load=module-null-sink sink_name={SINK}"),
                &format!(
                    "--load=module-native-protocol-unix socket={} auth-anonymous=1",
                    pulse_socket.display()
                ),
            ])
            .env("HOME", dir)
            .env("XDG_RUNTIME_DIR", dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("pulseaudio runs (apt-get install pulseaudio): {e}"))?;
        if !appears(&pulse_socket) {
            let _ = pulse.kill();
            let _ = pulse.wait();
            return Err("PulseAudio's socket never appeared".into());
        }
        let pulse_server = format!("unix:{}", pulse_socket.display());
        let socket = dir.join("speechd.sock");
        let log = log.then(|| dir.join("speechd-log"));
        let mut command = Command::new("speech-dispatcher");
        command
            .args(["-s", "-t", "0", "-c", "unix_socket", "-S"])
            .arg(&socket)
            .env("HOME", dir)
            .env("PULSE_SERVER", &pulse_server)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        if let Some(log) = &log {
            std::fs::create_dir_all(log).map_err(|e| e.to_string())?;
            command.args(["-l", "5", "-L"]).arg(log);
        }
        let speech = match command.spawn() {
            Ok(speech) => speech,
            Err(e) => {
                let _ = pulse.kill();
                let _ = pulse.wait();
                return Err(format!(
                    "speech-dispatcher runs (apt-get install speech-dispatcher \
                     speech-dispatcher-espeak-ng): {e}"
                ));
            }
        };
        let sound = Sound {
            speech,
            pulse,
            pulse_server,
            socket,
            log,
        };
        if !appears(&sound.socket) {
            return Err("speech-dispatcher's socket never appeared".into());
        }
        Ok(sound)
    }

    /// `SPEECHD_ADDRESS` for Lectern.
    pub fn address(&self) -> String {
        format!("unix_socket:{}", self.socket.display())
    }

    /// Records the null sink into `wav` (16 kHz mono) until the child is ended.
    pub fn record(&self, wav: &Path) -> Child {
        Command::new("parec")
            .args(["-s", &self.pulse_server, "-d", &format!("{SINK}.monitor")])
            .args([
                "--file-format=wav",
                "--format=s16le",
                "--rate=16000",
                "--channels=1",
            ])
            .arg(wav)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("parec runs (apt-get install pulseaudio-utils)")
    }

    /// What speech-dispatcher logged (with `log`): the languages it set espeak-ng to, among
    /// the rest.
    pub fn logged(&self) -> String {
        self.log
            .as_ref()
            .and_then(|log| std::fs::read_to_string(log.join("speech-dispatcher.log")).ok())
            .unwrap_or_default()
    }
}

fn appears(path: &Path) -> bool {
    let start = Instant::now();
    while !path.exists() {
        if start.elapsed() > Duration::from_secs(15) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    true
}
