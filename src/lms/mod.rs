//! The school's LMS, by files: what Moodle's "Download all submissions" names tell, and how
//! its "Upload multiple feedback files in a zip" wants them back. The rules are Moodle's own
//! (mod/assign: the submissions download, `feedback/file/importziplib.php`), as
//! `docs/teachers.md` says; nothing here talks to a server.

pub mod feedback_zip;
pub mod worksheet;

/// A Moodle submission's folder (or flat file name prefix):
/// `Full Name_123456_assignsubmission_file`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    /// The participant id Moodle gives each student of one assignment (not the user id): the
    /// same number names them in the grading worksheet ("Participant 123456").
    pub id: u64,
    /// The full name as the download wrote it ("Participant" under blind marking).
    pub name: String,
    /// The folder the download put the student's files in, as it named it
    /// (`Full Name_123456_assignsubmission_file`, with the trailing `_` of Moodle before 4.1
    /// when it had one): the feedback ZIP puts the student's feedback in the same folder.
    pub folder: String,
}

/// The Moodle participant an entry of a submissions download belongs to, by its first path
/// part, split on `_` as Moodle splits it: `fullname_participantid_plugintype_pluginname[_rest]`
/// (names have `_` made spaces by the download, so the first `_` ends the name). The flat
/// layout of older downloads puts the file's own name in `rest`; the folder is then the part
/// before it.
pub fn participant(entry: &str) -> Option<Participant> {
    let first = entry.split('/').next()?;
    let pieces: Vec<&str> = first.splitn(5, '_').collect();
    if pieces.len() < 4 {
        return None;
    }
    let (name, id, plugin_type, plugin_name) = (pieces[0], pieces[1], pieces[2], pieces[3]);
    if !plugin_type.starts_with("assignsubmission") || plugin_name.is_empty() {
        return None;
    }
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let id: u64 = id.parse().ok()?;
    let flat = !entry.contains('/');
    let folder = match (flat, pieces.get(4)) {
        // Flat: `Name_1_assignsubmission_file_essay.ron` — the folder is what a download as
        // folders would have named (Moodle reads either).
        (true, Some(_)) => pieces[..4].join("_"),
        _ => first.to_owned(),
    };
    Some(Participant {
        id,
        name: name.trim().to_owned(),
        folder,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_layout_of_a_moodle_download_names_its_participant() {
        let folders = participant("Aliya Nurlanovna_123456_assignsubmission_file/answers.ron");
        assert_eq!(
            folders,
            Some(Participant {
                id: 123456,
                name: "Aliya Nurlanovna".into(),
                folder: "Aliya Nurlanovna_123456_assignsubmission_file".into(),
            })
        );
        // Before Moodle 4.1: a trailing underscore, kept for the way back.
        let old = participant("Ерлан Сейтқали_77_assignsubmission_file_/sub/a.ron").unwrap();
        assert_eq!((old.id, old.name.as_str()), (77, "Ерлан Сейтқали"));
        assert_eq!(old.folder, "Ерлан Сейтқали_77_assignsubmission_file_");
        // Flat, with the file's own name (which may hold `_`) after the plugin.
        let flat = participant("Иван Петров_9_assignsubmission_file_my_answers.ron").unwrap();
        assert_eq!(flat.folder, "Иван Петров_9_assignsubmission_file");
        // Blind marking: only the id tells students apart.
        assert_eq!(
            participant("Participant_3016_assignsubmission_file/x.ron").map(|p| p.id),
            Some(3016)
        );
        for not in [
            "answers.ron",
            "Aliya_abc_assignsubmission_file/a.ron",
            "Aliya_12_feedback_file/a.ron",
            "Aliya_12/a.ron",
            "Assignment 1/Aliya.ron",
        ] {
            assert_eq!(participant(not), None, "{not}");
        }
    }
}
