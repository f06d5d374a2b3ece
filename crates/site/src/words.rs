//! The site's words in its locale: the viewer's catalogue (numbers, dates, plurals) with the
//! site's own (`crates/site/locales/<tag>.json`) over it, English filling any gap.

use article_model::i18n::{Locale, Strings};

pub const SITE_ENGLISH: &str = include_str!("../locales/en.json");

/// Each locale's (viewer catalogue, site catalogue).
pub fn catalogues(locale: Locale) -> (&'static str, &'static str) {
    match locale {
        Locale::En => (article_model::i18n::ENGLISH_JSON, SITE_ENGLISH),
        Locale::Fr => (
            include_str!("../../../static/locales/fr.json"),
            include_str!("../locales/fr.json"),
        ),
        Locale::De => (
            include_str!("../../../static/locales/de.json"),
            include_str!("../locales/de.json"),
        ),
        Locale::Es => (
            include_str!("../../../static/locales/es.json"),
            include_str!("../locales/es.json"),
        ),
        Locale::Ru => (
            include_str!("../../../static/locales/ru.json"),
            include_str!("../locales/ru.json"),
        ),
        Locale::Ar => (
            include_str!("../../../static/locales/ar.json"),
            include_str!("../locales/ar.json"),
        ),
    }
}

pub struct Words {
    pub strings: Strings,
    /// The site catalogue's keys that the browser's script uses, as JSON for the page.
    pub script_json: String,
}

impl Words {
    /// The catalogues are compiled in and checked by the tests, so they always parse.
    pub fn new(locale: Locale) -> Words {
        let (viewer, site) = catalogues(locale);
        let strings = Strings::parse(locale, viewer)
            .and_then(|s| s.with(site, SITE_ENGLISH))
            .unwrap_or_else(|_| {
                Strings::english()
                    .as_ref()
                    .clone()
                    .with(SITE_ENGLISH, SITE_ENGLISH)
                    .unwrap_or_else(|_| Strings::english().as_ref().clone())
            });
        let mut script = serde_json::Map::new();
        let english = Strings::parse_raw(SITE_ENGLISH).unwrap_or_default();
        for key in english.keys().filter(|k| k.starts_with("js.")) {
            script.insert(key.clone(), strings.get(key).into());
        }
        for key in [
            "number.digits",
            "number.group",
            "number.min_group",
            "header.untitled",
        ] {
            script.insert(key.into(), strings.get(key).into());
        }
        Words {
            strings,
            script_json: serde_json::Value::Object(script).to_string(),
        }
    }

    pub fn locale(&self) -> Locale {
        self.strings.locale
    }

    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.strings.get(key)
    }

    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.strings.fill(key, args)
    }

    pub fn count(&self, key: &str, n: usize) -> String {
        self.strings.count(key, n, &[])
    }

    pub fn number(&self, n: usize) -> String {
        self.strings.number(n)
    }

    /// An ISO date as the locale writes it; "date not given" for none.
    pub fn date(&self, iso: &str) -> String {
        match (iso.get(..4), iso.get(5..7), iso.get(8..10)) {
            (Some(y), Some(m), Some(d)) if iso.len() == 10 => {
                self.strings
                    .date(y, m.parse().unwrap_or(1), d.parse().unwrap_or(1))
            }
            _ => self.get("date.not_given").to_string(),
        }
    }

    /// `YYYY-MM` as "March 2026".
    pub fn month(&self, ym: &str) -> String {
        let month: u32 = ym.get(5..7).and_then(|m| m.parse().ok()).unwrap_or(1);
        self.fill(
            "site.month_year",
            &[
                ("month", self.get(&format!("site.month_name.{month}"))),
                (
                    "year",
                    &self.strings.localise_digits(ym.get(..4).unwrap_or(ym)),
                ),
            ],
        )
    }

    /// A language's name in the interface's language, or its tag for one we have no name for.
    pub fn language(&self, tag: &str) -> String {
        match Locale::from_tag(tag) {
            Some(l) => self.get(&format!("site.language.{}", l.tag())).to_string(),
            None => tag.to_string(),
        }
    }
}
