use crate::components::use_strings;
use crate::hooks::after_frame::after_next_frame;
use crate::i18n::Strings;
use crate::model::{Article, ArticleIndex};
use crate::shared::Shared;
use crate::state::{announcement, Filter};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilterStatusProps {
    pub article: Shared<Article>,
    pub index: Shared<ArticleIndex>,
    pub filter: Filter,
}

/// The live region's sentence ("Showing 2 of 17 passages: …") and the printed legend. They follow
/// the filter one frame late: the pressed button and the marks are what the reader waits for,
/// and a new sentence re-lays out the filter's column (more than the marks cost on the seed).
/// A polite live region is read after the change either way.
#[component]
pub fn FilterStatus(props: &FilterStatusProps) -> Html {
    let strings = use_strings();
    let shown = use_state_eq(|| props.filter.clone());
    {
        let setter = shown.setter();
        use_effect_with(props.filter.clone(), move |filter| {
            let filter = filter.clone();
            after_next_frame(move || setter.set(filter));
        });
    }
    html! {
        <>
            <p class="av-status" role="status" aria-live="polite">
                { announcement(&strings, &props.article, &props.index, &shown) }
            </p>
            <p class="av-print-legend">{ legend(&strings, &props.article, &shown) }</p>
        </>
    }
}

/// The printed legend: what the marks on the page mean for the current filter.
fn legend(strings: &Strings, article: &Article, filter: &Filter) -> String {
    if !filter.is_active() {
        return strings.get("legend.none").to_string();
    }
    let names: Vec<&str> = filter
        .selected_voices()
        .map(|v| article.voices[v].name.as_str())
        .collect();
    strings.fill(
        "legend.some",
        &[("names", &names.join(strings.get("list.separator")))],
    )
}
