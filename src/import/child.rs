//! Importing in a child process: the window runs `lectern import FILE` and reads the Markdown
//! it prints. A third-party parser that hangs, panics or runs out of memory on a hostile file
//! then ends that process, not the window holding a student's work: the child gets a time
//! limit and (on Linux and macOS) a memory cap, and whatever stops it becomes a message.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::RwLock;
use std::time::{Duration, Instant};

/// How long an import may take.
pub const TIME_LIMIT: Duration = Duration::from_secs(30);

/// The address space an import may use (Linux, macOS).
pub const MEMORY_LIMIT: u64 = 1024 * 1024 * 1024;

/// The program run as `PROGRAM import FILE`: Lectern itself unless a test says otherwise.
static IMPORTER: RwLock<Option<(PathBuf, Duration)>> = RwLock::new(None);

/// Runs imports with `program` (tests: the lectern binary, as the test binary is not it) and
/// `time_limit`.
pub fn use_importer(program: PathBuf, time_limit: Duration) {
    *IMPORTER.write().unwrap_or_else(|e| e.into_inner()) = Some((program, time_limit));
}

fn importer() -> Result<(PathBuf, Duration), String> {
    if let Some(set) = IMPORTER.read().unwrap_or_else(|e| e.into_inner()).clone() {
        return Ok(set);
    }
    let exe = std::env::current_exe()
        .map_err(|e| format!("could not find Lectern's own program to import with: {e}"))?;
    Ok((exe, TIME_LIMIT))
}

/// The reading Markdown of the file at `path`, made by `lectern import` in a child process.
pub fn import_in_child(path: &Path, extract: super::Extract) -> Result<String, String> {
    let (program, limit) = importer()?;
    let mut command = Command::new(&program);
    command.arg("import").arg(path);
    if extract == super::Extract::WholePage {
        command.arg("--whole-page");
    }
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cap_memory(&mut command);
    let mut child = command
        .spawn()
        .map_err(|e| format!("could not start the importer ({}): {e}", program.display()))?;
    // Read both pipes on threads, so a child that writes much cannot block on a full pipe.
    let mut out_pipe = child.stdout.take();
    let mut err_pipe = child.stderr.take();
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(pipe) = out_pipe.as_mut() {
            let _ = pipe.read_to_end(&mut bytes); // A read error shows as a short output.
        }
        bytes
    });
    let err = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(pipe) = err_pipe.as_mut() {
            let _ = pipe.read_to_string(&mut text);
        }
        text
    });
    let deadline = Instant::now() + limit;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill(); // Already gone is fine too.
                let _ = child.wait();
                return Err(format!(
                    "reading {} took longer than {} seconds, so Lectern stopped; the file may be damaged or made to stall a reader",
                    path.display(),
                    limit.as_secs()
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("the importer could not be watched: {e}")),
        }
    };
    let bytes = out.join().unwrap_or_default();
    let errors = err.join().unwrap_or_default();
    if status.success() {
        return String::from_utf8(bytes)
            .map_err(|_| "the importer's output was not UTF-8 text".to_owned());
    }
    // The child said why (its last line is "lectern: …"), or was stopped without a word.
    let said = errors
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim().trim_start_matches("lectern: ").to_owned());
    Err(match said {
        Some(reason) if !reason.contains("panicked") => reason,
        _ => format!(
            "reading {} stopped the importer ({status}); the file may be damaged, or too large to import",
            path.display()
        ),
    })
}

#[cfg(unix)]
fn cap_memory(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: between fork and exec only setrlimit runs, which is async-signal-safe.
    unsafe {
        command.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: MEMORY_LIMIT as libc::rlim_t,
                rlim_max: MEMORY_LIMIT as libc::rlim_t,
            };
            // A cap that cannot be set leaves the time limit; the import still runs.
            let _ = libc::setrlimit(libc::RLIMIT_AS, &limit);
            Ok(())
        });
    }
}

/// Windows has no per-process cap without a job object; the time limit still holds.
#[cfg(not(unix))]
fn cap_memory(_command: &mut Command) {}
