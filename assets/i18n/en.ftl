words = { $count ->
    [one] { $count } word
   *[other] { $count } words
}

## The answer box and its spell checker
editor-hint = Write your answer here…
spell-switch = Spelling
spell-switch-hint = Underline misspelt words (right-click one for suggestions). What you write is never changed.
spell-latin-hint = The dictionary for words in Latin letters. Kazakh and Russian are told apart by their letters.
spell-off-for-reading = Spell checking is off for this reading
spell-looking = Looking for suggestions…
spell-no-suggestions = No suggestions
spell-add = Add to my words
spell-ignore = Ignore in this answer
spell-dictionary-failed-title = A dictionary could not be loaded
spell-dictionary-failed = The { $dictionary } dictionary could not be read, so its words are not checked: { $reason }
spell-words-unreadable-title = Your word list could not be read
spell-words-not-saved-title = Your word list could not be saved
spell-suggestions-failed-title = No suggestions could be worked out
prefs-unreadable-title = Your settings could not be read
prefs-not-saved-title = Your settings could not be saved

## Commands: buttons, menus, the help's list
cmd-open-reading = Open reading…
cmd-open-answers = Open answers…
cmd-save = Save
cmd-save-as = Save as…
cmd-export = Export sheet…
cmd-next-prompt = Next question
cmd-previous-prompt = Previous question
cmd-zoom-in = Larger text
cmd-zoom-out = Smaller text
cmd-zoom-reset = Normal text size
cmd-toggle-theme = Next theme (light, dark, high contrast)
cmd-quit = Quit
cmd-help = Help
cmd-hand-in = Hand in…
cmd-hand-in-to-folder = Choose folder and hand in…
cmd-finish = Finish
cmd-finish-session = Finish without handing in
cmd-add-reading = Add a reading…
cmd-paste-reading = Paste a reading…
cmd-confirm-add-reading = Add to library
cmd-choose-answers-folder = Change…
cmd-export-anyway = Export anyway…
cmd-open-class = Class…
cmd-export-class = Export class sheet…
cmd-next-student = Next student (Class view)
cmd-previous-student = Previous student (Class view)
cmd-return-feedback = Return feedback…
cmd-import-rubric = Import rubric…
cmd-export-rubric = Export rubric…
cmd-open-feedback = Open feedback…
cmd-cite = Cite selected words in this answer
cmd-highlight = Highlight selected words (or remove a highlight)
cmd-find = Find in the article and your answers
cmd-find-next = Next match
cmd-find-previous = Previous match
cmd-close-find = Close find
cmd-switch-pane = Go between the article and your answer
cmd-reading-settings = Reading settings

## Toolbar
toolbar-hand-in-hint = Write your study sheet and a copy of your answers into a folder for your teacher
toolbar-feedback = Feedback…
toolbar-finish-hint = Finish your session on a shared computer
theme-dark = Dark
theme-light = Light
theme-contrast = Contrast
toolbar-progress = { $answered } of { $total } answered
toolbar-name-hint = Your name
toolbar-student = Student:

## Status bar
status-not-saved = ⚠ Not saved: { $error }. Your text is safe in this window; try Save As.
status-unreadable = ⚠ { $file } could not be read and is left untouched. New answers are not saved yet: use Save As.
status-unsaved = Unsaved changes
status-saved-at = Saved { $time }
status-nothing-yet = Nothing to save yet
status-no-file = no file chosen

## Help
help-title = Help
help-autosave = Lectern saves your answers by itself, a moment after you stop typing.
help-shortcuts = Keyboard shortcuts
help-article-paragraphs = In the article: next / previous paragraph
help-article-select = In the article: select words
help-keys-select = Shift+arrows, Shift+Home, Shift+End
help-find-keys = In find: next / previous match, close
help-elsewhere = Elsewhere: move between controls

## Start screen
cancel = Cancel
ok = OK
close = Close
start-tagline = Read an article, answer its questions, hand in a study sheet.
start-your-name = Your name
start-name-hint = First and last name
start-type-name = Type your name to begin: it goes on your answers and your study sheet.
start-recent = Your recent work
start-continue = Continue
start-continue-named = Continue "{ $title }"
start-readings = Readings
start-open = Open
start-open-named = Open "{ $title }"
start-cannot-be-read = cannot be read
start-share = Share…
start-share-hint = Write the reading as a file for the class to open
start-share-named = Share "{ $title }"
start-remove = Remove
start-remove-hint = Remove from the library (answers to it are kept)
start-remove-named = Remove "{ $title }"
start-add-hint = For teachers: add a reading file to this computer's library
start-paste-hint = For teachers: paste an article and its questions copied from a web page or a document
start-class-hint = For teachers: sum up a folder of handed-in answers
start-no-folder = (no folder)
start-answers-kept = Answers are kept in { $folder }
start-portable = Portable mode: everything is kept in { $folder }
start-language-hint = The language of Lectern's menus and of your study sheet
paste-title = Paste a reading
paste-explain = Copy the article and its questions from a web page or a document, and paste them here (Ctrl+V). Lectern leaves out the page's menus, sharing buttons and the like.
paste-hint = Paste here
paste-preview = Preview…
paste-from-clipboard = Paste from clipboard
paste-from-clipboard-hint = Keeps the headings, bold and lists a web page copied with the text
preview-title = Add this reading?
preview-spelling-off = Spell checking is off for this reading (its header says "spell checking: off").
preview-whole-page = Read the whole page, not only its article
preview-whole-page-hint = When the page's article left out some of the questions
preview-correct = Correct…
preview-correct-hint = Say what each block is, where Lectern got it wrong

## The question list
prompts-heading = QUESTIONS
prompts-none = This reading has no questions.
prompts-list-name = Questions
prompts-other-version = Written for another version of this reading.
prompts-row-answered = answered
prompts-row-not-answered = not answered
prompts-row-answered-commented = answered, with a teacher's comment
prompts-row-not-answered-commented = not answered, with a teacher's comment
prompts-orphans = No longer in this reading
prompt-lead = Lead question
prompt-question = Question { $label }
prompt-essay = Essay { $label }

