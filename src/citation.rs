//! Citations of the article in common styles, generated from the data alone. Each style marks
//! an inferred year the way it expects (bracketed in APA, MLA and Chicago; noted elsewhere).

use crate::model::{Article, Passage, Voice, MONTHS};

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

    pub fn label(self) -> &'static str {
        match self {
            Style::Plain => "Plain text",
            Style::Apa => "APA 7",
            Style::Mla => "MLA 9",
            Style::ChicagoNote => "Chicago (note)",
            Style::ChicagoBibliography => "Chicago (bibliography)",
            Style::Wikipedia => "Wikipedia {{cite news}}",
            Style::BibTex => "BibTeX",
            Style::Ris => "RIS",
        }
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

pub fn cite(article: &Article, style: Style, accessed: Option<Day>) -> String {
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
    match style {
        Style::Plain => format!(
            "{outlet}. \u{201c}{title}.\u{201d} {}. {url}",
            m.date.display()
        ),
        Style::Apa => format!(
            "{}. ({year_br}, {month} {d}). {outlet}. {url}",
            sentence_case(title, article)
        ),
        Style::Mla => {
            let date = format!("{d} {} {y}", MONTHS_SHORT_MLA[mo as usize - 1]);
            let date = if inferred { format!("[{date}]") } else { date };
            let mut out = format!(
                "\u{201c}{title}.\u{201d} {outlet}, {date}, {}.",
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
        Style::ChicagoNote => {
            format!("\u{201c}{title},\u{201d} {outlet}, {month} {d}, {year_br}, {url}.")
        }
        Style::ChicagoBibliography => {
            format!("{outlet}. \u{201c}{title}.\u{201d} {month} {d}, {year_br}. {url}.")
        }
        Style::Wikipedia => {
            let mut out = format!(
                "{{{{cite news |url={url} |title={title} |work={outlet} |date={d} {month} {y}"
            );
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
            let key = format!(
                "{}{y}",
                s.outlet_abbreviation
                    .as_deref()
                    .unwrap_or(outlet)
                    .to_ascii_lowercase()
                    .replace(' ', "")
            );
            let mut out = format!(
                "@online{{{key},\n  title = {{{{{}}}}},\n  organization = {{{}}},\n  date = {{{}}},\n  url = {{{url}}},\n",
                bibtex_escape(title),
                bibtex_escape(outlet),
                m.date.value
            );
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
            let mut out = format!(
                "TY  - NEWS\nTI  - {title}\nT2  - {outlet}\nPY  - {y}\nDA  - {y}/{mo:02}/{d:02}/\nUR  - {url}\nLA  - {}\n",
                m.language
            );
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

/// "…," Maria Zakharova, Russian Foreign Ministry spokeswoman, quoted by Radio Habana Cuba,
/// 24 Nov 2017 (year inferred), <URL>.
pub fn quote_with_attribution(article: &Article, passage: &Passage, voice: &Voice) -> String {
    let date = &article.meta.date;
    let (y, mo, d) = date.ymd().unwrap_or((0, 1, 1));
    let short_month = &MONTHS[mo as usize - 1][..3];
    let inferred = if date.year_inferred {
        " (year inferred)"
    } else {
        ""
    };
    format!(
        "{} {}, {}, quoted by {}, {d} {short_month} {y}{inferred}, {}",
        passage.text.trim(),
        voice.name,
        voice.role,
        article.source.outlet,
        article.source.url
    )
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
