//! Page furniture in text copied out of a web page: the lines around an article that are not
//! the article — navigation, sharing and cookie prompts, subscription offers, copyright lines,
//! bylines and dates, "Related:" links. Recognised by what they are, in English, Russian and
//! Kazakh, and only on short lines: a sentence of the article that mentions cookies or sharing
//! is never dropped.

/// The longest a furniture line is, in words.
const SHORT: usize = 12;

/// Whether `line` (trimmed) is page furniture rather than part of the reading.
pub fn is_furniture(line: &str) -> bool {
    let words = line.split_whitespace().count();
    if words == 0 || words > SHORT {
        return false;
    }
    let lower = line.to_lowercase();
    let lower = lower
        .trim_end_matches([':', '.', '›', '»', '|', '…'])
        .trim();
    EXACT.contains(&lower)
        || STARTS.iter().any(|s| lower.starts_with(s))
        || CONTAINS.iter().any(|c| lower.contains(c))
        || is_copyright(lower)
        || is_byline(line, words)
        || is_read_time(lower)
        || is_date(lower)
        || is_breadcrumb(line)
        || is_share_bar(lower)
        || is_comment_count(lower)
}

/// Whole lines that are only ever furniture.
const EXACT: &[&str] = &[
    "table of contents",
    "contents",
    "advertisement",
    "sponsored",
    "sponsored content",
    "menu",
    "home",
    "search",
    "share",
    "print",
    "email",
    "comments",
    "sign in",
    "log in",
    "login",
    "register",
    "subscribe",
    "back to top",
    "top",
    "more",
    "read more",
    "most read",
    "most popular",
    "trending",
    "next article",
    "previous article",
    "recommended",
    "you may also like",
    "реклама",
    "поделиться",
    "содержание",
    "оглавление",
    "подписаться",
    "войти",
    "главная",
    "меню",
    "поиск",
    "жарнама",
    "бөлісу",
    "мазмұны",
    "жазылу",
    "кіру",
    "басты бет",
    "іздеу",
];

/// Beginnings of furniture lines.
const STARTS: &[&str] = &[
    "skip to ",
    "jump to ",
    "share this",
    "share on ",
    "share via ",
    "related:",
    "related articles",
    "related stories",
    "related content",
    "read also",
    "read more:",
    "see also:",
    "also read",
    "more on this",
    "follow us",
    "sign up for",
    "subscribe to",
    "get the latest",
    "listen to this article",
    "click here",
    "image caption",
    "photo:",
    "читайте также",
    "смотрите также",
    "по теме:",
    "подписывайтесь",
    "подпишитесь",
    "поделиться в",
    "фото:",
    "сондай-ақ оқыңыз",
    "тақырыпқа орай",
    "жазылыңыз",
    // A site's "similar materials" and "subscribe to the news" boxes.
    "похожие материалы",
    "похожие статьи",
    "ұқсас материалдар",
    "ұқсас жаңалықтар",
    "жаңалықтарға жазылыңыз",
];

/// Phrases that, in a short line, mark it as furniture.
const CONTAINS: &[&str] = &[
    "cookie",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "terms of service",
    "newsletter",
    "accept all",
    "все права защищены",
    "политика конфиденциальности",
    "файлы cookie",
    "барлық құқықтар қорғалған",
];

fn is_copyright(lower: &str) -> bool {
    lower.starts_with('©')
        || lower.starts_with("(c) ")
        || lower.starts_with("copyright")
        || lower.starts_with("©")
}

/// "By Aliya Nurlanovna", "By Jane Doe and John Roe, Reuters".
fn is_byline(line: &str, words: usize) -> bool {
    let Some(rest) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("Автор: "))
        .or_else(|| line.strip_prefix("Авторы: "))
    else {
        return false;
    };
    words <= 8
        && !rest.ends_with('.')
        && rest
            .split_whitespace()
            .filter(|w| !["and", "и", "және"].contains(w))
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

/// "5 min read", "12 minute read", "Время чтения: 3 минуты".
fn is_read_time(lower: &str) -> bool {
    (lower.ends_with("min read")
        || lower.ends_with("minute read")
        || lower.ends_with("minutes read"))
        || lower.starts_with("время чтения")
        || lower.starts_with("оқу уақыты")
}

