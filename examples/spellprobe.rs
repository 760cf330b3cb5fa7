fn main() {
    let en = spellbook::Dictionary::new(include_str!("../assets/dictionaries/en_US/en_US.aff"), include_str!("../assets/dictionaries/en_US/en_US.dic")).unwrap();
    for w in ["Recieve", "recieve", "Teh", "Qwzx"] {
        let mut s = vec![]; en.suggest(w, &mut s);
        println!("{w}: {s:?}");
    }
}
