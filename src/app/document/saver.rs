//! A thread that writes answers files and recovery copies, so the window never waits for a
//! disk. Jobs run in order; dropping the saver waits for the last one, so nothing queued is
//! lost when a document closes.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::thread::JoinHandle;

use crate::answers::recovery::{self, Recovery};
use crate::answers::{self, AnswerSheet, DiskStamp, SaveError, SaveOptions};

pub(super) enum Job {
    Save {
        path: PathBuf,
        sheet: Box<AnswerSheet>,
        options: SaveOptions,
        generation: u64,
    },
    Recover {
        recovery: Recovery,
        sheet: Box<AnswerSheet>,
        generation: u64,
    },
}

pub(super) enum Done {
    Saved {
        path: PathBuf,
        generation: u64,
        result: Result<DiskStamp, SaveError>,
    },
    Recovered {
        generation: u64,
        result: Result<PathBuf, recovery::RecoveryError>,
    },
    /// The thread stopped (a bug panicked it) with jobs unreported: they are lost, and the
    /// document must save by itself from now on.
    Died,
}

pub(super) struct Saver {
    jobs: Option<Sender<Job>>,
    done: Receiver<Done>,
    thread: Option<JoinHandle<()>>,
    /// Jobs sent and not yet reported back.
    pub in_flight: usize,
}

impl Saver {
    pub fn start() -> Saver {
        let (jobs, inbox) = channel::<Job>();
        let (outbox, done) = channel();
        let thread = std::thread::Builder::new()
            .name("lectern-saver".to_owned())
            .spawn(move || {
                for job in inbox {
                    let report = match job {
                        Job::Save {
                            path,
                            sheet,
                            options,
                            generation,
                        } => {
                            let result = answers::save_with(&path, &sheet, &options);
                            Done::Saved {
                                path,
                                generation,
                                result,
                            }
                        }
                        Job::Recover {
                            recovery,
                            sheet,
                            generation,
                        } => Done::Recovered {
                            generation,
                            result: recovery.write(&sheet),
                        },
                    };
                    if outbox.send(report).is_err() {
                        break; // The document is gone; nobody is waiting for the answer.
                    }
                }
            })
            // No thread: `send` hands every job back and the document saves by itself.
            .ok();
        Saver {
            jobs: Some(jobs),
            done,
            thread,
            in_flight: 0,
        }
    }

    /// Queues a job. Returns it back if the thread could not be started, so the caller can
    /// do it itself.
    pub fn send(&mut self, job: Job) -> Result<(), Job> {
        match &self.jobs {
            Some(tx) if self.thread.is_some() => match tx.send(job) {
                Ok(()) => {
                    self.in_flight += 1;
                    Ok(())
                }
                Err(e) => Err(e.0),
            },
            _ => Err(job),
        }
    }

    /// Reports that are ready, without waiting; [`Done::Died`] last if the thread is gone
    /// with jobs unreported.
    pub fn ready(&mut self) -> Vec<Done> {
        let mut reports = Vec::new();
        loop {
            match self.done.try_recv() {
                Ok(report) => reports.push(report),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.in_flight = self.in_flight.saturating_sub(reports.len());
                    if self.in_flight > 0 {
                        self.in_flight = 0;
                        reports.push(Done::Died);
                    }
                    return reports;
                }
            }
        }
        self.in_flight -= reports.len();
        reports
    }

    /// Waits for every queued job and returns their reports.
    pub fn wait_all(&mut self) -> Vec<Done> {
        let mut reports = Vec::new();
        while self.in_flight > 0 {
            match self.done.recv() {
                Ok(report) => {
                    self.in_flight -= 1;
                    reports.push(report);
                }
                Err(_) => {
                    self.in_flight = 0;
                    reports.push(Done::Died);
                }
            }
        }
        reports
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.jobs = None; // Ends the thread's loop once the queue is empty.
        if let Some(thread) = self.thread.take() {
            // Err only if the thread panicked, which `Done::Died` has already reported.
            let _ = thread.join();
        }
    }
}
