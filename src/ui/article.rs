//! The article pane: the reading set as a page, in a column of comfortable width, with numbered
//! paragraphs (answers cite them by number) and subheadings set apart. Text is selectable.

use egui::text::{LayoutJob, TextFormat};
use egui::{FontId, RichText};

use crate::reading::{Block, Reading};

/// About 70 characters of body text: the measure e-readers and print use.
const MAX_COLUMN: f32 = 680.0;
const BODY_SIZE: f32 = 16.5;
const LINE_HEIGHT: f32 = 1.55;
const NUMBER_WIDTH: f32 = 34.0;

pub fn ui(ui: &mut egui::Ui, reading: &Reading) {
    egui::ScrollArea::vertical()
        .id_salt("article")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui.available_width();
            let column = width.min(MAX_COLUMN + NUMBER_WIDTH);
            ui.horizontal_top(|ui| {
                ui.add_space(((width - column) / 2.0).max(0.0));
                ui.vertical(|ui| {
                    ui.set_width(column);
                    column_ui(ui, reading, column);
                });
            });
        });
}

fn column_ui(ui: &mut egui::Ui, reading: &Reading, column: f32) {
    ui.add_space(18.0);
    ui.add(egui::Label::new(RichText::new(&reading.title).size(26.0).strong()).wrap());
    if let Some(source) = &reading.source {
        ui.add(egui::Label::new(RichText::new(source).italics().weak()).wrap());
    }
    ui.add_space(14.0);
    let text_width = column - NUMBER_WIDTH;
    for block in &reading.article {
        match block {
            Block::Heading(text) => {
                ui.add_space(12.0);
                ui.horizontal_top(|ui| {
                    ui.add_space(NUMBER_WIDTH);
                    ui.add(egui::Label::new(RichText::new(text).size(19.0).strong()).wrap());
                });
                ui.add_space(4.0);
            }
            Block::Paragraph { number, text } => {
                ui.horizontal_top(|ui| {
                    ui.allocate_ui(egui::vec2(NUMBER_WIDTH, BODY_SIZE), |ui| {
                        ui.add_space(BODY_SIZE * 0.2);
                        ui.label(RichText::new(number.to_string()).size(12.5).weak());
                    });
                    ui.add(egui::Label::new(paragraph_job(ui, text, text_width)).wrap());
                });
                ui.add_space(BODY_SIZE * 0.7);
            }
        }
    }
    if reading.article.is_empty() {
        ui.label(
            RichText::new("This reading has no article text, only questions.")
                .italics()
                .weak(),
        );
    }
    ui.add_space(40.0);
}

fn paragraph_job(ui: &egui::Ui, text: &str, width: f32) -> LayoutJob {
    let mut job = LayoutJob::single_section(
        text.to_owned(),
        TextFormat {
            font_id: FontId::proportional(BODY_SIZE),
            color: crate::ui::style::reading_text_color(ui.visuals()),
            line_height: Some(BODY_SIZE * LINE_HEIGHT),
            ..Default::default()
        },
    );
    job.wrap.max_width = width;
    job
}
