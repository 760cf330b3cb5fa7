//! The reading parser on the seed reading and on each shape teachers bring.

use lectern::reading::{self, Block, Origin, PromptKind, Reading};

fn parse(text: &str) -> Reading {
    reading::parse(text, Origin::Text, "fallback-name")
}

fn seed() -> Reading {
    reading::BUNDLED[0].parse()
}

fn ids(r: &Reading) -> Vec<&str> {
    r.prompts().map(|p| p.id.as_str()).collect()
}

fn texts(r: &Reading) -> Vec<&str> {
    r.prompts().map(|p| p.text.as_str()).collect()
}

#[test]
fn seed_has_one_lead_nine_questions_in_three_groups_and_three_essays() {
    let r = seed();
    assert_eq!(r.title, "Kazakhstan and the EU: A Multi-Vector Partnership");
    assert_eq!(r.prompt_count(), 13);
    let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Lead question",
            "Kazakhstan’s Foreign Policy & Diversification Efforts",
            "Kazakhstan’s relationship with the EU",
            "Central Asia’s Geopolitical Landscape",
            "Thematic Sections",
        ]
    );
    let counts: Vec<usize> = r.sections.iter().map(|s| s.prompts.len()).collect();
    assert_eq!(counts, [1, 3, 3, 3, 3]);
    assert_eq!(
        ids(&r),
        [
            "L1", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "E1", "E2", "E3"
        ]
    );

    let lead = &r.sections[0].prompts[0];
    assert_eq!(lead.kind, PromptKind::Lead);
    assert!(
        lead.text
            .starts_with("Considering the EU’s commitment to human rights")
    );
    assert!(lead.text.ends_with("partnership with Kazakhstan?"));

    let numbers: Vec<&str> = r.sections[1..4]
        .iter()
        .flat_map(|s| s.prompts.iter())
        .map(|p| p.label.as_str())
        .collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    assert!(
        r.sections[1..4]
            .iter()
            .flat_map(|s| &s.prompts)
            .all(|p| p.kind == PromptKind::Question)
    );
}

#[test]
fn seed_question_six_comes_out_clean_despite_its_unclosed_bold() {
    let r = seed();
    let q6 = r.prompts().find(|p| p.id.as_str() == "Q6").unwrap();
    assert_eq!(
        q6.text,
        "What are the potential economic and political benefits for both the EU and Kazakhstan in strengthening their partnership?"
    );
    assert!(
        texts(&r).iter().all(|t| !t.contains('*')),
        "no Markdown markers survive"
    );
}

#[test]
fn seed_thematic_sections_are_essays_with_title_and_description() {
    let r = seed();
    let essays = &r.sections[4].prompts;
    let titles: Vec<&str> = essays.iter().map(|p| p.title.as_deref().unwrap()).collect();
    assert_eq!(
        titles,
        [
            "Kazakhstan’s “Multi-Vector” Foreign Policy",
            "The EU-Kazakhstan Partnership",
            "Central Asia’s Geopolitical Future"
        ]
    );
    assert!(essays.iter().all(|p| p.kind == PromptKind::Essay));
    assert!(
        essays[0]
            .text
            .starts_with("This section would explore Kazakhstan’s rationale")
    );
    assert!(
        essays[2]
            .text
            .ends_with("potential for stability and prosperity.")
    );
}

#[test]
fn seed_closing_paragraph_is_a_note_and_article_drops_the_table_of_contents() {
    let r = seed();
    assert_eq!(r.notes.len(), 1);
    assert!(r.notes[0].starts_with("These discussion questions are designed"));
    assert!(
        texts(&r)
            .iter()
            .all(|t| !t.contains("designed to be open-ended"))
    );

    let headings: Vec<&str> = r
        .article
        .iter()
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Strategic cooperation",
            "Need for diversification",
            "Expertise and technical assistance"
        ]
    );
    assert_eq!(r.paragraph_count(), 21);
    let Block::Paragraph { number, text } = &r.article[0] else {
        panic!("article starts with a paragraph")
    };
    assert_eq!(*number, 1);
    assert!(text.starts_with("This year marks 31 years"));
    let all_text: String = r.article.iter().map(|b| format!("{b:?}")).collect();
    assert!(!all_text.contains("Table of Contents"));
    assert!(
        !all_text.contains("Considering the EU’s commitment"),
        "the lead question is not article text"
    );
}

