//! Importing in a child process: the window runs `lectern import FILE` and reads the Markdown
//! it prints. A third-party parser that hangs, panics or runs out of memory on a hostile file
//! then ends that process, not the window holding a student's work: the child gets a time
//! limit and (on Linux and macOS) a memory cap, and whatever stops it becomes a message.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::RwLock;
use std::time::{Duration, Instant};

use crate::files::FileError;

/// The command the child runs: `lectern import-in-process FILE`.
pub const IN_PROCESS: &str = "import-in-process";

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

fn importer() -> std::io::Result<(PathBuf, Duration)> {
    if let Some(set) = IMPORTER.read().unwrap_or_else(|e| e.into_inner()).clone() {
        return Ok(set);
    }
    Ok((std::env::current_exe()?, TIME_LIMIT))
}

/// The reading Markdown of the file at `path`, made by `lectern import` in a child process.
pub fn import_in_child(path: &Path, extract: super::Extract) -> Result<String, FileError> {
    // Refused here, not in the child, so the reason is said in the window's language.
    if super::importable_kind(path) == Some(super::Kind::Rtf) {
        return Err(FileError::Rtf {
            path: path.to_owned(),
        });
    }
    let not_started = |source| FileError::ImportNotStarted {
        path: path.to_owned(),
        source,
    };
    let (program, limit) = importer().map_err(not_started)?;
    let mut command = Command::new(&program);
    command.arg(IN_PROCESS).arg(path);
    // The child says why it failed in the window's language, not the system's.
    command.env(
        crate::i18n::LANGUAGE_VARIABLE,
        crate::i18n::language().tag(),
    );
    if extract == super::Extract::WholePage {
        command.arg("--whole-page");
    }
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cap_memory(&mut command);
    let mut child = command.spawn().map_err(not_started)?;
    // Held until the child is gone: on Windows, the job that caps its memory.
    let _cap = cap_memory_of(&child);
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
                return Err(FileError::ImportTooSlow {
                    path: path.to_owned(),
                    seconds: limit.as_secs(),
                });
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(not_started(e)),
        }
    };
    let bytes = out.join().unwrap_or_default();
    let errors = err.join().unwrap_or_default();
    if status.success() {
        // The child prints Markdown it made itself; anything else is a broken child.
        return String::from_utf8(bytes).map_err(|_| FileError::ImportStopped {
            path: path.to_owned(),
        });
    }
    // The child said why (its last line is "lectern: …"), or was stopped without a word: by
    // the memory cap (the allocator's or the program's last words say so), or by a crash.
    let said = errors
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .and_then(|l| l.trim().strip_prefix("lectern: "))
        .filter(|reason| !reason.contains("panicked"))
        .map(str::to_owned);
    let path = path.to_owned();
    Err(match said {
        Some(said) => FileError::ImportSaid { path, said },
        None if errors.contains("memory allocation") || errors.contains("memory exhausted") => {
            FileError::ImportOutOfMemory { path }
        }
        None => FileError::ImportStopped { path },
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

#[cfg(not(unix))]
fn cap_memory(_command: &mut Command) {}

/// What holds a child's memory cap while it runs: nothing on Unix, which capped it before it
/// ran (`cap_memory`), nor where there is no cap but the time limit.
#[cfg(not(windows))]
struct HeldCap;

#[cfg(not(windows))]
fn cap_memory_of(_child: &std::process::Child) -> HeldCap {
    HeldCap
}

/// Windows caps a process's memory through a job object: the child is put in one whose limit is
/// [`MEMORY_LIMIT`] (it has run for a moment by then, far too short to take a gigabyte), and
/// which ends it if Lectern lets the job go first. The job lives as long as the value returned.
#[cfg(windows)]
fn cap_memory_of(child: &std::process::Child) -> Option<windows_job::Job> {
    use std::os::windows::io::AsRawHandle;
    let job = windows_job::Job::with_memory_limit(MEMORY_LIMIT)?;
    // A child that cannot be put in the job keeps the time limit; the import still runs.
    job.assign(child.as_raw_handle()).then_some(job)
}

#[cfg(windows)]
pub(crate) mod windows_job {
    use windows_sys::Win32::Foundation::{CloseHandle, HANDLE};
    use windows_sys::Win32::System::JobObjects::{
        AssignProcessToJobObject, CreateJobObjectW, JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE,
        JOB_OBJECT_LIMIT_PROCESS_MEMORY, JOBOBJECT_EXTENDED_LIMIT_INFORMATION,
        JobObjectExtendedLimitInformation, SetInformationJobObject,
    };

    /// A job object, closed when dropped.
    pub struct Job(HANDLE);

    impl Job {
        /// A new job whose processes may each commit at most `bytes`.
        pub fn with_memory_limit(bytes: u64) -> Option<Job> {
            // SAFETY: plain Win32 calls on a handle this function owns; the information block
            // is a zeroed struct of the size passed.
            unsafe {
                let handle = CreateJobObjectW(std::ptr::null(), std::ptr::null());
                if handle.is_null() {
                    return None;
                }
                let job = Job(handle);
                let mut info: JOBOBJECT_EXTENDED_LIMIT_INFORMATION = std::mem::zeroed();
                info.BasicLimitInformation.LimitFlags =
                    JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
                info.ProcessMemoryLimit = usize::try_from(bytes).unwrap_or(usize::MAX);
                let set = SetInformationJobObject(
                    job.0,
                    JobObjectExtendedLimitInformation,
                    (&raw const info).cast(),
                    size_of::<JOBOBJECT_EXTENDED_LIMIT_INFORMATION>() as u32,
                );
                (set != 0).then_some(job)
            }
        }

        /// Puts the process `process` in the job; false if Windows refused.
        pub fn assign(&self, process: std::os::windows::io::RawHandle) -> bool {
            // SAFETY: both handles are open for the length of the call.
            unsafe { AssignProcessToJobObject(self.0, process as HANDLE) != 0 }
        }

        /// The memory limit Windows holds for the job's processes, if any; `None` when the
        /// job cannot be asked (Wine does not answer for this class of information).
        #[cfg(test)]
        pub fn memory_limit(&self) -> Option<Option<usize>> {
            use windows_sys::Win32::System::JobObjects::QueryInformationJobObject;
            // SAFETY: the block is written by Windows up to the size passed.
            unsafe {
                let mut info: JOBOBJECT_EXTENDED_LIMIT_INFORMATION = std::mem::zeroed();
                let ok = QueryInformationJobObject(
                    self.0,
                    JobObjectExtendedLimitInformation,
                    (&raw mut info).cast(),
                    size_of::<JOBOBJECT_EXTENDED_LIMIT_INFORMATION>() as u32,
                    std::ptr::null_mut(),
                );
                let limited =
                    info.BasicLimitInformation.LimitFlags & JOB_OBJECT_LIMIT_PROCESS_MEMORY != 0;
                (ok != 0).then(|| limited.then_some(info.ProcessMemoryLimit))
            }
        }
    }

    impl Drop for Job {
        fn drop(&mut self) {
            // SAFETY: the handle is this value's own, closed once.
            unsafe {
                CloseHandle(self.0);
            }
        }
    }

    #[cfg(test)]
    mod tests {
        /// The job holds the limit Lectern asked for, and a process can be put in it.
        #[test]
        fn a_job_caps_a_childs_memory() {
            use std::os::windows::io::AsRawHandle;
            let job = super::Job::with_memory_limit(crate::import::MEMORY_LIMIT)
                .expect("Windows took the limit");
            let asked = job.memory_limit();
            if running_under_wine() {
                // Wine takes the limit but neither keeps nor enforces it: only real Windows
                // can show the cap held (see docs/windows.md).
                eprintln!("under Wine; the job's limit, asked back: {asked:?}");
            } else {
                assert_eq!(asked, Some(Some(crate::import::MEMORY_LIMIT as usize)));
            }
            let mut child = std::process::Command::new("cmd")
                .args(["/c", "exit 0"])
                .spawn()
                .unwrap();
            let assigned = job.assign(child.as_raw_handle());
            let _ = child.wait();
            assert!(assigned, "the child went into the job");
        }

        /// Wine's ntdll has `wine_get_version`; Windows' has not.
        fn running_under_wine() -> bool {
            use windows_sys::Win32::System::LibraryLoader::{GetModuleHandleA, GetProcAddress};
            // SAFETY: looking a name up in a module every process has loaded.
            unsafe {
                let ntdll = GetModuleHandleA(c"ntdll.dll".as_ptr().cast());
                !ntdll.is_null()
                    && GetProcAddress(ntdll, c"wine_get_version".as_ptr().cast()).is_some()
            }
        }
    }
}
