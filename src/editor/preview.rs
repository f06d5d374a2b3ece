//! The draft in the viewer's own components, as readers will see it: in light or dark, and at
//! a phone's 320 px (the compact layout the viewer uses in a narrow column). Rebuilt on every
//! change of the article, so its counts, labels and filter always match the data; one task
//! after the change, so that the step's announcement and the panels show at once (a long
//! article takes the viewer a moment to build) and a burst of steps rebuilds it once.

use crate::app::{App, AppProps, Mode};
use crate::hooks::after_frame::after_next_frame;
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
    // The article the preview shows, and its revision (`data-rev`, for whoever waits for it).
    let shown = use_state(|| (props.article.clone(), props.rev));
    let wanted = use_mut_ref(|| props.rev);
    {
        let shown = shown.clone();
        use_effect_with((props.article.clone(), props.rev), move |(article, rev)| {
            *wanted.borrow_mut() = *rev;
            if shown.1 != *rev {
                let (article, rev) = (article.clone(), *rev);
                // After the frame that shows the step; only the latest of a burst is built.
                after_next_frame(move || {
                    if *wanted.borrow() == rev {
                        shown.set((article, rev));
                    }
                });
            }
        });
    }
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
    html! {
        <section class="ed-preview" aria-labelledby="ed-preview-h" data-phone={phone.to_string()}
            data-rev={shown.1.to_string()}>
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
                <Viewer article={shown.0.clone()} rev={shown.1} theme={*theme} phone={*phone} strings={s.clone()} />
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ViewerProps {
    article: Shared<Article>,
    rev: u64,
    theme: Theme,
    phone: bool,
    strings: Shared<Strings>,
}

/// The viewer itself, re-rendered only when what it shows changes (not on every step of the
/// panels beside it: a long article takes it a moment).
#[component]
fn Viewer(props: &ViewerProps) -> Html {
    // A new viewer for each change and each look: its state starts from the data and options.
    let key = format!("{}-{}-{}", props.rev, props.theme.as_str(), props.phone);
    let app = AppProps {
        strings: props.strings.clone(),
        downloads: false,
        options: Options {
            theme: Some(props.theme),
            ..Options::default()
        },
        ..AppProps::new(
            Ok(props.article.clone()),
            if props.phone {
                Mode::Script
            } else {
                Mode::Page
            },
        )
    };
    html! { <App {key} ..app /> }
}
