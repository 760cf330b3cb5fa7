//! Web pages (`.html`, `.htm`, Word's "web page", and Chrome/Edge single-file `.mhtml`) to
//! reading Markdown. The bytes are decoded as browsers decode them (byte-order mark, MHTML part
//! headers, `<meta charset>`), parsed by html5ever as browsers parse them (`dom.rs`), and read
//! as a reader view reads them (`reader.rs`): the article's title, paragraphs, headings and
//! lists, without the site around it. Headings become `#`, list items `1.` or `-`, bold and
//! italic `**`/`*`. If the article alone holds no questions but the rest of the page does (a
//! teacher's page with the questions after the `<article>`), the page without its furniture is
//! used; `Extract::WholePage` reads everything but scripts, navigation and forms.

mod dom;
mod reader;

use super::Extract;
use crate::files::ImportProblem;

/// The reading Markdown of the web page in `bytes` (HTML or MHTML).
pub fn to_markdown(bytes: &[u8]) -> Result<String, ImportProblem> {
    to_markdown_as(bytes, Extract::Article)
}

/// [`to_markdown`], reading as much of the page as `extract` says: the whole page is what a
/// teacher asks for when the article alone lost part of the questions.
pub fn to_markdown_as(bytes: &[u8], extract: Extract) -> Result<String, ImportProblem> {
    from_html(&page_html(bytes)?, extract)
}

fn page_html(bytes: &[u8]) -> Result<String, ImportProblem> {
    if is_mhtml(bytes) {
        mhtml_html(bytes)
    } else {
        Ok(decode(bytes, charset_in_meta(bytes).as_deref()))
    }
}

/// What a teacher copied, as reading Markdown: the clipboard's HTML when it has some (a
/// browser copies the page's headings, bold and lists with it), else its plain text.
pub fn clipboard_markdown(html: Option<&str>, text: Option<&str>) -> Result<String, ImportProblem> {
    let html = html.filter(|h| !h.trim().is_empty());
    if let Some(Ok(markdown)) = html.map(|h| from_html(h, Extract::Article)) {
        return Ok(markdown);
    }
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        Some(text) => Ok(text.to_owned()),
        None => Err(ImportProblem::ClipboardEmpty),
    }
}

/// The reading Markdown of a page's decoded HTML: its article (the rest of the page without its
/// furniture when the article alone has no questions), or the whole page when `extract` asks.
fn from_html(html: &str, extract: Extract) -> Result<String, ImportProblem> {
    let page = reader::Page::parse(html);
    let markdown = match extract {
        Extract::WholePage => page.whole(),
        Extract::Article => {
            let article = page.article();
            let questions = |md: &str| {
                crate::reading::parse(md, crate::reading::Origin::Text, "page").prompt_count()
            };
            match questions(&article) {
                0 => Some(page.without_furniture())
                    .filter(|w| questions(w) > 0)
                    .unwrap_or(article),
                _ => article,
            }
        }
    };
    if markdown.trim().is_empty() {
        return Err(ImportProblem::PageEmpty);
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
fn mhtml_html(bytes: &[u8]) -> Result<String, ImportProblem> {
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
        .ok_or(ImportProblem::MhtmlDamaged)?;
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
                .map_err(|_| ImportProblem::MhtmlDamaged)?
        } else {
            body.as_bytes().to_vec()
        };
        return Ok(decode(&raw, charset.as_deref()));
    }
    Err(ImportProblem::MhtmlDamaged)
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
