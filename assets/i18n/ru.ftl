# Lectern по-русски. Ключи те же, что в en.ftl (это проверяет тест).
words = { $count ->
    [one] { $count } слово
    [few] { $count } слова
   *[other] { $count } слов
}

## Поле ответа и проверка орфографии
editor-hint = Напишите ответ здесь…
spell-switch = Орфография
spell-switch-hint = Подчёркивать слова с ошибками (щёлкните по слову правой кнопкой, чтобы увидеть варианты). Ваш текст сам никогда не меняется.
spell-latin-hint = Словарь для слов латиницей. Казахский и русский различаются по буквам.
spell-off-for-reading = Для этого текста проверка орфографии выключена
spell-looking = Ищем варианты…
spell-no-suggestions = Вариантов нет
spell-add = Добавить в мои слова
spell-ignore = Пропускать в этом ответе
spell-dictionary-failed-title = Не удалось загрузить словарь
spell-dictionary-failed = Словарь { $dictionary } не прочитан, поэтому его слова не проверяются: { $reason }
spell-words-unreadable-title = Не удалось прочитать ваш список слов
spell-words-not-saved-title = Не удалось сохранить ваш список слов
spell-suggestions-failed-title = Не удалось подобрать варианты
prefs-unreadable-title = Не удалось прочитать ваши настройки
prefs-not-saved-title = Не удалось сохранить ваши настройки

## Команды: кнопки, меню, список в справке
cmd-open-reading = Открыть текст…
cmd-open-answers = Открыть ответы…
cmd-save = Сохранить
cmd-save-as = Сохранить как…
cmd-export = Экспорт листа…
cmd-next-prompt = Следующий вопрос
cmd-previous-prompt = Предыдущий вопрос
cmd-zoom-in = Крупнее
cmd-zoom-out = Мельче
cmd-zoom-reset = Обычный размер текста
cmd-toggle-theme = Следующая тема (светлая, тёмная, контрастная)
cmd-quit = Выйти
cmd-help = Справка
cmd-hand-in = Сдать…
cmd-hand-in-to-folder = Выбрать папку и сдать…
cmd-finish = Завершить
cmd-finish-session = Завершить, не сдавая
cmd-add-reading = Добавить текст из файла…
cmd-paste-reading = Вставить скопированный текст…
cmd-confirm-add-reading = Добавить в библиотеку
cmd-choose-answers-folder = Изменить…
cmd-export-anyway = Всё равно экспортировать…
cmd-open-class = Класс…
cmd-export-class = Экспорт листа класса…
cmd-next-student = Следующий ученик (режим класса)
cmd-previous-student = Предыдущий ученик (режим класса)
cmd-return-feedback = Вернуть отзывы…
cmd-import-rubric = Импорт критериев…
cmd-export-rubric = Экспорт критериев…
cmd-open-feedback = Открыть отзыв…
cmd-cite = Процитировать выделенные слова в этом ответе
cmd-highlight = Выделить слова цветом (или снять выделение)
cmd-find = Найти в статье и в ваших ответах
cmd-find-next = Следующее совпадение
cmd-find-previous = Предыдущее совпадение
cmd-close-find = Закрыть поиск
cmd-switch-pane = Перейти между статьёй и ответом
cmd-reading-settings = Настройки чтения

## Панель инструментов
toolbar-hand-in-hint = Записать ваш лист и копию ответов в папку для учителя
toolbar-feedback = Отзыв…
toolbar-finish-hint = Завершить работу на общем компьютере
theme-dark = Тёмная
theme-light = Светлая
theme-contrast = Контраст
toolbar-progress = Отвечено: { $answered } из { $total }
toolbar-name-hint = Ваше имя
toolbar-student = Ученик:

## Строка состояния
status-not-saved = ⚠ Не сохранено: { $error }. Ваш текст в безопасности в этом окне; попробуйте «Сохранить как».
status-unreadable = ⚠ Файл { $file } не читается и оставлен без изменений. Новые ответы пока не сохраняются: используйте «Сохранить как».
status-unsaved = Есть несохранённые изменения
status-saved-at = Сохранено в { $time }
status-nothing-yet = Сохранять пока нечего
status-no-file = файл не выбран

## Справка
help-title = Справка
help-autosave = Lectern сам сохраняет ответы через мгновение после того, как вы перестали печатать.
help-shortcuts = Сочетания клавиш
help-article-paragraphs = В статье: следующий / предыдущий абзац
help-article-select = В статье: выделить слова
help-keys-select = Shift+стрелки, Shift+Home, Shift+End
help-find-keys = В поиске: следующее / предыдущее совпадение, закрыть
help-elsewhere = В остальных местах: переход между элементами

## Начальный экран
cancel = Отмена
ok = ОК
close = Закрыть
start-tagline = Прочитайте статью, ответьте на вопросы, сдайте учебный лист.
start-your-name = Ваше имя
start-name-hint = Имя и фамилия
start-type-name = Чтобы начать, введите имя: оно будет в ваших ответах и на листе.
start-recent = Ваши недавние работы
start-continue = Продолжить
start-continue-named = Продолжить «{ $title }»
start-readings = Тексты
start-open = Открыть
start-open-named = Открыть «{ $title }»
start-cannot-be-read = не читается
start-share = Поделиться…
start-share-hint = Записать текст в файл, который откроет класс
start-share-named = Поделиться «{ $title }»
start-remove = Убрать
start-remove-hint = Убрать из библиотеки (ответы к нему сохранятся)
start-remove-named = Убрать «{ $title }»
start-add-hint = Для учителей: добавить файл с текстом в библиотеку этого компьютера
start-paste-hint = Для учителей: вставить статью с вопросами, скопированную с веб-страницы или из документа
start-class-hint = Для учителей: свести папку со сданными ответами
start-no-folder = (нет папки)
start-answers-kept = Ответы хранятся в { $folder }
start-portable = Переносной режим: всё хранится в { $folder }
start-language-hint = Язык меню Lectern и вашего учебного листа
paste-title = Вставить текст
paste-explain = Скопируйте статью с вопросами с веб-страницы или из документа и вставьте сюда (Ctrl+V). Lectern уберёт меню страницы, кнопки «поделиться» и подобное.
paste-hint = Вставьте сюда
paste-preview = Просмотр…
paste-from-clipboard = Вставить из буфера обмена
paste-from-clipboard-hint = Сохраняет заголовки, жирный шрифт и списки, скопированные с веб-страницы
preview-title = Добавить этот текст?
preview-spelling-off = Для этого текста проверка орфографии выключена (в его заголовке есть «spell checking: off»).
preview-whole-page = Читать всю страницу, а не только статью
preview-whole-page-hint = Если в статье на странице пропущены некоторые вопросы
preview-correct = Исправить…
preview-correct-hint = Указать, что есть что в каждом блоке, где Lectern ошибся

