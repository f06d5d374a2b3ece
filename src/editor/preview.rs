//! The draft in the viewer's own components, as readers will see it: in light or dark, and at
//! a phone's 320 px (the compact layout the viewer uses in a narrow column). Rebuilt on every
//! change of the article, so its counts, labels and filter always match the data.

use crate::app::{App, AppProps, Mode};
use crate::i18n::Strings;
use crate::model::Article;
use crate::options::{Options, Theme};
use crate::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    pub article: Shared<Article>,
    pub strings: Shared<Strings>,
    pub rev: u64,
}

#[component]
pub fn Preview(props: &PreviewProps) -> Html {
    let theme = use_state(|| Theme::Auto);
    let phone = use_state(|| false);
    let s = &props.strings;
    let choose_theme = |value: Theme| {
        let theme = theme.clone();
        Callback::from(move |_: Event| theme.set(value))
    };
    let on_phone = {
        let phone = phone.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                phone.set(input.checked());
            }
        })
    };
    // A new viewer for each change and each look: its state starts from the data and options.
    let key = format!("{}-{}-{}", props.rev, theme.as_str(), *phone);
    let props_for_app = AppProps {
        strings: s.clone(),
        downloads: false,
        options: Options {
            theme: Some(*theme),
            ..Options::default()
        },
        ..AppProps::new(
            Ok(props.article.clone()),
            if *phone { Mode::Script } else { Mode::Page },
        )
    };
    html! {
        <section class="ed-preview" aria-labelledby="ed-preview-h" data-phone={phone.to_string()}>
            <h2 id="ed-preview-h" class="ed-preview-heading">{ s.get("editor.preview") }</h2>
            <fieldset class="ed-preview-controls">
                <legend>{ s.get("editor.preview.options") }</legend>
                { for [(Theme::Auto, "editor.preview.auto"), (Theme::Light, "editor.preview.light"), (Theme::Dark, "editor.preview.dark")].map(|(value, key)| html! {
                    <label>
                        <input type="radio" name="ed-theme" value={value.as_str()} checked={*theme == value}
                            onchange={choose_theme(value)} />
                        { s.get(key) }
                    </label>
                }) }
                <label>
                    <input type="checkbox" class="ed-phone" checked={*phone} onchange={on_phone} />
                    { s.get("editor.preview.phone") }
                </label>
            </fieldset>
            <div class="ed-preview-frame">
                <App {key} ..props_for_app />
            </div>
        </section>
    }
}
