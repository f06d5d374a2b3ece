//! Publishing the corrected article: `article.json`, the one-file viewer with the article
//! inside, and the two embed snippets (the script embed carrying the article, the iframe for an
//! `article.json` uploaded beside the viewer). Each marks the voice ids as published. The JSON
//! is made when it is asked for, not on every step: a long article is a megabyte of it.

use super::session::Action;
use crate::edit::publishable;
use crate::embed_snippets::{iframe_snippet_for_file, script_snippet_with_article};
use crate::i18n::Strings;
use crate::model::Article;
use crate::shared::Shared;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PublishProps {
    pub article: Shared<Article>,
    pub strings: Shared<Strings>,
    /// No publishing while the article has validation errors.
    pub valid: bool,
    /// Where the viewer's files are served from (the editor's own directory).
    pub base: AttrValue,
    pub on_action: Callback<Action>,
}

/// What leaves the editor (the article without the voices not used yet), as JSON.
fn exported(article: &Article, pretty: bool) -> String {
    let article = publishable(article);
    let json = match pretty {
        true => serde_json::to_string_pretty(&article),
        false => serde_json::to_string(&article),
    };
    json.unwrap_or_default()
}

#[component]
pub fn PublishPanel(props: &PublishProps) -> Html {
    let s = &props.strings;
    let t = |key: &str| s.get(key).to_string();
    let said = use_state(String::new);
    let embeds_open = use_state(|| false);
    let published = props.on_action.reform(|()| Action::Published);
    let on_json = {
        let (article, published) = (props.article.clone(), published.clone());
        Callback::from(move |_: MouseEvent| {
            crate::download::save(
                "article.json",
                "application/json",
                &exported(&article, true),
            );
            published.emit(());
        })
    };
    let on_one_file = {
        let (article, published, said, base, strings) = (
            props.article.clone(),
            published.clone(),
            said.clone(),
            props.base.clone(),
            props.strings.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (article, published, said, base, strings) = (
                article.clone(),
                published.clone(),
                said.clone(),
                base.clone(),
                strings.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match one_file(&base, &article, &strings).await {
                    Some(page) => {
                        crate::download::save("article-viewer.html", "text/html", &page);
                        published.emit(());
                        said.set(String::new());
                    }
                    None => said.set(strings.get("editor.publish.one_file_failed").to_string()),
                }
            });
        })
    };
    let on_toggle = {
        let embeds_open = embeds_open.clone();
        Callback::from(move |e: Event| {
            if let Some(details) = e.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                embeds_open.set(details.open());
            }
        })
    };
    let disabled = !props.valid;
    let snippet = |id: &'static str, label: &str, text: String, class: &'static str| {
        let onclick = {
            let (published, said, strings, text) = (
                published.clone(),
                said.clone(),
                props.strings.clone(),
                text.clone(),
            );
            Callback::from(move |_: MouseEvent| {
                let node = gloo::utils::document()
                    .get_element_by_id(id)
                    .map(web_sys::Node::from);
                let (published, said, strings) = (published.clone(), said.clone(), strings.clone());
                crate::clipboard::copy_or_select(text.clone(), node, move |copied| {
                    published.emit(());
                    let key = if copied {
                        "editor.publish.copied"
                    } else {
                        "editor.publish.selected"
                    };
                    said.set(strings.get(key).to_string());
                });
            })
        };
        html! {
            <div class="ed-snippet">
                <label for={id}>{ label.to_string() }</label>
                <textarea {id} readonly=true rows="4" value={text} />
                <button type="button" {class} {disabled} {onclick}>{ t("editor.publish.copy") }</button>
            </div>
        }
    };
    // The snippets only while their section is open.
    let embeds = embeds_open.then(|| {
        let script = script_snippet_with_article(&props.base, &exported(&props.article, false));
        let iframe = iframe_snippet_for_file(&props.base, &props.article.meta.title, "article.json");
        html! {
            <>
                { snippet("ed-snippet-script", &t("editor.publish.script"), script, "ed-copy-script") }
                { snippet("ed-snippet-iframe", &t("editor.publish.iframe"), iframe, "ed-copy-iframe") }
            </>
        }
    });
    html! {
        <section class="ed-panel ed-publish" aria-labelledby="ed-publish-h">
            <h2 id="ed-publish-h">{ t("editor.publish") }</h2>
            if disabled { <p class="ed-hint">{ t("editor.publish.fix_first") }</p> }
            <div class="ed-actions">
                <button type="button" class="ed-download" {disabled} onclick={on_json}>{ t("editor.download") }</button>
                <button type="button" class="ed-download-one" {disabled} onclick={on_one_file}>{ t("editor.publish.one_file") }</button>
            </div>
            <details class="ed-embeds" ontoggle={on_toggle}>
                <summary>{ t("editor.publish.embeds") }</summary>
                { for embeds }
            </details>
            <p class="ed-publish-said" role="status">{ (*said).clone() }</p>
        </section>
    }
}

/// The built one-file viewer (fetched from beside the editor) with this article inside.
async fn one_file(base: &str, article: &Article, strings: &Strings) -> Option<String> {
    let response = wasm_bindgen_futures::JsFuture::from(
        gloo::utils::window().fetch_with_str(&format!("{base}article-viewer.html")),
    )
    .await
    .ok()?
    .dyn_into::<web_sys::Response>()
    .ok()?;
    if !response.ok() {
        return None;
    }
    let page = wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    let title = if article.meta.title.is_empty() {
        strings.get("header.untitled")
    } else {
        &article.meta.title
    };
    crate::one_file::with_article(
        &page,
        article,
        &exported(article, false),
        strings.get("error.loading"),
        title,
    )
}
