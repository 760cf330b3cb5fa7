words = { $count ->
    [one] { $count } слово
    [few] { $count } слова
   *[other] { $count } слов
}
