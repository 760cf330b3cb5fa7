//! A message the student (or teacher) must read, shown as a dialog until dismissed: the one
//! kind of notice, whether the document raised it (a conflict copy, a recovery copy that does
//! not read) or the window did (an export that failed).

/// A title and what to say, both already in the user's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub title: String,
    pub body: String,
}

impl Notice {
    pub fn new(title: String, body: String) -> Notice {
        Notice { title, body }
    }
}
