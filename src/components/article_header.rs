use crate::citation::given_family;
use crate::components::date_text::date_text;
use crate::components::use_strings;
use crate::i18n::text_direction;
use crate::model::Article;
use crate::prefs::reading_time;
use crate::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleHeaderProps {
    pub article: Shared<Article>,
    /// The article's words, counted once in `ArticleIndex`.
    pub words: usize,
}

/// Title, dateline as printed, and the date with its inferred year explained.
#[component]
pub fn ArticleHeader(props: &ArticleHeaderProps) -> Html {
    let strings = use_strings();
    let meta = &props.article.meta;
    let authors: Vec<String> = meta.authors.iter().map(given_family).collect();
    // The interface's language, with the article's own words (title, dateline) in theirs.
    let (lang, dir) = (meta.language.clone(), text_direction(&meta.language));
    html! {
        <header class="av-article-header">
            if meta.title.is_empty() {
                <h1 class="av-title av-missing" id="av-title">{ strings.get("header.untitled") }</h1>
            } else {
                <h1 class="av-title" id="av-title" lang={lang.clone()} {dir}>{ &meta.title }</h1>
            }
            if !meta.authors.is_empty() {
                <p class="av-byline">{ strings.fill("header.byline", &[("names", &strings.list(&authors))]) }</p>
            }
            <div class="av-dateline">
                if !meta.dateline.is_empty() {
                    <span class="av-dateline-text" {lang} {dir}>{ &meta.dateline }</span>
                }
                { date_text(&strings, &meta.date) }
                <span class="av-reading-time">{ reading_time(&strings, props.words) }</span>
            </div>
        </header>
    }
}
