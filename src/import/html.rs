//! Web pages (`.html`, `.htm`, Word's "web page", and Chrome/Edge single-file `.mhtml`) to
//! reading Markdown. The article is taken from the page's `<article>` (else `<main>`, else the
//! body), leaving out what is never the reading: scripts, styles, navigation, headers and
//! footers around the article, asides, forms. Headings become `#`, list items `1.` or `-`, bold
//! and italic `**`/`*`. If the article alone holds no questions but the whole page does (a
//! teacher's page with the questions after the `<article>`), the whole page is used.

use super::Extract;

/// The reading Markdown of the web page in `bytes` (HTML or MHTML).
pub fn to_markdown(bytes: &[u8]) -> Result<String, String> {
    to_markdown_as(bytes, Extract::Article)
}

/// [`to_markdown`], reading as much of the page as `extract` says: the whole page is what a
/// teacher asks for when the article alone lost part of the questions.
pub fn to_markdown_as(bytes: &[u8], extract: Extract) -> Result<String, String> {
    from_html(&page_html(bytes)?, extract)
}

fn page_html(bytes: &[u8]) -> Result<String, String> {
    if is_mhtml(bytes) {
        mhtml_html(bytes)
    } else {
        Ok(decode(bytes, charset_in_meta(bytes).as_deref()))
    }
}

/// What a teacher copied, as reading Markdown: the clipboard's HTML when it has some (a
/// browser copies the page's headings, bold and lists with it), else its plain text.
pub fn clipboard_markdown(html: Option<&str>, text: Option<&str>) -> Result<String, String> {
    let html = html.filter(|h| !h.trim().is_empty());
    if let Some(Ok(markdown)) = html.map(|h| from_html(h, Extract::Article)) {
        return Ok(markdown);
    }
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => Ok(text.to_owned()),
        None => Err(
            "The clipboard holds no text. Copy the article and its questions, then try again."
                .to_owned(),
        ),
    }
}

/// The reading Markdown of a page's decoded HTML: its article (the whole page when the article
/// alone has no questions), or the whole page when `extract` asks.
fn from_html(html: &str, extract: Extract) -> Result<String, String> {
    let nodes = tokenize(html);
    let title = page_title(&nodes);
    let whole = || convert(&nodes, body(&nodes), &title);
    let markdown = match extract {
        Extract::WholePage => whole(),
        Extract::Article => {
            let article = convert(&nodes, main_content(&nodes), &title);
            let questions = |md: &str| {
                crate::reading::parse(md, crate::reading::Origin::Text, "page").prompt_count()
            };
            match questions(&article) {
                0 => Some(whole())
                    .filter(|w| questions(w) > 0)
                    .unwrap_or(article),
                _ => article,
            }
        }
    };
    if markdown.trim().is_empty() {
        return Err("this web page holds no text".to_owned());
    }
    Ok(markdown)
}

/// Whether `bytes` are a web page: HTML markup near the start, or an MHTML archive.
pub fn is_web_page(bytes: &[u8]) -> bool {
    if is_mhtml(bytes) {
        return true;
    }
    // A page saved as UTF-16 (Windows' "Unicode") says so with its byte-order mark.
    let start = &bytes[..bytes.len().min(2048)];
    let head = match encoding_rs::Encoding::for_bom(start) {
        Some((encoding, _)) => encoding.decode(start).0.to_lowercase(),
        None => String::from_utf8_lossy(start).to_lowercase(),
    };
    let head = head.trim_start_matches('\u{feff}').trim_start();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with('<') && (head.contains("<body") || head.contains("<head")))
}

fn is_mhtml(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_lowercase();
    head.contains("mime-version:") && head.contains("multipart/related")
}

/// The first `text/html` part of an MHTML archive, decoded.
fn mhtml_html(bytes: &[u8]) -> Result<String, String> {
    let text = String::from_utf8_lossy(bytes);
    // ASCII lowercase keeps every byte where it was, so positions found in it hold in `text`.
    let lower = text.to_ascii_lowercase();
    let boundary = lower
        .find("boundary=")
        .map(|i| {
            let rest = &text[i + "boundary=".len()..];
            let rest = rest.trim_start_matches('"');
            rest[..rest.find(['"', '\r', '\n', ';']).unwrap_or(rest.len())].to_owned()
        })
        .ok_or("this MHTML file names no parts")?;
    for part in text.split(&format!("--{boundary}")).skip(1) {
        let Some(split) = part.find("\r\n\r\n").or_else(|| part.find("\n\n")) else {
            continue;
        };
        let (headers, body) = part.split_at(split);
        let headers = headers.to_ascii_lowercase();
        if !headers.contains("content-type: text/html") {
            continue;
        }
        let charset = headers
            .split("charset=")
            .nth(1)
            .map(|c| {
                c.trim_matches(['"', ' '])
                    .split([';', '\r', '\n', '"'])
                    .next()
            })
            .and_then(|c| c.map(str::to_owned));
        let body = body.trim_start();
        let raw = if headers.contains("quoted-printable") {
            quoted_printable(body)
        } else if headers.contains("base64") {
            use base64::Engine as _;
            let compact: String = body.split_whitespace().collect();
            base64::engine::general_purpose::STANDARD
                .decode(compact)
                .map_err(|e| format!("this MHTML file's page is damaged: {e}"))?
        } else {
            body.as_bytes().to_vec()
        };
        return Ok(decode(&raw, charset.as_deref()));
    }
    Err("this MHTML file holds no web page".to_owned())
}

