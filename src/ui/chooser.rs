//! Lectern's own file and folder chooser, for computers where the system's dialog cannot open
//! (no desktop portal, no zenity: many school Linux images). It asks for the same three kinds
//! of thing as the system's dialogs: a file to open, a file to write, or a folder.
//!
//! The pane only shows the state and pushes [`ChooserAction`]s; the app reads folders and
//! decides (`LecternApp::run_chooser`).

use std::path::{Path, PathBuf};

use super::command::Action;
use super::dialogs::{DialogKind, DialogRequest};
use crate::folders::{FolderEntry, Place};

pub use crate::app::command::ChooserAction;

/// The chooser, open.
pub struct Chooser {
    pub request: DialogRequest,
    /// Why the system's dialog is not used, said at the top.
    pub reason: String,
    /// The folder shown.
    pub folder: PathBuf,
    /// Its entries, or why they could not be read.
    pub entries: Result<Vec<FolderEntry>, String>,
    /// Entries of the folder that could not be read (said under the list).
    pub unreadable: usize,
    pub places: Vec<Place>,
    /// The path field: the folder shown, or what the student typed.
    pub path_text: String,
    /// The file name (open and save kinds).
    pub name: String,
    /// Index of the filter in use.
    pub filter: usize,
    /// A file to write that is already there: asked before replacing it.
    pub confirm_replace: Option<PathBuf>,
    /// A folder chosen that is not there yet: asked before making it.
    pub confirm_create: Option<PathBuf>,
    /// Why the last choice was not taken.
    pub problem: Option<String>,
    /// Put the keyboard in the name (or path) field next frame.
    pub focus: bool,
}

impl Chooser {
    pub fn new(request: DialogRequest, reason: String, places: Vec<Place>) -> Chooser {
        let name = match &request.kind {
            DialogKind::SaveFile { file_name, .. } => file_name.clone(),
            _ => String::new(),
        };
        Chooser {
            request,
            reason,
            folder: PathBuf::new(),
            entries: Ok(Vec::new()),
            unreadable: 0,
            places,
            path_text: String::new(),
            name,
            filter: 0,
            confirm_replace: None,
            confirm_create: None,
            problem: None,
            focus: true,
        }
    }

    /// Whether the entry is shown: every folder; files only when choosing a file, and only
    /// those the filter lets through.
    fn shows(&self, entry: &FolderEntry) -> bool {
        if entry.is_dir {
            return true;
        }
        match &self.request.kind {
            DialogKind::Folder => false,
            kind => kind
                .filters()
                .get(self.filter)
                .is_none_or(|f| f.matches(&entry.name)),
        }
    }

    /// The folder the student sees in the path field: what they typed there, even before
    /// Enter, else the folder listed. The choice is always what the field says, never a
    /// folder listed earlier.
    pub fn folder_in_field(&self, path_text: &str) -> PathBuf {
        let typed = path_text.trim();
        if typed.is_empty() {
            self.folder.clone()
        } else {
            crate::paths::expand_home(typed)
        }
    }

    /// The path the main button (or Enter in the name field) chooses, with the path and name
    /// fields as they read this frame.
    pub fn target(&self, path_text: &str, name: &str) -> PathBuf {
        let folder = self.folder_in_field(path_text);
        match self.request.kind {
            DialogKind::Folder => folder,
            _ => folder.join(name.trim()),
        }
    }
}

/// The accessible name of the path field and its label.
pub fn path_label() -> String {
    crate::t!("chooser-folder")
}
const LIST_HEIGHT: f32 = 300.0;
/// The accessible name of the file name field.
pub fn name_label() -> String {
    crate::t!("chooser-file-name")
}

/// The chooser owns its two text fields; what is done in it goes to the app as actions.
pub fn ui(ctx: &egui::Context, chooser: &mut Option<Chooser>, out: &mut Vec<Action>) {
    let Some(chooser) = chooser.as_mut() else {
        return;
    };
    let title = chooser.request.title.clone();
    let mut actions = Vec::new();
    let mut edits: Option<(String, String)> = None;
    let modal = egui::Modal::new(egui::Id::unique("lectern_chooser")).show(ctx, |ui| {
        ui.set_width(640.0_f32.min(ctx.content_rect().width() - 60.0));
        ui.heading(&title);
        // In words a student follows; what went wrong exactly is one hover (and stderr) away.
        ui.label(egui::RichText::new(crate::t!("chooser-why")).small().weak())
            .on_hover_text(&chooser.reason);
        ui.add_space(6.0);
        let (path_text, name) = body(ui, chooser, &mut actions);
        edits = Some((path_text, name));
    });
    if modal.should_close() {
        actions.push(ChooserAction::Cancel);
    }
    if let Some((path_text, name)) = edits {
        chooser.path_text = path_text;
        chooser.name = name;
        chooser.focus = false;
    }
    out.extend(actions.into_iter().map(Action::Chooser));
}

