words = { $count ->
    [one] { $count } word
   *[other] { $count } words
}
