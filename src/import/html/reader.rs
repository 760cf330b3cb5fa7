//! What a browser's reader view shows of a page: the article's title, paragraphs, headings and
//! lists, without the site around it (menus, cookie banners, share buttons, related links,
//! comments, infoboxes, tables of contents, references, footers), as reading Markdown.
//!
//! The article is the page's `<article>` (the one with the most text), else its `<main>`, else
//! the element whose paragraphs score best (their length and commas, less their links, as
//! Readability scores them). Furniture is told by what it is (`<nav>`, `<footer>`, ARIA
//! landmarks), by the names sites give it (`class`/`id` words such as "cookie", "infobox",
//! "mw-editsection"), and by its links: a block that is mostly links is a menu. A section
//! headed "References", "See also" or "Примечания" goes too, so its list never reads as
//! questions.

use super::dom::{DOCUMENT, Data, Dom};

/// Elements whose content is never the reading, in any mode.
const NEVER_TEXT: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "nav",
    "aside",
    "form",
    "button",
    "iframe",
    "select",
    "textarea",
    "figcaption",
    "head",
    "title",
];

/// ARIA roles of the parts around an article.
const FURNITURE_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
    "menu",
    "menubar",
    "toolbar",
    "note",
    // Digital publishing roles (pandoc writes them): a document's notes and bibliography.
    "doc-endnotes",
    "doc-footnote",
    "doc-bibliography",
];

/// Words in a `class` or `id` (split at spaces, `-` and `_`) that name furniture.
const FURNITURE_WORDS: &[&str] = &[
    // Site navigation and chrome.
    "nav",
    "navbar",
    "navigation",
    "menu",
    "breadcrumb",
    "breadcrumbs",
    "masthead",
    "header",
    "footer",
    "sidebar",
    "widget",
    "skip",
    "jump",
    "pagination",
    "pager",
    "dropdown",
    "portlet",
    "lang",
    "login",
    // Around the story.
    "byline",
    "dateline",
    "meta",
    "tags",
    "share",
    "sharing",
    "social",
    "related",
    "similar",
    "recommended",
    "newsletter",
    "subscribe",
    "signup",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "popup",
    "modal",
    "banner",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "sponsor",
    "sponsored",
    "promo",
    "comment",
    "comments",
    "respond",
    "replies",
    "disqus",
    // Encyclopedias (MediaWiki's names).
    "infobox",
    "navbox",
    "toc",
    "editsection",
    "hatnote",
    "noprint",
    "sitesub",
    "contentsub",
    "catlinks",
    "printfooter",
    "metadata",
    "ambox",
    "reference",
    "references",
    "reflist",
    "refbegin",
    "citation",
    "sources",
    // Notes gathered at a page's end (pandoc's `<section class="footnotes">`).
    "footnotes",
    "endnotes",
];

/// Whole `class` names of furniture whose words alone say too little.
const FURNITURE_CLASSES: &[&str] = &["screen-reader-text", "sr-only", "visually-hidden"];

/// What stands between an article's title and the site's name in a page's `<title>`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " – ", " — "];

/// Section titles whose lists are sources and links, never questions (lower case, without a
/// trailing colon), in the languages readings come in.
const REFERENCE_TITLES: &[&str] = &[
    "references",
    "notes",
    "footnotes",
    "sources",
    "citations",
    "bibliography",
    "further reading",
    "external links",
    "see also",
    "works cited",
    "literature",
    "notes and references",
    "примечания",
    "литература",
    "источники",
    "ссылки",
    "см. также",
    "список литературы",
    "дереккөздер",
    "дереккөз",
    "сілтемелер",
    "тағы қараңыз",
    "әдебиеттер",
    "әдебиет",
    "түсініктемелер",
    "пайдаланылған әдебиеттер",
    "пайдаланылған әдебиет",
];