/// The chooser's contents; returns the edited path and name fields.
fn body(
    ui: &mut egui::Ui,
    chooser: &Chooser,
    actions: &mut Vec<ChooserAction>,
) -> (String, String) {
    let mut path_text = chooser.path_text.clone();
    let mut name = chooser.name.clone();
    let wants_name = !matches!(chooser.request.kind, DialogKind::Folder);

    path_row(ui, chooser, &mut path_text, wants_name, actions);
    ui.add_space(4.0);

    ui.horizontal_top(|ui| {
        places(ui, chooser, actions);
        // (No separator: in a row it takes all the height offered, and the window would grow
        // a little every frame.)
        ui.add_space(8.0);
        folder_box(ui, chooser, &mut name, actions);
    });

    ui.add_space(6.0);
    if wants_name {
        name_row(ui, chooser, &path_text, &mut name, actions);
    }
    if let Some(problem) = &chooser.problem {
        ui.colored_label(ui.visuals().error_fg_color, problem);
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if let Some(path) = &chooser.confirm_create {
            // A folder chosen but not there yet: make it?
            let ask = crate::t!("chooser-create-ask", path = path.display().to_string());
            let words = (ask, crate::t!("chooser-create"), crate::t!("cancel"));
            confirm(ui, chooser, words, ChooserAction::ConfirmCreate, actions);
        } else if let Some(path) = &chooser.confirm_replace {
            // A file there: write over it?
            let ask = crate::t!("chooser-replace-ask", name = file_name(path));
            let words = (ask, crate::t!("chooser-replace"), crate::t!("chooser-keep"));
            confirm(ui, chooser, words, ChooserAction::ConfirmReplace, actions);
        } else {
            answer_buttons(ui, chooser, &path_text, &name, actions);
        }
    });
    (path_text, name)
}

/// The path row: type a folder (or a whole file path) and press Enter, or go up. It takes the
/// keyboard first when choosing a folder, where there is no name field.
fn path_row(
    ui: &mut egui::Ui,
    chooser: &Chooser,
    path_text: &mut String,
    wants_name: bool,
    actions: &mut Vec<ChooserAction>,
) {
    ui.horizontal(|ui| {
        let label = ui.label(path_label());
        let up = ui
            .add_enabled(
                chooser.folder.parent().is_some(),
                egui::Button::new(crate::t!("chooser-up")),
            )
            .on_hover_text(crate::t!("chooser-up-hint"));
        if up.clicked()
            && let Some(parent) = chooser.folder.parent()
        {
            actions.push(ChooserAction::GoTo(parent.to_owned()));
        }
        let field = ui
            .add(egui::TextEdit::singleline(path_text).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if chooser.focus && !wants_name {
            field.request_focus();
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            actions.push(ChooserAction::Typed(path_text.clone()));
        }
    });
}

/// The usual places, in a column on the left.
fn places(ui: &mut egui::Ui, chooser: &Chooser, actions: &mut Vec<ChooserAction>) {
    ui.vertical(|ui| {
        ui.set_width(130.0);
        ui.label(egui::RichText::new(crate::t!("chooser-places")).strong());
        for place in &chooser.places {
            let button = ui
                .selectable_label(chooser.folder == place.path, &place.label)
                .on_hover_text(place.path.display().to_string());
            if button.clicked() {
                actions.push(ChooserAction::GoTo(place.path.clone()));
            }
        }
    });
}

/// The folder's contents, in a box of fixed height beside the places.
fn folder_box(
    ui: &mut egui::Ui,
    chooser: &Chooser,
    name: &mut String,
    actions: &mut Vec<ChooserAction>,
) {
    ui.vertical(|ui| {
        ui.set_height(LIST_HEIGHT);
        egui::ScrollArea::vertical()
            .max_height(LIST_HEIGHT)
            .auto_shrink([false, true])
            .show(ui, |ui| entries(ui, chooser, name, actions));
    });
}

/// The file name row (open and save kinds): Enter in it chooses; the file types beside it.
fn name_row(
    ui: &mut egui::Ui,
    chooser: &Chooser,
    path_text: &str,
    name: &mut String,
    actions: &mut Vec<ChooserAction>,
) {
    ui.horizontal(|ui| {
        let label = ui.label(name_label());
        let field = ui
            .add(egui::TextEdit::singleline(name).desired_width(320.0))
            .labelled_by(label.id);
        if chooser.focus {
            field.request_focus();
        }
        if field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            actions.push(ChooserAction::Choose(chooser.target(path_text, name)));
        }
        filters(ui, chooser, actions);
    });
}

