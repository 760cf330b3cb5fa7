//! An empty eframe window built from the same eframe features as Lectern, for comparing
//! start-up time and memory (`benches/window.rs`). `cargo run --release --example bare_window`

fn main() -> eframe::Result {
    let report = std::env::var_os("LECTERN_REPORT_FIRST_FRAME").is_some();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare")
            .with_inner_size([1280.0, 820.0]),
        ..Default::default()
    };
    eframe::run_ui_native("bare window", options, move |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("An empty window.");
        });
        lectern::ui::report_first_frame(ui.ctx(), report);
    })
}
