//! Slow work off the window's thread: writing a PDF, handing in, reading and exporting a class
//! folder, working out the start screen's progress, opening large files. Each job is named (the
//! status bar says what is running), runs on a thread of its own, and hands back a step that
//! the app applies on its next frame, where every notice and state change happens. The window
//! keeps painting meanwhile. A job that dies (a bug panicked it) is reported, never forgotten.
//! The jobs know nothing of the window: `A` is whatever their results are applied to (the
//! window's app; a test's own state).

use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Condvar, Mutex};

/// What a finished job asks `A` (the app) to do with its result.
pub type Then<A> = Box<dyn FnOnce(&mut A) + Send>;

/// The jobs running now, whose results are applied to an `A`.
pub struct Tasks<A> {
    running: Vec<Running<A>>,
    gate: Option<Gate>,
}

impl<A> Default for Tasks<A> {
    fn default() -> Self {
        Tasks {
            running: Vec::new(),
            gate: None,
        }
    }
}

struct Running<A> {
    name: String,
    result: Receiver<Then<A>>,
}

/// Holds jobs back from starting (tests: to see the window working while a job is pending).
type Gate = Arc<(Mutex<bool>, Condvar)>;

/// Jobs started while this lives wait to run until it is dropped.
pub struct Hold(Gate);

impl Drop for Hold {
    fn drop(&mut self) {
        let (closed, wake) = &*self.0;
        *closed.lock().unwrap_or_else(|e| e.into_inner()) = false;
        wake.notify_all();
    }
}

impl<A: 'static> Tasks<A> {
    /// Runs `job` on a thread; on the first frame after it finishes, `then` gets its result
    /// and the app. `name` says what is happening ("Handing in…").
    pub fn spawn<T: Send + 'static>(
        &mut self,
        name: &str,
        job: impl FnOnce() -> T + Send + 'static,
        then: fn(&mut A, T),
    ) -> Result<(), String> {
        let (tx, rx) = channel::<Then<A>>();
        let gate = self.gate.clone();
        // What the job says (a document's notices, an error) is in the window's language.
        let language = crate::i18n::language();
        let work = move || {
            crate::i18n::set_language(language);
            if let Some(gate) = gate {
                let (closed, wake) = &*gate;
                let mut closed = closed.lock().unwrap_or_else(|e| e.into_inner());
                while *closed {
                    closed = wake.wait(closed).unwrap_or_else(|e| e.into_inner());
                }
            }
            let value = job();
            // The window may have closed meanwhile; then nobody needs the answer.
            let _ = tx.send(Box::new(move |app: &mut A| then(app, value)));
        };
        std::thread::Builder::new()
            .name(format!("lectern: {name}"))
            .spawn(work)
            .map_err(|e| crate::t!("job-could-not-start", name = name, error = e.to_string()))?;
        self.running.push(Running {
            name: name.to_owned(),
            result: rx,
        });
        Ok(())
    }

    /// The finished jobs' steps, in the order they were started, and the names of jobs that
    /// died without a result.
    pub fn finished(&mut self) -> (Vec<Then<A>>, Vec<String>) {
        let mut done = Vec::new();
        let mut died = Vec::new();
        self.running.retain(|job| match job.result.try_recv() {
            Ok(then) => {
                done.push(then);
                false
            }
            Err(TryRecvError::Empty) => true,
            Err(TryRecvError::Disconnected) => {
                died.push(job.name.clone());
                false
            }
        });
        (done, died)
    }

    /// What is running, for the status bar.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.running.iter().map(|j| j.name.as_str())
    }

    pub fn is_idle(&self) -> bool {
        self.running.is_empty()
    }

    /// Jobs started from now until the [`Hold`] is dropped wait before they run.
    pub fn hold(&mut self) -> Hold {
        let gate: Gate = Arc::new((Mutex::new(true), Condvar::new()));
        self.gate = Some(gate.clone());
        Hold(gate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the jobs' results are applied to here: a sum, with no window.
    fn add(total: &mut u32, value: u32) {
        *total += value;
    }

    #[test]
    fn a_held_job_waits_and_a_dead_one_is_reported() {
        let mut tasks = Tasks::<u32>::default();
        let mut total = 0;
        let hold = tasks.hold();
        tasks.spawn("waiting", || 1, add).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(50));
        let (done, died) = tasks.finished();
        assert!(done.is_empty() && died.is_empty(), "held back");
        assert_eq!(tasks.names().collect::<Vec<_>>(), ["waiting"]);
        drop(hold);
        while !tasks.is_idle() {
            for then in tasks.finished().0 {
                then(&mut total);
            }
            std::thread::yield_now();
        }
        assert_eq!(total, 1, "the result applied");

        tasks
            .spawn("dies", || -> u32 { panic!("a bug") }, add)
            .unwrap();
        let mut died = Vec::new();
        while !tasks.is_idle() {
            died.extend(tasks.finished().1);
        }
        assert_eq!(died, ["dies"]);
    }
}