## Список вопросов
prompts-heading = ВОПРОСЫ
prompts-none = В этом тексте нет вопросов.
prompts-list-name = Вопросы
prompts-other-version = Написано для другой версии этого текста.
prompts-row-answered = есть ответ
prompts-row-not-answered = нет ответа
prompts-row-answered-commented = есть ответ, есть комментарий учителя
prompts-row-not-answered-commented = нет ответа, есть комментарий учителя
prompts-orphans = Больше нет в этом тексте
prompt-lead = Главный вопрос
prompt-question = Вопрос { $label }
prompt-essay = Эссе { $label }

## Поле ответа
editor-no-questions = Отвечать не на что: в этом тексте нет вопросов.
editor-next = Далее ▶
editor-previous = ◀ Назад
editor-comment-head = КОММЕНТАРИЙ УЧИТЕЛЯ · сдача { $hand_in }
editor-comment-head-changed = КОММЕНТАРИЙ УЧИТЕЛЯ · сдача { $hand_in } · вы изменили этот ответ после
editor-remove-citation = Убрать эту цитату
editor-remove-citation-n = Убрать цитату { $n }
editor-citation-missing = { $citation } (нет в этой версии текста)
editor-show-citation = Показать в статье: «{ $quote }»
editor-show-citation-n = Показать цитату { $n } в статье
editor-evidence = Цитаты ({ $count })
editor-to-go = осталось { $count }
editor-in-range = ✔ в пределах
editor-over = на { $count } больше
editor-asked = { $words } · нужно: { $range }
editor-asked-hint = Ориентир из задания: можно написать больше или меньше.
editor-orphan-kicker = Больше нет в этом тексте · { $id } (только чтение)

## Уведомления
close-unsaved-title = Ваши ответы не сохранены
close-unsaved-body = Если закрыть сейчас, написанное после последнего сохранения пропадёт.
close-keep-working = Продолжить работу
close-without-saving = Закрыть без сохранения
recovery-the-file = файл ответов
recovery-title = Lectern нашёл более новую работу
recovery-body = Ответы от { $when } так и не попали в { $file }: окно закрылось или компьютер выключился до сохранения. Lectern сохранил их в { $copy } (отвечено вопросов: { $answered }).
recovery-restore = Вернуть более новую работу
recovery-keep = Оставить сохранённую версию

## Число слов и объём (окно и учебный лист)
range-between = { $min }–{ $max } { $max ->
    [one] слова
   *[other] слов
}
range-at-least = не менее { $min } { $min ->
    [one] слова
   *[other] слов
}
range-at-most = не более { $max } { $max ->
    [one] слова
   *[other] слов
}
range-any = любой объём
words-asked = { $words } (нужно: { $range })

## Учебный лист (все форматы)
sheet-evidence = Цитаты из текста
sheet-highlights = Выделенное
sheet-orphans = Ответы на вопросы, которых больше нет в тексте
sheet-feedback = Отзыв учителя
sheet-comment = Комментарий учителя
sheet-overall = В целом
sheet-rubric = Критерии
sheet-not-answered = Нет ответа
sheet-student = Ученик
sheet-date = Дата
sheet-progress = Выполнено
sheet-progress-value = Отвечено вопросов: { $answered } из { $total }
sheet-source = Источник
sheet-fingerprint = Отпечаток текста
sheet-no-name = (имя не указано)
colour-yellow = Жёлтый
colour-green = Зелёный
colour-blue = Синий
colour-pink = Розовый
feedback-on-hand-in = К сдаче { $number }
feedback-changed-since = { $count ->
    [one] с тех пор изменён { $count } ответ
    [few] с тех пор изменено { $count } ответа
   *[other] с тех пор изменено { $count } ответов
}
feedback-points-over = { $name }: { $points } баллов по всем ответам
feedback-total = Итого: { $got } из { $of }
feedback-level-line = { $criterion }: { $level } ({ $points } из { $of })

## Экспорт, сдача и завершение
export-options-title = Экспорт учебного листа
export-options-body = С этими ответами открыт отзыв учителя. Лист содержит только ваше, если вы не решите добавить отзыв.
export-options-without = Экспортировать только мои ответы…
export-options-with = Экспортировать с отзывом учителя…
hand-in-title = Сдать
hand-in-body = Lectern запишет ваш учебный лист и копию ответов в выбранную папку (флешку или общую папку класса).
hand-in-unanswered = Без ответа ещё { $count } из { $total } вопросов.
hand-in-no-name = Не указано имя: сначала введите его вверху справа.
hand-in-format = Формат:
hand-in-sheet-language = Язык листа:
paper-letter = Letter
empty-title = { $count ->
    [one] { $count } вопрос пока без ответа
    [few] { $count } вопроса пока без ответа
   *[other] { $count } вопросов пока без ответа
}
empty-body = На листе они будут отмечены «Нет ответа». Выберите вопрос, чтобы перейти к нему:
finish-title = Завершить работу?
finish-body = Ваши ответы будут сохранены и закрыты, а список недавних работ на этом компьютере очищен, чтобы следующий ученик начал с чистого листа.
finish-hand-in-first = Сдать и завершить…
start-not-started = не начато
start-answers-unreadable = ответы не читаются
job-progress = Смотрим ваш прогресс
job-opening-reading = Открываем текст
job-opening-work = Открываем вашу работу
job-reading-file = Читаем файл
job-clipboard = Читаем буфер обмена
job-class-export = Экспортируем лист класса
job-hand-in = Сдаём
name-first-title = Сначала введите имя
name-first-body = Ваше имя будет в ответах и на учебном листе.
reading-not-opened = Не удалось открыть текст
nothing-pasted = Ничего не вставлено
pasted-text = (вставленный текст)
reading-not-added = Текст не добавлен
reading-shared = «{ $title }» записан в { $path }: ученики открывают его через «Открыть текст…».
reading-not-shared = Не удалось поделиться текстом
reading-not-removed = Текст не убран
class-exported = Лист класса экспортирован
class-not-exported = Лист класса не экспортирован
hand-in-not-saved = Не удалось сохранить ответы в вашем собственном файле ({ $error }): они по-прежнему в этом окне. Используйте «Сохранить как», чтобы сохранить их на исправный диск.
hand-in-done = Сдано
hand-in-done-body = Ваш учебный лист:
    { $sheet }

    Копия ваших ответов:
    { $answers }
hand-in-failed = Не сдано
hand-in-failed-body = Ничего не потеряно: ваши ответы здесь и сохранены, как раньше. Проверьте папку и попробуйте снова.

