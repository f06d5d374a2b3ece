use crate::options::Theme;
use crate::prefs::{Choice, Font, Labels, Measure, ReadingPrefs, TextSize};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReadingControlsProps {
    pub prefs: ReadingPrefs,
    pub on_change: Callback<ReadingPrefs>,
    /// False when the browser refuses storage: the reader is told settings will not be kept.
    pub remembered: bool,
}

/// Text size, typeface, line width, theme and labels, as groups of toggle buttons.
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
            { group("Labels", buttons::<Labels>(prefs.labels, on_change, move |p, v| ReadingPrefs { labels: v, ..p }, prefs)) }
            <p class="av-hint" role="status">
                { if props.remembered { "Settings are kept in this browser." } else { "This browser does not let the viewer keep settings; they last for this visit." } }
            </p>
        </details>
    }
}

/// One setting's buttons. The generic part only lists the choices; the markup is built once,
/// by `button`, so that each setting does not bring its own copy of it into the wasm.
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
            let onclick = Callback::from(move |_: MouseEvent| on_change.emit(set(prefs, choice)));
            button(choice.name(), choice.label(), choice == current, onclick)
        })
        .collect()
}

fn button(
    name: &'static str,
    label: &'static str,
    pressed: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <button
            type="button"
            class="av-choice"
            data-choice={name}
            aria-pressed={if pressed { "true" } else { "false" }}
            {onclick}
        >{ label }</button>
    }
}
