//! Citations of the article in common styles, generated from the data alone. Each style marks
//! an inferred year the way it expects (bracketed in APA, MLA and Chicago; noted elsewhere).

use crate::i18n::Strings;
use crate::model::{Article, Author, Passage, Voice, MONTHS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Apa,
    Mla,
    ChicagoNote,
    ChicagoBibliography,
    Wikipedia,
    BibTex,
    Ris,
}

impl Style {
    pub const ALL: [Style; 8] = [
        Style::Plain,
        Style::Apa,
        Style::Mla,
        Style::ChicagoNote,
        Style::ChicagoBibliography,
        Style::Wikipedia,
        Style::BibTex,
        Style::Ris,
    ];

    /// The style's name, from the catalogue (most are proper names, the same everywhere).
    pub fn label(self, strings: &Strings) -> &str {
        strings.get(match self {
            Style::Plain => "cite.style.plain",
            Style::Apa => "cite.style.apa",
            Style::Mla => "cite.style.mla",
            Style::ChicagoNote => "cite.style.chicago_note",
            Style::ChicagoBibliography => "cite.style.chicago_bibliography",
            Style::Wikipedia => "cite.style.wikipedia",
            Style::BibTex => "cite.style.bibtex",
            Style::Ris => "cite.style.ris",
        })
    }
}

/// A calendar day, for the access date (the reader's today).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

const MONTHS_SHORT_MLA: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// What a citation needs and the data does not give (an imported draft): title, date, link,
/// as catalogue keys.
pub fn missing_for_citation(article: &Article) -> Vec<&'static str> {
    let mut missing = Vec::new();
    if article.meta.title.is_empty() {
        missing.push("cite.field.title");
    }
    if article.meta.date.is_missing() {
        missing.push("cite.field.date");
    }
    if article.source.url.is_empty() {
        missing.push("cite.field.link");
    }
    missing
}

/// A citation in `style`. The styles keep their own (English) conventions; the plain one is in
/// the interface's language.
pub fn cite(strings: &Strings, article: &Article, style: Style, accessed: Option<Day>) -> String {
    let m = &article.meta;
    let s = &article.source;
    let title = &m.title;
    let outlet = &s.outlet;
    let url = &s.url;
    let inferred = m.date.year_inferred;
    let (y, mo, d) = m.date.ymd().unwrap_or((0, 1, 1));
    let month = MONTHS[mo as usize - 1];
    let year_br = if inferred {
        format!("[{y}]")
    } else {
        y.to_string()
    };
    let authors = &m.authors;
    match style {
        Style::Plain => {
            let names: Vec<String> = authors.iter().map(given_family).collect();
            let key = if authors.is_empty() {
                "cite.plain"
            } else {
                "cite.plain_authors"
            };
            strings.fill(
                key,
                &[
                    ("authors", &strings.list(&names)),
                    ("title", title),
                    ("outlet", outlet),
                    ("date", &m.date.display_in(strings)),
                    ("url", url),
                ],
            )
        }
        // APA: without an author the title takes the author's place.
        Style::Apa if authors.is_empty() => format!(
            "{}. ({year_br}, {month} {d}). {outlet}. {url}",
            sentence_case(title, article)
        ),
        Style::Apa => format!(
            "{} ({year_br}, {month} {d}). {}. {outlet}. {url}",
            apa_authors(authors),
            sentence_case(title, article)
        ),
        Style::Mla => {
            let date = format!("{d} {} {y}", MONTHS_SHORT_MLA[mo as usize - 1]);
            let date = if inferred { format!("[{date}]") } else { date };
            let mut out = format!(
                "{}\u{201c}{title}.\u{201d} {outlet}, {date}, {}.",
                mla_authors(authors),
                url.trim_start_matches("https://")
                    .trim_start_matches("http://")
            );
            if let Some(a) = accessed {
                out.push_str(&format!(
                    " Accessed {} {} {}.",
                    a.day,
                    MONTHS_SHORT_MLA[a.month as usize - 1],
                    a.year
                ));
            }
            out
        }
        Style::ChicagoNote if authors.is_empty() => {
            format!("\u{201c}{title},\u{201d} {outlet}, {month} {d}, {year_br}, {url}.")
        }
        Style::ChicagoNote => format!(
            "{}, \u{201c}{title},\u{201d} {outlet}, {month} {d}, {year_br}, {url}.",
            names(authors)
        ),
        // Chicago: an unsigned news article is listed under the publication.
        Style::ChicagoBibliography if authors.is_empty() => {
            format!("{outlet}. \u{201c}{title}.\u{201d} {month} {d}, {year_br}. {url}.")
        }
        Style::ChicagoBibliography => format!(
            "{}. \u{201c}{title}.\u{201d} {outlet}, {month} {d}, {year_br}. {url}.",
            inverted_names(authors, false)
        ),
        Style::Wikipedia => {
            let mut out = String::from("{{cite news");
            for (i, a) in authors.iter().enumerate() {
                out.push_str(&format!(
                    " |last{0}={1} |first{0}={2}",
                    i + 1,
                    a.family,
                    a.given
                ));
            }
            out.push_str(&format!(
                " |url={url} |title={title} |work={outlet} |date={d} {month} {y}"
            ));
            if inferred {
                out.push_str(" <!-- year inferred: the source prints only the day and month -->");
            }
            if let Some(a) = accessed {
                out.push_str(&format!(
                    " |access-date={} {} {}",
                    a.day,
                    MONTHS[a.month as usize - 1],
                    a.year
                ));
            }
            if let Some(archive) = &s.archive_url {
                out.push_str(&format!(" |archive-url={archive}"));
            }
            out.push_str(" |url-status=live}}");
            out
        }
        Style::BibTex => {
            let key_name = match authors.first() {
                Some(a) => a.family.as_str(),
                None => s.outlet_abbreviation.as_deref().unwrap_or(outlet),
            };
            let key: String = key_name
                .to_ascii_lowercase()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect();
            let mut out = format!("@online{{{key}{y},\n");
            if !authors.is_empty() {
                let list: Vec<String> = authors
                    .iter()
                    .map(|a| format!("{}, {}", a.family, a.given))
                    .collect();
                let list = list.join(" and ");
                out.push_str(&format!("  author = {{{}}},\n", bibtex_escape(&list)));
            }
            out.push_str(&format!(
                "  title = {{{{{}}}}},\n  organization = {{{}}},\n  date = {{{}}},\n  url = {{{url}}},\n",
                bibtex_escape(title),
                bibtex_escape(outlet),
                m.date.value
            ));
            if let Some(a) = accessed {
                out.push_str(&format!(
                    "  urldate = {{{:04}-{:02}-{:02}}},\n",
                    a.year, a.month, a.day
                ));
            }
            if inferred {
                out.push_str(
                    "  note = {Year inferred; the source prints only the day and month},\n",
                );
            }
            out.push('}');
            out
        }
        Style::Ris => {
            let mut out = String::from("TY  - NEWS\n");
            for a in authors {
                out.push_str(&format!("AU  - {}, {}\n", a.family, a.given));
            }
            out.push_str(&format!(
                "TI  - {title}\nT2  - {outlet}\nPY  - {y}\nDA  - {y}/{mo:02}/{d:02}/\nUR  - {url}\nLA  - {}\n",
                m.language
            ));
            if let Some(a) = accessed {
                out.push_str(&format!("Y2  - {}/{:02}/{:02}/\n", a.year, a.month, a.day));
            }
            if inferred {
                out.push_str("N1  - Year inferred; the source prints only the day and month\n");
            }
            out.push_str("ER  - ");
            out
        }
    }
}