#[test]
fn bundled_article_text_is_the_seed_unchanged() {
    let bundled = reading::BUNDLED[0].text;
    let body = bundled.split_once("\n---\n").unwrap().1;
    // The SHA-256 of the seed file as supplied (shared/seeds/000_0ba75c27dbca0b59.txt).
    assert_eq!(
        lectern::reading::Fingerprint::of(body).0,
        "21dd3726ad5f1d5cf6e39263bd8bf94f2de1b06df324bfcf6cf3e91b682f83b6"
    );
    assert!(body.starts_with("Table of Contents\nThis year marks 31 years"));
    assert!(body.ends_with("its relationships with the EU and Russia."));
}

#[test]
fn ids_are_stable_across_parses_and_line_endings() {
    let a = seed();
    let b = seed();
    assert_eq!(ids(&a), ids(&b));
    let crlf = reading::BUNDLED[0].text.replace('\n', "\r\n");
    let c = parse(&crlf);
    assert_eq!(ids(&a), ids(&c));
    assert_eq!(texts(&a), texts(&c));
    assert_eq!(
        a.fingerprint, c.fingerprint,
        "the fingerprint is of the normalised text"
    );
}

#[test]
fn every_bundled_reading_has_a_title_an_article_and_questions() {
    for bundled in reading::BUNDLED {
        let r = bundled.parse();
        assert!(
            !r.title.is_empty() && r.title != bundled.name,
            "{}: {}",
            bundled.name,
            r.title
        );
        assert!(r.paragraph_count() >= 3, "{}", bundled.name);
        assert!(r.prompt_count() >= 4, "{}", bundled.name);
    }
    let aral = reading::BUNDLED
        .iter()
        .find(|b| b.name == "aral-sea")
        .unwrap()
        .parse();
    assert_eq!(
        aral.title,
        "The Aral Sea: How a Sea Was Lost and Partly Won Back"
    );
    assert_eq!(aral.summary(), "4 prompts in 2 sections");
    assert_eq!(aral.sections[1].prompts[0].kind, PromptKind::Essay);
    let apple = reading::BUNDLED
        .iter()
        .find(|b| b.name == "apple-origins")
        .unwrap()
        .parse();
    assert_eq!(apple.summary(), "5 prompts in 3 sections");
    assert_eq!(
        apple.sections[2].prompts[0].title.as_deref(),
        Some("A shared inheritance")
    );
}

#[test]
fn title_comes_from_header_then_first_h1_then_file_name() {
    assert_eq!(
        parse("---\ntitle: From header\n---\n# From heading\nText.\n").title,
        "From header"
    );
    let r = parse("# From heading\n\nSome text.\n\n## Questions\n1. Why?\n");
    assert_eq!(r.title, "From heading");
    assert!(
        !r.article
            .iter()
            .any(|b| matches!(b, Block::Heading(h) if h == "From heading")),
        "the title is not repeated in the article"
    );
    assert_eq!(
        parse("Just text.\n\nQuestions\n1. Why?\n").title,
        "fallback-name"
    );
}

#[test]
fn markdown_headings_and_numbered_questions() {
    let text = "# Water in Central Asia\n\nThe Aral Sea shrank.\n\nRivers were diverted for cotton.\n\n## Discussion questions\n\n### Causes\n\n1. Why did the Aral Sea shrink?\n2. Who decided to divert the rivers?\n\n### Futures\n\n3. What could restore the sea?\n";
    let r = parse(text);
    assert_eq!(r.title, "Water in Central Asia");
    assert_eq!(r.paragraph_count(), 2);
    let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Causes", "Futures"]);
    assert_eq!(
        texts(&r),
        [
            "Why did the Aral Sea shrink?",
            "Who decided to divert the rivers?",
            "What could restore the sea?"
        ]
    );
}

