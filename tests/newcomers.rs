//! What a new teacher and a Kazakh-speaking student hit in their first lesson (issue 24), each
//! kept as a test of the path they took: the same clicks, keys and files.

mod common;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use lectern::export::Format;
use lectern::ui::LecternApp;

/// A click whose press and release land in one frame, as a quick click, a touchpad tap or
/// xdotool's gives under load (kittest's own `click` spreads them over frames).
fn quick_click(h: &mut Harness<'_, LecternApp>, pos: egui::Pos2) {
    let button = |pressed| egui::Event::PointerButton {
        pos,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: Default::default(),
    };
    h.input_mut()
        .events
        .extend([egui::Event::PointerMoved(pos), button(true), button(false)]);
    h.step();
    common::settle(h);
}

fn combo_showing(h: &Harness<'_, LecternApp>, text: &str) -> egui::Pos2 {
    h.get_all_by_role(egui::Role::ComboBox)
        .find(|n| {
            n.accesskit_node().value().as_deref() == Some(text)
                || n.accesskit_node().label().as_deref() == Some(text)
        })
        .unwrap_or_else(|| panic!("a drop-down showing {text}"))
        .rect()
        .center()
}

/// The hand-in's Format list opens above the dialog every time, not only the first: chosen
/// with a quick click on the second opening, the format takes.
#[test]
fn a_drop_down_in_a_dialog_opens_above_it_every_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::harness(common::app(&dir.path().join("a.ron"), vec![]));
    for round in 0..3 {
        h.get_by_label("Hand in…").click();
        common::settle(&mut h);
        let shown = h.state().state.settings.hand_in_format.label();
        let combo = combo_showing(&h, &shown);
        quick_click(&mut h, combo);
        let want = if round % 2 == 0 { Format::Pdf } else { Format::Markdown };
        let item = h.get_by_label(&want.label()).rect().center();
        let modal = egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("hand_in"));
        assert_ne!(
            h.ctx.layer_id_at(item),
            Some(modal),
            "round {round}: the list is behind the dialog"
        );
        quick_click(&mut h, item);
        assert_eq!(h.state().state.settings.hand_in_format, want, "round {round}");
        h.get_by_label("Cancel").click();
        common::settle(&mut h);
        assert!(h.state().state.modal.is_none());
    }
}
