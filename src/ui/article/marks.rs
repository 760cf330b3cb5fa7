//! What the article paints over its words: highlights, cited passages (underlined, with the
//! citing prompts in the margin), find matches, a passage just jumped to, and a selection
//! waiting to be cited. Marks are byte ranges of a block's text; [`job`] turns text and marks
//! into one egui layout job, so marking never changes where lines break.

use std::collections::HashMap;
use std::ops::Range;

use egui::Color32;
use egui::text::{LayoutJob, TextFormat};

use crate::answers::{AnswerSheet, HighlightColour};
use crate::reading::Reading;

/// How a range of text is marked. Later kinds are painted over earlier ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    Highlight(HighlightColour),
    Cited,
    Match,
    CurrentMatch,
    /// The sentence being read aloud, and its word being spoken (painted over it).
    Spoken,
    SpokenWord,
    Flash,
    Pending,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marked {
    pub range: Range<usize>,
    pub mark: Mark,
}

/// The highlights and citations of a sheet, by article block. Built when the sheet changes,
/// not every frame: finding a passage in an edited reading can mean searching it all.
#[derive(Default)]
pub struct EvidenceMarks {
    pub by_block: HashMap<usize, Vec<Marked>>,
    /// The prompts citing words in each block, as short tags ("Q3", "Lead"), without repeats.
    pub cited_by: HashMap<usize, Vec<String>>,
    /// The highlights by block, with their index in the sheet, for removing one.
    pub highlights: HashMap<usize, Vec<(usize, Range<usize>)>>,
    /// Citations whose words are not in this reading: (prompt id, index in its answer).
    pub missing: std::collections::HashSet<(crate::reading::PromptId, usize)>,
}