/// The bottom row while asking a yes-or-no question (`ask`): `yes` answers it with `answer`,
/// `no` goes back to the folder shown. The question takes the keyboard: Enter answers it.
fn confirm(
    ui: &mut egui::Ui,
    chooser: &Chooser,
    (ask, yes, no): (String, String, String),
    answer: ChooserAction,
    actions: &mut Vec<ChooserAction>,
) {
    ui.label(ask);
    let yes = ui.button(yes);
    if chooser.focus {
        yes.request_focus();
    }
    if yes.clicked() {
        actions.push(answer);
    }
    if ui.button(no).clicked() {
        actions.push(ChooserAction::GoTo(chooser.folder.clone()));
    }
}

/// The bottom row otherwise: *Cancel*, and the main button, named for the kind of choice and
/// greyed out until there is something to choose.
fn answer_buttons(
    ui: &mut egui::Ui,
    chooser: &Chooser,
    path_text: &str,
    name: &str,
    actions: &mut Vec<ChooserAction>,
) {
    if ui.button(crate::t!("cancel")).clicked() {
        actions.push(ChooserAction::Cancel);
    }
    let (face, enabled) = match chooser.request.kind {
        DialogKind::Folder => (
            crate::t!("chooser-choose-folder"),
            !path_text.trim().is_empty(),
        ),
        DialogKind::OpenFile { .. } => (crate::t!("start-open"), !name.trim().is_empty()),
        DialogKind::SaveFile { .. } => (crate::t!("cmd-save"), !name.trim().is_empty()),
    };
    let button = ui
        .add_enabled(
            enabled,
            egui::Button::new(egui::RichText::new(face).strong()),
        )
        .on_hover_text(chooser.target(path_text, name).display().to_string());
    if button.clicked() {
        actions.push(ChooserAction::Choose(chooser.target(path_text, name)));
    }
}

/// The folder's entries (folders first, as the app sorts them): a click on a folder opens
/// it, on a file puts its name in the name field, a double click on a file chooses it.
fn entries(
    ui: &mut egui::Ui,
    chooser: &Chooser,
    name: &mut String,
    actions: &mut Vec<ChooserAction>,
) {
    let entries = match &chooser.entries {
        Ok(entries) => entries,
        Err(e) => {
            ui.colored_label(ui.visuals().error_fg_color, e);
            return;
        }
    };
    let mut shown = 0;
    for entry in entries.iter().filter(|e| chooser.shows(e)) {
        shown += 1;
        let face = if entry.is_dir {
            format!("🗀 {}", entry.name)
        } else {
            format!("🗋 {}", entry.name)
        };
        let selected = !entry.is_dir && *name == entry.name;
        let response = ui.selectable_label(selected, face);
        let label = if entry.is_dir {
            crate::t!("chooser-entry-folder", name = &entry.name)
        } else {
            crate::t!("chooser-entry-file", name = &entry.name)
        };
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
        if entry.is_dir && response.clicked() {
            actions.push(ChooserAction::GoTo(entry.path.clone()));
        } else if response.double_clicked() {
            actions.push(ChooserAction::Choose(entry.path.clone()));
        } else if response.clicked() {
            *name = entry.name.clone();
        }
    }
    if shown == 0 {
        let empty = match chooser.request.kind {
            DialogKind::Folder => crate::t!("chooser-no-folders"),
            _ => crate::t!("chooser-nothing"),
        };
        ui.label(egui::RichText::new(empty).weak().italics());
    }
    if chooser.unreadable > 0 {
        ui.label(
            egui::RichText::new(crate::t!("chooser-unreadable", count = chooser.unreadable)).weak(),
        );
    }
}

/// The file type list beside the name, when the request offers more than one type.
fn filters(ui: &mut egui::Ui, chooser: &Chooser, actions: &mut Vec<ChooserAction>) {
    let filters = chooser.request.kind.filters();
    if filters.len() < 2 {
        return;
    }
    let current = filters.get(chooser.filter).map_or("", |f| f.name.as_str());
    super::combo(
        ui,
        &crate::t!("chooser-file-type"),
        egui::ComboBox::from_id_salt("chooser_filter").selected_text(current),
        |ui| {
            for (i, filter) in filters.iter().enumerate() {
                if ui
                    .selectable_label(i == chooser.filter, &filter.name)
                    .clicked()
                {
                    actions.push(ChooserAction::Filter(i));
                }
            }
        },
    );
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
