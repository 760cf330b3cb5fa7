//! Word's list numbering, worked out as Word works it out. A paragraph is in a list through its
//! own `w:numPr`, else through its style's, else through the styles that style is based on;
//! the list (`w:num`) names an abstract list (`w:abstractNum`), which may only point through a
//! list style (`w:numStyleLink`) at the one that holds the levels; the list may override a
//! level or its start (`w:lvlOverride`). Each level has a format (decimal, letters, Roman
//! numerals, bullet, none) and a text ("%1.", "Question %1:", "%1.%2.") that Word draws.
//!
//! Counting follows Word: lists over the same abstract list without overrides continue one
//! another (that is how a list goes on across other paragraphs and even across `w:num`s); a
//! list with a start override is a list of its own (Word's "Restart at 1"); an item restarts
//! the levels below it.
//!
//! Every chain here (based-on styles, list-style links) is followed a bounded number of steps,
//! and only Word's nine levels are read, so a file made to loop or to hold a million levels
//! costs no more than an ordinary one.

use std::collections::HashMap;

use docx_rs::{AbstractNumbering, Level, Numberings, ParagraphProperty, Style, Styles};

/// Word's levels: `w:ilvl` 0 to 8.
pub(super) const LEVELS: usize = 9;

/// The most steps followed along a chain of based-on styles or list-style links; Word's own
/// chains are a few steps long, and a cycle stops here.
const MAX_CHAIN: usize = 16;

/// The largest number written in letters or Roman numerals; past it Word's "aaaa…" would grow
/// with the number, so a hostile start value is written in digits instead.
const MAX_LETTERED: u64 = 26 * 30;
const MAX_ROMAN: u64 = 3999;

/// How a level shows its number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Format {
    /// Digits: "decimal", "decimalZero", and formats Lectern does not write otherwise.
    Decimal,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    /// Russian letters (Word's "russianLower" / "russianUpper"): а, б, в…
    RussianLower,
    RussianUpper,
    Bullet,
    /// No number at all (Word's "none").
    None,
}

impl Format {
    fn of(name: &str) -> Format {
        match name {
            "lowerLetter" => Format::LowerLetter,
            "upperLetter" => Format::UpperLetter,
            "lowerRoman" => Format::LowerRoman,
            "upperRoman" => Format::UpperRoman,
            "russianLower" => Format::RussianLower,
            "russianUpper" => Format::RussianUpper,
            "bullet" => Format::Bullet,
            "none" => Format::None,
            // "decimalZero" ("01") and the formats of other scripts: digits say the same.
            _ => Format::Decimal,
        }
    }

    /// `n` as this format writes it ("3", "c", "iii", "в"); a bullet or none writes nothing.
    fn write(&self, n: u64) -> String {
        match self {
            Format::Decimal => n.to_string(),
            Format::LowerLetter => letters(n, 'a').unwrap_or_else(|| n.to_string()),
            Format::UpperLetter => letters(n, 'A').unwrap_or_else(|| n.to_string()),
            Format::LowerRoman => roman(n).map_or_else(|| n.to_string(), |r| r.to_lowercase()),
            Format::UpperRoman => roman(n).unwrap_or_else(|| n.to_string()),
            Format::RussianLower => russian(n).unwrap_or_else(|| n.to_string()),
            Format::RussianUpper => russian(n).map_or_else(|| n.to_string(), |r| r.to_uppercase()),
            Format::Bullet | Format::None => String::new(),
        }
    }
}

/// Word's letters: a…z, then aa…zz, aaa…: the letter repeated once more each round.
fn letters(n: u64, a: char) -> Option<String> {
    if n == 0 || n > MAX_LETTERED {
        return None;
    }
    let round = (n - 1) / 26 + 1;
    let letter = char::from_u32(a as u32 + ((n - 1) % 26) as u32)?;
    Some(std::iter::repeat_n(letter, round as usize).collect())
}

