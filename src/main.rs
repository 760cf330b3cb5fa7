//! Lectern's entry point: read the arguments, then open the window or run a headless command.

// On Windows a double-clicked Lectern opens its window alone, with no console beside it; the
// command-line commands attach to the console they were typed in (`attach_console`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use std::io::Write;
use std::process::ExitCode;

use lectern::cli::{self, Command};

fn main() -> ExitCode {
    let parsed = cli::parse_args(std::env::args_os().skip(1));
    if !matches!(parsed, Ok(Command::Window { .. })) {
        attach_console();
    }
    let command = match parsed {
        Ok(c) => c,
        Err(e) => {
            cli::tell(format_args!("lectern: {e}\n\n{}", cli::USAGE));
            return ExitCode::from(2);
        }
    };
    // Everything printed is cleaned for the terminal (`Printable`): file names, titles and
    // names come from other people's files.
    let (stdout, stderr) = (
        &mut cli::Printable::new(std::io::stdout()),
        &mut cli::Printable::new(std::io::stderr()),
    );
    let result = match command {
        Command::Help => writeln!(
            stdout,
            "Lectern {}: read, answer, hand in.\n\n{}",
            env!("CARGO_PKG_VERSION"),
            cli::USAGE
        )
        .map_err(cli::CliError::Output),
        Command::Version => {
            writeln!(stdout, "lectern {}", env!("CARGO_PKG_VERSION")).map_err(cli::CliError::Output)
        }
        Command::Parse { reading } => cli::run_parse(reading.as_deref(), stdout, stderr),
        Command::Import {
            file,
            output,
            extract,
        } => cli::run_import(&file, output.as_deref(), extract, stdout, stderr),
        Command::ImportInProcess { file, extract } => {
            cli::run_import_in_process(&file, extract, stdout)
        }
        Command::Export {
            answers,
            reading,
            format,
            output,
            paper,
        } => cli::run_export(
            &answers,
            reading.as_deref(),
            format,
            paper,
            output.as_deref(),
            stdout,
            stderr,
        ),
        Command::Collect {
            folder,
            output,
            format,
            anonymize,
        } => cli::run_collect(&folder, output.as_deref(), format, anonymize, stderr),
        Command::History { answers, prompt } => {
            cli::run_history(&answers, prompt.as_deref(), stdout)
        }
        Command::Feedback { folder, csv } => cli::run_feedback(&folder, csv, stdout, stderr),
        Command::Return {
            folder,
            output,
            format,
            moodle,
        } => cli::run_return(&folder, &output, format, moodle, stderr),
        Command::Grades {
            worksheet,
            class,
            output,
            scaled,
        } => cli::run_grades(&worksheet, &class, &output, scaled, stderr),
        Command::Window {
            reading,
            answers,
            portable,
        } => {
            if let Some(dir) = lectern::paths::set_up_portable(portable) {
                // Caches that libraries keep (Mesa's shader cache, fontconfig) go there too.
                // SAFETY: no other thread exists yet; nothing reads the environment meanwhile.
                unsafe { std::env::set_var("XDG_CACHE_HOME", dir.join("cache")) };
            }
            let (reading, answers) = cli::sort_window_files(reading, answers);
            lectern::ui::run(reading, answers)
                .inspect_err(|e| lectern::ui::tell_fatal(e))
                .map_err(cli::CliError::Failed)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_closed_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            cli::tell(format_args!("lectern: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// A windowed Windows program has no console: writing to stdout goes nowhere. Started from a
/// console (cmd, PowerShell), the command-line commands write to that one. Output redirected
/// to a file or pipe needs nothing: those handles are inherited as they are.
#[cfg(windows)]
fn attach_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: a plain Win32 call with a constant; failing (no parent console) changes nothing.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
fn attach_console() {}