/// A date alone, or "Published …", "Updated …" with a date: "3 March 2025", "March 3, 2025",
/// "2025-03-03", "03.03.2025", "Updated 14:05 GMT, 3 March 2025".
fn is_date(lower: &str) -> bool {
    let rest = [
        "published",
        "updated",
        "posted",
        "опубликовано",
        "обновлено",
        "жарияланды",
    ]
    .iter()
    .find_map(|p| lower.strip_prefix(p))
    .map(str::trim)
    .unwrap_or(lower);
    let has_year = rest
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")));
    if !has_year {
        return false;
    }
    // Only the parts of a date (a year alone may be a heading: "2023"): numbers, month
    // names, separators, times and zone names.
    let parts: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || ",./-:".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_digit()) || is_date_word(w))
}

fn is_date_word(word: &str) -> bool {
    /// Month and weekday names by their first letters ("march", "марта", "наурыз").
    const STEMS: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon",
        "tue", "wed", "thu", "fri", "sat", "sun", "янв", "фев", "мар", "апр", "мая", "май", "июн",
        "июл", "авг", "сен", "окт", "ноя", "дек", "қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл",
        "там", "қыр", "қаз", "қар", "жел",
    ];
    /// Short words that go with dates, exactly.
    const WORDS: &[&str] = &[
        "gmt", "utc", "am", "pm", "at", "on", "г", "года", "ж", "жыл",
    ];
    WORDS.contains(&word)
        || (word.chars().count() <= 9 && STEMS.iter().any(|w| word.starts_with(w)))
}

/// "Home › World › Asia", "News / Politics / Central Asia".
fn is_breadcrumb(line: &str) -> bool {
    let parts: Vec<&str> = line
        .split(['›', '»', '>', '/', '|'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 3 && parts.iter().all(|p| p.split_whitespace().count() <= 3)
}

/// A comments section's heading with its count: "Комментарии (2)", "12 comments",
/// "Пікірлер (0)".
fn is_comment_count(lower: &str) -> bool {
    const WORDS: &[&str] = &[
        "comments",
        "comment",
        "комментарии",
        "комментариев",
        "комментария",
        "комментарий",
        "пікірлер",
        "пікір",
    ];
    let words: String = lower
        .chars()
        .filter(|c| !(c.is_ascii_digit() || "()[]".contains(*c)))
        .collect();
    lower.chars().any(|c| c.is_ascii_digit()) && WORDS.contains(&words.trim())
}

/// A row of share buttons: "Facebook Twitter LinkedIn WhatsApp", "Telegram VK".
fn is_share_bar(lower: &str) -> bool {
    const NETWORKS: &[&str] = &[
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "telegram",
        "vk",
        "вконтакте",
        "email",
        "e-mail",
        "copy",
        "link",
        "reddit",
        "pinterest",
        "instagram",
        "youtube",
        "ok",
        "одноклассники",
        "share",
        "print",
    ];
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || ",|·•/".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2 && words.iter().all(|w| NETWORKS.contains(w))
}

#[cfg(test)]
mod tests {
    use super::is_furniture;

    #[test]
    fn furniture_is_recognised_by_what_it_is() {
        for line in [
            "Skip to main content",
            "Share this article",
            "Related: Kazakhstan's uranium exports rise",
            "Cookie settings",
            "We use cookies to improve your experience. Accept all",
            "© 2025 The Astana Times. All rights reserved.",
            "By Aliya Nurlanovna",
            "Published 3 March 2025",
            "March 3, 2025",
            "Updated 14:05 GMT, 3 March 2025",
            "5 min read",
            "Home › World › Asia",
            "Facebook Twitter LinkedIn WhatsApp",
            "Sign up for our newsletter",
            "Читайте также: Казахстан и ЕС",
            "Поделиться",
            "Реклама",
            "Барлық құқықтар қорғалған",
            "Жарнама",
            "Комментарии (2)",
            "12 comments",
            "Пікірлер (0)",
            "Похожие материалы",
            "Ұқсас материалдар",
            "Жаңалықтарға жазылыңыз",
        ] {
            assert!(is_furniture(line), "{line}");
        }
    }

    #[test]
    fn the_article_is_never_taken_for_furniture() {
        for line in [
            "Kazakhstan and the EU: A Multi-Vector Partnership",
            "By 2030, the EU expects trade with Central Asia to double.",
            "The share of EU investment in Kazakhstan grew to 40 percent in 2023, officials said.",
            "Trade flows increased in recent years.",
            "In September, the Kazakh president received a German delegation.",
            "1. How significant is Kazakhstan's move to diversify its partnerships?",
            "Strategic cooperation",
            "Why do websites ask about cookies before they show an article to a reader from Europe today?",
            "2023",
            "Город 2023",
            "Questions de discussion",
            "Вопросы",
            "Comments on chapter 2",
            "Эссе жазыңыз.",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }
}
