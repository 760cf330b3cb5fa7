fn main() {
    for (name, aff, dic, words) in [
        ("en_US", "assets/dictionaries/en_US/en_US.aff", "assets/dictionaries/en_US/en_US.dic", &["relations", "recieve", "Kazakhstan"][..]),
        ("en_GB", "assets/dictionaries/en_GB/en_GB.aff", "assets/dictionaries/en_GB/en_GB.dic", &["colour", "recieve", "organisation"][..]),
        ("ru_RU", "assets/dictionaries/ru_RU/ru_RU.aff", "assets/dictionaries/ru_RU/ru_RU.dic", &["отношения", "превет", "Казахстан", "сравните"][..]),
        ("kk_KZ", "assets/dictionaries/kk_KZ/kk_KZ.aff", "assets/dictionaries/kk_KZ/kk_KZ.dic", &["қазақ", "тілі", "кітап", "кітапп", "мемлекет", "Қазақстан"][..]),
        ("fr", "assets/dictionaries/fr/fr.aff", "assets/dictionaries/fr/fr.dic", &["relations", "bonjour", "recevoir", "recevior"][..]),
    ] {
        let aff = std::fs::read_to_string(aff).unwrap();
        let dic = std::fs::read_to_string(dic).unwrap();
        let t = std::time::Instant::now();
        let d = spellbook::Dictionary::new(&aff, &dic);
        let el = t.elapsed();
        match d {
            Ok(d) => {
                for w in words {
                    let t = std::time::Instant::now();
                    let mut s = vec![];
                    let ok = d.check(w);
                    if !ok { d.suggest(w, &mut s); }
                    println!("{name} {:?} {w}: {ok} {s:?} ({:?})", el, t.elapsed());
                }
            }
            Err(e) => println!("{name}: {e}"),
        }
    }
}