/// A parsed page and what is known of each of its nodes.
pub(super) struct Page {
    dom: Dom,
    body: usize,
    /// Never text in any mode: scripts, navigation, hidden elements.
    hidden: Vec<bool>,
    /// Around the article: menus, banners, comments, references…
    furniture: Vec<bool>,
    /// Letters and digits of text under each node (hidden text not counted).
    text: Vec<usize>,
    /// Of those, inside links.
    link_text: Vec<usize>,
    /// A paragraph written as the page's title where it has no `<h1>`.
    title_paragraph: Option<usize>,
    /// The head's `<title>`, folded and lower-cased, looked for once (every `<header>` asks:
    /// looking each time made a page of many headers quadratic).
    head_title: Option<String>,
}

impl Page {
    pub fn parse(html: &str) -> Page {
        let dom = super::dom::parse(html);
        let count = dom.nodes.len();
        let body = dom.find(DOCUMENT, "body").unwrap_or(DOCUMENT);
        let order: Vec<usize> = dom.descendants(DOCUMENT).collect();
        let mut page = Page {
            dom,
            body,
            hidden: vec![false; count],
            furniture: vec![false; count],
            text: vec![0; count],
            link_text: vec![0; count],
            title_paragraph: None,
            head_title: None,
        };
        page.head_title = page.dom.find(DOCUMENT, "title").map(|title| {
            crate::reading::collapse_whitespace(&page.text_of_any(title)).to_lowercase()
        });
        // Parents come before their children in `order`.
        for &node in &order {
            let parent = page.dom.nodes[node].parent;
            page.hidden[node] = parent.is_some_and(|p| page.hidden[p]) || page.is_hidden(node);
        }
        let mut in_link = vec![false; count];
        for &node in &order {
            let parent = page.dom.nodes[node].parent;
            in_link[node] = parent.is_some_and(|p| in_link[p]) || page.dom.tag(node) == Some("a");
        }
        for &node in order.iter().rev() {
            if let Data::Text(text) = &page.dom.nodes[node].data
                && !page.hidden[node]
            {
                let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
                page.text[node] = letters;
                if in_link[node] {
                    page.link_text[node] = letters;
                }
            }
            if let Some(parent) = page.dom.nodes[node].parent {
                page.text[parent] += page.text[node];
                page.link_text[parent] += page.link_text[node];
            }
        }
        let h1s = page.h1_ancestors(&order);
        for &node in &order {
            let parent = page.dom.nodes[node].parent;
            page.furniture[node] =
                parent.is_some_and(|p| page.furniture[p]) || page.is_furniture(node, &h1s);
        }
        page.title_paragraph = page.find_title_paragraph();
        page
    }

    /// The whole page: everything but what is never text.
    pub fn whole(&self) -> String {
        self.markdown(self.body, &self.hidden, false)
    }

    /// The article alone.
    pub fn article(&self) -> String {
        let skip: Vec<bool> = (0..self.hidden.len())
            .map(|n| self.hidden[n] || self.furniture[n])
            .collect();
        self.markdown(self.article_root(), &skip, true)
    }

    /// The page without what is around the article: for questions kept outside it.
    pub fn without_furniture(&self) -> String {
        let skip: Vec<bool> = (0..self.hidden.len())
            .map(|n| self.hidden[n] || self.furniture[n])
            .collect();
        self.markdown(self.body, &skip, true)
    }

    fn is_hidden(&self, node: usize) -> bool {
        let Some(tag) = self.dom.tag(node) else {
            // Foreign elements (SVG, MathML content) and comments.
            return matches!(self.dom.nodes[node].data, Data::Element { .. });
        };
        let style = self
            .dom
            .attr(node, "style")
            .unwrap_or("")
            .to_ascii_lowercase();
        let style: String = style.split_whitespace().collect();
        NEVER_TEXT.contains(&tag)
            || self.dom.attr(node, "hidden").is_some()
            || self.dom.attr(node, "aria-hidden") == Some("true")
            || style.contains("display:none")
            || style.contains("visibility:hidden")
    }

