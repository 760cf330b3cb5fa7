//! The bundled Hunspell dictionaries (`assets/dictionaries/`, each with its licence), and which
//! one a word is checked in.

use serde::{Deserialize, Serialize};

/// A bundled dictionary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dict {
    EnUs,
    EnGb,
    Fr,
    Ru,
    Kk,
}

/// What a student writes in Latin script: English (either spelling) or French.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LatinChoice {
    #[default]
    EnglishUs,
    EnglishGb,
    French,
}

impl LatinChoice {
    pub const ALL: [LatinChoice; 3] = [
        LatinChoice::EnglishUs,
        LatinChoice::EnglishGb,
        LatinChoice::French,
    ];

    pub fn dict(self) -> Dict {
        match self {
            LatinChoice::EnglishUs => Dict::EnUs,
            LatinChoice::EnglishGb => Dict::EnGb,
            LatinChoice::French => Dict::Fr,
        }
    }

    /// Its name in its own language, as the editor's menu lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            LatinChoice::EnglishUs => "English (US)",
            LatinChoice::EnglishGb => "English (UK)",
            LatinChoice::French => "Français",
        }
    }
}

impl Dict {
    pub const ALL: [Dict; 5] = [Dict::EnUs, Dict::EnGb, Dict::Fr, Dict::Ru, Dict::Kk];

    pub fn name(self) -> &'static str {
        match self {
            Dict::EnUs => "en_US",
            Dict::EnGb => "en_GB",
            Dict::Fr => "fr",
            Dict::Ru => "ru_RU",
            Dict::Kk => "kk_KZ",
        }
    }

    /// The affix and word files, compiled in so a copied exe (portable mode) has them.
    fn files(self) -> (&'static [u8], &'static [u8]) {
        macro_rules! files {
            ($dir:literal, $name:literal) => {
                (
                    include_bytes!(concat!(
                        "../../assets/dictionaries/",
                        $dir,
                        "/",
                        $name,
                        ".aff"
                    )),
                    include_bytes!(concat!(
                        "../../assets/dictionaries/",
                        $dir,
                        "/",
                        $name,
                        ".dic"
                    )),
                )
            };
        }
        match self {
            Dict::EnUs => files!("en_US", "en_US"),
            Dict::EnGb => files!("en_GB", "en_GB"),
            Dict::Fr => files!("fr", "fr"),
            Dict::Ru => files!("ru_RU", "ru_RU"),
            Dict::Kk => files!("kk_KZ", "kk_KZ"),
        }
    }

    /// Reads the dictionary (tens of milliseconds: off the window's thread). The files are
    /// compiled in, so a failure is a damaged build: said as such, in the student's words
    /// (spellbook's own words name its parser's structures).
    pub fn load(self) -> Result<spellbook::Dictionary, String> {
        let (aff, dic) = self.files();
        let damaged = || crate::t!("spell-dictionary-damaged");
        let text = |bytes: &'static [u8]| std::str::from_utf8(bytes).map_err(|_| damaged());
        spellbook::Dictionary::new(text(aff)?, text(dic)?).map_err(|_| damaged())
    }

    /// The dictionaries `word` is checked in, in order (any one knowing it is enough): Latin
    /// script → the student's English or French; Cyrillic with a Kazakh letter → Kazakh; other
    /// Cyrillic → Russian, or Kazakh, which borrows Russian words. None for other scripts.
    pub fn for_word(word: &str, latin: LatinChoice) -> Vec<Dict> {
        let mut latin_letters = false;
        let mut cyrillic = false;
        let mut kazakh = false;
        for c in word.chars().filter(|c| c.is_alphabetic()) {
            if is_kazakh_letter(c) {
                kazakh = true;
            } else if is_cyrillic(c) {
                cyrillic = true;
            } else if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) {
                latin_letters = true;
            } else {
                return vec![]; // Greek, Arabic, CJK…: no dictionary, never flagged.
            }
        }
        match (latin_letters, cyrillic || kazakh) {
            (true, false) => vec![latin.dict()],
            (false, true) if kazakh => vec![Dict::Kk],
            (false, true) => vec![Dict::Ru, Dict::Kk],
            _ => vec![], // Mixed scripts (a typo across layouts, a code): not judged.
        }
    }
}

pub fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// The letters Kazakh writes and Russian does not: ә ғ қ ң ө ұ ү һ і (either case).
pub fn is_kazakh_letter(c: char) -> bool {
    matches!(
        c,
        'ә' | 'ғ'
            | 'қ'
            | 'ң'
            | 'ө'
            | 'ұ'
            | 'ү'
            | 'һ'
            | 'і'
            | 'Ә'
            | 'Ғ'
            | 'Қ'
            | 'Ң'
            | 'Ө'
            | 'Ұ'
            | 'Ү'
            | 'Һ'
            | 'І'
    )
}
