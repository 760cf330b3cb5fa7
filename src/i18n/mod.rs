//! Lectern's words in the student's language: Kazakh, Russian or English, from Fluent files
//! (`assets/i18n/*.ftl`, compiled in) with each language's CLDR plural rules.
//!
//! The window's language is the thread's (`set_language`), so kittests in several languages run
//! side by side; a study sheet carries its own language and renders with [`tr_in`], whatever
//! thread builds it. Isolation marks are off: egui draws them as boxes.

mod io_reason;

pub use io_reason::{io_reason, io_reason_in};

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language Lectern speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    Russian,
    Kazakh,
    /// Every English string wrapped in ‹ › and lengthened by a third, so a test sees at a
    /// glance which strings skip the translations and which layouts break with longer words.
    /// Never offered to users.
    Pseudo,
}

impl Language {
    /// The languages a student can choose, as the start screen lists them.
    pub const ALL: [Language; 3] = [Language::Kazakh, Language::Russian, Language::English];

    /// The language's own name for itself, never translated (a student looks for their own).
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Russian => "Русский",
            Language::Kazakh => "Қазақша",
            Language::Pseudo => "Pseudo",
        }
    }

    /// BCP 47 tag, for HTML's `lang`, the PDF's and Word's language.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English | Language::Pseudo => "en",
            Language::Russian => "ru",
            Language::Kazakh => "kk",
        }
    }

    /// The language of a locale name such as "kk-KZ", "ru_RU.UTF-8" or "en-GB"; English for any
    /// other.
    pub fn from_locale(locale: &str) -> Language {
        let lower = locale.to_ascii_lowercase();
        let code = lower.split(['-', '_', '.', '@']).next().unwrap_or("");
        match code {
            "kk" => Language::Kazakh,
            "ru" => Language::Russian,
            _ => Language::English,
        }
    }

    /// The language the computer is set to, for the first start.
    pub fn of_system() -> Language {
        sys_locale::get_locale()
            .map(|l| Language::from_locale(&l))
            .unwrap_or_default()
    }

    fn source(self) -> &'static str {
        match self {
            Language::English | Language::Pseudo => include_str!("../../assets/i18n/en.ftl"),
            Language::Russian => include_str!("../../assets/i18n/ru.ftl"),
            Language::Kazakh => include_str!("../../assets/i18n/kk.ftl"),
        }
    }

    fn index(self) -> usize {
        match self {
            Language::English | Language::Pseudo => 0,
            Language::Russian => 1,
            Language::Kazakh => 2,
        }
    }
}

/// The text of one language's translation file, for tests that compare them.
pub fn source_of(language: Language) -> &'static str {
    language.source()
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        [Language::English, Language::Russian, Language::Kazakh].map(|language| {
            let tag: unic_langid::LanguageIdentifier =
                language.tag().parse().expect("a known language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![tag]);
            bundle.set_use_isolating(false);
            // The files are Lectern's own and checked by tests; a broken entry is skipped, and
            // its key then falls back to English.
            let resource = FluentResource::try_new(language.source().to_owned())
                .unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
            bundle
        })
    })
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// The environment variable that tells a child Lectern (the importer) the window's language.
pub const LANGUAGE_VARIABLE: &str = "LECTERN_LANGUAGE";

/// Sets the language of this thread's interface (the window's thread).
pub fn set_language(language: Language) {
    CURRENT.with(|c| c.set(language));
}

/// This thread's interface language.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// A value for a message's `{ $name }`.
pub enum Arg<'a> {
    Text(std::borrow::Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s.into())
    }
}
impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s.as_str().into())
    }
}
impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(s.into())
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(usize, u32, u64, i32, i64, f32, f64);

/// The message `id` in this thread's language.
pub fn tr(id: &str) -> String {
    tr_in(language(), id, &[])
}

/// The message `id` in this thread's language, with its values.
pub fn tr_args(id: &str, args: &[(&str, Arg<'_>)]) -> String {
    tr_in(language(), id, args)
}

/// The message `id` in `language`; English when that language lacks it, the id itself when
/// English does too (tests make sure neither happens).
pub fn tr_in(language: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let bundles = bundles();
    let text = format_in(&bundles[language.index()], id, args)
        .or_else(|| format_in(&bundles[0], id, args))
        .unwrap_or_else(|| id.to_owned());
    if language == Language::Pseudo {
        pseudo(&text)
    } else {
        text
    }
}

/// Whether `language`'s file has a message `id`.
pub fn has(language: Language, id: &str) -> bool {
    bundles()[language.index()].has_message(id)
}

fn format_in(bundle: &Bundle, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    // Most messages of a frame take no values: no argument list is built for them.
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.to_string()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        fluent_args
    });
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors);
    Some(text.into_owned())
}

/// The pseudo-language's form of `text`: wrapped in ‹ › and a third longer.
pub fn pseudo(text: &str) -> String {
    let extra = text.chars().count().div_ceil(3);
    format!("‹{text}{}›", "~".repeat(extra))
}

/// `t!("id")`, or `t!("id", name = value, …)`: the message in the window's language.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// `t_in!(language, "id", name = value, …)`: the message in a given language (a sheet's, or
/// the window's language carried to another thread).
#[macro_export]
macro_rules! t_in {
    ($language:expr, $id:literal) => {
        $crate::i18n::tr_in($language, $id, &[])
    };
    ($language:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_in(
            $language,
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_choose_the_language() {
        assert_eq!(Language::from_locale("kk-KZ"), Language::Kazakh);
        assert_eq!(Language::from_locale("ru_RU.UTF-8"), Language::Russian);
        assert_eq!(Language::from_locale("en-GB"), Language::English);
        assert_eq!(Language::from_locale("de"), Language::English);
        assert_eq!(Language::from_locale(""), Language::English);
    }

    #[test]
    fn plurals_follow_each_language() {
        let words = |language, n: usize| tr_in(language, "words", &[("count", n.into())]);
        assert_eq!(words(Language::English, 1), "1 word");
        assert_eq!(words(Language::English, 5), "5 words");
        assert_eq!(words(Language::Russian, 1), "1 слово");
        assert_eq!(words(Language::Russian, 3), "3 слова");
        assert_eq!(words(Language::Russian, 5), "5 слов");
        assert_eq!(words(Language::Russian, 21), "21 слово");
        assert_eq!(words(Language::Kazakh, 1), "1 сөз");
        assert_eq!(words(Language::Kazakh, 5), "5 сөз");
    }

    #[test]
    fn no_isolation_marks_reach_the_screen() {
        let text = tr_in(Language::Russian, "words", &[("count", 7usize.into())]);
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    }

    #[test]
    fn the_pseudo_language_wraps_and_lengthens() {
        let text = tr_in(Language::Pseudo, "words", &[("count", 3usize.into())]);
        assert!(text.starts_with("‹3 words"), "{text}");
        assert!(text.chars().count() >= "3 words".len() * 4 / 3, "{text}");
    }
}