    /// Elements that hold the page's `<h1>`: never furniture by their names, since a site
    /// names the article's own header "entry-header".
    fn h1_ancestors(&self, order: &[usize]) -> Vec<bool> {
        let mut holds = vec![false; self.dom.nodes.len()];
        for &node in order.iter().rev() {
            if self.dom.tag(node) == Some("h1") && !self.hidden[node] {
                holds[node] = true;
            }
            if holds[node]
                && let Some(parent) = self.dom.nodes[node].parent
            {
                holds[parent] = true;
            }
        }
        holds
    }

    fn is_furniture(&self, node: usize, holds_h1: &[bool]) -> bool {
        let Some(tag) = self.dom.tag(node) else {
            return false;
        };
        if matches!(tag, "html" | "body" | "main" | "article") {
            return false;
        }
        // LibreOffice writes a page's running header and footer as `<div title="header">`.
        let titled = self.dom.attr(node, "title").unwrap_or("");
        if tag == "footer" || (tag == "div" && matches!(titled, "header" | "footer")) {
            return true;
        }
        if tag == "header" && !self.inside(node, &["article", "main"]) && !self.is_title_block(node)
        {
            return true;
        }
        let role = self.dom.attr(node, "role").unwrap_or("");
        if FURNITURE_ROLES.contains(&role.to_ascii_lowercase().as_str()) {
            return true;
        }
        if self.is_footnote(node) {
            return true;
        }
        // A table's own rows and header cells: pandoc names its heading row `<tr class="header">`.
        let table_part = matches!(tag, "thead" | "tbody" | "tfoot" | "tr" | "th");
        if !holds_h1[node] && !table_part && self.named_as_furniture(node) {
            return true;
        }
        // A block that is mostly links is a menu, a list of related stories, a tag cloud.
        let text = self.text[node];
        let block = matches!(
            tag,
            "ul" | "ol" | "dl" | "div" | "section" | "table" | "p" | "center"
        );
        block && !holds_h1[node] && text > 0 && self.link_text[node] * 2 > text
    }

    /// A `<header>` outside the article that holds the page's title as its `<h1>` — the words
    /// of the head's `<title>`, alone or before the site's name — is the article's title block
    /// (pandoc's standalone pages: title, subtitle, author and date), not the site's banner,
    /// whose `<h1>` is the site's name.
    fn is_title_block(&self, node: usize) -> bool {
        let Some(h1) = self
            .dom
            .descendants(node)
            .find(|&n| self.dom.tag(n) == Some("h1") && !self.hidden[n])
        else {
            return false;
        };
        let Some(title) = &self.head_title else {
            return false;
        };
        let h1 = crate::reading::collapse_whitespace(&self.text_of(h1)).to_lowercase();
        !h1.is_empty()
            && title.strip_prefix(&h1).is_some_and(|rest| {
                rest.is_empty() || TITLE_SEPARATORS.iter().any(|s| rest.starts_with(s))
            })
    }

    fn named_as_furniture(&self, node: usize) -> bool {
        let class = self.dom.attr(node, "class").unwrap_or("");
        let id = self.dom.attr(node, "id").unwrap_or("");
        let lower = format!("{class} {id}").to_ascii_lowercase();
        lower
            .split_whitespace()
            .any(|name| FURNITURE_CLASSES.contains(&name))
            || lower
                .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                .any(|word| FURNITURE_WORDS.contains(&word))
    }

