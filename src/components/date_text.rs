use crate::model::PublicationDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DateTextProps {
    pub date: PublicationDate,
}

/// A date, with an inferred year marked as such and the reason one click (or Enter) away.
/// Used wherever the article's date appears.
#[component]
pub fn DateText(props: &DateTextProps) -> Html {
    let date = &props.date;
    if date.is_missing() {
        return html! { <span class="av-date av-missing">{ "date not given" }</span> };
    }
    let time = html! { <time datetime={date.value.clone()}>{ date.day_month_year() }</time> };
    if !date.year_inferred {
        return time;
    }
    html! {
        <span class="av-date">
            { time }
            <details class="av-inferred">
                <summary>{ "year inferred" }</summary>
                <span class="av-inferred-reason">
                    { format!("The source prints only \u{201c}{}\u{201d}. ", date.printed) }
                    { date.reason.clone().unwrap_or_default() }
                </span>
            </details>
        </span>
    }
}
