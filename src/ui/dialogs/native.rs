//! The system's own file dialogs, by rfd, each on a thread of its own so the window never
//! freezes (rfd's dialogs block the thread that calls them).
//!
//! On Linux rfd asks the desktop portal over D-Bus and falls back to zenity. With neither it
//! returns "nothing chosen", exactly as for a cancel, and only writes the reason to its log.
//! So Lectern listens to rfd's log on the dialog's thread: an error logged there turns the
//! answer into [`DialogOutcome::Failed`], and the app offers its own chooser instead of doing
//! nothing. Where it is plain beforehand that no dialog can open (no session bus: rfd then
//! reaches neither the portal nor zenity), rfd is not tried at all.

use std::cell::RefCell;
use std::path::Path;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::{DialogAnswer, DialogKind, DialogOutcome, DialogRequest, FileDialogs};

/// Set to `builtin` to use Lectern's own chooser always (some school images have dialogs that
/// misbehave); `native` skips the check before trying the system's.
pub const DIALOGS_ENV: &str = "LECTERN_DIALOGS";

/// The real dialogs, by rfd.
#[derive(Default)]
pub struct RfdDialogs {
    pending: Option<(DialogRequest, Receiver<DialogOutcome>)>,
    /// An answer known without opening anything (the dialog could not open at all).
    ready: Option<DialogAnswer>,
}

impl FileDialogs for RfdDialogs {
    fn start(&mut self, request: DialogRequest, ctx: &egui::Context) -> bool {
        if self.pending.is_some() || self.ready.is_some() {
            return false;
        }
        if let Some(reason) = unavailable() {
            self.ready = Some(DialogAnswer {
                request,
                outcome: DialogOutcome::Failed(reason),
            });
            return true;
        }
        RfdErrors::listen();
        let (tx, rx) = channel();
        let ctx = ctx.clone();
        let asked = request.clone();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".to_owned())
            .spawn(move || {
                let outcome = show(&asked);
                // The receiver is gone only if the app has closed; nothing is left to tell.
                let _ = tx.send(outcome);
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.pending = Some((request, rx)),
            Err(e) => {
                self.ready = Some(DialogAnswer {
                    request,
                    outcome: DialogOutcome::Failed(format!("could not start the file dialog: {e}")),
                })
            }
        }
        true
    }

    fn poll(&mut self) -> Option<DialogAnswer> {
        if let Some(answer) = self.ready.take() {
            return Some(answer);
        }
        let (_, rx) = self.pending.as_ref()?;
        let outcome = match rx.try_recv() {
            Ok(outcome) => outcome,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => {
                DialogOutcome::Failed("the file dialog stopped unexpectedly".to_owned())
            }
        };
        let (request, _) = self.pending.take()?;
        Some(DialogAnswer { request, outcome })
    }
}

/// Shows the dialog `request` asks for and waits for it (on the dialog's own thread).
fn show(request: &DialogRequest) -> DialogOutcome {
    let mut dialog = rfd::FileDialog::new().set_title(&request.title);
    for filter in request.kind.filters() {
        dialog = dialog.add_filter(&filter.name, &filter.extensions);
    }
    if let Some(dir) = &request.directory {
        dialog = dialog.set_directory(dir);
    }
    RfdErrors::clear();
    let path = match &request.kind {
        DialogKind::OpenFile { .. } => dialog.pick_file(),
        DialogKind::SaveFile { file_name, .. } => dialog.set_file_name(file_name).save_file(),
        DialogKind::Folder => dialog.pick_folder(),
    };
    let errors = RfdErrors::take();
    match path {
        Some(path) => DialogOutcome::Chosen(path),
        None if failed(&errors) => DialogOutcome::Failed(errors.join("; ")),
        None => DialogOutcome::Cancelled,
    }
}

/// Whether rfd's errors mean no dialog was shown. On Linux a desktop portal that is missing
/// is logged as an error and then zenity is tried: only zenity failing too means no dialog
/// (a student who cancels zenity after the portal failed has cancelled).
fn failed(errors: &[String]) -> bool {
    if cfg!(all(unix, not(target_os = "macos"))) {
        errors.iter().any(|e| e.contains("zenity"))
    } else {
        !errors.is_empty()
    }
}

/// Why no system dialog can open here, when that is known without trying.
fn unavailable() -> Option<String> {
    let choice = std::env::var(DIALOGS_ENV).ok();
    let linux = cfg!(all(unix, not(target_os = "macos")));
    unavailable_given(choice.as_deref(), linux, linux && has_session_bus())
}

/// [`unavailable`], from what it depends on: the `LECTERN_DIALOGS` choice, whether this is a
/// system whose dialogs go through the desktop portal, and whether a session bus is there.
///
/// rfd reaches zenity only as its fallback after a portal call over the session bus fails;
/// with no session bus at all its portal call returns "nothing chosen" at once and zenity is
/// never started (seen under Xvfb with zenity installed: Ctrl+O did nothing). So without a
/// session bus Lectern's own chooser asks, zenity or not.
fn unavailable_given(choice: Option<&str>, linux: bool, bus: bool) -> Option<String> {
    match choice {
        Some("builtin") => {
            return Some(format!(
                "{DIALOGS_ENV}=builtin asks for Lectern's own chooser"
            ));
        }
        Some("native") => return None,
        _ => {}
    }
    if !linux || bus {
        // Windows and macOS always have their own dialogs; on Linux the portal, else zenity.
        return None;
    }
    Some(
        "this computer has no D-Bus session, so neither the desktop portal nor zenity can be \
         asked for a file dialog"
            .to_owned(),
    )
}

/// Whether a D-Bus session bus is there to ask the desktop portal on.
fn has_session_bus() -> bool {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|a| !a.is_empty()) {
        return true;
    }
    std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|dir| Path::new(&dir).join("bus").exists())
}

