use crate::i18n::Strings;
use crate::model::PublicationDate;
use yew::prelude::*;

/// A date, with an inferred year marked as such and the reason one click (or Enter) away.
/// Used wherever the article's date appears. The disclosure is flow content, so the whole is
/// a `div` (laid out inline): HTML allows no `details` inside a `p` or a `span`. A function, not
/// a component: it has no state, and each component costs the wasm its own machinery.
pub fn date_text(strings: &Strings, date: &PublicationDate) -> Html {
    if date.is_missing() {
        return html! { <span class="av-date av-missing">{ date.display_in(strings) }</span> };
    }
    let time =
        html! { <time datetime={date.value.clone()}>{ date.day_month_year(strings) }</time> };
    if !date.year_inferred {
        return time;
    }
    // The data's reason says what the source prints; say it ourselves only when it gives none.
    let reason = match date.reason.as_deref().filter(|r| !r.trim().is_empty()) {
        Some(reason) => reason.to_string(),
        None => strings.fill("date.printed_only", &[("printed", &date.printed)]),
    };
    html! {
        <div class="av-date">
            { time }
            <details class="av-inferred">
                <summary>{ strings.get("date.inferred") }</summary>
                <p class="av-inferred-reason">{ reason }</p>
            </details>
        </div>
    }
}