fn quoted_printable(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'=' if bytes.get(i + 1) == Some(&b'\r') && bytes.get(i + 2) == Some(&b'\n') => i += 3,
            b'=' if bytes.get(i + 1) == Some(&b'\n') => i += 2,
            b'=' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                    }
                    None => {
                        out.push(b'=');
                        i += 1;
                    }
                }
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// `<meta charset="windows-1251">` or `content="text/html; charset=…"` in the first 4 KiB.
fn charset_in_meta(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let rest = head[at..].trim_start_matches(['"', '\'']);
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))?;
    Some(rest[..end].to_owned())
}

/// Text in `charset`, the way browsers read a page (the HTML standard's encoding sniffing): a
/// byte-order mark wins (UTF-8 or UTF-16); then the named charset, except that a page whose
/// `<meta>` claims UTF-16 is read as UTF-8 — a page whose bytes could be read to find that
/// `<meta>` is not UTF-16; UTF-8 when unnamed or unknown.
fn decode(bytes: &[u8], charset: Option<&str>) -> String {
    let named = charset
        .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
        .filter(|e| *e != encoding_rs::UTF_16LE && *e != encoding_rs::UTF_16BE)
        .unwrap_or(encoding_rs::UTF_8);
    // `decode` sniffs the byte-order mark itself and removes it.
    let (text, _, _) = named.decode(bytes);
    text.into_owned()
}

// ---------------------------------------------------------------------------------------------
// A forgiving tokenizer: tags, text and nothing else (comments, doctypes, CDATA skipped).

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Open(String),
    Close(String),
    Text(String),
}

/// Elements whose content is never the reading.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "aside",
    "form",
    "button",
    "iframe",
    "select",
    "figcaption",
    "head",
];

fn tokenize(html: &str) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            nodes.push(Node::Text(rest.to_owned()));
            break;
        };
        if lt > 0 {
            nodes.push(Node::Text(rest[..lt].to_owned()));
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            nodes.push(Node::Text(rest.to_owned()));
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            nodes.push(Node::Text(format!("<{tag}>")));
            continue;
        }
        if closing {
            nodes.push(Node::Close(name));
            continue;
        }
        // Raw-text elements: their content is not markup; skip to their end.
        if matches!(name.as_str(), "script" | "style" | "textarea" | "title") {
            let end = format!("</{name}");
            let found = rest.to_ascii_lowercase().find(&end);
            let content = found.map_or(rest, |e| &rest[..e]);
            nodes.push(Node::Open(name.clone()));
            nodes.push(Node::Text(content.to_owned()));
            nodes.push(Node::Close(name.clone()));
            rest = found.map_or("", |e| {
                let tail = &rest[e..];
                tail.find('>').map_or("", |g| &tail[g + 1..])
            });
            continue;
        }
        nodes.push(Node::Open(name));
    }
    nodes
}

/// The node range of the page's main content: `<article>`, else `<main>`, else the body.
fn main_content(nodes: &[Node]) -> std::ops::Range<usize> {
    for wanted in ["article", "main"] {
        if let Some(range) = element(nodes, wanted) {
            return range;
        }
    }
    body(nodes)
}

fn body(nodes: &[Node]) -> std::ops::Range<usize> {
    element(nodes, "body").unwrap_or(0..nodes.len())
}

/// The inside of the first `<name>` element (to its matching close, or the end).
fn element(nodes: &[Node], name: &str) -> Option<std::ops::Range<usize>> {
    let start = nodes
        .iter()
        .position(|n| matches!(n, Node::Open(t) if t == name))?;
    let mut depth = 0;
    for (i, node) in nodes.iter().enumerate().skip(start) {
        match node {
            Node::Open(t) if t == name => depth += 1,
            Node::Close(t) if t == name => {
                depth -= 1;
                if depth == 0 {
                    return Some(start + 1..i);
                }
            }
            _ => {}
        }
    }
    Some(start + 1..nodes.len())
}