    /// A note's mark in the text (`<sup><a href="#cite_note-1">[1]</a></sup>`), or the note
    /// itself at the end (`<p><a href="#ftnt_ref1" id="ftnt1">[1]</a> Source…</p>`), as
    /// encyclopedias and Google Docs write them.
    fn is_footnote(&self, node: usize) -> bool {
        let tag = self.dom.tag(node);
        if tag == Some("a") {
            // LibreOffice's mark: `<a class="sdfootnoteanc" href="#sdfootnote1sym"><sup>1</sup></a>`.
            let mark = self.text_of(node);
            let mark = mark.trim().trim_start_matches('[').trim_end_matches(']');
            return self
                .dom
                .attr(node, "href")
                .is_some_and(|h| h.starts_with('#'))
                && !mark.is_empty()
                && mark.chars().all(|c| c.is_ascii_digit())
                && self.dom.find(node, "sup").is_some();
        }
        let first_element = self
            .dom
            .children(node)
            .find(|&c| match &self.dom.nodes[c].data {
                Data::Text(t) => !t.trim().is_empty(),
                Data::Element { .. } => true,
                _ => false,
            });
        let Some(link) = first_element.filter(|&c| self.dom.tag(c) == Some("a")) else {
            return false;
        };
        let in_page = self
            .dom
            .attr(link, "href")
            .is_some_and(|h| h.starts_with('#'));
        let mark = self.text_of(link);
        let mark = mark.trim().trim_start_matches('[').trim_end_matches(']');
        let is_mark = !mark.is_empty() && mark.chars().all(|c| c.is_ascii_digit());
        match tag {
            Some("sup") => in_page && is_mark,
            Some("p" | "div" | "li") => in_page && is_mark && self.text[node] > self.text[link],
            _ => false,
        }
    }

    fn inside(&self, node: usize, tags: &[&str]) -> bool {
        std::iter::successors(self.dom.nodes[node].parent, |&p| self.dom.nodes[p].parent)
            .any(|p| self.dom.tag(p).is_some_and(|t| tags.contains(&t)))
    }

    fn text_of(&self, node: usize) -> String {
        self.dom
            .descendants(node)
            .filter(|&n| !self.hidden[n])
            .filter_map(|n| match &self.dom.nodes[n].data {
                Data::Text(t) => Some(&**t),
                _ => None,
            })
            .collect()
    }

    fn kept(&self, node: usize) -> bool {
        !self.hidden[node] && !self.furniture[node]
    }

    /// Where the article is: the `<article>` with the most text, else `<main>`, else the best
    /// scored element; the body when the page gives no sign.
    fn article_root(&self) -> usize {
        let elements: Vec<usize> = self
            .dom
            .descendants(self.body)
            .filter(|&n| self.kept(n))
            .collect();
        // An `<article>` inside another is a comment or a card, not the page's article.
        let largest = |wanted: &dyn Fn(usize) -> bool| {
            elements
                .iter()
                .copied()
                .filter(|&n| wanted(n))
                .max_by_key(|&n| self.text[n] - self.link_text[n])
                .filter(|&n| self.text[n] > 0)
        };
        let article = largest(&|n| self.dom.tag(n) == Some("article"));
        let main = || {
            largest(&|n| {
                self.dom.tag(n) == Some("main") || self.dom.attr(n, "role") == Some("main")
            })
        };
        article
            .or_else(main)
            .or_else(|| self.best_scored(&elements))
            .unwrap_or(self.body)
    }