## Открытие, сохранение, экспорт
job-not-started = Lectern не смог это сделать
job-died-title = Что-то пошло не так
job-died = «{ $name }» остановлено из-за ошибки в Lectern. Ваши данные не изменены; попробуйте ещё раз и сообщите учителю, если это повторится.
save-failed-title = Не удалось сохранить ответы
save-failed-help = Ваш текст по-прежнему в этом окне. Попробуйте «Сохранить как», чтобы сохранить его в другой папке.
dialog-already-open = Окно выбора файла уже открыто.
save-first-title = Сначала сохраните ответы
save-first = Не удалось сохранить ответы ({ $error }), поэтому текст остаётся открытым. Сохраните их через «Сохранить как» и попробуйте снова.
no-questions = В { $path } не найдено вопросов. Он откроется как текст, на который не нужно отвечать.
no-questions-title = Вопросы не найдены
file-unchanged = Файл не изменён.
answers-not-opened = Не удалось открыть эти ответы
answers-reading-missing-title = Не найден текст для этих ответов
answers-reading-missing = { $path } — ответы к «{ $title }», но { $error }.
    Сначала откройте этот текст (Ctrl+O), затем снова откройте ответы.
job-opening-answers = Открываем ответы
job-export = Экспортируем учебный лист
exported = Учебный лист экспортирован в { $path }
not-exported = Учебный лист не экспортирован
chooser-no-folder = Папки { $path } нет.
chooser-no-file = Файла { $path } нет.
chooser-type-name = Введите имя файла.
chooser-no-folder-for = Нет папки, чтобы сохранить { $path }.
filter-readings = Тексты
filter-all = Все файлы
filter-answers = Ответы Lectern
filter-reading = Текст Lectern
filter-feedback = Отзыв Lectern
filter-rubric = Критерии Lectern
dialog-open-reading = Открыть текст
dialog-open-answers = Открыть ответы
dialog-save-answers = Сохранить ответы как
dialog-export = Экспорт учебного листа
dialog-add-reading = Добавить текст в библиотеку
dialog-share = Сохранить текст в файл для класса
dialog-hand-in = В какую папку сдать?
dialog-answers-folder = В какой папке хранить ответы?
dialog-class-folder = Открыть папку со сданными ответами
dialog-class-export = Экспорт листа класса
dialog-open-feedback = Открыть отзыв учителя
dialog-return-feedback = В какую папку вернуть отзывы?
dialog-import-rubric = Импорт критериев
dialog-export-rubric = Экспорт критериев

## Сохранность работы
saver-died-title = Автосохранение в фоне перестало работать
saver-died = Поток сохранения Lectern неожиданно остановился. Ваши ответы здесь, и теперь Lectern сохраняет их сам (окно может ненадолго замирать). Для надёжности сохраните через Ctrl+S и перезапустите Lectern, когда сможете.
recovery-failed-title = Не удалось сделать страховую копию работы
recovery-failed = { $error }. Не закрывайте окно и сохраните ответы через «Сохранить как» на исправный диск.
conflict-title = Файл ответов изменён другой программой
conflict = { $changed } изменился на диске, пока был открыт здесь. Чтобы сохранить обе версии, ваши ответы записаны в { $copy }, и это окно дальше сохраняет туда. Другая версия оставлена как есть.
set-aside-title = Более новая работа отложена
set-aside = Она хранится в { $path } на случай, если понадобится.
not-set-aside-title = Страховая копия остаётся на месте
not-set-aside = Не удалось отложить { $path } ({ $error }); в следующий раз её предложат снова.
recovery-earlier-session = прошлого сеанса
feedback-not-shown-title = Не удалось показать отзыв учителя
feedback-not-shown = Файл отзыва { $path } не изменён, ваши ответы тоже.
answers-unreadable-title = Не удалось открыть файл ответов
answers-unreadable = Файл не изменён, и Lectern не будет в него писать. Можно продолжать: выберите «Сохранить как», чтобы сохранить новые ответы в другом файле.
locked-title = Эти ответы открыты в другом окне
locked-copy = { $path } уже открыт в другом окне Lectern. Чтобы окна не перезаписали друг друга, это окно работает с копией: { $copy }
locked-new = { $path } уже открыт в другом окне Lectern, и его не удалось скопировать ({ $error }). Это окно начинает новый файл: { $copy }
other-version-title = Текст изменился после ваших ответов
other-version = «{ $title }» изменили после того, как ответы были сохранены (возможно, учитель добавил или изменил вопросы). Каждый ответ остался при своём вопросе: проверьте, что ответы по-прежнему подходят. Ваши ответы — в { $path }.
orphans-title = Для некоторых ответов здесь нет вопроса
orphans = { $count ->
    [one] { $count } ответ относится к вопросу, которого нет в этом тексте. Он сохранён, показан в разделе «Больше нет в этом тексте» и попадает в экспорт.
   *[other] Ответов к вопросам, которых нет в этом тексте: { $count }. Они сохранены, показаны в разделе «Больше нет в этом тексте» и попадают в экспорт.
}
recovery-unreadable-title = Не удалось прочитать страховую копию
recovery-unreadable-kept = { $path } не читается ({ $reason }). Она сохранена как { $kept }; учитель или специалист, возможно, извлечёт из неё текст.
recovery-unreadable-left = { $path } не читается ({ $reason }) и не может быть отложена ({ $error }). Она оставлена на месте.
job-could-not-start = не удалось запустить «{ $name }»: { $error }

## Цитаты, выделение, поиск
evidence-no-words = В выделении нет слов: выделите слова в статье.
evidence-select-first = Сначала выделите слова в статье, затем процитируйте их.
evidence-choose-question = Выберите вопрос, в ответ на который цитировать.
evidence-cited = Абзац { $paragraph } процитирован в вашем ответе ({ $name }).
evidence-already-cited = Ваш ответ ({ $name }) уже цитирует эти слова.
evidence-highlighted = Выделено: { $colour }.
evidence-highlight-how = Выделите слова в статье, чтобы отметить их цветом; поставьте курсор в выделение, чтобы снять его.
evidence-highlight-removed = Выделение снято.
evidence-citation-removed = Цитата убрана.
evidence-gone = Этих слов больше нет в этой версии текста (они были в абзаце { $paragraph }).
find-no-matches = Совпадений нет
find-count = { $current } из { $total } (в статье: { $article }, в ваших ответах: { $answers })
find-label = Найти:
find-hint = Слова в статье или ваших ответах
find-close-hint = Закрыть поиск (Escape)

## Статья и её инструменты
tag-lead = Главный
article-empty = В этом тексте нет статьи, только вопросы.
article-cite-here = Процитировать в этом ответе
article-highlight-in = Выделить цветом
article-remove-highlight = Снять это выделение
tools-cite = « » Цитировать
tools-highlight-label = Цвет:
tools-highlight = Выделить
tools-find = Найти…
tools-reading = Aa Чтение
tools-colour-name = Цвет выделения: { $colour }
tools-colour-hint = Выделять этим цветом: { $colour }
tools-cite-disabled = Сначала выделите слова в статье, затем процитируйте их в ответе, который пишете

## Настройки чтения
settings-text-size = Размер текста
settings-line-spacing = Межстрочный интервал
settings-column-width = Ширина колонки
settings-points-suffix = { " " }пт
settings-typeface = Шрифт
settings-theme = Тема
settings-reset = Вернуть обычные настройки
font-sans = Без засечек (Ubuntu)
font-serif = С засечками (Libertinus)
font-legible = Разборчивый (B612)
theme-system = Как в системе
theme-high-contrast = Высокий контраст