/// The page's `<h1>`, else its `<title>` (without " | Site name").
fn page_title(nodes: &[Node]) -> String {
    let text_of = |name: &str| {
        let range = element(nodes, name)?;
        let text: String = nodes[range]
            .iter()
            .filter_map(|n| match n {
                Node::Text(t) => Some(entities(t)),
                _ => None,
            })
            .collect();
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        (!text.is_empty()).then_some(text)
    };
    text_of("h1")
        .or_else(|| {
            // "Kazakhstan and the EU | The Astana Times": the site's name goes.
            text_of("title").map(|t| {
                let cut = [" | ", " – ", " — "].iter().filter_map(|s| t.find(s)).min();
                cut.map_or(t.clone(), |i| t[..i].to_owned())
            })
        })
        .unwrap_or_default()
}

/// The nodes in `range` as reading Markdown, headed by `title` when no `<h1>` is inside.
fn convert(nodes: &[Node], range: std::ops::Range<usize>, title: &str) -> String {
    let mut blocks: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut skip_depth = 0usize;
    let mut lists: Vec<(bool, usize)> = Vec::new(); // (numbered, next number)
    let mut prefix = String::new();
    let mut has_h1 = false;
    let flush = |line: &mut String, prefix: &mut String, blocks: &mut Vec<String>| {
        let text = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() && text != "**" && text != "*" {
            blocks.push(format!("{prefix}{text}"));
        }
        line.clear();
        prefix.clear();
    };
    for node in &nodes[range] {
        match node {
            Node::Open(t) if SKIPPED.contains(&t.as_str()) || skip_depth > 0 => {
                if SKIPPED.contains(&t.as_str()) || skip_depth > 0 {
                    skip_depth += usize::from(is_container(t) || SKIPPED.contains(&t.as_str()));
                }
            }
            Node::Close(t) if skip_depth > 0 => {
                if is_container(t) || SKIPPED.contains(&t.as_str()) {
                    skip_depth -= 1;
                }
            }
            Node::Text(_) if skip_depth > 0 => {}
            Node::Open(t) => match t.as_str() {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    flush(&mut line, &mut prefix, &mut blocks);
                    let level = usize::from(t.as_bytes()[1] - b'0');
                    has_h1 |= level == 1;
                    prefix = format!("{} ", "#".repeat(level));
                }
                "ol" | "ul" => {
                    flush(&mut line, &mut prefix, &mut blocks);
                    lists.push((t == "ol", 1));
                }
                "li" => {
                    flush(&mut line, &mut prefix, &mut blocks);
                    let indent = "  ".repeat(lists.len().saturating_sub(1));
                    prefix = match lists.last_mut() {
                        Some((true, n)) => {
                            *n += 1;
                            format!("{indent}{}. ", *n - 1)
                        }
                        _ => format!("{indent}- "),
                    };
                }
                "b" | "strong" => line.push_str("**"),
                "i" | "em" => line.push('*'),
                "br" => line.push(' '),
                t if is_block(t) => flush(&mut line, &mut prefix, &mut blocks),
                _ => {}
            },
            Node::Close(t) => match t.as_str() {
                "b" | "strong" => line.push_str("**"),
                "i" | "em" => line.push('*'),
                "ol" | "ul" => {
                    flush(&mut line, &mut prefix, &mut blocks);
                    lists.pop();
                }
                t if is_block(t) || t.starts_with('h') && t.len() == 2 || t == "li" => {
                    flush(&mut line, &mut prefix, &mut blocks)
                }
                _ => {}
            },
            Node::Text(text) => line.push_str(&entities(text)),
        }
    }
    flush(&mut line, &mut prefix, &mut blocks);
    if !has_h1 && !title.is_empty() {
        blocks.insert(0, format!("# {title}"));
    }
    let mut out = blocks.join("\n\n");
    out.push('\n');
    out
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
            | "dd"
            | "dt"
            | "pre"
            | "hr"
            | "figure"
            | "body"
    )
}

/// Elements that nest (so a skipped one ends at its own close, not an inner one's).
fn is_container(tag: &str) -> bool {
    !matches!(
        tag,
        "br" | "img" | "hr" | "meta" | "link" | "input" | "source" | "wbr" | "col" | "area"
    )
}

/// The text of a named character reference a page uses for text.
fn named_reference(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => " ",
        "mdash" => "—",
        "ndash" => "–",
        "hellip" => "…",
        "laquo" => "«",
        "raquo" => "»",
        "lsquo" => "‘",
        "rsquo" => "’",
        "ldquo" => "“",
        "rdquo" => "”",
        "copy" => "©",
        "shy" => "",
        _ => return None,
    })
}

/// Character references: named ones a page uses for text, and numeric ones.
fn entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }

    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // A reference is short: look for its ';' among the next few characters only.
        let end = rest
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|e| {
            let name = &rest[1..e];
            let ch = if let Some(num) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X"))
            {
                u32::from_str_radix(num, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .map(String::from)
            } else if let Some(num) = name.strip_prefix('#') {
                num.parse().ok().and_then(char::from_u32).map(String::from)
            } else {
                named_reference(name).map(str::to_owned)
            };
            ch.map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push_str(&c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
