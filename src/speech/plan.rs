//! What is read aloud, and in which language: a text cut into sentences (Unicode's sentence
//! boundaries, UAX #29) and words, each sentence told its language by its letters, as the
//! spell checker tells them apart: a Kazakh letter makes it Kazakh, Cyrillic otherwise Russian,
//! Latin English — or French when French accents are more than a stray borrowed word.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// The longest sentence spoken as one utterance, in words: a "sentence" of a thousand words
/// (a list without full stops, a pasted table) is spoken in pieces, so its highlight moves and
/// pausing and skipping stay quick.
const MOST_WORDS: usize = 60;

/// The languages Lectern reads aloud, each with the voice the computer has for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SpeechLanguage {
    Kazakh,
    Russian,
    English,
    French,
}

impl SpeechLanguage {
    pub const ALL: [SpeechLanguage; 4] = [
        SpeechLanguage::Kazakh,
        SpeechLanguage::Russian,
        SpeechLanguage::English,
        SpeechLanguage::French,
    ];

    /// The ISO 639-1 code speech services name voices by.
    pub fn code(self) -> &'static str {
        match self {
            SpeechLanguage::Kazakh => "kk",
            SpeechLanguage::Russian => "ru",
            SpeechLanguage::English => "en",
            SpeechLanguage::French => "fr",
        }
    }

    /// The language a voice's tag names ("kk", "en-GB", "ru_RU", "fr-FR"), if Lectern reads it.
    pub fn of_tag(tag: &str) -> Option<SpeechLanguage> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        SpeechLanguage::ALL
            .into_iter()
            .find(|l| l.code() == primary)
    }

    /// Its name in the window's language ("Kazakh", "қазақ").
    pub fn name(self) -> String {
        crate::i18n::tr_args("speech-language", &[("code", self.code().into())])
    }
}

/// One sentence (or piece of a long one) of a text: byte ranges into that text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    pub language: SpeechLanguage,
    /// Its words, in order (letters and digits; punctuation is between them).
    pub words: Vec<Range<usize>>,
}

/// `text` as sentences to speak, in order. A sentence with no letter or digit (a line of
/// dashes) is left out; one whose letters tell no language (digits only) takes the language of
/// the sentence before it, or `fallback` at the start.
pub fn sentences(text: &str, fallback: SpeechLanguage) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut previous = fallback;
    for (start, sentence) in text.split_sentence_bound_indices() {
        let words: Vec<Range<usize>> = sentence
            .unicode_word_indices()
            .map(|(at, word)| start + at..start + at + word.len())
            .collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            continue;
        };
        // From the first word to the end of the sentence's last character that is not a space.
        let end = start + sentence.trim_end().len();
        let range = first.start..end.max(last.end);
        let language = language_of(&text[range.clone()]).unwrap_or(previous);
        previous = language;
        for piece in words.chunks(MOST_WORDS) {
            let (from, to) = (piece[0].start, piece[piece.len() - 1].end);
            let to = if piece.last() == words.last() {
                range.end
            } else {
                to
            };
            out.push(Sentence {
                range: from..to,
                language,
                words: piece.to_vec(),
            });
        }
    }
    out
}

/// The language `text` is written in, by its letters; `None` when it has no letters of these.
pub fn language_of(text: &str) -> Option<SpeechLanguage> {
    let (mut cyrillic, mut latin, mut french) = (0usize, 0usize, 0usize);
    for c in text.chars() {
        if crate::spell::dictionary::is_kazakh_letter(c) {
            return Some(SpeechLanguage::Kazakh);
        }
        if crate::spell::dictionary::is_cyrillic(c) {
            cyrillic += 1;
        } else if c.is_alphabetic() && (c.is_ascii() || ('\u{00C0}'..='\u{024F}').contains(&c)) {
            latin += 1;
            if matches!(
                c.to_lowercase().next().unwrap_or(c),
                'é' | 'è' | 'ê' | 'ë' | 'à' | 'â' | 'ç' | 'î' | 'ï' | 'ô' | 'û' | 'ù' | 'œ'
            ) {
                french += 1;
            }
        }
    }
    if cyrillic == 0 && latin == 0 {
        None
    } else if cyrillic >= latin {
        Some(SpeechLanguage::Russian)
    } else if french >= 2 && french * 40 >= latin {
        Some(SpeechLanguage::French)
    } else {
        Some(SpeechLanguage::English)
    }
}