fn roman(n: u64) -> Option<String> {
    if n == 0 || n > MAX_ROMAN {
        return None;
    }
    const VALUES: [(u64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut rest = n;
    let mut out = String::new();
    for (value, numeral) in VALUES {
        while rest >= value {
            out.push_str(numeral);
            rest -= value;
        }
    }
    Some(out)
}

/// Word's Russian letters leave out ё, й, ъ, ы and ь; after я it goes on doubled, as with
/// Latin letters.
fn russian(n: u64) -> Option<String> {
    const ALPHABET: [char; 28] = [
        'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т',
        'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я',
    ];
    let size = ALPHABET.len() as u64;
    if n == 0 || n > size * 30 {
        return None;
    }
    let round = (n - 1) / size + 1;
    let letter = ALPHABET[((n - 1) % size) as usize];
    Some(std::iter::repeat_n(letter, round as usize).collect())
}

/// One level of a list, as read from `numbering.xml`.
#[derive(Clone, Debug)]
struct LevelDef {
    start: u64,
    format: Format,
    /// Word's level text: "%1.", "Question %1:", "%1.%2.".
    text: String,
    /// `w:lvlRestart`: restarted only after a level up to this one (1-based) is used; 0 never.
    restart: Option<u64>,
    /// `w:isLgl`: the other levels' numbers written in digits in this level's text.
    legal: bool,
    /// The level's left indent, in twentieths of a point.
    indent: Option<i32>,
    /// The paragraph style the level belongs to (`w:pStyle`).
    style: Option<String>,
}

impl LevelDef {
    fn of(level: &Level) -> LevelDef {
        LevelDef {
            start: hidden(&level.start).unwrap_or(0),
            format: Format::of(&level.format.val),
            text: hidden(&level.text).unwrap_or_default(),
            restart: level.level_restart.as_ref().and_then(hidden),
            legal: level.is_lgl.is_some(),
            indent: level
                .paragraph_property
                .indent
                .as_ref()
                .and_then(|i| i.start),
            style: level.pstyle.as_ref().map(|s| s.val.clone()),
        }
    }
}

/// The value docx-rs keeps in a private field (`Start`, `LevelText`, `BasedOn`…), which it
/// shows only through its serialisation: read back through RON, already Lectern's format.
fn hidden<T: serde::de::DeserializeOwned>(value: &impl serde::Serialize) -> Option<T> {
    ron::to_string(value)
        .ok()
        .and_then(|text| ron::from_str(&text).ok())
}

/// A style id as written in `w:styleId`; docx-rs keeps `w:basedOn` escaped for XML.
fn unescape(id: &str) -> String {
    id.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Which list's counters an item moves: lists over one abstract list share them (Word goes
/// on counting across them), a list that overrides a start counts on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum ListKey {
    Abstract(usize),
    Num(usize),
}

/// A numbered or bulleted paragraph, as Word draws it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Item {
    pub list: ListKey,
    /// `w:ilvl`, 0 to 8.
    pub level: usize,
    pub format: Format,
    /// This level's count.
    pub number: u64,
    /// What Word draws before the text: "3.", "b)", "Question 2:", "1.2."; empty for a bullet.
    pub label: String,
    /// The left indent the paragraph is drawn at (its own, else its level's), in twips.
    pub indent: i32,
}

/// The lists of one document and where each has got to.
pub(super) struct Numbering<'a> {
    styles: HashMap<&'a str, &'a Style>,
    /// `w:num` id → its abstract list's id.
    nums: HashMap<usize, usize>,
    /// (`w:num` id, level) → its override: a start, a level of its own.
    overrides: HashMap<(usize, usize), (Option<u64>, Option<LevelDef>)>,
    abstracts: HashMap<usize, &'a AbstractNumbering>,
    levels: HashMap<(usize, usize), LevelDef>,
    counters: HashMap<ListKey, [Option<u64>; LEVELS]>,
}