#[test]
fn parenthesis_numbers_and_bold_titles() {
    let text = "Article paragraph one is here.\n\n**Questions for discussion**\n\n1) First question?\n2) Second question?\n";
    let r = parse(text);
    assert_eq!(r.sections.len(), 1);
    assert_eq!(r.sections[0].title, "Questions for discussion");
    assert_eq!(texts(&r), ["First question?", "Second question?"]);
    assert_eq!(r.sections[0].prompts[1].label, "2");
}

#[test]
fn bullets_of_every_kind() {
    let text = "Some article.\n\n## Questions\n\n- Dash question?\n* Star question?\n• Bullet question?\n+ Plus question?\n";
    let r = parse(text);
    assert_eq!(
        texts(&r),
        [
            "Dash question?",
            "Star question?",
            "Bullet question?",
            "Plus question?"
        ]
    );
    let labels: Vec<&str> = r.prompts().map(|p| p.label.as_str()).collect();
    assert_eq!(
        labels,
        ["1", "2", "3", "4"],
        "bullets are numbered in order"
    );
}

#[test]
fn questions_that_wrap_over_several_lines() {
    let text = "Article.\n\n## Questions\n\n1. How did the treaty of 1994\n   change trade between the\n   two countries?\n2. Why does it\nmatter today?\n3. Short one?\n";
    let r = parse(text);
    assert_eq!(
        texts(&r),
        [
            "How did the treaty of 1994 change trade between the two countries?",
            "Why does it matter today?",
            "Short one?"
        ]
    );
}

#[test]
fn instructions_count_as_prompts() {
    let text = "Article text here.\n\n## Tasks\n\n1. Discuss the role of water in the region.\n2. Explain why the sea shrank.\n\n## Essay\n\nWrite 300 words on whether the Aral Sea can recover.\n";
    let r = parse(text);
    assert_eq!(r.prompt_count(), 3);
    assert_eq!(
        r.sections[0].prompts[0].text,
        "Discuss the role of water in the region."
    );
    let essay = &r.sections[1].prompts[0];
    assert_eq!(essay.kind, PromptKind::Essay);
    assert_eq!(
        essay.text,
        "Write 300 words on whether the Aral Sea can recover."
    );
}

#[test]
fn plain_text_with_no_markdown_at_all() {
    let text = "The Silk Road\n\nFor centuries, caravans crossed the steppe carrying silk, spices and ideas between\nChina and the Mediterranean. Cities such as Samarkand grew rich on the trade.\n\nToday new railways follow the old routes.\n\nQuestions\n\nWhy did Samarkand grow rich?\nWhat do the new railways change?\n";
    let r = parse(text);
    assert_eq!(
        r.paragraph_count(),
        2,
        "hard-wrapped lines join into one paragraph"
    );
    assert_eq!(
        texts(&r),
        [
            "Why did Samarkand grow rich?",
            "What do the new railways change?"
        ]
    );
    assert_eq!(r.sections[0].title, "Questions");
    assert_eq!(
        r.title, "The Silk Road",
        "a plain line standing first is the title"
    );
    assert!(matches!(&r.article[0], Block::Paragraph { number: 1, .. }));
}

#[test]
fn crlf_and_missing_final_newline() {
    let text = "Article line.\r\n\r\n## Questions\r\n1. First?\r\n2. Second?";
    let r = parse(text);
    assert_eq!(texts(&r), ["First?", "Second?"]);
    assert!(r.prompts().all(|p| !p.text.contains('\r')));
}

#[test]
fn section_instructions_are_descriptions_not_prompts() {
    let text = "Article.\n\n## Questions\n\nAnswer in full sentences.\n\n1. Why?\n2. How?\n";
    let r = parse(text);
    assert_eq!(
        r.sections[0].description.as_deref(),
        Some("Answer in full sentences.")
    );
    assert_eq!(texts(&r), ["Why?", "How?"]);
}

#[test]
fn a_list_without_a_questions_heading_at_the_end_is_the_questions() {
    let text = "Long article paragraph that explains everything in detail.\n\nAnother paragraph.\n\n1. What happened first?\n2. What happened next?\n\nThanks for reading.\n";
    let r = parse(text);
    assert_eq!(r.prompt_count(), 2);
    assert_eq!(r.paragraph_count(), 2);
    assert_eq!(r.notes, ["Thanks for reading."]);
}

