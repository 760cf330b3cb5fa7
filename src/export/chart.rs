//! The class sheet's charts, as every format draws them: rows of horizontal bars, each row a
//! student, a question or a rubric criterion, with its label on the left and its figures on
//! the right. The same rows become SVG in the HTML sheet, vector shapes in the PDF, and lines
//! of figures in the text formats, so the printed sheet says what the Class view's charts say.

use crate::collect::charts::{ClassCharts, five_numbers};
use crate::i18n::Language;

use super::{Clean, one_line};

/// The longest label a chart row shows, in characters; longer ones end in "…" (the text
/// formats give it whole).
const LABEL_CHARS: usize = 22;

/// What a chart shows, which decides its title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    /// Questions answered by each student, of `total`.
    Progress { total: usize },
    /// Each question, answered and not answered, of `students`.
    Questions { students: usize },
    /// Words per answer, by question.
    Words,
    /// Rubric levels reached per criterion.
    Levels,
}

/// The colour of a bar or a legend's swatch, named for what it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shade {
    Answered,
    NotAnswered,
    Words,
    /// A rubric's level `index` of `of`, from the lowest's orange to the highest's green.
    Level {
        index: usize,
        of: usize,
    },
}

impl Shade {
    /// Red, green, blue: the Class view's colours.
    pub fn rgb(self) -> [u8; 3] {
        match self {
            Shade::Answered => [0x3b, 0x82, 0x5c],
            Shade::NotAnswered => [0xc0, 0x83, 0x3a],
            Shade::Words => [0x2b, 0x5b, 0x84],
            Shade::Level { index, of } => {
                let (low, high) = ([0xd9, 0x7b, 0x2f], [0x2f, 0x8f, 0x4e]);
                let t = match of {
                    0 | 1 => 1.0,
                    n => index.min(n - 1) as f32 / (n - 1) as f32,
                };
                let mix =
                    |i: usize| (low[i] as f32 + (high[i] as f32 - low[i] as f32) * t).round() as u8;
                [mix(0), mix(1), mix(2)]
            }
        }
    }

    /// `#rrggbb`, for the HTML sheet.
    pub fn hex(self) -> String {
        let [r, g, b] = self.rgb();
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// A row's bar.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartBar {
    /// Lengths laid end to end from the left, each in its shade.
    Stacked(Vec<(f64, Shade)>),
    /// Smallest, first quartile, median, third quartile, largest: a box plot on its side.
    /// `None` when there is nothing to spread (no answers).
    Spread(Option<[f64; 5]>),
}

/// One row of a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    /// Whole, on one line.
    pub label: Clean,
    pub bar: ChartBar,
}

/// A chart on the class sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetChart {
    pub kind: ChartKind,
    pub rows: Vec<ChartRow>,
    /// The length of the whole bar's room (at least 1).
    pub scale: f64,
    /// What each shade means, when a chart has more than one: (name, shade).
    pub legend: Vec<(Clean, Shade)>,
}

