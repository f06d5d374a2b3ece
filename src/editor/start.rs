//! The start form: paste an article's text (or drop or open a `.txt` file) and give what the
//! text does not say, then draft; or a web page (an `.html` file dropped or opened, or HTML
//! pasted from a page), whose text and metadata fill the form with where each came from; or
//! open an `article.json` (dropped or chosen) or the built-in article as it is.

use super::dom::{field_value, set_field_value};
use super::from_page::{
    fill_form, finish_draft, is_page_source, origin_message, page_error, page_fields, read_html,
    LoadedPage,
};
use crate::i18n::{Message, Strings};
use crate::import::page::MAX_PAGE_BYTES;
use crate::import::{import, ImportError, ImportOptions, MAX_IMPORT_BYTES};
use crate::model::{builtin_article, Article, DataError};
use crate::shared::Shared;
use wasm_bindgen::JsCast;
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
    // The web page last read into the form, if any.
    let page = use_state(|| None::<LoadedPage>);
    let open = props.on_open.clone();
    {
        // The form is filled after the render that added the page's language to the list.
        use_effect_with((*page).clone(), |page| {
            if let Some(page) = page {
                fill_form(page);
            }
        });
    }
    let on_draft = {
        let (said, open, page) = (said.clone(), open.clone(), page.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let options = import_options();
            match import(&field_value("ed-text"), &options) {
                Ok(mut draft) => {
                    finish_draft(&mut draft, page.as_ref(), &options);
                    open.emit((draft.article, false))
                }
                Err(e) => said.set(Some(Said::Error(import_error(&e)))),
            }
        })
    };
    let take_page = {
        let (said, page) = (said.clone(), page.clone());
        Callback::from(
            move |(html, loaded): (String, Message)| match read_html(&html) {
                Ok((text, meta)) => {
                    let serial = page.as_ref().map_or(0, |p| p.serial + 1);
                    page.set(Some(LoadedPage { meta, text, serial }));
                    said.set(Some(Said::Loaded(loaded)));
                }
                Err(e) => said.set(Some(Said::Error(import_error(&e)))),
            },
        )
    };
    let on_paste = {
        let take_page = take_page.clone();
        Callback::from(move |e: Event| {
            let Some(data) = e
                .dyn_ref::<web_sys::ClipboardEvent>()
                .and_then(|e| e.clipboard_data())
            else {
                return;
            };
            let html = data.get_data("text/html").unwrap_or_default();
            let plain = data.get_data("text/plain").unwrap_or_default();
            // HTML copied from a page, or a page's source pasted as text; anything without
            // article text in it pastes as it is.
            let source = if !html.trim().is_empty() {
                html
            } else if is_page_source(&plain) {
                plain
            } else {
                return;
            };
            if read_html(&source).is_ok() {
                e.prevent_default();
                take_page.emit((source, Message::new("editor.page.pasted", &[])));
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
        Callback::from(move |file: web_sys::File| {
            read_file(file, said.clone(), open.clone(), take_page.clone())
        })
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
    let origins = page_origins(page.as_ref(), s);
    let field = |label: &str, id: &'static str, kind: &'static str| {
        field(
            label,
            id,
            kind,
            origins
                .iter()
                .find(|(i, _)| *i == id)
                .map(|(_, o)| o.as_str()),
        )
    };
    // A page's language not in the list (`en-GB`, `it`) is offered as it is.
    let page_language = page
        .as_ref()
        .and_then(|p| p.meta.language.as_ref())
        .map(|l| l.value.clone())
        .filter(|l| !["en", "fr", "de", "es", "ru", "ar"].contains(&l.as_str()));
    let language_origin = origins
        .iter()
        .find(|(i, _)| *i == "ed-language")
        .map(|(_, o)| o.clone());
    let description = page.as_ref().map(|p| match &p.meta.description {
        Some(d) => html! {
            <p class="ed-page-description">
                <span class="ed-label">{ t("editor.description") }</span>{" "}
                <span id="ed-description">{ d.value.clone() }</span>{" "}
                <span class="ed-origin">{ s.fill("editor.page.from", &[("origin", &origin_message(d.origin).render(s))]) }</span>
            </p>
        },
        None => html! {},
    });
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
            <textarea id="ed-text" class="ed-text" rows="14" onpaste={on_paste} />
            <p class="ed-hint">{ t("editor.intro.page") }</p>
            <p class="ed-file">
                <label for="ed-file">{ t("editor.file") }</label>
                <input id="ed-file" type="file" accept=".txt,.json,.html,.htm,text/plain,application/json,text/html" onchange={on_choose} />
            </p>
            { for description }
            <div class="ed-meta">
                { field(&t("editor.title"), "ed-title", "text") }
                { field(&t("editor.authors"), "ed-authors", "text") }
                { field(&t("editor.outlet"), "ed-outlet", "text") }
                { field(&t("editor.url"), "ed-url", "url") }
                { field(&t("editor.date"), "ed-date", "date") }
                <label for="ed-language">{ t("editor.language") }</label>
                <select id="ed-language" aria-describedby={language_origin.as_ref().map(|_| "ed-language-origin")}>
                    // Selected by name: Yew inserts options last first, and a select picks
                    // the first one it is given.
                    <option value="" selected=true>{ t("editor.language.auto") }</option>
                    { for ["en", "fr", "de", "es", "ru", "ar"].map(|tag| html! {
                        <option value={tag}>{ t(&format!("editor.language.{tag}")) }</option>
                    }) }
                    { for page_language.map(|tag| html! { <option value={tag.clone()}>{ tag }</option> }) }
                </select>
                { for language_origin.map(|o| origin_line("ed-language", &o)) }
            </div>
            <p class="ed-hint">{ t("editor.optional") }</p>
            <div class="ed-actions">
                <button type="submit" class="ed-draft">{ t("editor.draft") }</button>
                <button type="button" class="ed-builtin" onclick={on_builtin}>{ t("editor.builtin") }</button>
            </div>
        </form>
    }
}

/// A file's text goes into the form (a `.txt`: the user still gives the metadata; a web page:
/// its article and metadata); an `article.json` opens as it is, or says by field path why it
/// cannot.
fn read_file(
    file: web_sys::File,
    said: UseStateHandle<Option<Said>>,
    open: Callback<(Article, bool)>,
    take_page: Callback<(String, Message)>,
) {
    let name = file.name();
    let lower = name.to_lowercase();
    let json = lower.ends_with(".json") || file.type_() == "application/json";
    let html = lower.ends_with(".html") || lower.ends_with(".htm") || file.type_() == "text/html";
    let limit = if json {
        MAX_JSON_BYTES
    } else if html {
        MAX_PAGE_BYTES
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
        if html || (!json && is_page_source(&text)) {
            let args = [("name", format!("{name:?}"))];
            return take_page.emit((text, Message::new("editor.page.loaded", &args)));
        }
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

/// Each page-filled field's id and, when a page is in the form, where its value came from
/// (or that the page does not state it).
fn page_origins(page: Option<&LoadedPage>, s: &Strings) -> Vec<(&'static str, String)> {
    let Some(page) = page else {
        return Vec::new();
    };
    page_fields(&page.meta)
        .into_iter()
        .map(|(id, found)| {
            let said = match found {
                Some((_, origin)) => s.fill(
                    "editor.page.from",
                    &[("origin", &origin_message(origin).render(s))],
                ),
                None => s.get("editor.page.missing").to_string(),
            };
            (id, said)
        })
        .collect()
}

fn field(label: &str, id: &'static str, kind: &'static str, origin: Option<&str>) -> Html {
    let described = origin.map(|_| format!("{id}-origin"));
    html! {
        <>
            <label for={id}>{ label.to_string() }</label>
            <input {id} type={kind} aria-describedby={described} />
            { for origin.map(|o| origin_line(id, o)) }
        </>
    }
}

/// Where the page said a value, under its field (the grid's second column).
fn origin_line(id: &str, origin: &str) -> Html {
    html! {
        <>
            <span class="ed-origin-gap" />
            <span class="ed-origin" id={format!("{id}-origin")}>{ origin.to_string() }</span>
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
        ImportError::Page(e) => page_error(e),
    }
}
