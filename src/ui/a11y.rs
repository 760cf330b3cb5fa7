//! What screen readers see beyond what egui lays out.
//!
//! The article and the question list build only the items in view, and egui makes AccessKit
//! nodes only for what was built, so a screen reader would find six paragraphs and half the
//! questions, and "read all" would stop at the edge of the view. Here each list gets a named
//! container node, and every item out of view a stand-in node with its text, role and place
//! (so "scroll into view" works on it, and a question's stand-in can be clicked).

use egui::accesskit;

/// Names the window after the reading, for the screen reader's window list.
pub fn name_window(ctx: &egui::Context, title: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
        node.set_label(title);
    });
}

/// Makes `ui` a container node with `role` and `label`, so what is built inside it (and the
/// stand-ins) is grouped under it. Returns whether AccessKit is on this frame: when it is off,
/// no stand-ins are needed, and none are built.
pub fn container(ui: &egui::Ui, role: accesskit::Role, label: &str) -> bool {
    ui.ctx()
        .accesskit_node_builder(ui.unique_id(), |node| {
            node.set_role(role);
            node.set_label(label);
        })
        .is_some()
}

/// What a stand-in says.
pub struct StandIn<'a> {
    pub role: accesskit::Role,
    /// The name a screen reader reads (for a `Label`, its text).
    pub name: &'a str,
    /// More, read after the name ("Paragraph 4").
    pub description: Option<&'a str>,
    /// For a question's line: whether it is the one selected (egui marks a selectable button
    /// as toggled, so the stand-in reads like the real row).
    pub toggled: Option<bool>,
}

/// A node for an item out of view at `rect` (in the scrolled content's coordinates), inside
/// `ui`. Returns its response: `clicked()` when a screen reader clicked it.
pub fn stand_in(
    ui: &egui::Ui,
    id: egui::Id,
    rect: egui::Rect,
    sense: egui::Sense,
    what: &StandIn,
) -> egui::Response {
    let response = ui.interact(rect, id, sense);
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_role(what.role);
        if what.role == accesskit::Role::Label {
            // A label's name is its value (AccessKit reads it so).
            node.set_value(what.name);
        } else {
            node.set_label(what.name);
        }
        if let Some(description) = what.description {
            node.set_description(description);
        }
        if let Some(toggled) = what.toggled {
            node.set_toggled(if toggled {
                accesskit::Toggled::True
            } else {
                accesskit::Toggled::False
            });
        }
        node.set_bounds(accesskit::Rect {
            x0: rect.min.x.into(),
            y0: rect.min.y.into(),
            x1: rect.max.x.into(),
            y1: rect.max.y.into(),
        });
        node.add_action(accesskit::Action::ScrollIntoView);
        if sense.senses_click() {
            node.add_action(accesskit::Action::Click);
        }
    });
    response
}
