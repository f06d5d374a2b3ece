//! Citations of the seed article in each style, checked against each guide's pattern for a news
//! web page with no author (the outlet takes the author's place where the style says so), with
//! the inferred year marked as the style expects.
#![cfg(not(target_arch = "wasm32"))]

use article_viewer::citation::{cite, quote_with_attribution, sentence_case, Day, Style};
use article_viewer::i18n::Strings;
use article_viewer::model::{builtin_article, Article, Author};
use article_viewer::options::Theme;
use article_viewer::prefs::{reading_time, Font, Labels, Measure, ReadingPrefs, TextSize};

const URL: &str = "https://www.radiohc.cu/en/noticias/internacionales/148335-russia-says-us-military-presence-in-syria-resembles-occupation";
const TITLE: &str = "Russia Says U.S. Military Presence in Syria Resembles Occupation";
const TODAY: Day = Day {
    year: 2026,
    month: 11,
    day: 25,
};

fn c(style: Style) -> String {
    cite(
        &Strings::english(),
        &builtin_article().unwrap(),
        style,
        Some(TODAY),
    )
}

#[test]
fn plain_text_marks_the_inferred_year() {
    assert_eq!(
        c(Style::Plain),
        format!(
            "Radio Habana Cuba. \u{201c}{TITLE}.\u{201d} 24 November 2017 (year inferred). {URL}"
        )
    );
}

#[test]
fn apa_7_puts_the_title_first_in_sentence_case_and_brackets_the_supplied_year() {
    // APA 7, news website without an author: Title. (Year, Month Day). Site Name. URL
    assert_eq!(
        c(Style::Apa),
        format!("Russia says U.S. military presence in Syria resembles occupation. ([2017], November 24). Radio Habana Cuba. {URL}")
    );
}

#[test]
fn mla_9_abbreviates_months_drops_the_scheme_and_brackets_supplied_dates() {
    // MLA 9: "Title." Website, Day Mon. Year, URL without https://. Accessed Day Mon. Year.
    assert_eq!(
        c(Style::Mla),
        format!("\u{201c}{TITLE}.\u{201d} Radio Habana Cuba, [24 Nov. 2017], {}. Accessed 25 Nov. 2026.", &URL[8..])
    );
}

#[test]
fn chicago_note_and_bibliography() {
    assert_eq!(
        c(Style::ChicagoNote),
        format!("\u{201c}{TITLE},\u{201d} Radio Habana Cuba, November 24, [2017], {URL}.")
    );
    assert_eq!(
        c(Style::ChicagoBibliography),
        format!("Radio Habana Cuba. \u{201c}{TITLE}.\u{201d} November 24, [2017]. {URL}.")
    );
}

#[test]
fn wikipedia_cite_news_has_the_required_parameters() {
    let w = c(Style::Wikipedia);
    assert!(w.starts_with("{{cite news |url=https://www.radiohc.cu/"));
    for part in [
        &format!("|title={TITLE}"),
        "|work=Radio Habana Cuba",
        "|date=24 November 2017",
        "|access-date=25 November 2026",
        "|archive-url=https://web.archive.org/web/*/https://www.radiohc.cu/",
        "|url-status=live}}",
        "<!-- year inferred",
    ] {
        assert!(w.contains(part), "{part} in {w}");
    }
}

#[test]
fn bibtex_and_ris_are_well_formed() {
    let b = c(Style::BibTex);
    assert!(b.starts_with("@online{rhc2017,\n"));
    assert!(b.contains(&format!("  title = {{{{{TITLE}}}}},\n")));
    assert!(b.contains("  date = {2017-11-24},\n") && b.contains("  urldate = {2026-11-25},\n"));
    assert!(b.ends_with('}'));
    assert_eq!(b.matches('{').count(), b.matches('}').count());
    let r = c(Style::Ris);
    let lines: Vec<&str> = r.lines().collect();
    assert_eq!(lines.first(), Some(&"TY  - NEWS"));
    assert_eq!(lines.last(), Some(&"ER  - "));
    assert!(lines.contains(&"DA  - 2017/11/24/") && lines.contains(&"T2  - Radio Habana Cuba"));
    assert!(
        lines.iter().all(|l| l.len() >= 6 && &l[2..6] == "  - "),
        "{lines:?}"
    );
}

#[test]
fn a_copied_quote_carries_its_attribution() {
    let a = builtin_article().unwrap();
    let quote = &a.paragraphs[1].passages[0];
    assert_eq!(
        quote_with_attribution(&Strings::english(), &a, quote, &a.voices[0]),
        format!("\"They are there against the will of the legitimate government of Syria, without legal basis, so in fact their behavior closely resembles that of an occupation,\" Maria Zakharova, Russian Foreign Ministry spokeswoman, quoted by Radio Habana Cuba, 24 November 2017 (year inferred), {URL}")
    );
}

#[test]
fn sentence_case_keeps_names_and_abbreviations() {
    assert_eq!(
        sentence_case(TITLE, &builtin_article().unwrap()),
        "Russia says U.S. military presence in Syria resembles occupation"
    );
}