impl SheetChart {
    /// The class sheet's charts of `charts`, whose questions are `questions` (their ids, in
    /// order); the same four the Class view shows, the rubric's only when there is one.
    pub fn of_class(charts: &ClassCharts, questions: &[&str]) -> Vec<SheetChart> {
        let total = charts.answered.len();
        let students = charts.students;
        let question = |i: usize| Clean::new(questions.get(i).copied().unwrap_or("?"));
        let mut out = vec![
            SheetChart {
                kind: ChartKind::Progress { total },
                rows: charts
                    .progress
                    .iter()
                    .map(|(name, n)| ChartRow {
                        label: Clean::new(name),
                        bar: ChartBar::Stacked(vec![(*n as f64, Shade::Answered)]),
                    })
                    .collect(),
                scale: total.max(1) as f64,
                legend: Vec::new(),
            },
            SheetChart {
                kind: ChartKind::Questions { students },
                rows: charts
                    .answered
                    .iter()
                    .enumerate()
                    .map(|(i, n)| ChartRow {
                        label: question(i),
                        bar: ChartBar::Stacked(vec![
                            (*n as f64, Shade::Answered),
                            (students.saturating_sub(*n) as f64, Shade::NotAnswered),
                        ]),
                    })
                    .collect(),
                scale: students.max(1) as f64,
                legend: vec![
                    (Clean::new(""), Shade::Answered),
                    (Clean::new(""), Shade::NotAnswered),
                ],
            },
            SheetChart {
                kind: ChartKind::Words,
                rows: charts
                    .words
                    .iter()
                    .enumerate()
                    .map(|(i, words)| ChartRow {
                        label: question(i),
                        bar: ChartBar::Spread(five_numbers(words)),
                    })
                    .collect(),
                scale: charts
                    .words
                    .iter()
                    .flatten()
                    .copied()
                    .max()
                    .unwrap_or(0)
                    .max(1) as f64,
                legend: Vec::new(),
            },
        ];
        if !charts.levels.is_empty() {
            let of = charts
                .levels
                .iter()
                .map(|(_, l)| l.len())
                .max()
                .unwrap_or(0);
            let legend = (0..of)
                .map(|index| {
                    let name = charts
                        .levels
                        .iter()
                        .find_map(|(_, l)| l.get(index).map(|(n, _)| n.as_str()))
                        .unwrap_or("");
                    (Clean::new(name), Shade::Level { index, of })
                })
                .collect();
            let rows: Vec<ChartRow> = charts
                .levels
                .iter()
                .map(|(criterion, levels)| ChartRow {
                    label: Clean::new(criterion),
                    bar: ChartBar::Stacked(
                        levels
                            .iter()
                            .enumerate()
                            .map(|(index, (_, n))| (*n as f64, Shade::Level { index, of }))
                            .collect(),
                    ),
                })
                .collect();
            let scale = rows.iter().map(|r| r.total()).fold(1.0, f64::max);
            out.push(SheetChart {
                kind: ChartKind::Levels,
                rows,
                scale,
                legend,
            });
        }
        out
    }

    /// The chart's title, in `language`.
    pub fn title(&self, language: Language) -> String {
        use crate::i18n::tr_in;
        match self.kind {
            ChartKind::Progress { total } => {
                tr_in(language, "class-chart-progress", &[("total", total.into())])
            }
            ChartKind::Questions { students } => tr_in(
                language,
                "class-chart-questions",
                &[("students", students.into())],
            ),
            ChartKind::Words => tr_in(language, "class-chart-words", &[]),
            ChartKind::Levels => tr_in(language, "class-chart-levels", &[]),
        }
    }

    /// What each shade means, in `language`: the rubric's level names as the teacher wrote
    /// them, "answered" and "not answered" in the sheet's language.
    pub fn legend(&self, language: Language) -> Vec<(String, Shade)> {
        self.legend
            .iter()
            .map(|(name, shade)| {
                let name = match shade {
                    Shade::Answered => crate::i18n::tr_in(language, "class-chart-answered", &[]),
                    Shade::NotAnswered => {
                        crate::i18n::tr_in(language, "class-chart-not-answered", &[])
                    }
                    _ => one_line(name).into_owned(),
                };
                (name, *shade)
            })
            .collect()
    }
}

impl SheetChart {
    /// The chart in words, for the text formats: the levels' names in the order the figures
    /// give them (the rubric's chart only), and a line a row, "label: figures", label whole.
    pub fn in_words(&self, language: Language) -> (Option<String>, Vec<String>) {
        let legend = (self.kind == ChartKind::Levels).then(|| {
            self.legend(language)
                .into_iter()
                .map(|(name, _)| name)
                .collect::<Vec<_>>()
                .join(" · ")
        });
        let rows = self
            .rows
            .iter()
            .map(|row| format!("{}: {}", one_line(&row.label), row.figures(self, language)))
            .collect();
        (legend, rows)
    }
}

