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