thread_local! {
    /// Errors rfd logged on this thread since the last `clear`.
    static LOGGED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// A logger that keeps rfd's errors for the dialog thread that caused them; the app says on
/// stderr and in the window what they amount to. Other crates' messages are left unprinted, as
/// they were without a logger.
struct RfdErrors;

static LOGGER: RfdErrors = RfdErrors;

impl RfdErrors {
    /// Installs the logger, once. If the program already has another, rfd's failures are
    /// still caught by the check before trying and by the dialog thread ending.
    fn listen() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            if log::set_logger(&LOGGER).is_ok() {
                log::set_max_level(log::LevelFilter::Error);
            }
        });
    }

    fn clear() {
        LOGGED.with(|l| l.borrow_mut().clear());
    }

    fn take() -> Vec<String> {
        LOGGED.with(|l| std::mem::take(&mut *l.borrow_mut()))
    }
}

impl log::Log for RfdErrors {
    fn enabled(&self, metadata: &log::Metadata) -> bool {
        metadata.level() <= log::Level::Error && metadata.target().starts_with("rfd")
    }

    fn log(&self, record: &log::Record) {
        if self.enabled(record.metadata()) {
            let message = record.args().to_string();
            LOGGED.with(|l| l.borrow_mut().push(message));
        }
    }

    fn flush(&self) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfd_errors_are_kept_per_thread() {
        RfdErrors::listen();
        RfdErrors::clear();
        log::error!(target: "rfd::backend", "Failed to pick file with zenity: not found");
        log::error!(target: "winit", "not a dialog's business");
        std::thread::spawn(|| {
            log::error!(target: "rfd", "another thread's dialog");
        })
        .join()
        .unwrap();
        assert_eq!(
            RfdErrors::take(),
            vec!["Failed to pick file with zenity: not found".to_owned()]
        );
        assert!(RfdErrors::take().is_empty());
    }

    #[test]
    fn a_missing_portal_is_a_failure_only_when_zenity_fails_too() {
        let portal = "OpenFile failed: ServiceUnknown".to_owned();
        let zenity = "Failed to pick file with zenity: No such file or directory".to_owned();
        assert!(!failed(&[]));
        if cfg!(all(unix, not(target_os = "macos"))) {
            assert!(
                !failed(std::slice::from_ref(&portal)),
                "zenity was shown instead"
            );
        }
        assert!(failed(&[portal, zenity]));
    }

    /// Without a session bus rfd shows nothing (not even zenity): Lectern's own chooser asks.
    #[test]
    fn without_a_session_bus_lecterns_own_chooser_asks() {
        assert!(unavailable_given(None, true, false).is_some());
        assert!(unavailable_given(None, true, true).is_none());
        assert!(
            unavailable_given(None, false, false).is_none(),
            "Windows' own dialogs"
        );
        assert!(unavailable_given(Some("builtin"), false, true).is_some());
        assert!(unavailable_given(Some("native"), true, false).is_none());
    }
}