    /// Readability's scoring: each paragraph of some length gives its parent a point, one per
    /// comma and one per hundred letters (three at most), and its grandparent half as much; an
    /// element's score shrinks with the share of its text in links.
    fn best_scored(&self, elements: &[usize]) -> Option<usize> {
        let mut score = vec![0.0f64; self.dom.nodes.len()];
        for &node in elements {
            if !matches!(
                self.dom.tag(node),
                Some("p" | "pre" | "td" | "blockquote" | "li")
            ) || self.text[node] < 25
            {
                continue;
            }
            let commas = self.text_of(node).matches([',', '،', '，']).count();
            let points = 1.0 + commas as f64 + (self.text[node] as f64 / 100.0).min(3.0);
            let Some(parent) = self.dom.nodes[node].parent else {
                continue;
            };
            score[parent] += points;
            if let Some(grandparent) = self.dom.nodes[parent].parent {
                score[grandparent] += points / 2.0;
            }
        }
        elements
            .iter()
            .copied()
            .filter(|&n| score[n] > 0.0)
            .map(|n| {
                let links = self.link_text[n] as f64 / self.text[n].max(1) as f64;
                (n, score[n] * (1.0 - links))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(n, _)| n)
    }

    /// The page's title: its `<h1>`, else a Google Docs title paragraph, else its `<title>`
    /// without the site's name.
    fn title(&self) -> String {
        let collapse = |t: String| crate::reading::collapse_whitespace(&t);
        let h1 = self
            .dom
            .descendants(self.body)
            .find(|&n| {
                !self.hidden[n] && (self.dom.tag(n) == Some("h1") || self.is_title_paragraph(n))
            })
            .map(|n| collapse(self.text_of(n)))
            .filter(|t| !t.is_empty());
        h1.or_else(|| {
            let title = self.dom.find(DOCUMENT, "title")?;
            let t = collapse(self.text_of_any(title));
            // "Kazakhstan and the EU | The Astana Times": the site's name goes.
            let cut = TITLE_SEPARATORS.iter().filter_map(|s| t.find(s)).min();
            Some(cut.map_or(t.clone(), |i| t[..i].to_owned())).filter(|t| !t.is_empty())
        })
        .unwrap_or_default()
    }

    /// Text of a node even where it is hidden (the `<title>` in the head).
    fn text_of_any(&self, node: usize) -> String {
        self.dom
            .descendants(node)
            .filter_map(|n| match &self.dom.nodes[n].data {
                Data::Text(t) => Some(&**t),
                _ => None,
            })
            .collect()
    }

    /// A paragraph standing for the page's `<h1>`: Google Docs writes the Title style as
    /// `<p class="title">`, LibreOffice as a paragraph in large type before any heading.
    fn is_title_paragraph(&self, node: usize) -> bool {
        self.title_paragraph == Some(node)
    }

    fn find_title_paragraph(&self) -> Option<usize> {
        let classed = |n: usize| {
            self.dom
                .attr(n, "class")
                .is_some_and(|c| c.split_whitespace().any(|w| w == "title"))
        };
        let large = |n: usize| {
            self.dom.descendants(n).any(|d| {
                let size = self
                    .dom
                    .attr(d, "size")
                    .and_then(|s| s.trim().parse::<u32>().ok());
                let style = self.dom.attr(d, "style").unwrap_or("").to_ascii_lowercase();
                let points = style
                    .split("font-size:")
                    .nth(1)
                    .and_then(|s| {
                        s.trim()
                            .strip_suffix(';')
                            .unwrap_or(s.trim())
                            .split("pt")
                            .next()
                    })
                    .and_then(|s| s.trim().parse::<f32>().ok());
                size.is_some_and(|s| s >= 5) || points.is_some_and(|p| p >= 20.0)
            })
        };
        for node in self.dom.descendants(self.body) {
            if self.hidden[node] || self.furniture[node] {
                continue;
            }
            match self.dom.tag(node) {
                Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6") => return None,
                Some("p") if classed(node) => return Some(node),
                Some("p") if self.text[node] > 0 => {
                    return (self.text[node] <= 150 && large(node)).then_some(node);
                }
                _ => {}
            }
        }
        None
    }

    /// The nodes under `root` as reading Markdown, less those `skip` marks, headed by the
    /// page's title when no `<h1>` is inside; without reference sections when `reader`.
    fn markdown(&self, root: usize, skip: &[bool], reader: bool) -> String {
        let mut out = Converter::default();
        // The walk keeps its own stack: a page of 100,000 nested elements is no deeper for it.
        let mut stack = vec![(root, false)];
        while let Some((node, leaving)) = stack.pop() {
            match &self.dom.nodes[node].data {
                Data::Text(text) if !skip[node] => out.line.push_str(text),
                Data::Element { .. } if !skip[node] => {
                    // Google Docs' title paragraph opens and closes as the `<h1>` it stands for.
                    let tag = match self.dom.tag(node) {
                        _ if self.is_title_paragraph(node) => "h1",
                        tag => tag.unwrap_or(""),
                    };
                    if leaving {
                        out.close(tag);
                        continue;
                    }
                    let start = self
                        .dom
                        .attr(node, "start")
                        .and_then(|s| s.trim().parse().ok());
                    let value = self
                        .dom
                        .attr(node, "value")
                        .and_then(|s| s.trim().parse().ok());
                    out.open(tag, start, value);
                    stack.push((node, true));
                    let mut child = self.dom.nodes[node].last_child;
                    while let Some(c) = child {
                        stack.push((c, false));
                        child = self.dom.nodes[c].previous;
                    }
                }
                Data::Document => {
                    let mut child = self.dom.nodes[node].last_child;
                    while let Some(c) = child {
                        stack.push((c, false));
                        child = self.dom.nodes[c].previous;
                    }
                }
                _ => {}
            }
        }
        out.flush();
        let mut blocks = out.blocks;
        if reader {
            blocks = without_reference_sections(blocks);
        }
        if !blocks.iter().any(|b| b.starts_with("# ")) {
            let title = self.title();
            if !title.is_empty() {
                blocks.insert(0, format!("# {title}"));
            }
        }
        let mut markdown = blocks.join("\n\n");
        markdown.push('\n');
        markdown
    }
}

/// Markdown blocks being written from the walk over the tree.
#[derive(Default)]
struct Converter {
    blocks: Vec<String>,
    line: String,
    prefix: String,
    /// Open lists: numbered or not, and the next number.
    lists: Vec<(bool, i64)>,
}

impl Converter {
    fn flush(&mut self) {
        let text = crate::reading::collapse_whitespace(&self.line);
        self.line.clear();
        if !text.is_empty() && text != "**" && text != "*" {
            self.blocks.push(format!("{}{text}", self.prefix));
        } else if !self.prefix.starts_with('#') {
            // `<li><p>text</p></li>` (LibreOffice): the item's number waits for its text.
            return;
        }
        self.prefix.clear();
    }