/// The sentence of `text` from word `from` on, as SSML with a mark before each word named by
/// its index in the sentence, so the speech service says which word it has reached. Everything
/// of the text is escaped: a student's `<` or `&` is read, never taken as markup.
pub fn ssml(text: &str, sentence: &Sentence, from: usize) -> String {
    let mut out = String::from("<speak>");
    let mut at = sentence
        .words
        .get(from)
        .map_or(sentence.range.end, |w| w.start);
    for (i, word) in sentence.words.iter().enumerate().skip(from) {
        escape_into(&mut out, &text[at..word.start]);
        out.push_str(&format!("<mark name=\"{i}\"/>"));
        escape_into(&mut out, &text[word.clone()]);
        at = word.end;
    }
    escape_into(&mut out, &text[at..sentence.range.end.max(at)]);
    out.push_str("</speak>");
    out
}

/// The sentence of `text` from word `from` on, as plain text (for services without marks).
pub fn plain(text: &str, sentence: &Sentence, from: usize) -> String {
    let start = sentence
        .words
        .get(from)
        .map_or(sentence.range.end, |w| w.start);
    one_line(&text[start..sentence.range.end.max(start)])
}

/// Text on one line, control characters as spaces: a speech service's protocol ends its data
/// at a line of its own, which a student's text must never be able to write.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `text` escaped for XML (the HTML sheet's escape: `&`, `<`, `>`, both quotes), its control
/// characters as spaces.
fn escape_into(out: &mut String, text: &str) {
    out.push_str(&crate::export::escape::html(&one_line(text)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use SpeechLanguage::*;

    fn said(text: &str) -> Vec<(&str, SpeechLanguage)> {
        sentences(text, English)
            .into_iter()
            .map(|s| (&text[s.range], s.language))
            .collect()
    }

    #[test]
    fn each_sentence_in_its_own_language() {
        assert_eq!(
            said(
                "Apples came from Almaty. Алма — яблоко. Алматы — алманың отаны! C'est déjà été.\n\n2026."
            ),
            [
                ("Apples came from Almaty.", English),
                ("Алма — яблоко.", Russian),
                ("Алматы — алманың отаны!", Kazakh),
                ("C'est déjà été.", French),
                ("2026.", French),
            ]
        );
        // A borrowed word does not make English French.
        assert_eq!(
            language_of("We met at the café in the old town."),
            Some(English)
        );
        assert_eq!(language_of("— 12 —"), None);
        assert_eq!(said("----\n\n"), []);
    }

    #[test]
    fn words_and_marks() {
        let text = "Say <b>&\"x\"</b> twice, then \u{7}stop.";
        let s = &sentences(text, English)[0];
        let words: Vec<&str> = s.words.iter().map(|w| &text[w.clone()]).collect();
        assert_eq!(words, ["Say", "b", "x", "b", "twice", "then", "stop"]);
        assert_eq!(
            ssml(text, s, 4),
            "<speak><mark name=\"4\"/>twice, <mark name=\"5\"/>then  <mark name=\"6\"/>stop.</speak>"
        );
        assert!(ssml(text, s, 0).contains("&lt;<mark name=\"1\"/>b&gt;&amp;&quot;"));
        let bell = "stop\u{7}now.";
        assert_eq!(plain(bell, &sentences(bell, English)[0], 0), "stop now.");
    }

    #[test]
    fn a_long_run_without_full_stops_is_spoken_in_pieces() {
        let text = "word ".repeat(150);
        let pieces = sentences(&text, Russian);
        assert_eq!(pieces.len(), 3);
        assert!(pieces.iter().all(|p| p.words.len() <= MOST_WORDS));
        assert_eq!(pieces[0].range.start, 0);
        assert_eq!(pieces[2].range.end, text.trim_end().len());
    }

    #[test]
    fn voice_tags_name_languages() {
        assert_eq!(SpeechLanguage::of_tag("en-GB"), Some(English));
        assert_eq!(SpeechLanguage::of_tag("kk"), Some(Kazakh));
        assert_eq!(SpeechLanguage::of_tag("ru_RU"), Some(Russian));
        assert_eq!(SpeechLanguage::of_tag("de"), None);
    }
}