impl ChartRow {
    /// The label as a chart row shows it: one line, cut to [`LABEL_CHARS`].
    pub fn short_label(&self) -> String {
        let line = one_line(&self.label);
        if line.chars().count() <= LABEL_CHARS {
            line.into_owned()
        } else {
            let cut: String = line.chars().take(LABEL_CHARS - 1).collect();
            format!("{}…", cut.trim_end())
        }
    }

    /// The row's figures in words, in `language`, for `chart`: "4 of 6", "12–340, median 210",
    /// or each level's count in the legend's order ("1 · 3 · 2").
    pub fn figures(&self, chart: &SheetChart, language: Language) -> String {
        let n = |x: f64| x.round() as usize;
        match (&self.bar, chart.kind) {
            (ChartBar::Stacked(parts), ChartKind::Levels) => parts
                .iter()
                .map(|(x, _)| n(*x).to_string())
                .collect::<Vec<_>>()
                .join(" · "),
            (ChartBar::Stacked(parts), _) => crate::i18n::tr_in(
                language,
                "sheet-chart-of",
                &[
                    ("count", n(parts.first().map_or(0.0, |p| p.0)).into()),
                    ("total", n(chart.scale).into()),
                ],
            ),
            (ChartBar::Spread(Some([low, _, median, _, high])), _) => crate::i18n::tr_in(
                language,
                "sheet-chart-spread",
                &[
                    ("low", n(*low).into()),
                    ("high", n(*high).into()),
                    ("median", n(*median).into()),
                ],
            ),
            (ChartBar::Spread(None), _) => "—".to_owned(),
        }
    }

    /// The length of the whole bar.
    pub fn total(&self) -> f64 {
        match &self.bar {
            ChartBar::Stacked(parts) => parts.iter().map(|(x, _)| x).sum(),
            ChartBar::Spread(spread) => spread.map_or(0.0, |s| s[4]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn charts() -> ClassCharts {
        ClassCharts {
            answered: vec![3, 1],
            students: 3,
            progress: vec![
                ("Әлия".into(), 2),
                ("A very long student name that goes on".into(), 1),
                ("Борис".into(), 1),
            ],
            words: vec![vec![10, 20, 300], vec![]],
            levels: vec![(
                "Evidence".into(),
                vec![("Beginning".into(), 1), ("Secure".into(), 2)],
            )],
        }
    }

    #[test]
    fn the_sheet_charts_say_what_the_class_charts_count() {
        let sheet = SheetChart::of_class(&charts(), &["Q1", "Q2"]);
        assert_eq!(sheet.len(), 4);
        let en = Language::English;
        let figures =
            |c: &SheetChart| -> Vec<String> { c.rows.iter().map(|r| r.figures(c, en)).collect() };
        assert_eq!(figures(&sheet[0]), ["2 of 2", "1 of 2", "1 of 2"]);
        assert_eq!(figures(&sheet[1]), ["3 of 3", "1 of 3"]);
        assert_eq!(figures(&sheet[2]), ["10–300, median 20", "—"]);
        assert_eq!(figures(&sheet[3]), ["1 · 2"]);
        assert_eq!(sheet[2].scale, 300.0);
        assert_eq!(sheet[3].scale, 3.0);
        assert_eq!(sheet[0].rows[1].short_label(), "A very long student n…");
        let legend: Vec<String> = sheet[3].legend(en).into_iter().map(|l| l.0).collect();
        assert_eq!(legend, ["Beginning", "Secure"]);
        assert_eq!(sheet[1].legend(Language::Kazakh)[0].0, "жауап берді");
    }

    #[test]
    fn levels_run_from_orange_to_green() {
        assert_eq!(Shade::Level { index: 0, of: 3 }.hex(), "#d97b2f");
        assert_eq!(Shade::Level { index: 2, of: 3 }.hex(), "#2f8f4e");
        assert_eq!(Shade::Level { index: 9, of: 3 }.hex(), "#2f8f4e");
    }
}