    fn open(&mut self, tag: &str, start: Option<i64>, value: Option<i64>) {
        match tag {
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let level = usize::from(tag.as_bytes()[1] - b'0');
                self.prefix = format!("{} ", "#".repeat(level));
            }
            "ol" | "ul" => {
                self.flush();
                self.lists.push((tag == "ol", start.unwrap_or(1)));
            }
            "li" => {
                self.flush();
                let indent = "  ".repeat(self.lists.len().saturating_sub(1));
                self.prefix = match self.lists.last_mut() {
                    Some((true, n)) => {
                        let number = value.unwrap_or(*n);
                        *n = number + 1;
                        format!("{indent}{number}. ")
                    }
                    _ => format!("{indent}- "),
                };
            }
            "b" | "strong" => self.line.push_str("**"),
            "i" | "em" => self.line.push('*'),
            "br" => self.line.push(' '),
            t if is_block(t) => self.flush(),
            _ => {}
        }
    }

    fn close(&mut self, tag: &str) {
        match tag {
            "b" | "strong" => self.line.push_str("**"),
            "i" | "em" => self.line.push('*'),
            "ol" | "ul" => {
                self.flush();
                self.prefix.clear();
                self.lists.pop();
            }
            "li" => {
                self.flush();
                self.prefix.clear();
            }
            t if is_block(t) || matches!(t, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") => {
                self.flush()
            }
            _ => {}
        }
    }
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "blockquote"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "caption"
            | "dd"
            | "dt"
            | "dl"
            | "pre"
            | "hr"
            | "figure"
            | "body"
            | "address"
            | "details"
            | "summary"
    )
}

/// The blocks without sections of references, notes and links: a heading naming one, and all
/// under it up to the next heading of its level or above.
fn without_reference_sections(blocks: Vec<String>) -> Vec<String> {
    let mut kept = Vec::with_capacity(blocks.len());
    let mut dropping: Option<usize> = None;
    for block in blocks {
        if let Some((level, title)) = heading(&block) {
            if dropping.is_some_and(|d| level > d) {
                continue;
            }
            dropping = None;
            let title = title.trim_end_matches(':').trim().to_lowercase();
            if REFERENCE_TITLES.contains(&title.as_str()) {
                dropping = Some(level);
                continue;
            }
        }
        if dropping.is_none() {
            kept.push(block);
        }
    }
    kept
}