## Собственное окно выбора файлов
chooser-folder = Папка
chooser-file-name = Имя файла
chooser-why = Системное окно выбора файлов не открылось, поэтому Lectern показывает своё.
chooser-up = ⬆ Вверх
chooser-up-hint = Папка, в которой лежит эта
chooser-places = Места
chooser-replace-ask = { $name } уже есть. Заменить?
chooser-replace = Заменить
chooser-keep = Оставить
chooser-choose-folder = Выбрать эту папку
chooser-entry-folder = Папка { $name }
chooser-entry-file = Файл { $name }
chooser-no-folders = Здесь нет папок.
chooser-nothing = Здесь нет файлов нужного вида.
chooser-unreadable = { $count ->
    [one] { $count } элемент не удалось прочитать.
    [few] { $count } элемента не удалось прочитать.
   *[other] { $count } элементов не удалось прочитать.
}

## Исправление текста
correct-title = Исправить текст
correct-explain = Укажите, что представляет собой каждый блок, исправьте текст, переместите или уберите блок, а ниже напишите новые вопросы. Справа — текст таким, каким его увидят ученики.
correct-undo = Отменить исправления
correct-undo-hint = Вернуться к просмотру в том виде, как Lectern прочитал файл
correct-block-is = Блок { $n } —
correct-move-up = Переместить вверх
correct-move-down = Переместить вниз
role-title = Заголовок
role-source = Строка источника
role-paragraph = Абзац статьи
role-subheading = Подзаголовок
role-section-title = Название раздела
role-instructions = Указания к разделу
role-lead = Главный вопрос
role-question = Вопрос
role-essay = Тема эссе
role-note = Заключительная заметка
role-ignore = Пропустить

## Режим класса (для учителей)
class-title = Класс
class-group = { $title } ({ $count ->
    [one] { $count } ученик
    [few] { $count } ученика
   *[other] { $count } учеников
})
class-hand-in = Сдача
class-answered = Отвечено
class-words = Слова
class-feedback = Отзыв
class-of = { $n } из { $total }
class-review = Проверить…
class-review-named = Проверить: { $student }, сдача { $number }
class-rubric-unreadable = Не удалось прочитать критерии для этого текста: { $error }
class-rubric-summary = Критерии: { $criteria }, баллов: { $points } { $scope }
class-no-rubric = Для этого текста пока нет критериев.
class-several-readings = Сдано разных текстов или версий: { $count }; для каждого — свой лист класса.
class-not-read = Не прочитано: { $name }: { $reason }
class-nothing-read = В этой папке не удалось прочитать ни одного файла ответов.
class-hide-names = Скрыть имена (Ученик А, Ученик Б…)
class-edit-rubric = Изменить критерии…
class-make-rubric = Составить критерии…
class-return-disabled = Сначала напишите отзыв: «Проверить…» ответы ученика.
class-return-files-only = Только файлы отзывов
class-return-with-sheet = С листом отзыва ({ $format })
class-feedback-unreadable = Файл не читается
class-comments = { $count ->
    [one] { $count } комментарий
    [few] { $count } комментария
   *[other] { $count } комментариев
}
class-file-changed = { " " }(файл с тех пор изменён)
class-name-hidden = (имя скрыто)
class-for-whole-sheet = за весь лист
class-for-each-answer = за каждый ответ
class-student-n = Ученик { $n }
class-back = ◀ Класс
class-back-hint = Назад к сводке по классу
class-review-heading = { $student } — сдача { $number }
class-position = { $n } из { $total } · { $title }
class-earlier-feedback = Вы дали отзыв на сдачу { $number }. Изменения с тех пор отмечены в каждом ответе.
class-earlier-version = Этот отзыв написан к более ранней версии файла; изменения с тех пор отмечены.
class-changed-since = Изменено после вашего отзыва (удалённое зачёркнуто, добавленное подчёркнуто):
class-evidence = ЦИТАТЫ
class-your-earlier-comment = Ваш комментарий к сдаче { $number }:
class-your-comment = Ваш комментарий к этому ответу
class-comment-hint = Что получилось, что делать дальше…
class-overall = Общий комментарий
class-overall-hint = О листе в целом
class-total = Итого: { $got } из { $of ->
        [one] { $of } балла
       *[other] { $of } баллов
    }
class-no-rubric-review = Для этого текста нет критериев: составьте их в сводке по классу («Составить критерии…»), чтобы оценивать по ним.
class-not-saved = Не сохранено: { $error }
class-saving = Сохраняем…
class-saved = Сохранено рядом со сданной работой
class-level-chosen = { $level } ({ $points } из { $of })
rubric-for = Для «{ $title }». Хранятся рядом с вашими текстами и используются для всего класса.
rubric-score = Оценивать
rubric-whole-sheet = весь лист
rubric-each-answer = каждый ответ
rubric-criterion-n = Критерий { $n }
rubric-remove-criterion = Убрать критерий
rubric-level-n = Уровень { $n }
rubric-points-suffix = { " " }б.
rubric-remove-level = Убрать этот уровень
rubric-add-level = + Уровень
rubric-add-criterion = + Критерий
rubric-not-usable = Пока нельзя использовать: { $problem }.
rubric-most-points = Наибольший балл: { $points } { $scope }
rubric-keep = Сохранить критерии
class-level-for = Уровень по критерию «{ $criterion }»
review-unreadable = Файл отзыва рядом с этой работой не читается, поэтому Lectern не будет его перезаписывать: { $error }
review-nothing-to-keep = сохранять нечего: комментариев нет
no-data-folder = На этом компьютере у Lectern нет папки данных, чтобы это сохранить.
job-class-folder = Читаем папку класса
class-folder-unreadable = Не удалось прочитать папку
review-kept-elsewhere = Копия ваших комментариев лежит в { $path }. Работа ученика не изменена.
review-kept-nowhere = Копию тоже не удалось сохранить ({ $why }), поэтому комментарии остаются в режиме класса. Работа ученика не изменена.
review-not-saved-title = Не удалось сохранить ваш отзыв
rubric-not-kept = Критерии не сохранены
rubric-kept = Критерии сохранены в { $path }
rubric-not-imported = Не удалось импортировать эти критерии
rubric-unchanged = Прежние критерии не изменены.
rubric-none-title = Нет критериев для экспорта
rubric-none = Сначала составьте критерии для этого текста.
rubric-exported = Критерии экспортированы в { $path }
rubric-not-exported = Критерии не экспортированы
could-not-write = не удалось записать { $path }: { $error }
job-return = Возвращаем отзывы
return-without = Отзывов пока нет, поэтому ничего не возвращено: { $names }
return-not-returned = Не возвращено: { $path }: { $reason }
return-none = Ни один отзыв не возвращён
return-done = Отзывы возвращены
return-failed = Отзывы не возвращены
job-open-feedback = Открываем отзыв
feedback-not-kept = Отзыв учителя показан, но не сохранён
feedback-open-again = В следующий раз откройте его снова.
feedback-shown = Отзыв учителя показан под каждым ответом.
feedback-shown-changed = { $count ->
    [one] Отзыв учителя показан; с тех пор изменён { $count } ваш ответ.
    [few] Отзыв учителя показан; с тех пор изменено { $count } ваших ответа.
   *[other] Отзыв учителя показан; с тех пор изменено ваших ответов: { $count }.
}
feedback-not-opened = Не удалось открыть этот отзыв
feedback-nothing-changed = Ничего не изменено: ни файл отзыва, ни ваши ответы.
article-paragraph = Абзац { $number }
article-cited-in = Абзац { $number } процитирован в: { $names }
format-markdown = Markdown
format-html = HTML (для печати)
format-text = Простой текст
format-docx = Word (DOCX)
format-pdf = PDF
rubric-starter-beginning = Начальный
rubric-starter-developing = Развивающийся
rubric-starter-secure = Уверенный
rubric-starter-understanding = Понимание текста
rubric-starter-evidence = Опора на текст
rubric-problem-empty = в критериях нет ни одного критерия
rubric-problem-too-many = критериев может быть не больше { $max }
rubric-problem-unnamed = у критерия нет названия
rubric-problem-twice = два критерия называются «{ $name }»
rubric-problem-levels = у «{ $name }» должно быть от 1 до { $max } уровней
rubric-problem-level-unnamed = у одного из уровней «{ $name }» нет названия
rubric-problem-level-twice = у «{ $name }» два уровня называются «{ $level }»
rubric-problem-points = «{ $level }» стоит больше { $max } баллов
prefs-left-alone = Файл оставлен как есть; ваш выбор в этом окне сохраняется до закрытия Lectern.