pub fn given_family(a: &Author) -> String {
    format!("{} {}", a.given, a.family)
}

/// "A", "A and B", "A, B, and C", each as "Given Family" (Chicago's notes).
pub fn names(authors: &[Author]) -> String {
    let all: Vec<String> = authors.iter().map(given_family).collect();
    match all.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

/// APA: "Family, G. M.", joined with commas and "&".
fn apa_authors(authors: &[Author]) -> String {
    let one = |a: &Author| {
        let initials: Vec<String> = a
            .given
            .split([' ', '-'])
            .filter_map(|part| part.chars().next())
            .map(|c| format!("{c}."))
            .collect();
        format!("{}, {}", a.family, initials.join(" "))
    };
    let all: Vec<String> = authors.iter().map(one).collect();
    match all.as_slice() {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{}, & {last}", init.join(", ")),
    }
}

/// MLA and Chicago bibliography: "Family, Given", then "Given Family" for the others
/// ("A, B, and C"). MLA shortens three or more to "Family, Given, et al".
fn inverted_names(authors: &[Author], et_al: bool) -> String {
    let Some((first, rest)) = authors.split_first() else {
        return String::new();
    };
    let lead = format!("{}, {}", first.family, first.given);
    if et_al && rest.len() >= 2 {
        return format!("{lead}, et al");
    }
    match rest {
        [] => lead,
        [one] => format!("{lead}, and {}", given_family(one)),
        [init @ .., last] => {
            let init: Vec<String> = init.iter().map(given_family).collect();
            format!("{lead}, {}, and {}", init.join(", "), given_family(last))
        }
    }
}

fn mla_authors(authors: &[Author]) -> String {
    if authors.is_empty() {
        String::new()
    } else {
        format!("{}. ", inverted_names(authors, true))
    }
}

/// "…," Maria Zakharova, Russian Foreign Ministry spokeswoman, quoted by Radio Habana Cuba,
/// 24 Nov 2017 (year inferred), <URL>.
pub fn quote_with_attribution(
    strings: &Strings,
    article: &Article,
    passage: &Passage,
    voice: &Voice,
) -> String {
    let mut speaker = voice.name.clone();
    if !voice.role.is_empty() {
        speaker.push_str(", ");
        speaker.push_str(&voice.role);
    }
    let mut out = strings.fill(
        "quote.attribution",
        &[
            ("quote", passage.text.trim()),
            ("speaker", &speaker),
            ("outlet", &article.source.outlet),
        ],
    );
    let date = &article.meta.date;
    if date.ymd().is_some() {
        out.push_str(", ");
        out.push_str(&date.day_month_year(strings));
        if date.year_inferred {
            out.push_str(strings.get("quote.inferred"));
        }
    }
    if !article.source.url.is_empty() {
        out.push_str(", ");
        out.push_str(&article.source.url);
    }
    out
}

/// APA wants sentence case. A title-case word is lowered when the article's own text uses it in
/// lower case; names ("Russia", "Syria") and abbreviations ("U.S.") keep their capitals. ASCII
/// case only: Unicode case tables would cost several KB of wasm, and a word with other letters
/// is kept as printed, which is the safe way to be wrong.
pub fn sentence_case(title: &str, article: &Article) -> String {
    let body: String = article
        .passages()
        .map(|(_, p)| p.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let lower_words: std::collections::HashSet<&str> = body
        .split(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
        .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        .collect();
    title
        .split(' ')
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_ascii_lowercase();
            if i > 0 && lower_words.contains(lower.as_str()) {
                lower
            } else {
                word.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn bibtex_escape(s: &str) -> String {
    s.replace('\\', "\\textbackslash{}")
        .replace(['{', '}'], "")
        .replace('&', "\\&")
        .replace('%', "\\%")
        .replace('$', "\\$")
        .replace('#', "\\#")
        .replace('_', "\\_")
}
