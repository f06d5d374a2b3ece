use crate::citation::names;
use crate::components::date_text::DateText;
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
    let meta = &props.article.meta;
    html! {
        <header class="av-article-header" lang={meta.language.clone()}>
            if meta.title.is_empty() {
                <h1 class="av-title av-missing" id="av-title">{ "Untitled article" }</h1>
            } else {
                <h1 class="av-title" id="av-title">{ &meta.title }</h1>
            }
            if !meta.authors.is_empty() {
                <p class="av-byline">{ format!("By {}", names(&meta.authors)) }</p>
            }
            <div class="av-dateline">
                if !meta.dateline.is_empty() {
                    <span class="av-dateline-text">{ &meta.dateline }</span>
                }
                <DateText date={meta.date.clone()} />
                <span class="av-reading-time">{ reading_time(props.words) }</span>
            </div>
        </header>
    }
}