## Почему файл не прочитан или не записан
err-read = не удалось прочитать { $path }: { $error }
err-answers-too-large = { $path } занимает { $size } байт — слишком много для файла ответов (предел 32 МиБ)
err-not-text = { $path } не текстовый файл ({ $detail })
err-syntax = { $path }: { $message }
err-answers-newer = { $path } записан более новой версией Lectern (формат ответов { $found }; эта версия читает до { $supported }). Обновите Lectern, чтобы открыть его
err-invalid = { $path }: { $message }
err-save = не удалось сохранить в { $path }: { $error }
err-would-destroy = { $path } не будет перезаписан: это не файл ответов, который Lectern может прочитать ({ $reason })
err-changed-on-disk = { $path } изменён другой программой после того, как Lectern его открыл
err-encode = не удалось записать ответы в формате RON: { $error }
err-reading-too-large = { $path } занимает { $size } байт; текст может быть не больше 16 МиБ
err-reading-not-utf8 = { $path } не в кодировке UTF-8: неверный байт в строке { $line }, столбце { $column }; сохраните файл в UTF-8 и попробуйте снова
err-reading-empty = { $path } пуст: читать нечего
err-feedback-other-student = этот отзыв для ученика { $feedback }, а эти ответы — ученика { $answers }
err-feedback-other-reading = этот отзыв к тексту «{ $feedback }», а эти ответы — к «{ $answers }»
err-no-file = файла ответов пока нет: выберите «Сохранить как», чтобы его создать
err-save-unreadable = { $path } не читается, поэтому Lectern не будет его перезаписывать; выберите другое имя
err-save-held = { $path } открыт в другом окне Lectern; выберите другое имя
err-no-conflict-copy = { $path } изменился на диске, а копию рядом с ним сохранить не удалось: { $error }
err-recovery-encode = не удалось записать ответы для страховой копии: { $error }
err-recovery-nowhere = страховую копию не удалось записать никуда ({ $places })
err-export-over-source = экспорт поверх { $path } невозможен: это файл ответов или текст; выберите другое имя
err-file-too-large = { $path } занимает { $size } байт — слишком много для файла ({ $kind }; предел { $limit } МиБ)
err-file-not-one = { $path } — не файл ({ $kind }): { $detail }
err-file-newer = { $path } записан более новой версией Lectern (формат «{ $kind }» { $found }; эта версия читает до { $supported }). Обновите Lectern, чтобы открыть его
err-file-would-destroy = { $path } не будет перезаписан: это не файл ({ $kind }), который Lectern может прочитать ({ $reason })
file-kind-feedback = отзыв
file-kind-rubric = критерии

## Что учитель проверяет, прежде чем добавить текст
warn-no-questions = Вопросы не найдены: ученикам не на что будет отвечать.
warn-no-article = Текст статьи не найден, есть только вопросы.
warn-long = Статья длинная (слов: { $words }).
warn-untitled = Некоторые вопросы стоят до первого названия раздела; они собраны под «Вопросы».
reading-overview = Абзацев: { $paragraphs }, слов: { $words }; вопросов: { $prompts } в разделах: { $sections }

## Why the computer refused a file, in a student's words
io-not-found = файла или папки нет на месте (их переместили, переименовали или вынули флешку?)
io-permission = на этом компьютере у вас нет доступа к нему (спросите учителя или техника школы)
io-exists = там уже есть что-то с таким именем
io-full = диск заполнен: освободите место или выберите другое
io-read-only = туда нельзя записывать (диск или флешка только для чтения)
io-is-folder = это папка, а не файл
io-not-folder = часть этого пути — файл, а не папка
io-bad-name = имя слишком длинное или в нём есть знаки, которые этот диск не принимает
io-too-large = файл слишком велик для этого диска
io-in-use = файл занят другой программой: закройте её и попробуйте снова
io-timed-out = диск или сеть слишком долго не отвечали
io-damaged = файл обрезан или повреждён
io-network = сетевая папка недоступна
io-drive-gone = диск или флешка недоступны: вставьте их обратно и попробуйте снова
io-other = компьютер отказал (ошибка { $code })

## Lectern's own chooser
chooser-cannot-read = Не удаётся прочитать { $path }: { $reason }.
chooser-not-a-folder = { $path } — это файл, а не папка.
chooser-create-ask = Папки { $path } ещё нет. Создать её?
chooser-create = Создать папку
chooser-cannot-create = Не удалось создать папку: { $reason }.
err-recovery-no-place = её негде записать
err-reading-binary = { $path } — не текст, который Lectern может прочитать (возможно, это картинка, архив или документ другой программы). Откройте его в программе, которая его создала, сохраните как Word (.docx), OpenDocument (.odt), PDF или простой текст и откройте тот файл.
err-reading-opendocument = { $path } — таблица, презентация или рисунок LibreOffice или OpenOffice, Lectern не умеет их читать. Скопируйте текст в документ Writer, сохраните его как .odt или .docx и откройте тот файл.
not-text-nul = это не текст: возможно, это файл другого рода
not-text-utf8 = буквы в строке { $line }, столбце { $column } сохранены не в UTF-8