#[test]
fn nested_bullets_stay_with_their_question() {
    let text = "Article.\n\n## Questions\n\n1. Compare the two policies. Consider:\n   - economic factors\n   - political factors\n2. Next question?\n";
    let r = parse(text);
    assert_eq!(r.prompt_count(), 2);
    assert_eq!(
        r.prompts().next().unwrap().text,
        "Compare the two policies. Consider:\n• economic factors\n• political factors"
    );
}

#[test]
fn readings_without_questions_or_without_article() {
    let none = parse("Only an article.\n\nWith two paragraphs.\n");
    assert_eq!(none.prompt_count(), 0);
    assert_eq!(none.paragraph_count(), 2);
    assert_eq!(none.summary(), "0 prompts in 0 sections");

    let only = parse("## Questions\n1. One?\n2. Two?\n");
    assert_eq!(only.prompt_count(), 2);
    assert!(only.article.is_empty());

    assert_eq!(parse("").prompt_count(), 0);
}

#[test]
fn cyrillic_readings_find_their_questions() {
    let text = "# Қазақстан және ЕО\n\nМақала мәтіні.\n\n## Вопросы для обсуждения\n\n1. Почему Казахстан диверсифицирует партнёрства?\n2. Қандай қиындықтар бар?\n";
    let r = parse(text);
    assert_eq!(r.title, "Қазақстан және ЕО");
    assert_eq!(r.prompt_count(), 2);
    assert_eq!(r.sections[0].title, "Вопросы для обсуждения");
}

#[test]
fn ten_thousand_prompts_and_megabyte_lines_parse() {
    let mut text = String::from("Article.\n\n## Questions\n");
    for i in 1..=10_000 {
        text.push_str(&format!("- Question number {i}?\n"));
    }
    let r = parse(&text);
    assert_eq!(r.prompt_count(), 10_000);
    assert_eq!(r.prompts().last().unwrap().id.as_str(), "Q10000");

    let long = "word ".repeat(200_000) + ".";
    let r = parse(&format!("{long}\n\n## Questions\n1. Why?\n"));
    assert_eq!(r.paragraph_count(), 1);
    assert_eq!(r.prompt_count(), 1);
}

/// Text copied out of a news page, as most teachers bring a reading: the page's furniture
/// around the article, questions numbered "Q1." and "Question 2:", and more furniture after
/// the last question.
#[test]
fn text_copied_from_a_web_page_keeps_the_article_and_the_questions_only() {
    let copied = "Skip to main content
Home › World › Asia
Kazakhstan and the EU: A Multi-Vector Partnership
By Aliya Nurlanovna
Published 3 March 2025
5 min read
Share this article
Facebook Twitter LinkedIn WhatsApp

This year marks 31 years since Kazakhstan and the European Union established diplomatic relations.

Advertisement

Related: Kazakhstan's uranium exports rise

The share of EU investment in Kazakhstan grew to 40 percent in 2023, officials said.

Discussion questions

Q1. How significant is Kazakhstan's move to diversify its partnerships?
Question 2: What are the benefits and challenges of this strategy?
Q3) How can the EU support reforms while respecting sovereignty?

Cookie settings
Sign up for our newsletter
© 2025 The Astana Times. All rights reserved.
";
    let r = reading::parse(copied, reading::Origin::Text, "page");
    assert_eq!(r.title, "Kazakhstan and the EU: A Multi-Vector Partnership");
    let article: Vec<String> = r
        .article
        .iter()
        .map(|b| match b {
            reading::Block::Heading(t) | reading::Block::Paragraph { text: t, .. } => t.clone(),
        })
        .collect();
    assert_eq!(
        article,
        [
            "This year marks 31 years since Kazakhstan and the European Union established diplomatic relations.",
            "The share of EU investment in Kazakhstan grew to 40 percent in 2023, officials said.",
        ],
        "no furniture in the article"
    );
    let prompts: Vec<&str> = r.prompts().map(|p| p.text.as_str()).collect();
    assert_eq!(
        prompts,
        [
            "How significant is Kazakhstan's move to diversify its partnerships?",
            "What are the benefits and challenges of this strategy?",
            "How can the EU support reforms while respecting sovereignty?",
        ],
        "\"Q1.\" and \"Question 2:\" read as numbering"
    );
    assert!(
        r.notes.is_empty(),
        "the furniture after the questions is no note: {:?}",
        r.notes
    );
}