## The answer box
editor-no-questions = Nothing to answer: this reading has no questions.
editor-next = Next ▶
editor-previous = ◀ Previous
editor-comment-head = TEACHER'S COMMENT · hand-in { $hand_in }
editor-comment-head-changed = TEACHER'S COMMENT · hand-in { $hand_in } · you have changed this answer since
editor-remove-citation = Remove this citation
editor-remove-citation-n = Remove citation { $n }
editor-citation-missing = { $citation } (not in this version of the reading)
editor-show-citation = Show in the article: “{ $quote }”
editor-show-citation-n = Show citation { $n } in the article
editor-evidence = Evidence cited ({ $count })
editor-to-go = { $count } to go
editor-in-range = ✔ in range
editor-over = { $count } over
editor-asked = { $words } · asked: { $range }
editor-asked-hint = Guidance from the reading: you can write more or less.
editor-orphan-kicker = No longer in this reading · { $id } (read only)

## Notices
close-unsaved-title = Your answers are not saved
close-unsaved-body = If you close now, what you wrote since the last save is lost.
close-keep-working = Keep working
close-without-saving = Close without saving
recovery-the-file = the answers file
recovery-title = Lectern found newer work
recovery-body = Answers from { $when } never reached { $file }: the window closed or the computer stopped before they were saved. Lectern kept them in { $copy } ({ $answered } questions answered).
recovery-restore = Restore the newer work
recovery-keep = Keep the saved version

## Word counts and ranges (the window and the study sheet)
range-between = { $min }–{ $max } words
range-at-least = at least { $min } words
range-at-most = at most { $max } words
range-any = any length
words-asked = { $words } (asked: { $range })

## The study sheet (every format)
sheet-evidence = Evidence cited
sheet-highlights = Highlights
sheet-orphans = Answers to prompts no longer in this reading
sheet-feedback = Teacher's feedback
sheet-comment = Teacher's comment
sheet-overall = Overall
sheet-rubric = Rubric
sheet-not-answered = Not answered
sheet-student = Student
sheet-date = Date
sheet-progress = Progress
sheet-progress-value = { $answered } of { $total } prompts answered
sheet-source = Source
sheet-fingerprint = Reading fingerprint
sheet-no-name = (no name given)
colour-yellow = Yellow
colour-green = Green
colour-blue = Blue
colour-pink = Pink
feedback-on-hand-in = On hand-in { $number }
feedback-changed-since = { $count ->
    [one] { $count } answer changed since
   *[other] { $count } answers changed since
}
feedback-points-over = { $name }: { $points } points over the answers
feedback-total = Total: { $got } of { $of }
feedback-level-line = { $criterion }: { $level } ({ $points } of { $of })

