//! The translations: every language has every message English has (and no others), every
//! message the code asks for exists, each file parses, and no message keeps a variable the
//! others lack.

use std::collections::BTreeSet;

use lectern::i18n::{self, Language};

/// The message ids of a Fluent file, and the variables each uses. A message runs from its
/// `id =` line over the indented lines below it.
fn messages(language: Language) -> Vec<(String, BTreeSet<String>)> {
    let source = i18n::source_of(language);
    // The whole file parses, with no junk (a broken entry would silently fall back to English).
    if let Err((_, errors)) = fluent_syntax::parser::parse(source) {
        panic!("{language:?} does not parse: {errors:?}");
    }
    let mut out: Vec<(String, BTreeSet<String>)> = vec![];
    for line in source.lines() {
        let starts_message = line.starts_with(|c: char| c.is_ascii_lowercase());
        if starts_message {
            let id = line.split('=').next().unwrap().trim().to_owned();
            out.push((id, BTreeSet::new()));
        } else if line.starts_with('#') || line.is_empty() {
            continue;
        }
        // The rest of a message: indented lines, and a select's closing `}` and what follows it.
        {
            let Some((_, vars)) = out.last_mut() else {
                continue;
            };
            for part in line.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                vars.insert(name);
            }
        }
    }
    out
}

#[test]
fn the_languages_have_the_same_messages_and_variables() {
    let english = messages(Language::English);
    assert!(english.len() > 300, "{} messages", english.len());
    for language in [Language::Russian, Language::Kazakh] {
        let other = messages(language);
        let ids = |m: &Vec<(String, BTreeSet<String>)>| {
            m.iter().map(|(id, _)| id.clone()).collect::<BTreeSet<_>>()
        };
        let missing: Vec<_> = ids(&english).difference(&ids(&other)).cloned().collect();
        let extra: Vec<_> = ids(&other).difference(&ids(&english)).cloned().collect();
        assert!(missing.is_empty(), "{language:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language:?} has messages English lacks: {extra:?}"
        );
        for (id, vars) in &english {
            let theirs = &other.iter().find(|(o, _)| o == id).unwrap().1;
            assert_eq!(vars, theirs, "{language:?} {id} uses other variables");
        }
    }
}

/// Every `t!("id")`, `t_in!(…, "id")`, `tr("id")` and `Command` message in the source exists in
/// English (and so, by the test above, in every language).
#[test]
fn every_message_the_code_asks_for_exists() {
    let mut asked = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for marker in [
                "t!(\"",
                "tr(\"",
                "tr_in(language, \"",
                "t(\"",
                "=> \"",
                "(\"",
                "[\"",
            ] {
                for part in text.split(marker).skip(1) {
                    let id: String = part.chars().take_while(|c| *c != '"').collect();
                    // Match arms give message ids only in the tables of commands, colours,
                    // roles and themes; elsewhere `=> "…"` is other text.
                    let table = [
                        "cmd-", "colour-", "role-", "theme-", "help-", "sheet-", "class-",
                    ];
                    let looks_like_id = !id.is_empty()
                        && id.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                        && id.contains('-')
                        && !id.ends_with('-')
                        && (marker.contains('t') || table.iter().any(|t| id.starts_with(t)));
                    if looks_like_id {
                        asked.insert(id);
                    }
                }
            }
            // `t_in!(language, "id"…)`
            for part in text.split("t_in!(").skip(1) {
                if let Some(quoted) = part.split('"').nth(1)
                    && quoted.contains('-')
                {
                    asked.insert(quoted.to_owned());
                }
            }
        }
    }
    assert!(
        asked.len() > 300,
        "found only {} ids: the scan is broken",
        asked.len()
    );
    let missing: Vec<_> = asked
        .iter()
        .filter(|id| !i18n::has(Language::English, id))
        .filter(|id| id.starts_with(|c: char| c.is_ascii_lowercase()))
        .collect();
    assert!(
        missing.is_empty(),
        "asked for but not in en.ftl: {missing:?}"
    );
}

#[test]
fn kazakh_and_russian_say_the_sheet_in_their_own_words() {
    let kk = lectern::export::SheetLabels::new(Language::Kazakh);
    assert_eq!(kk.student, "Оқушы");
    assert_eq!(kk.not_answered, "Жауап берілмеген");
    let ru = lectern::export::SheetLabels::new(Language::Russian);
    assert_eq!(ru.evidence, "Цитаты из текста");
    assert_eq!(
        lectern::words::words_label_in(Language::Russian, 22),
        "22 слова"
    );
}

/// The sheet's own words follow its language in every format; the student's words and the
/// reading's stay as they are.
#[test]
fn every_format_says_the_sheet_in_its_language() {
    use lectern::export::{Format, StudySheet};
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut sheet = lectern::answers::AnswerSheet::new(&reading);
    sheet.student = "Dana".to_owned();
    let prompt = reading.prompts().next().unwrap().clone();
    sheet.set_answer(
        &prompt,
        "Three words here.",
        "2026-12-03T09:00:00Z".parse().unwrap(),
    );
    let passage = reading.passage(1, 0..20).unwrap();
    sheet.cite(&prompt, passage, "2026-12-03T09:00:00Z".parse().unwrap());
    for (language, words) in [
        (
            Language::Kazakh,
            [
                "Оқушы",
                "Күні",
                "Орындалуы",
                "Жауап берілмеген",
                "Келтірілген дәйексөздер",
                "3 сөз",
            ],
        ),
        (
            Language::Russian,
            [
                "Ученик",
                "Дата",
                "Выполнено",
                "Нет ответа",
                "Цитаты из текста",
                "3 слова",
            ],
        ),
        (
            Language::English,
            [
                "Student",
                "Date",
                "Progress",
                "Not answered",
                "Evidence cited",
                "3 words",
            ],
        ),
    ] {
        let study = StudySheet::build(&reading, &sheet, "2026-12-03").in_language(language);
        for format in Format::ALL {
            let bytes = study
                .to_bytes_on(format, lectern::export::pdf::Paper::A4)
                .unwrap();
            let text = match format {
                Format::Pdf => pdf_extract::extract_text_from_mem(&bytes).unwrap(),
                Format::Docx => lectern::export::docx::text_of(&bytes).unwrap(),
                _ => String::from_utf8(bytes).unwrap(),
            };
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            for word in words {
                assert!(
                    flat.contains(word),
                    "{language:?} {format:?}: no {word:?} in {flat}"
                );
            }
            assert!(
                flat.contains("Three words here."),
                "{language:?} {format:?}"
            );
        }
    }
}