/// A heading block's level and text: `## Text`, or a whole-bold line (a level below all).
fn heading(block: &str) -> Option<(usize, &str)> {
    let level = block.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&level) && block[level..].starts_with(' ') {
        let text = block[level..].trim();
        return Some((level, text.trim_matches('*').trim()));
    }
    let bold = block
        .strip_prefix("**")?
        .trim_end_matches(':')
        .strip_suffix("**")?;
    (!bold.contains("**")).then_some((7, bold.trim()))
}

#[cfg(test)]
mod tests {
    use super::Page;

    fn article(html: &str) -> String {
        Page::parse(html).article()
    }

    #[test]
    fn every_named_reference_reads_as_a_browser_reads_it() {
        let md = article(
            "<p>&euro;10&nbsp;billion &laquo;&#1179;&#x49B;&raquo; &hellip; &copy 2025 &notin; \
             &notit; AT&T &amp;euro;</p>",
        );
        // `&copy` and `&not` are read without their semicolon, as browsers do; `&T` is text.
        assert_eq!(md, "€10 billion «ққ» … © 2025 ∉ ¬it; AT&T &euro;\n");
    }

    #[test]
    fn a_page_goes_on_past_its_meta_charset_and_scripts() {
        let md = article(
            "<html><head><meta charset=\"utf-16\"><script>var a = '</p>';</script></head>\
             <body><p>After the head.</p><script>document.write('x')</script><p>And on.</p></body></html>",
        );
        assert_eq!(md, "After the head.\n\nAnd on.\n");
    }

    #[test]
    fn furniture_goes_by_its_names_roles_and_links() {
        let md = article(
            "<body><div class=\"cookie-banner\">We use cookies</div>\
             <div role=\"navigation\">Go places</div>\
             <main><h1>Title</h1><div class=\"mw-heading\"><h2>Part</h2>\
             <span class=\"mw-editsection\">[<a href=\"#\">edit</a>]</span></div>\
             <p>Words of the article.<sup class=\"reference\"><a href=\"#n1\">[1]</a></sup></p>\
             <ul><li><a href=\"/a\">Related one</a></li><li><a href=\"/b\">Related two</a></li></ul>\
             <table class=\"infobox\"><tr><td>Area</td></tr></table></main>\
             <footer>Privacy policy</footer></body>",
        );
        assert_eq!(md, "# Title\n\n## Part\n\nWords of the article.\n");
    }

    #[test]
    fn a_header_holding_the_page_s_title_is_the_title_block_not_the_site_s_banner() {
        // pandoc -s: the title block is a `<header>` of the body, its `<h1>` the `<title>`.
        let md = article(
            "<html><head><title>The Great Green Wall</title></head><body>\
             <header id=\"title-block-header\"><h1 class=\"title\">The Great Green Wall</h1>\
             <p class=\"author\">Ms Seitkali</p></header>\
             <h1>A wall made of trees</h1><p>In 2007, the plan was agreed.</p></body></html>",
        );
        assert_eq!(
            md,
            "# The Great Green Wall\n\nMs Seitkali\n\n# A wall made of trees\n\n\
             In 2007, the plan was agreed.\n"
        );
        // A site's banner, its `<h1>` the site's name after the story's in the `<title>`.
        let md = article(
            "<html><head><title>Trams return | Steppe Daily</title></head><body>\
             <header><h1>Steppe Daily</h1><p>Tuesday</p></header>\
             <article><h2>Trams return</h2><p>The city, at last, has trams.</p></article></body></html>",
        );
        assert!(!md.contains("Tuesday"), "{md}");
        assert!(
            md.ends_with("## Trams return\n\nThe city, at last, has trams.\n"),
            "{md}"
        );
    }

