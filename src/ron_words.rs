//! What is wrong in a RON file Lectern wrote (answers, feedback, rubrics), in a student's or
//! teacher's words and language: where, and what a person can do about it. The parser's own
//! message names Lectern's internal types ("Expected struct `Probe`"), which tells a student
//! nothing, so it is never shown.

use ron::error::{Error, SpannedError};

/// "line 3, column 7: …" in the window's language.
pub fn describe(error: &SpannedError) -> String {
    crate::t!(
        "ron-where",
        line = error.span.start.line,
        column = error.span.start.col,
        what = what(&error.code)
    )
}

fn what(code: &Error) -> String {
    match code {
        Error::Eof
        | Error::ExpectedStringEnd
        | Error::ExpectedArrayEnd
        | Error::ExpectedMapEnd
        | Error::ExpectedStructLikeEnd
        | Error::UnclosedBlockComment => crate::t!("ron-cut-short"),
        Error::MissingStructField { field, .. } => crate::t!("ron-missing", field = *field),
        Error::NoSuchStructField { found, .. } => {
            // A name from the file: shown short and without control characters.
            let field: String = crate::export::Clean::new(found).chars().take(40).collect();
            crate::t!("ron-unknown", field = field)
        }
        Error::DuplicateStructField { field, .. } => crate::t!("ron-twice", field = *field),
        Error::ExpectedString | Error::ExpectedInteger | Error::ExpectedBoolean => {
            crate::t!("ron-wrong-value")
        }
        Error::Utf8Error(_) | Error::InvalidEscape(_) => crate::t!("ron-bad-letters"),
        Error::ExceededRecursionLimit => crate::t!("ron-too-deep"),
        _ => crate::t!("ron-not-written-so"),
    }
}