## What is wrong inside a file Lectern wrote
ron-where = строка { $line }, столбец { $column }: { $what }
ron-cut-short = файл обрывается раньше времени (возможно, он обрезался при копировании)
ron-missing = не хватает части «{ $field }»
ron-unknown = «{ $field }» не входит в такой файл
ron-twice = «{ $field }» записано дважды
ron-wrong-value = значение здесь не того вида (текст, число, да или нет)
ron-bad-letters = буквы здесь повреждены
ron-too-deep = файл вложен слишком глубоко, чтобы быть файлом Lectern
ron-not-written-so = здесь файл записан не так, как его пишет Lectern (его меняли вручную или другой программой?)
start-open-file-hint = Открыть текст из файла: присланный учителем или с флешки
finish-not-saved = Ваши ответы не удалось сохранить: { $error }. Если завершить сейчас, они закроются несохранёнными: продолжайте работу и сначала используйте «Сохранить как» или «Сдать».
finish-handed-in = Вы сдали эту работу, и с тех пор она не менялась: { $sheet }
finish-changed-since = Вы изменили ответы после сдачи: сдайте ещё раз, чтобы отправить новую версию.
finish-failed-title = Ваши ответы не удалось сохранить
finish-failed-body = { $error }
    
    Сеанс остаётся открытым, чтобы ничего не потерялось. Сначала используйте «Сохранить как» или «Сдать».
start-for-teachers = Для учителя
start-added-readings = Тексты, добавленные на этом компьютере:
start-entry-detail = { $count ->
        [one] { $count } вопрос
        [few] { $count } вопроса
       *[other] { $count } вопросов
    }, добавлен { $added }