    #[test]
    fn notes_gathered_at_the_end_are_not_more_questions() {
        // pandoc 2: the notes after the questions, as a list with its role; pandoc 1: a
        // `<div class="footnotes">` alone.
        for notes in [
            "<section class=\"footnotes footnotes-end-of-document\" role=\"doc-endnotes\"><hr />\
             <ol><li id=\"fn1\" role=\"doc-endnote\"><p>Near Tyuratam.\
             <a href=\"#fnref1\" class=\"footnote-back\" role=\"doc-backlink\">↩︎</a></p></li></ol>\
             </section>",
            "<div class=\"footnotes\"><hr /><ol><li id=\"fn1\"><p>Near Tyuratam.\
             <a href=\"#fnref1\">↩</a></p></li></ol></div>",
        ] {
            let md = article(&format!(
                "<body><h1>Baikonur</h1><p>A rocket rose, carrying Gagarin, from the steppe.\
                 <a href=\"#fn1\" class=\"footnote-ref\" id=\"fnref1\" role=\"doc-noteref\">\
                 <sup>1</sup></a></p><h2>Questions</h2><ol><li>Why here?</li></ol>{notes}</body>"
            ));
            assert_eq!(
                md,
                "# Baikonur\n\nA rocket rose, carrying Gagarin, from the steppe.\n\n\
                 ## Questions\n\n1. Why here?\n"
            );
        }
    }

    #[test]
    fn a_table_s_heading_row_stays_whatever_its_class() {
        let md = article(
            "<main><h1>T</h1><table><thead><tr class=\"header\"><th>Country</th></tr></thead>\
             <tbody><tr class=\"odd\"><td>Niger</td></tr></tbody></table></main>",
        );
        assert_eq!(md, "# T\n\nCountry\n\nNiger\n");
    }

    #[test]
    fn a_references_section_is_left_out_up_to_the_next_heading_of_its_level() {
        let md = article(
            "<article><h1>T</h1><p>Text.</p><h2>Questions</h2><ol><li>Why?</li></ol>\
             <h2>References</h2><ol><li>A book.</li></ol><h3>Online</h3><p>A site.</p>\
             <h2>Afterword</h2><p>Kept.</p></article>",
        );
        assert_eq!(
            md,
            "# T\n\nText.\n\n## Questions\n\n1. Why?\n\n## Afterword\n\nKept.\n"
        );
    }

    #[test]
    fn the_best_scored_block_is_the_article_where_the_page_names_none() {
        let md = article(
            "<body><div class=\"top\"><p>Site of readings for all</p></div>\
             <div class=\"x\"><h1>Felt</h1><p>Felt is pressed wool, rolled for hours, warm and thick.</p>\
             <p>It covers yurts, lines boots, and hangs on walls as rugs.</p></div>\
             <div class=\"y\"><p>Open daily</p></div></body>",
        );
        assert_eq!(
            md,
            "# Felt\n\nFelt is pressed wool, rolled for hours, warm and thick.\n\n\
             It covers yurts, lines boots, and hangs on walls as rugs.\n"
        );
    }

    #[test]
    fn lists_keep_their_start_and_items_their_paragraphs() {
        let md = article(
            "<main><ol start=\"3\"><li><p>Third?</p></li><li value=\"7\"><p>Seventh?</p></li>\
             </ol><p>After.</p></main>",
        );
        assert_eq!(md, "3. Third?\n\n7. Seventh?\n\nAfter.\n");
    }

    #[test]
    fn the_whole_page_keeps_what_the_article_leaves_out() {
        let page = Page::parse(
            "<body><div class=\"related\">Also read this</div><article><h1>T</h1><p>Text.</p>\
             </article><nav>Menu</nav></body>",
        );
        assert!(!page.article().contains("Also read"));
        assert!(page.whole().contains("Also read this"));
        assert!(!page.whole().contains("Menu"));
    }

    #[test]
    fn containers_nested_past_the_limit_keep_their_text() {
        let depth = 3 * super::super::dom::MAX_DEPTH;
        let html = format!(
            "<main><h1>Deep</h1>{}<p>Inside.</p>{}<p>After.</p></main>",
            "<div><b>".repeat(depth),
            "</b></div>".repeat(depth)
        );
        let md = article(&html);
        assert!(md.contains("Inside."), "{md}");
        assert!(md.ends_with("After.\n"), "{md}");
    }
}