/// Question headings in the languages the classrooms write in.
#[test]
fn question_headings_in_russian_kazakh_and_french_are_known() {
    for heading in [
        "Вопросы",
        "Сұрақтар",
        "Questions de discussion",
        "Sujets de réflexion",
    ] {
        let text = format!(
            "# Title\n\nA paragraph of the article.\n\n- a list in the article\n- another item\n\nAnother paragraph.\n\n## {heading}\n\nRead the text again before you answer.\n\n- Explain the first point.\n- Compare it with the second.\n"
        );
        let r = reading::parse(&text, reading::Origin::Text, "x");
        assert_eq!(r.prompt_count(), 2, "{heading}: {:?}", r.sections);
        assert_eq!(r.sections[0].title, heading);
    }
}

/// Question sections before the heading that names the questions ("Essay") are questions too,
/// as in a PDF whose "Questions for discussion" line was lost.
#[test]
fn question_sections_before_an_essay_heading_are_questions() {
    let text = "# Wild Apples\n\nThe forests near Almaty.\n\n## Understanding the text\n\n1. What links them?\n\n## Thinking further\n\n1. Who should pay?\n\n## Essay\n\n1. A shared inheritance: Explain why.\n";
    let r = lectern::reading::parse(text, lectern::reading::Origin::Text, "x");
    let titles: Vec<&str> = r.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Understanding the text", "Thinking further", "Essay"]
    );
    assert_eq!(r.paragraph_count(), 1);
}

/// An article that ends with a list of facts keeps it: the run before the questions' heading
/// joins them only when it asks something.
#[test]
fn an_article_list_before_the_questions_stays_in_the_article() {
    let text = "# Wild Apples\n\nThe forests near Almaty.\n\n## Key facts\n\n- 30 species\n- 2 reserves\n\n## Discussion questions\n\n1. What links them?\n";
    let r = lectern::reading::parse(text, lectern::reading::Origin::Text, "x");
    assert_eq!(r.prompt_count(), 1);
    assert_eq!(r.paragraph_count(), 3);
}

/// What Lectern shows of the bundled readings keeps none of their emphasis markers. Every `*`
/// and `_` in them is Markdown emphasis — they have no arithmetic, file names or footnote stars
/// (checked below: each run of markers touches a word, as emphasis does) — so any `*` or `_`
/// left in the text shown is a marker the parser failed to strip, as `*Malus sieversii*.` once
/// showed "Malus sieversii*.".
#[test]
fn no_emphasis_marker_is_left_in_the_bundled_readings() {
    let is_marker = |c: char| c == '*' || c == '_';
    let mut markers = 0;
    for bundled in reading::BUNDLED {
        let chars: Vec<char> = bundled.text.chars().collect();
        for (i, _) in chars.iter().enumerate().filter(|(_, c)| is_marker(**c)) {
            markers += 1;
            let run_start = (0..=i).rev().take_while(|j| is_marker(chars[*j])).last();
            let run_end = (i..chars.len()).take_while(|j| is_marker(chars[*j])).last();
            let word = |c: Option<&char>| c.is_some_and(|c| !c.is_whitespace());
            let before = run_start.and_then(|s| s.checked_sub(1)).map(|j| &chars[j]);
            let after = run_end.and_then(|e| chars.get(e + 1));
            assert!(
                word(before) || word(after),
                "{}: a {} standing alone at character {i} is text, not emphasis",
                bundled.name,
                chars[i]
            );
        }

        let r = bundled.parse();
        let mut shown = vec![r.title.clone()];
        shown.extend(r.source.clone());
        shown.extend(r.article.iter().map(|b| match b {
            Block::Heading(text) | Block::Paragraph { text, .. } => text.clone(),
        }));
        for section in &r.sections {
            shown.push(section.title.clone());
            shown.extend(section.description.clone());
            shown.extend(section.prompts.iter().map(|p| p.full_text()));
        }
        shown.extend(r.notes.iter().cloned());
        for text in shown {
            assert!(
                !text.contains(is_marker),
                "{}: a marker is left in {text:?}",
                bundled.name
            );
        }
    }
    assert!(markers > 0, "the bundled readings have emphasis to strip");
}

