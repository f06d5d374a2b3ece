//! The start form: paste an article's text (or drop or open a `.txt` file) and give what the
//! text does not say, then draft; or open an `article.json` (dropped or chosen) or the built-in
//! article as it is.

use super::dom::{field_value, set_field_value};
use crate::i18n::{Message, Strings};
use crate::import::{import, ImportError, ImportOptions, MAX_IMPORT_BYTES};
use crate::model::{builtin_article, Article, DataError};
use crate::shared::Shared;
use yew::prelude::*;

/// An `article.json` may be larger than the text it annotates, but not without bound.
const MAX_JSON_BYTES: usize = 4 * MAX_IMPORT_BYTES;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub strings: Shared<Strings>,
    /// An article to correct, and whether it has been published before (an `article.json`,
    /// the built-in article): then its voice ids are already in links, and stay.
    pub on_open: Callback<(Article, bool)>,
}

/// What the form has to say: a problem, or what a file brought.
#[derive(Clone, PartialEq)]
enum Said {
    Error(Message),
    /// Why an `article.json` cannot be opened, by field path.
    Invalid(Vec<DataError>),
    Loaded(Message),
}

#[component]
pub fn StartForm(props: &StartProps) -> Html {
    let said = use_state(|| None::<Said>);
    let dragging = use_state(|| false);
    let open = props.on_open.clone();
    let on_draft = {
        let (said, open) = (said.clone(), open.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match import(&field_value("ed-text"), &import_options()) {
                Ok(draft) => open.emit((draft.article, false)),
                Err(e) => said.set(Some(Said::Error(import_error(&e)))),
            }
        })
    };
    let on_builtin = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| {
            if let Ok(article) = builtin_article() {
                open.emit((article, true));
            }
        })
    };
    let take_file = {
        let (said, open) = (said.clone(), open.clone());
        Callback::from(move |file: web_sys::File| read_file(file, said.clone(), open.clone()))
    };
    let on_choose = {
        let take_file = take_file.clone();
        Callback::from(move |e: Event| {
            let input: Option<web_sys::HtmlInputElement> = e.target_dyn_into();
            if let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) {
                take_file.emit(file);
            }
        })
    };
    let on_dragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default(); // lets the form take the drop
            dragging.set(true);
        })
    };
    let on_dragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                take_file.emit(file);
            }
        })
    };
    let s = &props.strings;
    let t = |key: &str| s.get(key).to_string();
    let message = match &*said {
        Some(Said::Error(message)) => html! {
            <div class="ed-error" role="alert"><p>{ message.render(s) }</p></div>
        },
        Some(Said::Invalid(errors)) => html! {
            <div class="ed-error" role="alert">
                <p>{ s.get("editor.error.invalid") }</p>
                <ul>{ for errors.iter().map(|e| html! { <li>{ e.render(s) }</li> }) }</ul>
            </div>
        },
        Some(Said::Loaded(message)) => {
            html! { <p class="ed-loaded" role="status">{ message.render(s) }</p> }
        }
        None => html! { <p class="ed-loaded" role="status" /> },
    };
    html! {
        <form class="ed-start" data-dragging={dragging.to_string()} onsubmit={on_draft}
            ondragover={on_dragover} ondragleave={on_dragleave} ondrop={on_drop}>
            <h1>{ t("editor.heading") }</h1>
            <p>{ t("editor.intro") }</p>
            { message }
            <label for="ed-text">{ t("editor.text") }</label>
            <textarea id="ed-text" class="ed-text" rows="14" />
            <p class="ed-file">
                <label for="ed-file">{ t("editor.file") }</label>
                <input id="ed-file" type="file" accept=".txt,.json,text/plain,application/json" onchange={on_choose} />
            </p>
            <div class="ed-meta">
                { field(&t("editor.title"), "ed-title", "text") }
                { field(&t("editor.outlet"), "ed-outlet", "text") }
                { field(&t("editor.url"), "ed-url", "url") }
                { field(&t("editor.date"), "ed-date", "date") }
                <label for="ed-language">{ t("editor.language") }</label>
                <select id="ed-language">
                    // Selected by name: Yew inserts options last first, and a select picks
                    // the first one it is given.
                    <option value="" selected=true>{ t("editor.language.auto") }</option>
                    { for ["en", "fr", "de", "es", "ru", "ar"].map(|tag| html! {
                        <option value={tag}>{ t(&format!("editor.language.{tag}")) }</option>
                    }) }
                </select>
            </div>
            <p class="ed-hint">{ t("editor.optional") }</p>
            <div class="ed-actions">
                <button type="submit" class="ed-draft">{ t("editor.draft") }</button>
                <button type="button" class="ed-builtin" onclick={on_builtin}>{ t("editor.builtin") }</button>
            </div>
        </form>
    }
}

/// A file's text goes into the form (a `.txt`: the user still gives the metadata); an
/// `article.json` opens as it is, or says by field path why it cannot.
fn read_file(
    file: web_sys::File,
    said: UseStateHandle<Option<Said>>,
    open: Callback<(Article, bool)>,
) {
    let name = file.name();
    let json = name.to_lowercase().ends_with(".json") || file.type_() == "application/json";
    let limit = if json {
        MAX_JSON_BYTES
    } else {
        MAX_IMPORT_BYTES
    };
    let size = file.size() as usize;
    if size > limit {
        let args = [("size", size.to_string()), ("limit", limit.to_string())];
        return said.set(Some(Said::Error(Message::new(
            "editor.error.too_large",
            &args,
        ))));
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string());
        let Some(text) = text else {
            return said.set(Some(Said::Error(Message::new(
                "editor.error.not_text",
                &[],
            ))));
        };
        if !json {
            set_field_value("ed-text", &text);
            let args = [("name", format!("{name:?}"))];
            return said.set(Some(Said::Loaded(Message::new(
                "editor.file.loaded",
                &args,
            ))));
        }
        match Article::parse(&text) {
            Ok(article) => open.emit((article, true)),
            Err(errors) => said.set(Some(Said::Invalid(errors))),
        }
    });
}

/// What the user gave; nothing is guessed, so an empty field stays missing.
fn import_options() -> ImportOptions {
    let given = |id: &str| Some(field_value(id)).filter(|v| !v.is_empty());
    ImportOptions {
        language: given("ed-language"),
        title: given("ed-title"),
        outlet: given("ed-outlet"),
        url: given("ed-url"),
        date: given("ed-date"),
        ..ImportOptions::default()
    }
}

fn field(label: &str, id: &'static str, kind: &'static str) -> Html {
    html! {
        <>
            <label for={id}>{ label.to_string() }</label>
            <input {id} type={kind} />
        </>
    }
}

/// The importer's refusal, in the interface's language.
fn import_error(error: &ImportError) -> Message {
    match error {
        ImportError::Empty => Message::new("editor.error.empty", &[]),
        ImportError::TooLarge { bytes } => Message::new(
            "editor.error.too_large",
            &[
                ("size", bytes.to_string()),
                ("limit", MAX_IMPORT_BYTES.to_string()),
            ],
        ),
        ImportError::NotUtf8 { .. } | ImportError::Binary { .. } => {
            Message::new("editor.error.not_text", &[])
        }
        ImportError::Option { field, message } => Message::new(
            "editor.error.option",
            &[("field", field.to_string()), ("detail", message.clone())],
        ),
    }
}
