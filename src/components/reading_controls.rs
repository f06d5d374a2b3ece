use crate::components::use_strings;
use crate::hooks::use_disclosure::use_disclosure;
use crate::i18n::Strings;
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

/// Text size, typeface, line width, theme and labels, as groups of toggle buttons, made once
/// the panel is opened.
#[component]
pub fn ReadingControls(props: &ReadingControlsProps) -> Html {
    let (details, opened, ontoggle) = use_disclosure();
    let strings = use_strings();
    let prefs = props.prefs;
    let group = |label: &str, options: Html| {
        html! {
            <div class="av-setting" role="group" aria-label={label.to_string()}>
                <span class="av-setting-label" aria-hidden="true">{ label.to_string() }</span>
                { options }
            </div>
        }
    };
    let on_change = &props.on_change;
    let s = &strings;
    html! {
        <details class="av-reading" ref={details} {ontoggle}>
            <summary>{ s.get("reading.summary") }</summary>
            if opened {
                { group(s.get("reading.size"), buttons::<TextSize>(s, prefs.text_size, on_change, move |p, v| ReadingPrefs { text_size: v, ..p }, prefs)) }
                { group(s.get("reading.font"), buttons::<Font>(s, prefs.font, on_change, move |p, v| ReadingPrefs { font: v, ..p }, prefs)) }
                { group(s.get("reading.measure"), buttons::<Measure>(s, prefs.measure, on_change, move |p, v| ReadingPrefs { measure: v, ..p }, prefs)) }
                { group(s.get("reading.theme"), buttons::<Theme>(s, prefs.theme, on_change, move |p, v| ReadingPrefs { theme: v, ..p }, prefs)) }
                { group(s.get("reading.labels"), buttons::<Labels>(s, prefs.labels, on_change, move |p, v| ReadingPrefs { labels: v, ..p }, prefs)) }
                <p class="av-hint" role="status">
                    { s.get(if props.remembered { "reading.kept" } else { "reading.not_kept" }) }
                </p>
            }
        </details>
    }
}

/// One setting's buttons. The generic part only lists the choices; the markup is built once,
/// by `button`, so that each setting does not bring its own copy of it into the wasm.
fn buttons<C: Choice>(
    strings: &Strings,
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
            let label = strings
                .get(&format!("choice.{}.{}", C::GROUP, choice.name()))
                .to_string();
            button(choice.name(), label, choice == current, onclick)
        })
        .collect()
}

fn button(name: &'static str, label: String, pressed: bool, onclick: Callback<MouseEvent>) -> Html {
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