#[test]
fn reading_settings_round_trip_and_ignore_junk() {
    let p = ReadingPrefs {
        text_size: TextSize::Xl,
        font: Font::Sans,
        measure: Measure::Wide,
        theme: Theme::Sepia,
        labels: Labels::All,
    };
    assert_eq!(ReadingPrefs::from_storage(&p.to_storage()), p);
    assert_eq!(
        ReadingPrefs::from_storage("labels=none").labels,
        Labels::None
    );
    let junk = ReadingPrefs::from_storage("size=<script>&font=sans&theme=purple&x=1");
    assert_eq!(
        junk,
        ReadingPrefs {
            font: Font::Sans,
            ..ReadingPrefs::default()
        }
    );
    assert_eq!(reading_time(&Strings::english(), 331), "2 min read");
    assert_eq!(
        reading_time(&Strings::english(), 1000),
        "4\u{2013}5 min read"
    );
    assert_eq!(reading_time(&Strings::english(), 10), "1 min read");
}

/// The seed with another byline, title, outlet, date and URL: the guides' own examples.
fn example(
    given: &str,
    family: &str,
    title: &str,
    outlet: &str,
    date: &str,
    url: &str,
    body: &str,
) -> Article {
    let mut a = builtin_article().unwrap();
    a.meta.authors = vec![Author {
        given: given.into(),
        family: family.into(),
    }];
    a.meta.title = title.into();
    a.meta.date.value = date.into();
    a.meta.date.year_inferred = false;
    a.source.outlet = outlet.into();
    a.source.url = url.into();
    a.paragraphs[5].passages[0].text = body.into();
    assert_eq!(a.validate(), []);
    a
}

#[test]
fn apa_7_published_example_news_website() {
    // APA Style, "News website article references".
    let a = example(
        "Carolyn",
        "Bologna",
        "Why Some People With Anxiety Love Watching Horror Movies",
        "HuffPost",
        "2019-10-31",
        "https://www.huffpost.com/entry/anxiety-reduce-horror-movies_l_5d277587e4b02a5a5d57b59e",
        "Why do some people with anxiety love watching horror movies?",
    );
    assert_eq!(
        cite(&Strings::english(), &a, Style::Apa, None),
        "Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. https://www.huffpost.com/entry/anxiety-reduce-horror-movies_l_5d277587e4b02a5a5d57b59e"
    );
}

#[test]
fn mla_9_published_example_article_on_a_website() {
    // Purdue OWL, MLA: a page on a website, with an access date.
    let a = example(
        "Mark",
        "Bernstein",
        "10 Tips on Writing the Living Web",
        "A List Apart: For People Who Make Websites",
        "2002-08-16",
        "https://alistapart.com/article/writeliving",
        "Tips.",
    );
    assert_eq!(
        cite(&Strings::english(), &a, Style::Mla, Some(Day { year: 2009, month: 5, day: 4 })),
        "Bernstein, Mark. \u{201c}10 Tips on Writing the Living Web.\u{201d} A List Apart: For People Who Make Websites, 16 Aug. 2002, alistapart.com/article/writeliving. Accessed 4 May 2009."
    );
}

#[test]
fn chicago_17_published_example_news_article() {
    // The Chicago Manual of Style, notes and bibliography quick guide: news or magazine article.
    let url = "https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html";
    let a = example(
        "Farhad",
        "Manjoo",
        "Snap Makes a Bet on the Cultural Supremacy of the Camera",
        "New York Times",
        "2017-03-08",
        url,
        "Snap.",
    );
    assert_eq!(
        cite(&Strings::english(), &a, Style::ChicagoNote, None),
        format!("Farhad Manjoo, \u{201c}Snap Makes a Bet on the Cultural Supremacy of the Camera,\u{201d} New York Times, March 8, 2017, {url}.")
    );
    assert_eq!(
        cite(&Strings::english(), &a, Style::ChicagoBibliography, None),
        format!("Manjoo, Farhad. \u{201c}Snap Makes a Bet on the Cultural Supremacy of the Camera.\u{201d} New York Times, March 8, 2017. {url}.")
    );
}

#[test]
fn several_authors_follow_each_style() {
    let mut a = example(
        "Mary Jane",
        "Doe",
        "A Title",
        "Outlet",
        "2020-01-02",
        "https://example.org/a",
        "Text.",
    );
    a.meta.authors.push(Author {
        given: "John".into(),
        family: "Roe".into(),
    });
    a.meta.authors.push(Author {
        given: "Ann".into(),
        family: "Poe".into(),
    });
    assert!(cite(&Strings::english(), &a, Style::Apa, None)
        .starts_with("Doe, M. J., Roe, J., & Poe, A. (2020, January 2)."));
    assert!(cite(&Strings::english(), &a, Style::Mla, None)
        .starts_with("Doe, Mary Jane, et al. \u{201c}A Title.\u{201d}"));
    assert!(
        cite(&Strings::english(), &a, Style::ChicagoBibliography, None)
            .starts_with("Doe, Mary Jane, John Roe, and Ann Poe. ")
    );
    assert!(cite(&Strings::english(), &a, Style::ChicagoNote, None)
        .starts_with("Mary Jane Doe, John Roe, and Ann Poe, "));
    assert!(cite(&Strings::english(), &a, Style::BibTex, None)
        .contains("  author = {Doe, Mary Jane and Roe, John and Poe, Ann},\n"));
    assert!(cite(&Strings::english(), &a, Style::Ris, None)
        .contains("AU  - Doe, Mary Jane\nAU  - Roe, John\nAU  - Poe, Ann\n"));
    assert!(cite(&Strings::english(), &a, Style::Wikipedia, None)
        .starts_with("{{cite news |last1=Doe |first1=Mary Jane |last2=Roe |first2=John"));
}
