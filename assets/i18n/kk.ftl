words = { $count } сөз

## Жауап өрісі және емле тексеру
editor-hint = Жауабыңызды осында жазыңыз…
spell-switch = Емле
spell-switch-hint = Қате жазылған сөздердің астын сызу (нұсқаларды көру үшін тінтуірдің оң жақ батырмасын басыңыз). Жазғаныңыз ешқашан өздігінен өзгермейді.
spell-latin-hint = Латын әрпімен жазылған сөздерге арналған сөздік. Қазақ және орыс тілдері әріптері арқылы ажыратылады.
spell-off-for-reading = Бұл мәтін үшін емле тексеру өшірілген
spell-looking = Нұсқалар ізделуде…
spell-no-suggestions = Нұсқа жоқ
spell-add = Менің сөздеріме қосу
spell-ignore = Осы жауапта елемеу
spell-dictionary-failed-title = Сөздік жүктелмеді
spell-dictionary-failed = { $dictionary } сөздігі оқылмады, сондықтан оның сөздері тексерілмейді: { $reason }
spell-words-unreadable-title = Сөздер тізіміңіз оқылмады
spell-words-not-saved-title = Сөздер тізіміңіз сақталмады
spell-suggestions-failed-title = Нұсқалар табылмады
prefs-unreadable-title = Баптауларыңыз оқылмады
prefs-not-saved-title = Баптауларыңыз сақталмады
