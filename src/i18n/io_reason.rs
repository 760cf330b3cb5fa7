//! Why the computer refused to read or write a file, in the student's words and language.
//!
//! The system's own text ("No such file or directory (os error 2)", "Файл не найден") is in the
//! system's language and names error numbers; a student needs what happened and what to do.

use std::io::{Error, ErrorKind};

use super::Language;

/// Why `error` happened, in this thread's language.
pub fn io_reason(error: &Error) -> String {
    io_reason_in(super::language(), error)
}

/// Why `error` happened, in `language`.
pub fn io_reason_in(language: Language, error: &Error) -> String {
    let id = message_id(error);
    match id {
        "io-other" => super::tr_in(
            language,
            id,
            &[(
                "code",
                super::Arg::from(error.raw_os_error().map_or(-1, i64::from)),
            )],
        ),
        _ => super::tr_in(language, id, &[]),
    }
}

/// The message for `error`: Windows' own codes first where a kind says too little (a file
/// another program holds, a drive that was pulled out), then the kind.
fn message_id(error: &Error) -> &'static str {
    match crate::files::Refusal::of(error) {
        Some(crate::files::Refusal::NotAFile) => return "io-not-a-file",
        Some(crate::files::Refusal::IsAnInput) => return "io-is-input",
        None => {}
    }
    if cfg!(windows) {
        match error.raw_os_error() {
            // ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
            Some(32 | 33) => return "io-in-use",
            // ERROR_NOT_READY, ERROR_DEV_NOT_EXIST, ERROR_DEVICE_REMOVED, ERROR_NO_MEDIA_IN_DRIVE
            Some(21 | 55 | 1617 | 1112) => return "io-drive-gone",
            _ => {}
        }
    } else if error.raw_os_error() == Some(6) || error.raw_os_error() == Some(19) {
        // ENXIO, ENODEV: the device behind the path is gone (a pulled USB stick).
        return "io-drive-gone";
    }
    match error.kind() {
        ErrorKind::NotFound => "io-not-found",
        ErrorKind::PermissionDenied => "io-permission",
        ErrorKind::AlreadyExists => "io-exists",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "io-full",
        ErrorKind::ReadOnlyFilesystem => "io-read-only",
        ErrorKind::IsADirectory => "io-is-folder",
        ErrorKind::NotADirectory => "io-not-folder",
        ErrorKind::InvalidFilename => "io-bad-name",
        ErrorKind::FileTooLarge => "io-too-large",
        ErrorKind::ResourceBusy | ErrorKind::WouldBlock => "io-in-use",
        ErrorKind::TimedOut => "io-timed-out",
        ErrorKind::UnexpectedEof | ErrorKind::InvalidData => "io-damaged",
        ErrorKind::StaleNetworkFileHandle
        | ErrorKind::NetworkUnreachable
        | ErrorKind::NetworkDown
        | ErrorKind::HostUnreachable
        | ErrorKind::ConnectionReset
        | ErrorKind::ConnectionAborted
        | ErrorKind::NotConnected => "io-network",
        _ if error.raw_os_error() == Some(5) => "io-drive-gone", // EIO
        _ => "io-other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_words_in_every_language_and_no_system_text() {
        let errors = [
            Error::from(ErrorKind::NotFound),
            Error::from(ErrorKind::PermissionDenied),
            Error::from(ErrorKind::StorageFull),
            Error::from_raw_os_error(2),
            Error::from_raw_os_error(13),
            Error::from_raw_os_error(28),
            Error::from_raw_os_error(99_999),
            Error::other("Something exotic"),
        ];
        for language in Language::ALL {
            for error in &errors {
                let said = io_reason_in(language, error);
                assert!(!said.is_empty() && !said.starts_with("io-"), "{said}");
                assert!(!said.contains("os error"), "{said}");
                assert!(!said.contains("exotic"), "{said}");
            }
        }
        let missing = io_reason_in(Language::Kazakh, &Error::from_raw_os_error(2));
        assert_ne!(
            missing,
            io_reason_in(Language::English, &Error::from_raw_os_error(2))
        );
    }
}
