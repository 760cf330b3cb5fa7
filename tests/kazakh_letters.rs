//! Kazakh letters (ә ғ қ ң ө ұ ү һ і, both cases) show in every interface font at every size,
//! and in the PDF sheet, whose labels are then Kazakh too.

use lectern::i18n::Language;

const KAZAKH: &str = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

#[test]
fn every_interface_font_has_the_kazakh_letters_at_every_size() {
    let ctx = egui::Context::default();
    lectern::ui::style::setup(&ctx);
    lectern::ui::style::load_reading_fonts(&ctx);
    // Fonts take effect on the next frame.
    for _ in 0..2 {
        let mut output = ctx.run_ui(Default::default(), |_| {});
        output.textures_delta.clear();
    }
    let families = [
        egui::FontFamily::Proportional,
        egui::FontFamily::Monospace,
        egui::FontFamily::Name("serif".into()),
        egui::FontFamily::Name("legible".into()),
    ];
    for family in families {
        for size in [8.0, 11.5, 14.0, 15.5, 21.0, 30.0, 48.0] {
            let font = egui::FontId::new(size, family.clone());
            let missing: String = KAZAKH
                .chars()
                .filter(|&c| !ctx.fonts_mut(|f| f.has_glyph(&font, c)))
                .collect();
            assert!(missing.is_empty(), "{family:?} at {size}: no {missing}");
        }
    }
}

#[test]
fn the_pdf_font_has_the_kazakh_letters() {
    let font = include_bytes!("../assets/fonts/LibertinusSerif-Regular.otf");
    let face = ttf_parser::Face::parse(font, 0).unwrap();
    let missing: String = KAZAKH
        .chars()
        .filter(|&c| face.glyph_index(c).is_none())
        .collect();
    assert!(missing.is_empty(), "Libertinus Serif lacks {missing}");
}

#[test]
fn a_kazakh_sheet_reads_back_from_its_pdf_in_kazakh() {
    let reading = lectern::reading::BUNDLED[0].parse();
    let mut sheet = lectern::answers::AnswerSheet::new(&reading);
    sheet.student = "Әлия Нұрланқызы".to_owned();
    let prompt = reading.prompts().nth(1).unwrap().clone();
    sheet.set_answer(
        &prompt,
        "Қазақстан Еуропамен серіктестігін күшейтіп келеді. Үкімет өңірлік байланыстарды дамытуда.",
        "2026-12-03T09:00:00Z".parse().unwrap(),
    );
    let study = lectern::export::StudySheet::build(&reading, &sheet, "2026-12-03")
        .in_language(Language::Kazakh);
    let pdf = study
        .to_bytes_on(
            lectern::export::Format::Pdf,
            lectern::export::pdf::Paper::A4,
        )
        .unwrap();
    let text = pdf_extract::extract_text_from_mem(&pdf).unwrap();
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Әлия Нұрланқызы",
        "Қазақстан Еуропамен серіктестігін",
        "өңірлік",
        "Оқушы",
        "Жауап берілмеген",
        "13 сұрақтың 1-іне жауап берілді",
    ] {
        assert!(flat.contains(expected), "{expected:?} not in {flat}");
    }
}
