//! Publishing the corrected article: `article.json`, the two embed snippets (the script embed
//! carrying the article, the iframe for an `article.json` uploaded beside the viewer), and the
//! one-file viewer with the article inside. Each marks the voice ids as published.

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

#[component]
pub fn PublishPanel(props: &PublishProps) -> Html {
    let s = &props.strings;
    let t = |key: &str| s.get(key).to_string();
    let said = use_state(String::new);
    // What leaves the editor: the article without the voices not used yet.
    // (the article, its JSON for the file, its JSON for the snippet and the one-file viewer)
    let exported = use_memo(props.article.clone(), |article| {
        let article = publishable(article);
        let pretty = serde_json::to_string_pretty(&article).unwrap_or_default();
        let compact = serde_json::to_string(&article).unwrap_or_default();
        (article, pretty, compact)
    });
    let script = script_snippet_with_article(&props.base, &exported.2);
    let iframe = iframe_snippet_for_file(&props.base, &props.article.meta.title, "article.json");
    let published = props.on_action.reform(|()| Action::Published);
    let on_json = {
        let (exported, published) = (exported.clone(), published.clone());
        Callback::from(move |_: MouseEvent| {
            crate::download::save("article.json", "application/json", &exported.1);
            published.emit(());
        })
    };
    let on_one_file = {
        let (exported, published, said, base, strings) = (
            exported.clone(),
            published.clone(),
            said.clone(),
            props.base.clone(),
            props.strings.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let (exported, published, said, base, strings) = (
                exported.clone(),
                published.clone(),
                said.clone(),
                base.clone(),
                strings.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match one_file(&base, &exported.0, &exported.2, &strings).await {
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
    let copy = |text: String, target: &'static str| {
        let (published, said, strings) = (published.clone(), said.clone(), props.strings.clone());
        Callback::from(move |_: MouseEvent| {
            let node = gloo::utils::document()
                .get_element_by_id(target)
                .map(web_sys::Node::from);
            let (published, said, strings) = (published.clone(), said.clone(), strings.clone());
            crate::clipboard::copy_or_select(text.clone(), node, move |copied| {
                published.emit(());
                said.set(
                    strings
                        .get(if copied {
                            "editor.publish.copied"
                        } else {
                            "editor.publish.selected"
                        })
                        .to_string(),
                );
            });
        })
    };
    let disabled = !props.valid;
    let snippet = |id: &'static str, label: &str, text: String, class: &'static str| {
        html! {
            <div class="ed-snippet">
                <label for={id}>{ label.to_string() }</label>
                <textarea {id} readonly=true rows="4" value={text.clone()} />
                <button type="button" {class} {disabled} onclick={copy(text, id)}>{ t("editor.publish.copy") }</button>
            </div>
        }
    };
    html! {
        <section class="ed-panel ed-publish" aria-labelledby="ed-publish-h">
            <h2 id="ed-publish-h">{ t("editor.publish") }</h2>
            if disabled { <p class="ed-hint">{ t("editor.publish.fix_first") }</p> }
            <div class="ed-actions">
                <button type="button" class="ed-download" {disabled} onclick={on_json}>{ t("editor.download") }</button>
                <button type="button" class="ed-download-one" {disabled} onclick={on_one_file}>{ t("editor.publish.one_file") }</button>
            </div>
            { snippet("ed-snippet-script", &t("editor.publish.script"), script, "ed-copy-script") }
            { snippet("ed-snippet-iframe", &t("editor.publish.iframe"), iframe, "ed-copy-iframe") }
            <p class="ed-publish-said" role="status">{ (*said).clone() }</p>
        </section>
    }
}

/// The built one-file viewer (fetched from beside the editor) with this article inside.
async fn one_file(
    base: &str,
    article: &Article,
    article_json: &str,
    strings: &Strings,
) -> Option<String> {
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
        article_json,
        strings.get("error.loading"),
        title,
    )
}
