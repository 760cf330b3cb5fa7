words = { $count ->
    [one] { $count } слово
    [few] { $count } слова
   *[other] { $count } слов
}

## Поле ответа и проверка орфографии
editor-hint = Напишите ответ здесь…
spell-switch = Орфография
spell-switch-hint = Подчёркивать слова с ошибками (щёлкните правой кнопкой, чтобы увидеть варианты). Ваш текст никогда не меняется сам.
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