impl<'a> Numbering<'a> {
    pub(super) fn new(styles: &'a Styles, numberings: &'a Numberings) -> Numbering<'a> {
        // Looked up once into maps: a document may hold many lists, each paragraph asks.
        let mut by_id = HashMap::new();
        for style in &styles.styles {
            by_id.entry(style.style_id.as_str()).or_insert(style);
        }
        let mut nums = HashMap::new();
        let mut overrides = HashMap::new();
        for num in &numberings.numberings {
            nums.entry(num.id).or_insert(num.abstract_num_id);
            for o in num.level_overrides.iter().filter(|o| o.level < LEVELS) {
                let level = o.override_level.as_ref().map(LevelDef::of);
                let start = o.override_start.map(|s| s as u64);
                overrides.entry((num.id, o.level)).or_insert((start, level));
            }
        }
        let mut abstracts = HashMap::new();
        let mut levels = HashMap::new();
        for a in &numberings.abstract_nums {
            abstracts.entry(a.id).or_insert(a);
            for level in a.levels.iter().filter(|l| l.level < LEVELS) {
                levels
                    .entry((a.id, level.level))
                    .or_insert_with(|| LevelDef::of(level));
            }
        }
        Numbering {
            styles: by_id,
            nums,
            overrides,
            abstracts,
            levels,
            counters: HashMap::new(),
        }
    }

    /// The item a paragraph with these properties is, counted: `None` outside a list.
    pub(super) fn next(&mut self, property: &ParagraphProperty) -> Option<Item> {
        let (num, level) = self.list_of(property)?;
        let abstract_id = self.abstract_of(num)?;
        let has_overrides = (0..LEVELS).any(|l| self.overrides.contains_key(&(num, l)));
        let list = if has_overrides {
            ListKey::Num(num)
        } else {
            ListKey::Abstract(abstract_id)
        };
        let defs: Vec<Option<LevelDef>> = (0..LEVELS)
            .map(|l| self.level_def(num, abstract_id, l))
            .collect();
        let def = defs[level].clone()?;
        let start_of = |l: usize| {
            let start = self.overrides.get(&(num, l)).and_then(|(start, _)| *start);
            start.or(defs[l].as_ref().map(|d| d.start)).unwrap_or(0)
        };
        let starts: Vec<u64> = (0..LEVELS).map(start_of).collect();
        let counters = self.counters.entry(list).or_insert([None; LEVELS]);
        let number = counters[level].map_or(starts[level], |n| n.saturating_add(1));
        counters[level] = Some(number);
        for (deeper, counter) in counters.iter_mut().enumerate().skip(level + 1) {
            let restart = defs[deeper].as_ref().and_then(|d| d.restart);
            // Restarted by any level above it, unless lvlRestart names a higher one (or 0).
            if restart.is_none_or(|r| r != 0 && (level as u64) < r) {
                *counter = None;
            }
        }
        let numbers: Vec<u64> = (0..LEVELS)
            .map(|l| counters[l].unwrap_or(starts[l]))
            .collect();
        let label = label(&def, &defs, &numbers);
        let indent = property
            .indent
            .as_ref()
            .and_then(|i| i.start)
            .or(def.indent)
            .unwrap_or(0);
        Some(Item {
            list,
            level,
            format: def.format,
            number,
            label,
            indent,
        })
    }

    /// The list (`w:num` id) and level of a paragraph: its own numPr, else its style's, else
    /// the style's based-on parents'. Id 0 is Word's "not in a list".
    fn list_of(&self, property: &ParagraphProperty) -> Option<(usize, usize)> {
        let own = property.numbering_property.as_ref();
        let own_level = own.and_then(|n| n.level.as_ref()).map(|l| l.val);
        let style_id = property.style.as_ref().map(|s| s.val.as_str());
        let (num, style_level) = match own.and_then(|n| n.id.as_ref()) {
            Some(id) => (id.id, None),
            None => self.list_of_style(style_id?)?,
        };
        if num == 0 {
            return None;
        }
        let level = own_level
            .or(style_level)
            .or_else(|| self.level_of_style(num, style_id?))
            .unwrap_or(0);
        Some((num, level.min(LEVELS - 1)))
    }

    /// The list a paragraph style puts its paragraphs in, up its based-on chain.
    fn list_of_style(&self, style_id: &str) -> Option<(usize, Option<usize>)> {
        let mut id = style_id.to_owned();
        for _ in 0..MAX_CHAIN {
            let style = self.styles.get(id.as_str())?;
            if let Some(numbering) = &style.paragraph_property.numbering_property
                && let Some(num) = &numbering.id
            {
                return Some((num.id, numbering.level.as_ref().map(|l| l.val)));
            }
            let parent: String = hidden(style.based_on.as_ref()?)?;
            id = unescape(&parent);
        }
        None
    }

    /// The level of a list that names the paragraph's style (`w:pStyle` in `w:lvl`): where
    /// Word puts a paragraph whose style gives the list but not the level.
    fn level_of_style(&self, num: usize, style_id: &str) -> Option<usize> {
        let abstract_id = self.abstract_of(num)?;
        (0..LEVELS).find(|&l| {
            self.level_def(num, abstract_id, l)
                .and_then(|d| d.style)
                .is_some_and(|s| s == style_id)
        })
    }

    /// The abstract list holding the levels of list `num`: its own, or the one its list
    /// style (`w:numStyleLink`) leads to.
    fn abstract_of(&self, num: usize) -> Option<usize> {
        let mut abstract_id = *self.nums.get(&num)?;
        for _ in 0..MAX_CHAIN {
            let Some(link) = &self.abstracts.get(&abstract_id)?.num_style_link else {
                return Some(abstract_id);
            };
            let style = self.styles.get(link.as_str())?;
            let linked = style.paragraph_property.numbering_property.as_ref()?;
            abstract_id = *self.nums.get(&linked.id.as_ref()?.id)?;
        }
        None
    }

    /// Level `level` of list `num`: its override's own level, else its abstract list's.
    fn level_def(&self, num: usize, abstract_id: usize, level: usize) -> Option<LevelDef> {
        if let Some((_, Some(def))) = self.overrides.get(&(num, level)) {
            return Some(def.clone());
        }
        self.levels.get(&(abstract_id, level)).cloned()
    }
}