remove-title = Убрать «{ $title }» из библиотеки?
remove-body = Ученики больше не увидят его здесь. Их ответы на него сохранятся, а исходный файл, из которого вы его добавили, не изменится.
remove-yes = Убрать
library-bundled-stays = «{ $title }» входит в Lectern, его нельзя убрать
library-not-inside = { $path } не в папке библиотеки
library-not-removed = Не удалось убрать { $path }: { $error }
return-updated = обновлено
return-unchanged = Уже возвращены и не менялись, поэтому оставлены как есть: { $names }
file-empty = файл пуст
file-version-zero = в нём указан формат 0, которого не бывает
answers-twice = у вопроса { $prompt } два ответа; оставьте один и откройте файл снова
section-questions = Вопросы
section-lead-question = Главный вопрос
section-lead-questions = Главные вопросы
mark-question = В{ $number }
mark-lead = Г{ $number }
mark-essay = Э{ $number }
place-home = Домашняя папка
place-desktop = Рабочий стол
place-documents = Документы
place-downloads = Загрузки
close-could-not-save = Lectern не смог их сохранить: { $error }
a11y-resize-questions = Ширина вопросов и ответа
a11y-resize-list = Высота списка вопросов
a11y-close-window = Закрыть
rubric-criterion-hint = Назовите критерий, например: Опора на текст
window-start = Начало
chooser-file-type = Тип файла
class-return-what = Что вернуть вместе с отзывом
spell-latin-name = Словарь для слов латиницей
sheet-footer = Создано в Lectern.
io-not-a-file = это не обычный файл (под этим именем устройство или канал)
io-is-input = это тот самый файл, из которого всё сделано, и запись туда уничтожила бы его: выберите другое имя
import-too-slow = Файл { $path } не удалось прочитать безопасно: чтение заняло больше { $seconds } секунд, и Lectern его остановил. Возможно, файл повреждён или сделан так, чтобы зависла программа.
import-stopped = Файл { $path } не удалось прочитать безопасно: чтение оборвалось на полпути. Возможно, файл повреждён или сделан так, чтобы программа упала.
import-out-of-memory = Файл { $path } не удалось прочитать безопасно: для чтения понадобилось больше памяти, чем допустимо для текста. Возможно, файл повреждён или сделан так, чтобы занять всю память.
import-rtf = { $path }: это файл Rich Text (.rtf), который Lectern не умеет читать: откройте его в Word или LibreOffice и сохраните как .docx или .odt.
import-odt-damaged = этот документ OpenDocument (.odt) повреждён и не читается. Если он открывается в LibreOffice, сохраните его заново как .odt или .docx и откройте тот файл.
import-odt-too-large = этот документ OpenDocument (.odt) распаковывается больше чем в { $megabytes } МБ — намного больше любого текста для чтения; возможно, файл повреждён или сделан так, чтобы занять всю память.
import-odt-too-deep = в этом документе OpenDocument (.odt) части вложены друг в друга глубже, чем в любом настоящем документе; возможно, файл повреждён или сделан так, чтобы зависла программа.
err-reading-not-local = текст, к которому относятся эти ответы, указан на другом компьютере или устройстве ({ $path }), поэтому Lectern его не открывает: откройте сам текст или добавьте его в библиотеку
err-reading-not-named = в ответах не сказано, к какому тексту они относятся
feedback-other-student = этот отзыв написан для { $other }, а не для { $student }, сдавшего этот файл, поэтому он не возвращается (не положили ли его рядом с чужой работой?)
feedback-other-reading = этот отзыв относится к другому тексту или другой его версии («{ $title }»), поэтому он не возвращается
feedback-earlier-hand-in = этот отзыв написан на прежнюю версию работы ({ $student } с тех пор сдал её снова), поэтому он не возвращается: проверьте его в окне класса — любая правка там его обновит
feedback-unknown-level = в нём критерию «{ $criterion }» дан уровень «{ $level }», которого нет в его рубрике
sheet-not-in-reading = нет в тексте
err-save-folder-gone = папки { $folder } больше нет. Если она на флешке или сетевом диске, верните их на место: Lectern сохранит сам, как только папка появится. Или выберите «Сохранить как…», чтобы сохранить ответы в другом месте
err-save-drive-gone = диска { $drive } больше нет (флешку вынули?). Вставьте её обратно: Lectern сохранит сам, как только диск появится. Или выберите «Сохранить как…», чтобы сохранить ответы в другом месте
banner-not-saved-title = Ответы не сохранены
banner-text-safe = Ваш текст цел в этом окне: не закрывайте его, пока ответы не сохранятся.
banner-copy-at = Страховая копия лежит здесь: { $place }.
banner-try-again = Повторить
correct-add = Написать новый блок:
correct-remove = Убрать этот блок
correct-no-questions = В этом тексте ещё нет вопросов — напишите первый ниже или добавьте эссе или раздел.
correct-block-text = Текст блока { $n }
start-edit = Изменить…
start-edit-hint = Изменить вопросы, их порядок или текст; ответы учеников останутся под своими вопросами
start-edit-named = Изменить «{ $title }»
correct-change-title = Изменить «{ $title }»
correct-save-changes = Сохранить изменения
reading-changed = «{ $title }» сохранён с вашими изменениями; прежний вариант хранится в папке оригиналов библиотеки.
reading-not-changed = Изменения не сохранены
correct-move-up-named = Переместить блок { $n } вверх
correct-move-down-named = Переместить блок { $n } вниз
correct-remove-named = Убрать блок { $n }
file-kind-answers = ответы
file-kind-reading = текст для чтения
file-kind-words = список слов
err-not-a-folder = папка { $path } недоступна. Если она на флешке или сетевом диске, проверьте, что он подключён, или выберите другую папку
err-no-data-folder = на этом компьютере у Lectern нет своей папки для библиотеки (домашняя папка не найдена); запустите Lectern от пользователя с домашней папкой или в переносном режиме
err-no-bundled = ответы относятся к тексту из другой версии Lectern («{ $name }»), которого нет в этой версии: откройте сам текст или обновите Lectern
err-import = { $path }: { $problem }
import-not-started = { $path } не удалось прочитать: Lectern не смог запустить для него свою программу чтения ({ $error }). Закройте Lectern, откройте снова и повторите
import-not-word = это не читаемый документ Word: возможно, он повреждён. Если он открывается в Word или LibreOffice, сохраните его заново как .docx и откройте этот файл
import-not-pdf = это не читаемый PDF: возможно, он повреждён. Если он открывается в программе просмотра PDF, напечатайте его в новый PDF и откройте этот файл
import-pdf-locked = этот PDF защищён паролем, поэтому Lectern не может прочитать его текст. Откройте его и сохраните или напечатайте копию без пароля
import-pdf-no-text = в этом PDF нет выделяемого текста (вероятно, это скан). Lectern читает текст PDF, а не его картинки: попросите документ, из которого сделан PDF, или скопируйте его текст в «Вставить скопированный текст…»
import-page-empty = на этой веб-странице нет текста. Сохраните страницу из браузера заново («Сохранить как…» → «Веб-страница полностью») или скопируйте её текст в «Вставить скопированный текст…»
import-mhtml-damaged = эта веб-страница в одном файле (.mhtml) повреждена или не содержит страницы. Сохраните страницу из браузера заново или скопируйте её текст в «Вставить скопированный текст…»
import-clipboard-empty = В буфере обмена нет текста. Скопируйте статью и её вопросы и попробуйте снова.
library-original-not-kept = текст добавлен, но исходный файл не удалось сохранить в { $path }: { $error }
err-sheet-not-made = лист с ответами не удалось сделать в формате { $format }: это ошибка Lectern, а не ваших ответов — они сохранены. Экспортируйте в другом формате (HTML или Word) и сообщите учителю
clipboard-unreachable = Lectern не смог получить доступ к буферу обмена. Скопируйте текст ещё раз и повторите или откройте текст как файл
file-kind-settings = настройки
spell-dictionary-damaged = словарь, который поставляется с Lectern, повреждён; переустановка Lectern это исправит
window-not-opened = не удалось открыть окно: { $error }. В Linux проверьте, что запущен сеанс рабочего стола (задан DISPLAY или WAYLAND_DISPLAY)
answers-larger-than-any = он занимает { $size } байт — больше любого файла ответов
sheet-answers = Ответы
err-not-encoded = в { $path } ничего не записано: Lectern не смог записать собственные данные — это ошибка Lectern. Ваша работа по-прежнему в окне; попробуйте снова и сообщите учителю
cmd-answer-history = Прежние версии…
history-title = Прежние версии ответа
history-teacher-title = Как был написан ответ
history-none = У этого ответа пока нет прежних версий: Lectern сохраняет их, пока вы пишете.
history-close = Закрыть
history-play = ▶ Воспроизвести
history-pause = ⏸ Пауза
history-version-label = Версия
history-version = версия { $n } из { $count }
history-step = { $time } · сеанс { $session } · { $how }
history-start = До первого изменения: пустое поле ответа.
history-empty = (пусто)
history-copy = Копировать эту версию
history-restore = Вернуть эту версию
history-restore-hint = Ответ снова станет этой версией; нынешний текст останется в истории.
history-restored = Версия { $version } возвращена. Прежний текст сохранён в истории ответа.
history-same = Эта версия совпадает с нынешним ответом: возвращать нечего.
history-replay = Показать, как писался ответ…
history-typed = набрано
history-pasted = вставлено не из текста
history-quoted = цитата из текста
history-restored-step = возвращена версия { $version }
history-earlier = написано до того, как Lectern начал вести историю
process-no-history = Истории нет: ответ написан до того, как Lectern начал её вести.
process-broken = История этого ответа не совпадает с его текстом: её меняли вне Lectern.
process-time = Время работы: { $minutes } мин; сеансов: { $sessions } ({ $dates })
process-characters = Набрано символов: { $typed }; вставлено не из текста: { $pasted }; цитат из текста: { $quoted }
process-earlier = Символов, написанных до начала истории: { $count }
process-restores = Возвращено прежних версий: { $count }
process-paste = Вставлено не из текста, { $time }:
hand-in-teacher-sees = Что увидит учитель
hand-in-teacher-sees-body = Вместе с ответами учитель увидит, как писался каждый: время и сеансы работы, сколько символов набрано, вставлено и процитировано, каждую вставку не из текста вместе с её текстом и то, как ответ рос. Lectern хранит только текст и время его изменений: никаких нажатий клавиш, ничего из других программ.
help-history = Lectern хранит прежние версии каждого ответа, пока вы пишете (Прежние версии…, Ctrl+H): любую можно посмотреть, скопировать или вернуть. Учитель видит, как писался каждый ответ; что именно — показано в окне сдачи.
class-writing = Как писали
class-writing-cell = { $minutes } мин · сеансов: { $sessions } · вставлено: { $pasted } %
class-writing-none = нет истории
process-quote = Цитата из текста, { $time }:
process-too-long = История этого ответа слишком длинная: после изменения { $steps } её нельзя проверить и воспроизвести. Обычная работа такой истории не даёт.
process-paste-length = (всего символов: { $count })
history-copied = Скопировано ✓
class-writing-hint = Время работы; сеансы; доля символов, вставленных не из текста (цитаты из текста не считаются).
file-kind-zip = ZIP-архив с работами
class-too-many-files = Больше { $count } файлов: Lectern просматривает не больше. Откройте папку или ZIP одного задания.
zip-damaged = ZIP-архив повреждён или это не ZIP: скачайте его заново.
zip-entry-outside = Его имя ведёт за пределы папки архива («../» или полный путь): не прочитан. В архивах Moodle и Google Drive таких имён нет.
zip-entry-damaged = Этот файл в архиве повреждён: скачайте архив заново.
zip-too-large = Файлы ответов в архиве распаковываются больше чем в 512 МБ: остальные не прочитаны. Работы класса столько не занимают; архив может быть вредоносным.
zip-nothing-handed-in = ничего
zip-no-answers-file = Здесь нет файла ответов Lectern (.ron); сдано: { $files }
moodle-no-participant = Не из архива Moodle (папка не называет участника): Moodle не поймёт, чья это работа.
moodle-zip-name = отзывы для Moodle
file-kind-worksheet = ведомость оценок
worksheet-not-utf8 = Это не текст в UTF-8, как ведомость Moodle: скачайте её из Moodle заново, не меняя.
worksheet-unreadable = CSV не читается в строке { $line }.
worksheet-no-columns = В нём нет столбцов «Идентификатор» и «Оценка»: это не ведомость оценок Moodle («Скачать ведомость оценок» на странице ответов задания).
worksheet-no-hand-in = в классе нет работы этого участника
worksheet-no-score = ещё не оценено по критериям
worksheet-no-maximum = в ведомости нет максимальной оценки для пересчёта
worksheet-no-row = в ведомости нет строки участника { $id }: ведомость того же задания?
cmd-open-class-zip = Класс из ZIP…
cmd-fill-worksheet = Заполнить ведомость оценок…
start-class-zip-hint = ZIP с работами, как его даёт Moodle («Скачать все ответы») или Google Drive: читается на месте, без распаковки.
filter-zip = ZIP-архивы
filter-worksheet = Ведомости оценок (CSV)
dialog-class-zip = Выберите ZIP с работами
dialog-worksheet = Выберите ведомость оценок Moodle
moodle-returned = Отзывы для учеников ({ $count }), готовые для «Загрузить несколько файлов отзывов в ZIP» в Moodle: { $path }
worksheet-filled-title = Ведомость оценок заполнена
worksheet-not-filled = Ведомость оценок не заполнена
worksheet-filled = Оценки учеников ({ $count }), готовые для «Загрузить ведомость оценок» в Moodle: { $path }. Скачанная ведомость не изменена.
worksheet-row-left = Оставлено как было: { $record }: { $reason }
class-return-moodle = Вернуть отзывы одним ZIP для Moodle
class-return-moodle-hint = Отзыв каждого ученика кладётся в папку, которую ему дал архив Moodle; загрузите ZIP через «Загрузить несколько файлов отзывов в ZIP».
class-worksheet-hint = Выберите ведомость из «Скачать ведомость оценок» задания: для каждого ученика будут вписаны сумма баллов по критериям и общий комментарий, остальное не меняется.
class-scale-grades = Пересчитать к максимальной оценке Moodle
class-charts = Диаграммы: класс одним взглядом
class-chart-progress = Сколько вопросов ответил каждый ученик (из { $total })
class-chart-questions = Каждый вопрос: ответили и не ответили (учеников: { $students })
class-chart-answered = ответили
class-chart-not-answered = не ответили
class-chart-words = Слов в ответе по вопросам (меньше всего, средняя половина, больше всего)
class-chart-words-name = слов
class-chart-levels = Достигнутые уровни по каждому критерию
worksheet-above-maximum = сумма баллов ({ $points }) больше максимальной оценки Moodle ({ $maximum }), и Moodle её пропустит: отметьте «Пересчитать к максимальной оценке Moodle» или увеличьте максимум в Moodle
worksheet-other-rubric = оценено по прежней версии критериев: откройте работу и оцените заново
sheet-charts = Класс одним взглядом
sheet-chart-of = { $count } из { $total }
sheet-chart-spread = { $low }–{ $high }, медиана { $median }
speech-no-service = Lectern не смог обратиться к службе речи этого компьютера, поэтому читать вслух нечем. В Linux установите speech-dispatcher и espeak-ng (в Debian и Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng). В Windows включите голос в разделе «Параметры — Время и язык — Речь».
speech-lost = Служба речи компьютера остановилась во время чтения вслух. Нажмите «Читать вслух», чтобы попробовать снова.
cmd-read-aloud = Читать вслух
cmd-stop-reading = Остановить чтение
cmd-next-sentence = Следующее предложение
cmd-previous-sentence = Предыдущее предложение
cmd-read-faster = Читать быстрее
cmd-read-slower = Читать медленнее
cmd-read-question = Прочитать вопрос вслух
cmd-read-answer = Прочитать мой ответ вслух
cmd-follow-voice = К читаемому предложению
cmd-line-focus = Фокус на строке
read-aloud-speed = Скорость чтения: { $speed } %
read-aloud-no-answer = В этом ответе пока нет слов, которые можно прочитать вслух.
read-aloud-nothing = Здесь нет слов, которые можно прочитать вслух.
read-aloud-no-voice-title = Голос для языка «{ $language }» не установлен
read-aloud-no-voice-linux = Предложения на языке «{ $language }» пропускаются, а не читаются голосом другого языка. Чтобы их услышать, установите голоса espeak-ng для speech-dispatcher (в Debian и Ubuntu: sudo apt install speech-dispatcher-espeak-ng), затем закройте Lectern и откройте его снова.
read-aloud-no-voice-windows = Предложения на языке «{ $language }» пропускаются, а не читаются голосом другого языка. Чтобы их услышать, добавьте голос в Windows («Параметры — Время и язык — Речь — Добавить голоса») и перезапустите Lectern.
read-aloud-no-voice-windows-kazakh = В Windows нет казахского голоса, поэтому казахские предложения пропускаются, а не читаются голосом другого языка. Чтобы услышать казахский текст на этом компьютере, можно использовать экранный диктор со своими голосами: бесплатный NVDA поставляется с eSpeak NG, который говорит по-казахски. В Linux Lectern читает по-казахски с espeak-ng.
read-aloud-unavailable = Чтение вслух недоступно
read-aloud-follow = К голосу
read-aloud-article = статья
read-aloud-question = вопрос
read-aloud-answer = ваш ответ
read-aloud-connecting = Запуск речи компьютера…
read-aloud-reading = Читается вслух ({ $what }): предложение { $at } из { $of }
read-aloud-paused = Пауза ({ $what }): предложение { $at } из { $of }
read-aloud-done = Прочитано до конца ({ $what })
line-focus-on = Фокус на строке включён: Alt+Up и Alt+Down двигают его, или наведите мышь
line-focus-off = Фокус на строке выключен
spacing-normal = Обычный
spacing-wide = Широкий
spacing-wider = Шире
settings-spacing = Интервал между буквами и словами
settings-line-focus = Фокус на строке
settings-line-focus-on = Затемнять всё, кроме читаемых строк
settings-line-focus-lines = { $lines ->
    [one] { $lines } строка
    [few] { $lines } строки
   *[other] { $lines } строк
}
settings-speech-rate = Скорость чтения вслух
tools-read-aloud = 🔊 Читать вслух
cmd-line-focus-down = Сдвинуть фокус на строку ниже
cmd-line-focus-up = Сдвинуть фокус на строку выше
help-read-aloud = Чтение вслух (Ctrl+Shift+U) читает статью от курсора, каждое предложение на своём языке, отмечая читаемое предложение; кнопки 🔊 читают вопрос и ваш ответ. Фокус на строке и увеличенные интервалы — в настройках чтения.
speech-language = { $code ->
    [kk] казахский
    [ru] русский
    [fr] французский
   *[en] английский
}