impl EvidenceMarks {
    pub fn of(reading: &Reading, sheet: &AnswerSheet) -> EvidenceMarks {
        let mut marks = EvidenceMarks::default();
        let mut searches = crate::reading::FULL_SEARCHES;
        for (i, highlight) in sheet.highlights.iter().enumerate() {
            if let Some(at) = reading.locate_budgeted(&highlight.passage, &mut searches) {
                marks.add(
                    at.block,
                    at.range.clone(),
                    Mark::Highlight(highlight.colour),
                );
                marks
                    .highlights
                    .entry(at.block)
                    .or_default()
                    .push((i, at.range));
            }
        }
        for (id, passages) in sheet.all_citations() {
            for (n, passage) in passages.iter().enumerate() {
                let Some(at) = reading.locate_budgeted(passage, &mut searches) else {
                    marks.missing.insert((id.clone(), n));
                    continue;
                };
                marks.add(at.block, at.range, Mark::Cited);
                let tag = match reading.prompt(id).map(|p| p.kind) {
                    Some(crate::reading::PromptKind::Lead) => crate::t!("tag-lead"),
                    _ => id.to_string(),
                };
                let tags = marks.cited_by.entry(at.block).or_default();
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
        }
        marks
    }

    fn add(&mut self, block: usize, range: Range<usize>, mark: Mark) {
        self.by_block
            .entry(block)
            .or_default()
            .push(Marked { range, mark });
    }

    /// The highlight (its index in the sheet) under byte `at` of `block`.
    pub fn highlight_at(&self, block: usize, at: usize) -> Option<usize> {
        self.highlights
            .get(&block)?
            .iter()
            .rev()
            .find(|(_, r)| r.start <= at && at <= r.end)
            .map(|(i, _)| *i)
    }
}

/// `text` in `base`'s look with `marks` painted on.
pub fn job(text: &str, base: &TextFormat, marks: &[Marked], dark: bool) -> LayoutJob {
    let mut job = LayoutJob::default();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for m in marks {
        for at in [m.range.start, m.range.end] {
            if at <= text.len() && text.is_char_boundary(at) {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut ordered: Vec<&Marked> = marks.iter().collect();
    ordered.sort_by_key(|m| m.mark);
    for pair in cuts.windows(2) {
        let (start, end) = (pair[0], pair[1]);
        let mut format = base.clone();
        for m in ordered
            .iter()
            .filter(|m| m.range.start <= start && end <= m.range.end)
        {
            paint(&mut format, m.mark, dark);
        }
        job.append(&text[start..end], 0.0, format);
    }
    if text.is_empty() {
        job.append("", 0.0, base.clone());
    }
    job
}

fn paint(format: &mut TextFormat, mark: Mark, dark: bool) {
    match mark {
        Mark::Highlight(colour) => format.background = highlight_colour(colour, dark),
        Mark::Cited => format.underline = egui::Stroke::new(1.6, cited_colour(dark)),
        Mark::Match => {
            format.background = if dark {
                Color32::from_rgba_unmultiplied(230, 120, 20, 90)
            } else {
                Color32::from_rgb(255, 214, 150)
            }
        }
        Mark::CurrentMatch => {
            format.background = if dark {
                Color32::from_rgb(240, 140, 30)
            } else {
                Color32::from_rgb(255, 160, 50)
            };
            format.color = Color32::BLACK;
        }
        Mark::Spoken => {
            format.background = if dark {
                Color32::from_rgb(28, 78, 64)
            } else {
                Color32::from_rgb(206, 240, 226)
            };
        }
        Mark::SpokenWord => {
            format.background = if dark {
                Color32::from_rgb(40, 130, 100)
            } else {
                Color32::from_rgb(130, 214, 178)
            };
            format.underline = egui::Stroke::new(2.0, spoken_colour(dark));
        }
        Mark::Flash | Mark::Pending => {
            format.background = if dark {
                Color32::from_rgb(40, 90, 160)
            } else {
                Color32::from_rgb(168, 206, 255)
            };
            if dark {
                format.color = Color32::WHITE;
            }
        }
    }
}

/// The colour a highlight is painted in, pale on light pages and deep on dark ones, so the
/// text on it keeps its contrast.
pub fn highlight_colour(colour: HighlightColour, dark: bool) -> Color32 {
    let (light, deep) = match colour {
        HighlightColour::Yellow => ((255, 236, 140), (120, 100, 10)),
        HighlightColour::Green => ((196, 238, 186), (34, 104, 44)),
        HighlightColour::Blue => ((192, 222, 255), (30, 80, 150)),
        HighlightColour::Pink => ((255, 204, 226), (130, 40, 90)),
    };
    let (r, g, b) = if dark { deep } else { light };
    Color32::from_rgb(r, g, b)
}

/// The underline of the word being spoken.
pub fn spoken_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(170, 240, 210)
    } else {
        Color32::from_rgb(10, 90, 60)
    }
}

pub fn cited_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(120, 180, 255)
    } else {
        Color32::from_rgb(30, 90, 160)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sections(job: &LayoutJob, text: &str) -> Vec<(String, Color32)> {
        job.sections
            .iter()
            .map(|s| {
                (
                    text[s.byte_range.start.0..s.byte_range.end.0].to_owned(),
                    s.format.background,
                )
            })
            .collect()
    }

    #[test]
    fn marks_split_the_text_and_later_kinds_win() {
        let text = "one two three";
        let marks = [
            Marked {
                range: 4..13,
                mark: Mark::Highlight(HighlightColour::Green),
            },
            Marked {
                range: 0..7,
                mark: Mark::Flash,
            },
        ];
        let job = job(text, &TextFormat::default(), &marks, false);
        assert_eq!(job.text, text);
        let got = sections(&job, text);
        // "two" is under both: the flash, painted later, shows, so it runs on from "one ".
        let flash = got[0].1;
        assert_ne!(flash, Color32::TRANSPARENT);
        assert_eq!(
            got,
            vec![
                ("one two".to_owned(), flash),
                (
                    " three".to_owned(),
                    highlight_colour(HighlightColour::Green, false)
                )
            ]
        );
    }

    #[test]
    fn ranges_off_character_boundaries_are_ignored() {
        // Each letter is two bytes: 1..3 cuts through "Қ" and "а"; 4..6 is "з", whole.
        let text = "Қазақ";
        let marks = [
            Marked {
                range: 1..3,
                mark: Mark::Highlight(HighlightColour::Yellow),
            },
            Marked {
                range: 4..6,
                mark: Mark::Highlight(HighlightColour::Green),
            },
        ];
        let job = job(text, &TextFormat::default(), &marks, false);
        assert_eq!(job.text, text);
        // The broken range marks nothing; the whole one still marks its letter.
        let green = highlight_colour(HighlightColour::Green, false);
        assert_eq!(
            sections(&job, text),
            vec![
                ("Қа".to_owned(), Color32::TRANSPARENT),
                ("з".to_owned(), green),
                ("ақ".to_owned(), Color32::TRANSPARENT),
            ]
        );
    }
}