/// Word's level text with each "%N" replaced by level N's number in its own format (in
/// digits when the level is "legal"): "Question %1:" → "Question 2:", "%1.%2." → "1.3.".
fn label(def: &LevelDef, defs: &[Option<LevelDef>], numbers: &[u64]) -> String {
    let mut out = String::new();
    let mut chars = def.text.chars().peekable();
    while let Some(c) = chars.next() {
        let Some(n) = (c == '%')
            .then(|| chars.peek().and_then(|d| d.to_digit(10)))
            .flatten()
            .filter(|d| (1..=LEVELS as u32).contains(d))
        else {
            out.push(c);
            continue;
        };
        chars.next();
        let l = n as usize - 1;
        let format = match &defs[l] {
            Some(_) if def.legal => Format::Decimal,
            Some(d) => d.format.clone(),
            None => Format::Decimal,
        };
        out.push_str(&format.write(numbers[l]));
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use docx_rs::{FromXML, IndentLevel, NumberingId, NumberingProperty};

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    fn styles(body: &str) -> Styles {
        Styles::from_xml(format!("<w:styles {W}>{body}</w:styles>").as_bytes()).unwrap()
    }

    fn numberings(body: &str) -> Numberings {
        Numberings::from_xml(format!("<w:numbering {W}>{body}</w:numbering>").as_bytes()).unwrap()
    }

    fn level(ilvl: usize, format: &str, text: &str) -> String {
        format!(
            r#"<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:lvlText w:val="{text}"/></w:lvl>"#
        )
    }

    fn paragraph_style(id: &str, based_on: Option<&str>, num_pr: &str) -> String {
        let based_on = based_on.map_or(String::new(), |b| format!(r#"<w:basedOn w:val="{b}"/>"#));
        format!(
            r#"<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{id}"/>{based_on}<w:pPr>{num_pr}</w:pPr></w:style>"#
        )
    }

    fn styled(style: &str) -> ParagraphProperty {
        ParagraphProperty::new().style(style)
    }

    fn own(num: usize, ilvl: usize) -> ParagraphProperty {
        ParagraphProperty::new().numbering(NumberingId::new(num), IndentLevel::new(ilvl))
    }

    /// The labels Word draws for `paragraphs`, in order ("" outside a list).
    fn labels(styles: &Styles, nums: &Numberings, paragraphs: &[ParagraphProperty]) -> Vec<String> {
        let mut numbering = Numbering::new(styles, nums);
        paragraphs
            .iter()
            .map(|p| numbering.next(p).map_or(String::new(), |i| i.label))
            .collect()
    }

    /// Word's "List Number": the style names list 5, the paragraphs name only the style.
    fn list_number() -> (Styles, Numberings) {
        let styles = styles(&paragraph_style(
            "ListNumber",
            None,
            r#"<w:numPr><w:numId w:val="5"/></w:numPr>"#,
        ));
        let nums = numberings(&format!(
            r#"<w:abstractNum w:abstractNumId="7">{}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>"#,
            level(0, "decimal", "%1.")
        ));
        (styles, nums)
    }

    #[test]
    fn a_paragraph_takes_its_list_from_its_style() {
        let (styles, nums) = list_number();
        let p = styled("ListNumber");
        assert_eq!(
            labels(&styles, &nums, &[p.clone(), ParagraphProperty::new(), p]),
            ["1.", "", "2."]
        );
    }

    #[test]
    fn a_style_takes_its_list_from_the_styles_it_is_based_on() {
        let (_, nums) = list_number();
        let styles = styles(&format!(
            "{}{}{}",
            paragraph_style(
                "ListNumber",
                None,
                r#"<w:numPr><w:numId w:val="5"/></w:numPr>"#
            ),
            paragraph_style("Question", Some("ListNumber"), ""),
            paragraph_style("LongQuestion", Some("Question"), ""),
        ));
        let got = labels(
            &styles,
            &nums,
            &[
                styled("Question"),
                styled("LongQuestion"),
                styled("Question"),
            ],
        );
        assert_eq!(got, ["1.", "2.", "3."]);
    }

    #[test]
    fn a_based_on_cycle_or_a_long_chain_ends() {
        let (_, nums) = list_number();
        let mut chain = paragraph_style("A", Some("B"), "") + &paragraph_style("B", Some("A"), "");
        // A chain longer than any Word makes, ending in the list: not followed to its end.
        for i in 0..100 {
            chain += &paragraph_style(&format!("S{i}"), Some(&format!("S{}", i + 1)), "");
        }
        chain += &paragraph_style("S100", None, r#"<w:numPr><w:numId w:val="5"/></w:numPr>"#);
        let styles = styles(&chain);
        assert_eq!(
            labels(&styles, &nums, &[styled("A"), styled("S0")]),
            ["", ""]
        );
        assert_eq!(labels(&styles, &nums, &[styled("S95")]), ["1."]);
    }

    #[test]
    fn the_paragraphs_own_numbering_wins_and_id_0_takes_it_out_of_the_list() {
        let (styles, mut nums) = list_number();
        nums.numberings.push(
            docx_rs::Numbering::new(6, 7).add_override(docx_rs::LevelOverride::new(0).start(1)),
        );
        let mut out = styled("ListNumber");
        out.numbering_property = Some(NumberingProperty::new().id(NumberingId::new(0)));
        let mut own = styled("ListNumber");
        own.numbering_property = Some(NumberingProperty::new().id(NumberingId::new(6)));
        let got = labels(&styles, &nums, &[styled("ListNumber"), out, own]);
        assert_eq!(got, ["1.", "", "1."]);
    }

    #[test]
    fn a_start_override_restarts_and_a_list_without_one_continues() {
        let (styles, _) = list_number();
        let nums = numberings(&format!(
            r#"<w:abstractNum w:abstractNumId="7">{}</w:abstractNum>
            <w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>
            <w:num w:numId="8"><w:abstractNumId w:val="7"/></w:num>
            <w:num w:numId="9"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>"#,
            level(0, "decimal", "%1.")
        ));
        let got = labels(
            &styles,
            &nums,
            &[
                styled("ListNumber"),
                own(8, 0), // another w:num over the same list: goes on.
                own(9, 0), // "Restart at 1" (here at 4).
                own(9, 0),
                styled("ListNumber"),
            ],
        );
        assert_eq!(got, ["1.", "2.", "4.", "5.", "3."]);
    }

    #[test]
    fn a_level_override_replaces_the_level() {
        let nums = numberings(&format!(
            r#"<w:abstractNum w:abstractNumId="1">{}</w:abstractNum>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">{}</w:lvlOverride></w:num>"#,
            level(0, "decimal", "%1."),
            level(0, "upperRoman", "Part %1")
        ));
        let got = labels(&styles(""), &nums, &[own(2, 0), own(2, 0)]);
        assert_eq!(got, ["Part I", "Part II"]);
    }

    #[test]
    fn formats_and_level_texts_are_drawn_as_word_draws_them() {
        let levels = [
            level(0, "decimal", "Question %1:"),
            level(1, "lowerLetter", "%2)"),
            level(2, "lowerRoman", "(%3)"),
            level(3, "upperLetter", "%4."),
            level(4, "upperRoman", "%5."),
            level(5, "bullet", "•"),
            level(6, "none", ""),
            level(7, "decimal", "%1.%8."),
        ]
        .concat();
        let nums = numberings(&format!(
            r#"<w:abstractNum w:abstractNumId="1">{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#
        ));
        let ps: Vec<_> = [0, 1, 1, 2, 2, 2, 2, 3, 4, 4, 4, 4, 5, 6, 7, 7]
            .map(|l| own(1, l))
            .to_vec();
        let got = labels(&styles(""), &nums, &ps);
        let want = [
            "Question 1:",
            "a)",
            "b)",
            "(i)",
            "(ii)",
            "(iii)",
            "(iv)",
            "A.",
            "I.",
            "II.",
            "III.",
            "IV.",
            "•",
            "",
            "1.1.",
            "1.2.",
        ];
        assert_eq!(got, want);
        assert_eq!(letters(27, 'a').as_deref(), Some("aa"));
        assert_eq!(letters(53, 'A').as_deref(), Some("AAA"));
        assert_eq!(roman(1994).as_deref(), Some("MCMXCIV"));
        assert_eq!(Format::RussianLower.write(10), "к");
    }

    #[test]
    fn an_item_restarts_the_levels_below_it() {
        let nums = numberings(&format!(
            r#"<w:abstractNum w:abstractNumId="1">{}{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#,
            level(0, "decimal", "%1."),
            level(1, "lowerLetter", "%2)"),
        ));
        let ps = [own(1, 0), own(1, 1), own(1, 1), own(1, 0), own(1, 1)];
        assert_eq!(
            labels(&styles(""), &nums, &ps),
            ["1.", "a)", "b)", "2.", "a)"]
        );
    }

    #[test]
    fn a_list_continues_across_other_paragraphs_and_tables() {
        let (styles, nums) = list_number();
        let ps = [
            styled("ListNumber"),
            styled("ListNumber"),
            ParagraphProperty::new(),
            styled("Heading1"),
            styled("ListNumber"),
        ];
        assert_eq!(labels(&styles, &nums, &ps), ["1.", "2.", "", "", "3."]);
    }

    #[test]
    fn a_num_style_link_leads_to_the_list_style_s_levels() {
        let styles = styles(
            r#"<w:style w:type="numbering" w:styleId="Handout"><w:name w:val="Handout"/><w:pPr><w:numPr><w:numId w:val="50"/></w:numPr></w:pPr></w:style>"#,
        );
        let nums = numberings(&format!(
            r#"<w:abstractNum w:abstractNumId="50"><w:styleLink w:val="Handout"/>{}{}</w:abstractNum>
            <w:abstractNum w:abstractNumId="51"><w:numStyleLink w:val="Handout"/></w:abstractNum>
            <w:num w:numId="50"><w:abstractNumId w:val="50"/></w:num>
            <w:num w:numId="51"><w:abstractNumId w:val="51"/></w:num>"#,
            level(0, "decimal", "%1."),
            level(1, "lowerRoman", "(%2)"),
        ));
        let ps = [own(51, 0), own(51, 1), own(51, 0)];
        assert_eq!(labels(&styles, &nums, &ps), ["1.", "(i)", "2."]);
    }

    #[test]
    fn a_num_style_link_that_loops_ends() {
        // The list style names a list whose abstract list links back to the same style.
        let styles = styles(
            r#"<w:style w:type="numbering" w:styleId="Loop"><w:name w:val="Loop"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>"#,
        );
        let nums = numberings(
            r#"<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="Loop"/></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>"#,
        );
        assert_eq!(labels(&styles, &nums, &[own(1, 0)]), [""]);
    }

    #[test]
    fn hostile_levels_and_starts_are_bounded() {
        let nums = numberings(&format!(
            r#"<w:abstractNum w:abstractNumId="1">{}{}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="18446744073709551615"/></w:lvlOverride></w:num>"#,
            level(0, "decimal", "%1."),
            level(1, "lowerLetter", "%2)"),
        ));
        // A level past Word's nine is read as the last (none here); a start at the largest
        // number neither overflows nor is written as "aaaa…" that long.
        let ps = [own(1, 4_000_000_000), own(1, 1), own(1, 1)];
        let got = labels(&styles(""), &nums, &ps);
        let max = u64::MAX.to_string();
        assert_eq!(got, ["".to_owned(), format!("{max})"), format!("{max})")]);
    }
}