## Export, hand-in and finishing
export-options-title = Export study sheet
export-options-body = Your teacher's feedback is open with these answers. The sheet is yours alone unless you choose to include it.
export-options-without = Export my answers only…
export-options-with = Export with the teacher's feedback…
hand-in-title = Hand in
hand-in-body = Lectern writes your study sheet and a copy of your answers into the folder you choose (a USB stick or the class's shared folder).
hand-in-unanswered = { $count } of { $total } questions are still unanswered.
hand-in-no-name = Your name is missing: type it at the top right first.
hand-in-format = Format:
hand-in-sheet-language = Language of the sheet:
paper-letter = Letter
empty-title = { $count ->
    [one] { $count } question is still empty
   *[other] { $count } questions are still empty
}
empty-body = They will be marked "Not answered" on the sheet. Choose one to go to it:
finish-title = Finish your session?
finish-body = Your answers are saved, then closed, and this computer's list of recent work is cleared, so the next student starts clean.
finish-hand-in-first = Hand in, then finish…
start-not-started = not started
start-answers-unreadable = answers cannot be read
job-progress = Looking up your progress
job-opening-reading = Opening the reading
job-opening-work = Opening your work
job-reading-file = Reading the file
job-clipboard = Reading the clipboard
job-class-export = Exporting the class sheet
job-hand-in = Handing in
name-first-title = Type your name first
name-first-body = Your name goes on your answers and your study sheet.
reading-not-opened = This reading could not be opened
nothing-pasted = Nothing was pasted
pasted-text = (pasted text)
reading-not-added = The reading was not added
reading-shared = "{ $title }" written to { $path }: students open it with Open reading….
reading-not-shared = The reading was not shared
reading-not-removed = The reading was not removed
class-exported = Class sheet exported
class-not-exported = The class sheet was not exported
hand-in-not-saved = Your answers could not be saved in your own file ({ $error }): they are still here in the window. Use Save As to keep them on a drive that works.
hand-in-done = Handed in
hand-in-done-body = Your study sheet:
    { $sheet }

    A copy of your answers:
    { $answers }
hand-in-failed = Not handed in
hand-in-failed-body = Nothing was lost: your answers are still here and saved as before. Check the folder and try again.

## Opening, saving, exporting
job-not-started = Lectern could not do that
job-died-title = Something went wrong
job-died = "{ $name }" stopped because of a fault in Lectern. Nothing of yours was changed; try again, and tell your teacher if it happens again.
save-failed-title = Your answers could not be saved
save-failed-help = Your text is still here in the window. Try Save As to keep it in another folder.
dialog-already-open = A file dialog is already open.
save-first-title = Save your answers first
save-first = Your answers could not be saved ({ $error }), so this reading stays open. Use Save As to keep them, then try again.
no-questions = Lectern found no questions in { $path }. It opens as a reading with nothing to answer.
no-questions-title = No questions found
file-unchanged = The file has not been changed.
answers-not-opened = These answers could not be opened
answers-reading-missing-title = The reading for these answers was not found
answers-reading-missing = { $path } answers "{ $title }", but { $error }.
    Open that reading first (Ctrl+O), then open the answers again.
job-opening-answers = Opening the answers
job-export = Exporting the study sheet
exported = Exported the study sheet to { $path }
not-exported = The study sheet was not exported
chooser-no-folder = There is no folder { $path }.
chooser-no-file = There is no file { $path }.
chooser-type-name = Type a file name.
chooser-no-folder-for = There is no folder to save { $path } in.
filter-readings = Readings
filter-all = All files
filter-answers = Lectern answers
filter-reading = Lectern reading
filter-feedback = Lectern feedback
filter-rubric = Lectern rubric
dialog-open-reading = Open a reading
dialog-open-answers = Open answers
dialog-save-answers = Save answers as
dialog-export = Export study sheet
dialog-add-reading = Add a reading to the library
dialog-share = Share the reading as a file
dialog-hand-in = Hand in to which folder?
dialog-answers-folder = Keep answers in which folder?
dialog-class-folder = Open a folder of handed-in answers
dialog-class-export = Export the class sheet
dialog-open-feedback = Open your teacher's feedback
dialog-return-feedback = Return feedback into which folder?
dialog-import-rubric = Import a rubric
dialog-export-rubric = Export the rubric

## Keeping work safe
saver-died-title = Autosave stopped working in the background
saver-died = Lectern's saving thread stopped unexpectedly. Your answers are still here, and Lectern now saves them itself (the window may pause for a moment when it does). Save with Ctrl+S to be sure, and restart Lectern when you can.
recovery-failed-title = Your work could not be copied to safety
recovery-failed = { $error }. Keep this window open and use Save As to put your answers on a drive that works.
conflict-title = The answers file was changed by another program
conflict = { $changed } changed on disk while it was open here. To keep both versions, your answers were saved to { $copy } instead, and this window keeps saving there. The other version was left as it is.
set-aside-title = The newer work was put aside
set-aside = It is kept in { $path }, in case you want it later.
not-set-aside-title = The recovery copy stays where it is
not-set-aside = { $path } could not be moved aside ({ $error }); it will be offered again next time.
recovery-earlier-session = an earlier session
feedback-not-shown-title = Your teacher's feedback could not be shown
feedback-not-shown = The feedback file { $path } has not been changed, and neither have your answers.
answers-unreadable-title = Your answers file could not be opened
answers-unreadable = The file has not been changed, and Lectern will not write to it. You can keep working: choose Save As to keep your new answers in another file.
locked-title = These answers are open in another window
locked-copy = { $path } is already open in another Lectern window. So that neither window overwrites the other, this one works on a copy: { $copy }
locked-new = { $path } is already open in another Lectern window, and could not be copied ({ $error }). This window starts a new file: { $copy }
other-version-title = This reading has changed since you answered
other-version = “{ $title }” was changed after these answers were saved (perhaps your teacher added or changed questions). Each answer stays with its question: check that your answers still fit. Your answers are in { $path }.
orphans-title = Some answers have no question here
orphans = { $count ->
    [one] { $count } answer belongs to a question that is not in this reading. It is kept, listed under "No longer in this reading", and included in exports.
   *[other] { $count } answers belong to questions that are not in this reading. They are kept, listed under "No longer in this reading", and included in exports.
}
recovery-unreadable-title = A recovery copy could not be read
recovery-unreadable-kept = { $path } could not be read ({ $reason }). It was kept as { $kept }; your teacher or a technician may get the text out of it.
recovery-unreadable-left = { $path } could not be read ({ $reason }), nor moved aside ({ $error }). It was left where it is.
job-could-not-start = could not start "{ $name }": { $error }

## Citing, highlighting, finding
evidence-no-words = The selection holds no words: select words in the article.
evidence-select-first = Select words in the article first, then cite them.
evidence-choose-question = Choose a question to cite into.
evidence-cited = Cited paragraph { $paragraph } in your answer ({ $name }).
evidence-already-cited = Your answer ({ $name }) already cites these words.
evidence-highlighted = Highlighted: { $colour }.
evidence-highlight-how = Select words in the article to highlight them; put the cursor in a highlight to remove it.
evidence-highlight-removed = Highlight removed.
evidence-citation-removed = Citation removed.
evidence-gone = These words are no longer in this version of the reading (they were in paragraph { $paragraph }).
find-no-matches = No matches
find-count = { $current } of { $total } ({ $article } in the article, { $answers } in your answers)
find-label = Find:
find-hint = Words in the article or your answers
find-close-hint = Close find (Escape)

## The article and its tools
tag-lead = Lead
article-empty = This reading has no article text, only questions.
article-cite-here = Cite in this answer
article-highlight-in = Highlight in
article-remove-highlight = Remove this highlight
tools-cite = “ ” Cite
tools-highlight-label = Highlight:
tools-highlight = Highlight
tools-find = Find…
tools-reading = Aa Reading
tools-colour-name = Highlight colour: { $colour }
tools-colour-hint = Highlight in this colour: { $colour }
tools-cite-disabled = Select words in the article first, then cite them into the answer you are writing

## Reading settings
settings-text-size = Text size
settings-line-spacing = Line spacing
settings-column-width = Column width
settings-points-suffix = { " " }pt
settings-typeface = Typeface
settings-theme = Theme
settings-reset = Back to the usual settings
font-sans = Sans (Ubuntu)
font-serif = Serif (Libertinus)
font-legible = Legible (B612)
theme-system = As the system
theme-high-contrast = High contrast

## Lectern's own file chooser
chooser-folder = Folder
chooser-file-name = File name
chooser-why = This computer's file dialog could not be opened, so Lectern shows its own.
chooser-up = ⬆ Up
chooser-up-hint = The folder that holds this one
chooser-places = Places
chooser-replace-ask = { $name } is already there. Replace it?
chooser-replace = Replace
chooser-keep = Keep it
chooser-choose-folder = Choose this folder
chooser-entry-folder = Folder { $name }
chooser-entry-file = File { $name }
chooser-no-folders = No folders in here.
chooser-nothing = Nothing here of the kind asked for.
chooser-unreadable = { $count ->
    [one] { $count } entry could not be read.
   *[other] { $count } entries could not be read.
}

## Correcting a reading
correct-title = Correct the reading
correct-explain = Say what each block is, edit its text, move it or take it out, and write new questions below. The right side shows the reading as students will see it.
correct-undo = Undo corrections
correct-undo-hint = Back to the preview as Lectern read the file
correct-block-is = Block { $n } is
correct-move-up = Move up
correct-move-down = Move down
role-title = Title
role-source = Source line
role-paragraph = Article paragraph
role-subheading = Subheading
role-section-title = Section title
role-instructions = Section instructions
role-lead = Lead question
role-question = Question
role-essay = Essay prompt
role-note = Closing note
role-ignore = Ignore

## The Class view (teachers)
class-title = Class
class-group = { $title } ({ $count ->
    [one] { $count } student
   *[other] { $count } students
})
class-hand-in = Hand-in
class-answered = Answered
class-words = Words
class-feedback = Feedback
class-of = { $n } of { $total }
class-review = Review…
class-review-named = Review { $student }, hand-in { $number }
class-rubric-unreadable = The rubric kept for this reading could not be read: { $error }
class-rubric-summary = Rubric: { $criteria ->
        [one] { $criteria } criterion
       *[other] { $criteria } criteria
    }, { $points ->
        [one] { $points } point
       *[other] { $points } points
    } { $scope }
class-no-rubric = No rubric for this reading yet.
class-several-readings = { $count } different readings or versions were handed in; each gets its own class sheet.
class-not-read = Not read: { $name }: { $reason }
class-nothing-read = No answers files could be read in this folder.
class-hide-names = Hide names (Student A, Student B…)
class-edit-rubric = Edit rubric…
class-make-rubric = Make a rubric…
class-return-disabled = Write some feedback first: Review… a student's answers.
class-return-files-only = Feedback files only
class-return-with-sheet = With a feedback sheet ({ $format })
class-feedback-unreadable = Unreadable file
class-comments = { $count ->
    [one] { $count } comment
   *[other] { $count } comments
}
class-file-changed = { " " }(file changed since)
class-name-hidden = (name hidden)
class-for-whole-sheet = for the whole sheet
class-for-each-answer = for each answer
class-student-n = Student { $n }
class-back = ◀ Class
class-back-hint = Back to the class summary
class-review-heading = { $student } — hand-in { $number }
class-position = { $n } of { $total } · { $title }
class-earlier-feedback = You gave feedback on hand-in { $number }. What changed since is marked in each answer.
class-earlier-version = This feedback was written on an earlier version of this file; what changed since is marked.
class-changed-since = Changed since your feedback (taken out struck through, put in underlined):
class-evidence = EVIDENCE CITED
class-your-earlier-comment = Your comment on hand-in { $number }:
class-your-comment = Your comment on this answer
class-comment-hint = What works, what to do next…
class-overall = Overall comment
class-overall-hint = On the sheet as a whole
class-total = Total: { $got } of { $of ->
        [one] { $of } point
       *[other] { $of } points
    }
class-no-rubric-review = No rubric for this reading: Make a rubric… in the class summary to score against one.
class-not-saved = Not saved: { $error }
class-saving = Saving…
class-saved = Saved beside the hand-in
class-level-chosen = { $level } ({ $points } of { $of })
rubric-for = For { $title }. Kept beside your readings and used for the whole class.
rubric-score = Score
rubric-whole-sheet = the whole sheet
rubric-each-answer = each answer
rubric-criterion-n = Criterion { $n }
rubric-remove-criterion = Remove criterion
rubric-level-n = Level { $n }
rubric-points-suffix = { " " }pt
rubric-remove-level = Remove this level
rubric-add-level = + Level
rubric-add-criterion = + Criterion
rubric-not-usable = Not yet usable: { $problem }.
rubric-most-points = Most points: { $points } { $scope }
rubric-keep = Keep rubric
class-level-for = Level for { $criterion }
review-unreadable = The feedback file beside this hand-in could not be read, so Lectern will not write over it: { $error }
review-nothing-to-keep = there are no comments to keep
no-data-folder = Lectern has no data folder on this computer to keep it in.
job-class-folder = Reading the class folder
class-folder-unreadable = The folder could not be read
review-kept-elsewhere = A copy of your comments is in { $path }. Nothing of the student's was changed.
review-kept-nowhere = No copy could be kept either ({ $why }), so your comments stay in the Class view. Nothing of the student's was changed.
review-not-saved-title = Your feedback could not be saved
rubric-not-kept = The rubric was not kept
rubric-kept = Rubric kept in { $path }
rubric-not-imported = This rubric could not be imported
rubric-unchanged = The rubric you had is unchanged.
rubric-none-title = No rubric to export
rubric-none = Make a rubric for this reading first.
rubric-exported = Rubric exported to { $path }
rubric-not-exported = The rubric was not exported
could-not-write = could not write { $path }: { $error }
job-return = Returning feedback
return-without = No feedback yet, so nothing returned: { $names }
return-not-returned = Not returned: { $path }: { $reason }
return-none = No feedback was returned
return-done = Feedback returned
return-failed = The feedback was not returned
job-open-feedback = Opening feedback
feedback-not-kept = Your teacher's feedback is shown, but not kept
feedback-open-again = Open it again next time.
feedback-shown = Your teacher's feedback is shown under each answer.
feedback-shown-changed = { $count ->
    [one] Your teacher's feedback is shown; { $count } of your answers changed since.
   *[other] Your teacher's feedback is shown; { $count } of your answers changed since.
}
feedback-not-opened = This feedback could not be opened
feedback-nothing-changed = Nothing was changed: not the feedback file, not your answers.
article-paragraph = Paragraph { $number }
article-cited-in = Paragraph { $number } is cited in { $names }
format-markdown = Markdown
format-html = HTML (print-ready)
format-text = Plain text
format-docx = Word (DOCX)
format-pdf = PDF
rubric-starter-beginning = Beginning
rubric-starter-developing = Developing
rubric-starter-secure = Secure
rubric-starter-understanding = Understanding of the text
rubric-starter-evidence = Use of evidence
rubric-problem-empty = the rubric has no criteria
rubric-problem-too-many = a rubric may have at most { $max } criteria
rubric-problem-unnamed = a criterion has no name
rubric-problem-twice = two criteria are called "{ $name }"
rubric-problem-levels = "{ $name }" needs between 1 and { $max } levels
rubric-problem-level-unnamed = a level of "{ $name }" has no name
rubric-problem-level-twice = "{ $name }" has two levels called "{ $level }"
rubric-problem-points = "{ $level }" is worth more than { $max } points
prefs-left-alone = The file is left as it is; your choices in this window are kept until Lectern closes.

## Why a file could not be read or written
err-read = could not read { $path }: { $error }
err-answers-too-large = { $path } is { $size } bytes, too large to be an answers file (the limit is 32 MiB)
err-not-text = { $path } is not a text file ({ $detail })
err-syntax = { $path }: { $message }
err-answers-newer = { $path } was written by a newer Lectern (answers format { $found }; this one reads up to { $supported }). Update Lectern to open it
err-invalid = { $path }: { $message }
err-save = could not save to { $path }: { $error }
err-would-destroy = will not overwrite { $path }: it is not an answers file Lectern can read ({ $reason })
err-changed-on-disk = { $path } was changed by another program since Lectern opened it
err-encode = could not write the answers as RON: { $error }
err-reading-too-large = { $path } is { $size } bytes; a reading may be at most 16 MiB
err-reading-not-utf8 = { $path } is not UTF-8 text: invalid byte at line { $line }, column { $column }; save it as UTF-8 and try again
err-reading-empty = { $path } is empty: there is nothing to read
err-feedback-other-student = this feedback is for { $feedback }, but these answers are { $answers }'s
err-feedback-other-reading = this feedback is on "{ $feedback }", but these answers are to "{ $answers }"
err-no-file = there is no answers file yet: choose Save As to pick one
err-save-unreadable = { $path } could not be read, so Lectern will not overwrite it; choose another name
err-save-held = { $path } is open in another Lectern window; choose another name
err-no-conflict-copy = { $path } changed on disk, and a copy could not be saved beside it: { $error }
err-recovery-encode = the answers could not be put into words for a recovery copy: { $error }
err-recovery-nowhere = no recovery copy could be written ({ $places })
err-export-over-source = will not export over { $path }: that is the answers file or the reading; choose another name
err-file-too-large = { $path } is { $size } bytes, too large to be a { $kind } file (the limit is { $limit } MiB)
err-file-not-one = { $path } is not a { $kind } file: { $detail }
err-file-newer = { $path } was written by a newer Lectern ({ $kind } format { $found }; this one reads up to { $supported }). Update Lectern to open it
err-file-would-destroy = will not write over { $path }: it is not a { $kind } file Lectern can read ({ $reason })
file-kind-feedback = feedback
file-kind-rubric = rubric

## What a teacher checks before adding a reading
warn-no-questions = No questions were found: students would have nothing to answer.
warn-no-article = No article text was found, only questions.
warn-long = The article is long ({ $words } words).
warn-untitled = Some questions come before any section title; they are grouped as "Questions".
reading-overview = { $paragraphs ->
    [one] { $paragraphs } paragraph
   *[other] { $paragraphs } paragraphs
}, { $words } words; { $prompts ->
    [one] { $prompts } prompt
   *[other] { $prompts } prompts
} in { $sections ->
    [one] { $sections } section
   *[other] { $sections } sections
}

## Why the computer refused a file, in a student's words
io-not-found = the file or folder is not there (was it moved, renamed, or on a USB stick that was taken out?)
io-permission = this computer does not let you use it (ask your teacher or the school's technician)
io-exists = something with that name is already there
io-full = the disk is full: make room or choose another place
io-read-only = that place cannot be written to (a read-only disk or USB stick)
io-is-folder = that is a folder, not a file
io-not-folder = part of that path is a file, not a folder
io-bad-name = the name is too long or has characters this disk does not allow
io-too-large = the file is too large for this disk
io-in-use = another program is using the file: close it and try again
io-timed-out = the disk or network took too long to answer
io-damaged = the file is cut short or damaged
io-network = the network folder cannot be reached
io-drive-gone = the disk or USB stick cannot be reached: put it back and try again
io-other = the computer refused (error { $code })

## Lectern's own chooser
chooser-cannot-read = { $path } cannot be read: { $reason }.
chooser-not-a-folder = { $path } is a file, not a folder.
chooser-create-ask = There is no folder { $path } yet. Make it?
chooser-create = Make the folder
chooser-cannot-create = The folder could not be made: { $reason }.
err-recovery-no-place = there is nowhere to write one
err-reading-binary = { $path } is not a text Lectern can read (it may be a picture, an archive or another program's document). Open it in the program that made it, save it as Word (.docx), OpenDocument (.odt), PDF or plain text, and open that file.
err-reading-opendocument = { $path } is a LibreOffice or OpenOffice spreadsheet, presentation or drawing, which Lectern cannot read. Copy its text into a Writer document, save that as .odt or .docx, then open that file.
not-text-nul = it is not text: it may be another kind of file
not-text-utf8 = the letters at line { $line }, column { $column } are not saved as UTF-8

## What is wrong inside a file Lectern wrote
ron-where = line { $line }, column { $column }: { $what }
ron-cut-short = the file ends too early (it may have been cut short while it was copied)
ron-missing = the part “{ $field }” is missing
ron-unknown = “{ $field }” is not part of such a file
ron-twice = “{ $field }” is written twice
ron-wrong-value = a value here is not of the kind expected (text, a number, yes or no)
ron-bad-letters = the letters here are damaged
ron-too-deep = the file is nested too deeply to be one of Lectern's
ron-not-written-so = the file is not written as Lectern writes it here (was it changed by hand or by another program?)
start-open-file-hint = Open a reading from a file: one your teacher sent, or one on a USB stick
finish-not-saved = Your answers could not be saved: { $error }. Finishing now would close them unsaved: keep working, and use Save As or Hand in first.
finish-handed-in = You handed in this work, and it has not changed since: { $sheet }
finish-changed-since = You changed your answers after you handed them in: hand in again to send the new version.
finish-failed-title = Your answers could not be saved
finish-failed-body = { $error }
    
    The session stays open so nothing is lost. Use Save As or Hand in first.
start-for-teachers = For teachers
start-added-readings = Readings added on this computer:
start-entry-detail = { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }, added { $added }
remove-title = Remove “{ $title }” from the library?
remove-body = Students will no longer see it here. Their answers to it are kept, and the original file you added it from is not touched.
remove-yes = Remove
library-bundled-stays = “{ $title }” comes with Lectern and cannot be removed
library-not-inside = { $path } is not in the library folder
library-not-removed = { $path } could not be removed: { $error }
return-updated = brought up to date
return-unchanged = Returned before and unchanged, so left as they were: { $names }
file-empty = the file is empty
file-version-zero = it says it is of format 0, which does not exist
answers-twice = question { $prompt } has two answers; keep one of them and open the file again
section-questions = Questions
section-lead-question = Lead question
section-lead-questions = Lead questions
mark-question = Q{ $number }
mark-lead = L{ $number }
mark-essay = E{ $number }
place-home = Home
place-desktop = Desktop
place-documents = Documents
place-downloads = Downloads
close-could-not-save = Lectern could not save them: { $error }
a11y-resize-questions = Width of the questions and answer
a11y-resize-list = Height of the question list
a11y-close-window = Close
rubric-criterion-hint = Name the criterion, for example: Use of evidence
window-start = Start
chooser-file-type = Type of file
class-return-what = What to return with the feedback
spell-latin-name = Dictionary for words in Latin letters
sheet-footer = Exported from Lectern.
io-not-a-file = it is not an ordinary file (a device or a pipe has that name)
io-is-input = that is the file this was made from, and writing there would destroy it: choose another name
import-too-slow = { $path } could not be read safely: reading it took longer than { $seconds } seconds, so Lectern stopped. The file may be damaged, or made to stall a reader.
import-stopped = { $path } could not be read safely: reading it stopped part way. The file may be damaged, or made to crash a reader.
import-out-of-memory = { $path } could not be read safely: reading it needed more memory than a reading may take. The file may be damaged, or made to exhaust memory.
import-rtf = { $path }: this is a Rich Text (.rtf) file, which Lectern cannot read: open it in Word or LibreOffice and save it as .docx or .odt.
import-odt-damaged = this OpenDocument text (.odt) is damaged and cannot be read. If it opens in LibreOffice, save it again as .odt or .docx and open that file.
import-odt-too-large = this OpenDocument text (.odt) unpacks to more than { $megabytes } MB, far more than any reading; it may be damaged, or made to exhaust memory.
import-odt-too-deep = this OpenDocument text (.odt) nests its parts deeper than any real document does; it may be damaged, or made to stall a reader.
err-reading-not-local = the reading these answers name is on another computer or a device ({ $path }), so Lectern does not open it: open the reading itself, or add it to the library
err-reading-not-named = the answers do not say which reading they belong to
feedback-other-student = this feedback is about { $other }, not { $student } who handed in this file, so it is not returned (was it put beside the wrong hand-in?)
feedback-other-reading = this feedback is about another reading or another version of it (“{ $title }”), so it is not returned
feedback-earlier-hand-in = this feedback was written on an earlier version of { $student }’s hand-in (it was handed in again since), so it is not returned: check it in the Class view — any change you make there brings it up to date
feedback-unknown-level = it gives “{ $criterion }” the level “{ $level }”, which its rubric does not have
sheet-not-in-reading = not in the reading
err-save-folder-gone = the folder { $folder } is not there any more. If it is on a USB stick or a network drive, put it back: Lectern saves by itself as soon as it is back. Or choose Save as… to keep your answers somewhere else
err-save-drive-gone = drive { $drive } is not there any more (was the USB stick taken out?). Put it back: Lectern saves by itself as soon as it is back. Or choose Save as… to keep your answers somewhere else
banner-not-saved-title = Your answers are not saved
banner-text-safe = Your text is safe in this window: do not close it until the answers are saved.
banner-copy-at = A safety copy is in { $place }.
banner-try-again = Try again
correct-add = Write a new:
correct-remove = Remove this block
correct-no-questions = This reading has no questions yet — write the first one below, or add an essay or a section.
correct-block-text = Text of block { $n }
start-edit = Edit…
start-edit-hint = Change its questions, their order or its text; students' answers stay under their questions
start-edit-named = Edit "{ $title }"
correct-change-title = Change “{ $title }”
correct-save-changes = Save changes
reading-changed = “{ $title }” is saved with your changes; what it said before is kept in the library's originals folder.
reading-not-changed = The changes were not saved
correct-move-up-named = Move block { $n } up
correct-move-down-named = Move block { $n } down
correct-remove-named = Remove block { $n }
file-kind-answers = answers
file-kind-reading = reading
file-kind-words = word list
err-not-a-folder = { $path } is not a folder that can be reached. If it is on a USB stick or a network drive, check that it is connected, or choose another folder
err-no-data-folder = this computer gives Lectern no folder of its own to keep the library in (no home folder was found); start Lectern as a user with a home folder, or in portable mode
err-no-bundled = the answers name a reading that came with another version of Lectern (“{ $name }”), which this version does not have: open the reading itself, or update Lectern
err-import = { $path }: { $problem }
import-not-started = { $path } could not be read: Lectern could not start its own reader for it ({ $error }). Close Lectern, open it again and try once more
import-not-word = not a readable Word document: it may be damaged. If it opens in Word or LibreOffice, save it again as .docx and open that file
import-not-pdf = not a readable PDF: it may be damaged. If it opens in a PDF viewer, print it to a new PDF and open that file
import-pdf-locked = this PDF is protected by a password, so Lectern cannot read its text. Open it, and save or print a copy without the password
import-pdf-no-text = this PDF has no selectable text (probably a scan). Lectern reads the text of a PDF, not its pictures: ask for the document the PDF was made from, or copy its text into Paste a reading…
import-page-empty = this web page holds no text. Save the page again from the browser (Save page as… → Web page, complete) or copy its text into Paste a reading…
import-mhtml-damaged = this single-file web page (.mhtml) is damaged or holds no page. Save the page again from the browser, or copy its text into Paste a reading…
import-clipboard-empty = The clipboard holds no text. Copy the article and its questions, then try again.
library-original-not-kept = the reading was added, but the file it came from could not be kept in { $path }: { $error }
err-sheet-not-made = the study sheet could not be made as { $format }: this is a fault in Lectern, not in your answers, which are safe. Export it in another format (HTML or Word), and tell your teacher
clipboard-unreachable = Lectern could not reach the clipboard. Copy the text again, then try once more; or open the reading as a file
file-kind-settings = settings
spell-dictionary-damaged = the word list that comes with Lectern is damaged; installing Lectern again mends it
window-not-opened = the window could not be opened: { $error }. On Linux, check that a desktop session is running (DISPLAY or WAYLAND_DISPLAY is set)
answers-larger-than-any = it is { $size } bytes, larger than any answers file
sheet-answers = Answers
err-not-encoded = nothing was written to { $path }: Lectern could not put its own data into words, which is a fault in Lectern. Your work is still in the window; try again, and tell your teacher
cmd-answer-history = Earlier versions…
history-title = Earlier versions of your answer
history-teacher-title = How it was written
history-none = No earlier versions of this answer yet: Lectern keeps them as you write.
history-close = Close
history-play = ▶ Play
history-pause = ⏸ Pause
history-version-label = Version
history-version = version { $n } of { $count }
history-step = { $time } · session { $session } · { $how }
history-start = Before the first change: the empty answer box.
history-empty = (empty)
history-copy = Copy this version
history-restore = Restore this version
history-restore-hint = The answer becomes this version again; the text it has now stays in its history.
history-restored = Version { $version } restored. The text before it is kept in the answer's history.
history-same = That version is the answer as it is now: nothing to restore.
history-replay = Replay how it was written…
history-typed = typed
history-pasted = pasted from outside the reading
history-quoted = quoted from the reading
history-restored-step = version { $version } restored
history-earlier = written before Lectern kept a history
process-no-history = No history: this answer was written before Lectern kept one.
process-broken = The history of this answer does not match its text: it was changed outside Lectern.
process-time = Writing time: { $minutes } min; sessions: { $sessions } ({ $dates })
process-characters = Characters typed: { $typed }; pasted from outside the reading: { $pasted }; quoted from the reading: { $quoted }
process-earlier = Characters written before Lectern kept a history: { $count }
process-restores = Earlier versions restored: { $count }
process-paste = Pasted from outside the reading, { $time }:
hand-in-teacher-sees = What your teacher sees
hand-in-teacher-sees-body = With your answers, your teacher sees how each was written: the time spent and the sessions, the characters typed, pasted and quoted, each paste from outside the reading with its text, and a replay of the answer growing. Lectern keeps only the text and when it changed: no keystrokes, nothing from other programs.
help-history = Lectern keeps each answer's earlier versions as you write (Earlier versions…, Ctrl+H): view, copy or restore any of them. Your teacher sees how each answer was written; the hand-in dialog shows you exactly what.
class-writing = Writing
class-writing-cell = { $minutes } min · sessions: { $sessions } · pasted: { $pasted } %
class-writing-none = no history
process-quote = Quoted from the reading, { $time }:
process-too-long = This answer's history is too long to check or replay past change { $steps }: no writing makes a history like it.
process-paste-length = ({ $count } characters in all)
history-copied = Copied ✓
class-writing-hint = Writing time; sessions; the share of the characters put in that were pasted from outside the reading (quotations from the reading not counted).
file-kind-zip = ZIP of hand-ins
class-too-many-files = More than { $count } files: Lectern looks through no more than that for hand-ins. Open the folder or ZIP of one assignment.
zip-damaged = The ZIP is damaged or is not a ZIP: download it again.
zip-entry-outside = Its name leads outside the ZIP's folder ("../" or a full path): not read. A ZIP made by Moodle or Google Drive has no such names.
zip-entry-damaged = This file in the ZIP is damaged: download the ZIP again.
zip-too-large = The ZIP's answers files unpack to more than 512 MB: the rest were not read. No class's hand-ins are that large; this ZIP may be made to harm.
zip-nothing-handed-in = nothing
zip-no-answers-file = No Lectern answers file (.ron) here; handed in: { $files }
moodle-no-participant = Not from a Moodle download (its folder does not name a participant): Moodle would not know whose it is.
moodle-zip-name = feedback for Moodle
file-kind-worksheet = grading worksheet
worksheet-not-utf8 = It is not UTF-8 text, as Moodle's worksheet is: download it from Moodle again, unchanged.
worksheet-unreadable = Its CSV does not read at line { $line }.
worksheet-no-columns = It has no "Identifier" and "Grade" columns: it is not a Moodle grading worksheet (Download grading worksheet, in the assignment's submissions).
worksheet-no-hand-in = no hand-in from this participant in the class
worksheet-no-score = not scored with a rubric yet
worksheet-no-maximum = no maximum grade in the worksheet to scale to
worksheet-no-row = no row in the worksheet for participant { $id }: is it the same assignment's?
cmd-open-class-zip = Class from a ZIP…
cmd-fill-worksheet = Fill in grading worksheet…
start-class-zip-hint = A ZIP of hand-ins as Moodle (Download all submissions) or Google Drive gives it: read where it is, never unpacked.
filter-zip = ZIP archives
filter-worksheet = Grading worksheets (CSV)
dialog-class-zip = Choose the ZIP of hand-ins
dialog-worksheet = Choose Moodle's grading worksheet
moodle-returned = Feedback for { $count } students, ready for Moodle's "Upload multiple feedback files in a zip": { $path }
worksheet-filled-title = Grading worksheet filled in
worksheet-not-filled = The grading worksheet was not filled in
worksheet-filled = Grades for { $count } students, ready for Moodle's "Upload grading worksheet": { $path }. The worksheet you downloaded is as it was.
worksheet-row-left = Left as it was: { $record }: { $reason }
class-return-moodle = Return feedback as one ZIP for Moodle
class-return-moodle-hint = Each student's feedback sheet goes in the folder Moodle's download gave them; upload the ZIP with "Upload multiple feedback files in a zip".
class-worksheet-hint = Choose the worksheet from the assignment's "Download grading worksheet": each student's rubric total and overall comment are filled in, everything else stays as it was.
class-scale-grades = Scale to Moodle's maximum grade
class-charts = Charts: the class at a glance
class-chart-progress = Questions answered by each student (of { $total })
class-chart-questions = Each question: answered and not answered ({ $students } students)
class-chart-answered = answered
class-chart-not-answered = not answered
class-chart-words = Words per answer, by question (fewest, middle half, most)
class-chart-words-name = words
class-chart-levels = Rubric levels reached, per criterion
worksheet-above-maximum = the rubric's total ({ $points }) is above Moodle's maximum grade ({ $maximum }), which Moodle would skip: tick "Scale to Moodle's maximum grade", or raise the maximum in Moodle
worksheet-other-rubric = scored against an earlier version of the rubric: open the review and score again
sheet-charts = The class at a glance
sheet-chart-of = { $count } of { $total }
sheet-chart-spread = { $low }–{ $high }, median { $median }
speech-no-service = Lectern could not reach this computer's speech service, so nothing can be read aloud. On Linux, install speech-dispatcher and espeak-ng (on Debian and Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng). On Windows, turn on a voice in Settings — Time & language — Speech.
speech-lost = The computer's speech service stopped while reading aloud. Press Read aloud to try again.
cmd-read-aloud = Read aloud
cmd-stop-reading = Stop reading aloud
cmd-next-sentence = Next sentence
cmd-previous-sentence = Previous sentence
cmd-read-faster = Read faster
cmd-read-slower = Read slower
cmd-read-question = Read the question aloud
cmd-read-answer = Read my answer back
cmd-follow-voice = Back to the sentence being read
cmd-line-focus = Line focus
read-aloud-speed = Reading speed: { $speed } %
read-aloud-no-answer = This answer has no words to read aloud yet.
read-aloud-nothing = There are no words here to read aloud.
read-aloud-no-voice-title = No { $language } voice is installed
read-aloud-no-voice-linux = Sentences in { $language } are passed over rather than read in another language's voice. To hear them, install espeak-ng's voices for speech-dispatcher (on Debian and Ubuntu: sudo apt install speech-dispatcher-espeak-ng), then close Lectern and open it again.
read-aloud-no-voice-windows = Sentences in { $language } are passed over rather than read in another language's voice. To hear them, add a { $language } voice in Windows (Settings — Time & language — Speech — Add voices), then restart Lectern.
read-aloud-no-voice-windows-kazakh = Windows has no Kazakh voice, so Kazakh sentences are passed over rather than read in another language's voice. To hear Kazakh aloud on this computer, a screen reader with its own voices can read it: NVDA (free) comes with eSpeak NG, which speaks Kazakh. On Linux, Lectern reads Kazakh with espeak-ng.
read-aloud-unavailable = Read aloud is not available
read-aloud-follow = Back to the voice
read-aloud-article = the article
read-aloud-question = the question
read-aloud-answer = your answer
read-aloud-connecting = Starting the computer's speech…
read-aloud-reading = Reading { $what } aloud: sentence { $at } of { $of }
read-aloud-paused = Paused ({ $what }): sentence { $at } of { $of }
read-aloud-done = Read to the end ({ $what })
line-focus-on = Line focus on: Alt+Up and Alt+Down move it, or point with the mouse
line-focus-off = Line focus off
spacing-normal = Normal
spacing-wide = Wide
spacing-wider = Wider
settings-spacing = Letter and word spacing
settings-line-focus = Line focus
settings-line-focus-on = Dim all but the lines being read
settings-line-focus-lines = { $lines ->
    [one] 1 line
   *[other] { $lines } lines
}
settings-speech-rate = Reading aloud speed
tools-read-aloud = 🔊 Read aloud
cmd-line-focus-down = Move the line focus down
cmd-line-focus-up = Move the line focus up
help-read-aloud = Read aloud (Ctrl+Shift+U) reads the article from the cursor, each sentence in its own language, marking the sentence read; the 🔊 buttons read the question and your answer back. Line focus and wider spacing are in Reading settings.
speech-language = { $code ->
    [kk] Kazakh
    [ru] Russian
    [fr] French
   *[en] English
}
