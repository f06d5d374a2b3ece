use crate::options::Theme;
use crate::prefs::{Choice, Font, Measure, ReadingPrefs, TextSize};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadingControlsProps {
    pub prefs: ReadingPrefs,
    pub on_change: Callback<ReadingPrefs>,
    /// False when the browser refuses storage: the reader is told settings will not be kept.
    pub remembered: bool,
}

/// Text size, typeface, line width and theme, as groups of toggle buttons.
#[component]
pub fn ReadingControls(props: &ReadingControlsProps) -> Html {
    let prefs = props.prefs;
    let group = |label: &'static str, options: Html| {
        html! {
            <div class="av-setting" role="group" aria-label={label}>
                <span class="av-setting-label" aria-hidden="true">{ label }</span>
                { options }
            </div>
        }
    };
    let on_change = &props.on_change;
    html! {
        <details class="av-reading">
            <summary>{ "Reading settings" }</summary>
            { group("Text size", buttons::<TextSize>(prefs.text_size, on_change, move |p, v| ReadingPrefs { text_size: v, ..p }, prefs)) }
            { group("Typeface", buttons::<Font>(prefs.font, on_change, move |p, v| ReadingPrefs { font: v, ..p }, prefs)) }
            { group("Line width", buttons::<Measure>(prefs.measure, on_change, move |p, v| ReadingPrefs { measure: v, ..p }, prefs)) }
            { group("Theme", buttons::<Theme>(prefs.theme, on_change, move |p, v| ReadingPrefs { theme: v, ..p }, prefs)) }
            <p class="av-hint" role="status">
                { if props.remembered { "Settings are kept in this browser." } else { "This browser does not let the viewer keep settings; they last for this visit." } }
            </p>
        </details>
    }
}

fn buttons<C: Choice>(
    current: C,
    on_change: &Callback<ReadingPrefs>,
    set: fn(ReadingPrefs, C) -> ReadingPrefs,
    prefs: ReadingPrefs,
) -> Html {
    C::ALL
        .iter()
        .map(|&choice| {
            let on_change = on_change.clone();
            html! {
                <button
                    type="button"
                    class="av-choice"
                    data-choice={choice.name()}
                    aria-pressed={(choice == current).to_string()}
                    onclick={Callback::from(move |_| on_change.emit(set(prefs, choice)))}
                >{ choice.label() }</button>
            }
        })
        .collect()
}
