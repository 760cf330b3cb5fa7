//! The class at a glance (`collect::charts`): how far each student got, the words each
//! question drew, and the rubric levels per criterion — drawn with egui_plot, under a fold
//! that is closed until asked for, so the charts cost nothing while not shown.

use egui::{Color32, RichText};
use egui_plot::{Bar, BarChart, BoxElem, BoxPlot, BoxSpread, Legend, Plot};

use crate::collect::Group;
use crate::collect::charts::{ClassCharts, five_numbers};
use crate::export::Shade;
use crate::feedback::Rubric;

const HEIGHT: f32 = 170.0;
/// A shade as the printed class sheet has it: answered in green, not answered in orange,
/// levels from orange to green, in every chart and legend.
fn colour(shade: Shade) -> Color32 {
    let [r, g, b] = shade.rgb();
    Color32::from_rgb(r, g, b)
}

/// The charts of `group` under a fold named for it.
pub(super) fn charts_ui(
    ui: &mut egui::Ui,
    group: &Group,
    rubric: Option<&Rubric>,
    name: impl Fn(&str) -> String,
) {
    egui::CollapsingHeader::new(crate::t!("class-charts"))
        .id_salt(("class_charts", &group.fingerprint))
        .default_open(false)
        .show(ui, |ui| {
            let charts = ClassCharts::of(group, rubric, name);
            let salt = group.fingerprint.as_str();
            progress_ui(ui, &charts, salt);
            answered_ui(ui, &charts, salt);
            words_ui(ui, &charts, salt);
            if !charts.levels.is_empty() {
                levels_ui(ui, &charts, salt);
            }
        });
}

fn plot(id: (&str, &str)) -> Plot<'static> {
    Plot::new(id)
        .height(HEIGHT)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .show_grid([false, true])
        .include_y(0.0)
}

fn title(ui: &mut egui::Ui, text: String) {
    ui.add_space(6.0);
    ui.label(RichText::new(text).strong());
}

/// Questions numbered from 1 under their bars.
fn question_axis(mark: egui_plot::GridMark, _: &std::ops::RangeInclusive<f64>) -> String {
    let n = mark.value.round();
    if (mark.value - n).abs() < 1e-6 && n >= 1.0 {
        format!("{n}")
    } else {
        String::new()
    }
}

/// How many questions each student answered, one bar a student.
fn progress_ui(ui: &mut egui::Ui, charts: &ClassCharts, salt: &str) {
    title(
        ui,
        crate::t!("class-chart-progress", total = charts.answered.len()),
    );
    let bars: Vec<Bar> = charts
        .progress
        .iter()
        .enumerate()
        .map(|(i, (student, answered))| {
            Bar::new(i as f64 + 1.0, *answered as f64)
                .name(student)
                .width(0.7)
        })
        .collect();
    let names: Vec<String> = charts.progress.iter().map(|(s, _)| s.clone()).collect();
    plot(("class_progress", salt))
        .include_y(charts.answered.len() as f64)
        .x_axis_formatter(named_axis(names))
        .show(ui, |plot| {
            let chart = BarChart::new(crate::t!("class-chart-answered"), bars)
                .color(colour(Shade::Answered));
            plot.bar_chart(chart);
        });
}

/// Per question, answered and not answered, stacked.
fn answered_ui(ui: &mut egui::Ui, charts: &ClassCharts, salt: &str) {
    title(
        ui,
        crate::t!("class-chart-questions", students = charts.students),
    );
    let bar = |i: usize, n: usize| Bar::new(i as f64 + 1.0, n as f64).width(0.7);
    let answered: Vec<Bar> = charts
        .answered
        .iter()
        .enumerate()
        .map(|(i, n)| bar(i, *n))
        .collect();
    let missing: Vec<Bar> = charts
        .answered
        .iter()
        .enumerate()
        .map(|(i, n)| bar(i, charts.students - n))
        .collect();
    let answered =
        BarChart::new(crate::t!("class-chart-answered"), answered).color(colour(Shade::Answered));
    let missing = BarChart::new(crate::t!("class-chart-not-answered"), missing)
        .color(colour(Shade::NotAnswered))
        .stack_on(&[&answered]);
    plot(("class_answered", salt))
        .legend(Legend::default())
        .x_axis_formatter(question_axis)
        .show(ui, |plot| {
            plot.bar_chart(answered);
            plot.bar_chart(missing);
        });
}

/// Per question, the spread of the answers' word counts.
fn words_ui(ui: &mut egui::Ui, charts: &ClassCharts, salt: &str) {
    title(ui, crate::t!("class-chart-words"));
    let boxes: Vec<BoxElem> = charts
        .words
        .iter()
        .enumerate()
        .filter_map(|(i, words)| {
            let [low, q1, median, q3, high] = five_numbers(words)?;
            Some(
                BoxElem::new(i as f64 + 1.0, BoxSpread::new(low, q1, median, q3, high))
                    .box_width(0.6),
            )
        })
        .collect();
    plot(("class_words", salt))
        .x_axis_formatter(question_axis)
        .show(ui, |plot| {
            plot.box_plot(BoxPlot::new(crate::t!("class-chart-words-name"), boxes));
        });
}

/// Per criterion, how many reached each level, one stacked bar a criterion.
fn levels_ui(ui: &mut egui::Ui, charts: &ClassCharts, salt: &str) {
    title(ui, crate::t!("class-chart-levels"));
    let most = charts
        .levels
        .iter()
        .map(|(_, l)| l.len())
        .max()
        .unwrap_or(0);
    let mut stacked: Vec<BarChart> = Vec::new();
    for level in 0..most {
        let bars: Vec<Bar> = charts
            .levels
            .iter()
            .enumerate()
            .filter_map(|(i, (_, levels))| {
                let (name, n) = levels.get(level)?;
                Some(Bar::new(i as f64 + 1.0, *n as f64).name(name).width(0.6))
            })
            .collect();
        let name = charts
            .levels
            .iter()
            .find_map(|(_, l)| l.get(level).map(|(n, _)| n.clone()))
            .unwrap_or_default();
        let color = colour(Shade::Level {
            index: level,
            of: most,
        });
        let chart = BarChart::new(name, bars).color(color);
        let below: Vec<&BarChart> = stacked.iter().collect();
        let chart = chart.stack_on(&below);
        stacked.push(chart);
    }
    let names: Vec<String> = charts.levels.iter().map(|(c, _)| c.clone()).collect();
    plot(("class_levels", salt))
        .legend(Legend::default())
        .x_axis_formatter(named_axis(names))
        .show(ui, |plot| {
            for chart in stacked {
                plot.bar_chart(chart);
            }
        });
}

/// Bars named under them, the first at 1: `names[0]`, and on.
fn named_axis(
    names: Vec<String>,
) -> impl Fn(egui_plot::GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, _| {
        let i = mark.value.round();
        match names.get((i as usize).wrapping_sub(1)) {
            Some(name) if (mark.value - i).abs() < 1e-6 => short(name),
            _ => String::new(),
        }
    }
}

/// A name short enough to sit under its bar.
fn short(name: &str) -> String {
    let mut chars = name.chars();
    let head: String = chars.by_ref().take(12).collect();
    match chars.next() {
        Some(_) => format!("{head}…"),
        None => head,
    }
}
