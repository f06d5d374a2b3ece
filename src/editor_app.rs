//! The editor page (`editor.html`, its own wasm): paste an article's text, or open the built-in
//! article; the importer drafts who says what in the browser; the draft shows in the viewer's
//! own components, with how many passages the importer was unsure of; `article.json` downloads.
//! Correcting the draft (the commands in `edit.rs`) comes next.

use crate::app::{App, AppProps, Mode};
use crate::i18n::{Message, Strings};
use crate::import::{import, ImportError, ImportOptions, MAX_IMPORT_BYTES};
use crate::model::{builtin_article, Article};
use crate::shared::Shared;
use yew::prelude::*;

/// The editor's own strings in English, over the viewer's (the others are fetched with them).
pub const EDITOR_ENGLISH_JSON: &str = include_str!("../static/locales/editor/en.json");

/// Passages the importer gave less confidence than this are worth a second look.
pub const LOW_CONFIDENCE: u8 = 60;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    #[prop_or_else(|| Shared(Strings::english()))]
    pub strings: Shared<Strings>,
}

#[component]
pub fn EditorApp(props: &EditorProps) -> Html {
    let strings = props.strings.clone();
    let draft = use_state(|| None::<Shared<Article>>);
    let error = use_state(|| None::<Message>);
    let on_draft = {
        let (draft, error) = (draft.clone(), error.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match import(&field_value("ed-text"), &import_options()) {
                Ok(d) => {
                    error.set(None);
                    draft.set(Some(Shared::new(d.article)));
                }
                Err(e) => error.set(Some(import_error(&e))),
            }
        })
    };
    let on_builtin = {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| draft.set(builtin_article().ok().map(Shared::new)))
    };
    let t = |key: &str| strings.get(key).to_string();
    let body = match &*draft {
        None => html! {
            <form class="ed-start" onsubmit={on_draft}>
                <h1>{ t("editor.heading") }</h1>
                <p>{ t("editor.intro") }</p>
                if let Some(message) = &*error {
                    <p class="ed-error" role="alert">{ message.render(&strings) }</p>
                }
                <label for="ed-text">{ t("editor.text") }</label>
                <textarea id="ed-text" class="ed-text" rows="14" />
                <div class="ed-meta">
                    { field(&t("editor.title"), "ed-title", "text") }
                    { field(&t("editor.outlet"), "ed-outlet", "text") }
                    { field(&t("editor.url"), "ed-url", "url") }
                    { field(&t("editor.date"), "ed-date", "date") }
                    <label for="ed-language">{ t("editor.language") }</label>
                    <select id="ed-language">
                        // Selected by name: Yew inserts options last first, and a select
                        // picks the first one it is given.
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
        },
        Some(article) => {
            let low = doubtful(article).len();
            let on_download = {
                let article = article.clone();
                Callback::from(move |_: MouseEvent| {
                    if let Ok(json) = serde_json::to_string_pretty(&*article) {
                        crate::download::save("article.json", "application/json", &json);
                    }
                })
            };
            let on_again = {
                let draft = draft.clone();
                Callback::from(move |_: MouseEvent| draft.set(None))
            };
            let preview = AppProps {
                strings: strings.clone(),
                downloads: false,
                ..AppProps::new(Ok(article.clone()), Mode::Page)
            };
            html! {
                <>
                    <div class="ed-toolbar" role="region" aria-label={t("editor.toolbar")}>
                        <p class="ed-status" role="status">
                            { t("editor.review") }{ " " }{ strings.count("editor.low", low, &[]) }
                        </p>
                        <Doubts article={article.clone()} strings={strings.clone()} />
                        <button type="button" class="ed-download" onclick={on_download}>{ t("editor.download") }</button>
                        <button type="button" class="ed-again" onclick={on_again}>{ t("editor.again") }</button>
                    </div>
                    <App ..preview />
                </>
            }
        }
    };
    // `av` for the viewer's colours, type and dark mode; `ed` for the editor's own layout.
    html! {
        <div class="av ed" data-theme="auto" lang={strings.locale.tag()} dir={strings.locale.dir()}>{ body }</div>
    }
}

#[derive(Properties, PartialEq)]
struct DoubtsProps {
    article: Shared<Article>,
    strings: Shared<Strings>,
}

/// "Next passage to check": walks through the passages the importer was unsure of. Each in turn
/// is marked (all of them with a dashed outline, the current one solid), scrolled to, focused,
/// and announced with the importer's reason.
#[component]
fn Doubts(props: &DoubtsProps) -> Html {
    let doubts = doubtful(&props.article);
    let at = use_state(|| None::<usize>);
    let onclick = {
        let (at, doubts) = (at.clone(), doubts.clone());
        Callback::from(move |_: MouseEvent| {
            if doubts.is_empty() {
                return;
            }
            let next = at.map_or(0, |k| (k + 1) % doubts.len());
            show_doubt(&doubts, next);
            at.set(Some(next));
        })
    };
    let s = &props.strings;
    let message = at.map(|k| {
        s.fill(
            "editor.doubt",
            &[
                ("k", &s.number(k + 1)),
                ("n", &s.number(doubts.len())),
                ("reason", &doubts[k].2),
            ],
        )
    });
    html! {
        <>
            <button type="button" class="ed-next" {onclick} disabled={doubts.is_empty()}>
                { s.get("editor.next") }
            </button>
            <p class="ed-doubt" role="status">{ message.unwrap_or_default() }</p>
        </>
    }
}

/// (paragraph, passage within it, the importer's reason) of each passage it was unsure of.
fn doubtful(article: &Article) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (p, paragraph) in article.paragraphs.iter().enumerate() {
        for (i, passage) in paragraph.passages.iter().enumerate() {
            if passage.confidence.is_some_and(|c| c < LOW_CONFIDENCE) {
                out.push((p, i, passage.reason.clone().unwrap_or_default()));
            }
        }
    }
    out
}

/// Marks the doubtful passages in the preview (the viewer never re-renders its text, so the
/// marks stay) and brings the `k`-th into view and focus.
fn show_doubt(doubts: &[(usize, usize, String)], k: usize) {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    let passage = |p: usize, i: usize| {
        document
            .query_selector(&format!(".av-paragraph-block[data-paragraph=\"{p}\"]"))
            .ok()
            .flatten()
            .and_then(|block| block.query_selector_all(".av-passage").ok())
            .and_then(|list| list.item(i as u32))
            .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
    };
    for (n, (p, i, _)) in doubts.iter().enumerate() {
        if let Some(element) = passage(*p, *i) {
            let _ = element.set_attribute("data-doubt", if n == k { "current" } else { "true" });
            if n == k {
                let _ = element.set_attribute("tabindex", "-1");
                element.scroll_into_view();
                let _ = element.focus();
            }
        }
    }
}

/// A start-form field's value (read by id when the form is sent), trimmed; what the page
/// cannot give is empty.
fn field_value(id: &str) -> String {
    let Some(element) = gloo::utils::document().get_element_by_id(id) else {
        return String::new();
    };
    js_sys::Reflect::get(&element, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .map(|v| v.trim().to_string())
        .unwrap_or_default()
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