// ---------------------------------------------------------------------------------------------
// Essays and references in every language Lectern speaks.

const ARTICLE: &str = "# Алматы алмасы\n\nАлматы алмасы — әлемге белгілі сорт. Оның тарихы ұзақ.\n\nТау бөктеріндегі жабайы алма ормандары сақталуы керек.\n\n";

#[test]
fn a_kazakh_essay_set_after_the_questions_is_an_essay_prompt() {
    let text = format!(
        "{ARTICLE}## Талқылау сұрақтары\n\n1. Алма неге маңызды?\n2. Ормандарды қалай сақтауға болады?\n\n## Эссе\n\nАлматы алмасының болашағы туралы 200 сөзден тұратын эссе жазыңыз.\n"
    );
    let r = parse(&text);
    let prompts: Vec<_> = r.prompts().map(|p| (p.kind, p.text.as_str())).collect();
    assert_eq!(prompts.len(), 3, "{prompts:?}");
    assert_eq!(
        prompts[2],
        (
            PromptKind::Essay,
            "Алматы алмасының болашағы туралы 200 сөзден тұратын эссе жазыңыз."
        )
    );
}

#[test]
fn an_essay_alone_at_the_end_is_where_the_questions_start() {
    let text = format!("{ARTICLE}## Эссе\n\nАлма туралы өз ойыңызды жазыңыз.\n");
    let r = parse(&text);
    let prompts: Vec<_> = r.prompts().map(|p| (p.kind, p.text.clone())).collect();
    assert_eq!(
        prompts,
        vec![(
            PromptKind::Essay,
            "Алма туралы өз ойыңызды жазыңыз.".to_owned()
        )]
    );
    assert_eq!(
        r.paragraph_count(),
        2,
        "the article keeps its two paragraphs"
    );
    // Russian and French, each with its own words for it.
    for (title, task) in [
        ("Сочинение", "Напишите сочинение о будущем Аральского моря."),
        (
            "Rédaction",
            "Rédigez un texte de 200 mots sur la pomme sauvage.",
        ),
        (
            "Writing task",
            "In 300 words, say what you would protect first.",
        ),
    ] {
        let r = parse(&format!("{ARTICLE}## {title}\n\n{task}\n"));
        let prompts: Vec<_> = r.prompts().map(|p| (p.kind, p.text.clone())).collect();
        assert_eq!(
            prompts,
            vec![(PromptKind::Essay, task.to_owned())],
            "{title}"
        );
    }
}

#[test]
fn a_list_of_references_is_never_questions() {
    // At the end of an article with no questions: it stays in the article.
    for title in [
        "References",
        "Sources",
        "Әдебиеттер",
        "Литература",
        "Bibliographie",
    ] {
        let text = format!(
            "{ARTICLE}## {title}\n\n1. Smith, J. Apples of Almaty. 2019.\n2. Ivanova, A. Wild fruit forests. 2021.\n"
        );
        let r = parse(&text);
        assert_eq!(
            r.prompt_count(),
            0,
            "{title}: {:?}",
            r.prompts().collect::<Vec<_>>()
        );
        assert!(
            r.article
                .iter()
                .any(|b| matches!(b, Block::Paragraph { text, .. } if text.contains("Wild fruit forests"))),
            "{title}: the references stay in the article"
        );
    }
    // After the questions: not among them.
    let text = format!(
        "{ARTICLE}## Вопросы для обсуждения\n\n1. Почему алма важна?\n2. Как сохранить леса?\n\n## Литература\n\n1. Смирнов А. Яблоки Алматы. 2019.\n"
    );
    let r = parse(&text);
    let prompts: Vec<_> = r.prompts().map(|p| p.text.as_str()).collect();
    assert_eq!(prompts, ["Почему алма важна?", "Как сохранить леса?"]);
}
