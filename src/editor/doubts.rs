//! How sure the importer was: the draft's status line (how many passages it doubted), and
//! "Next passage to check", which walks through them. Each in turn is marked in the preview
//! (all of them dashed, the current one solid), scrolled to, focused, announced with the
//! importer's reason, and selected in the correction panel.

use crate::i18n::Strings;
use crate::model::{Article, Passage};
use crate::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DoubtsProps {
    pub article: Shared<Article>,
    pub strings: Shared<Strings>,
    /// (paragraph, byte range of the passage in it): the passage to correct.
    pub on_select: Callback<(usize, (usize, usize))>,
}

#[component]
pub fn Doubts(props: &DoubtsProps) -> Html {
    let doubts = doubtful(&props.article);
    let at = use_state(|| None::<usize>);
    let onclick = {
        let (at, doubts, article, on_select) = (
            at.clone(),
            doubts.clone(),
            props.article.clone(),
            props.on_select.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if doubts.is_empty() {
                return;
            }
            let next = at.map_or(0, |k| (k + 1) % doubts.len());
            let (p, i, _) = &doubts[next];
            on_select.emit((*p, passage_range(&article, *p, *i)));
            show_doubt(&doubts, next);
            at.set(Some(next));
        })
    };
    let s = &props.strings;
    let message = at.filter(|k| *k < doubts.len()).map(|k| {
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
            <p class="ed-status">
                { s.get("editor.review") }{ " " }{ s.count("editor.low", doubts.len(), &[]) }
            </p>
            <button type="button" class="ed-next" {onclick} disabled={doubts.is_empty()}>
                { s.get("editor.next") }
            </button>
            <p class="ed-doubt" role="status">{ message.unwrap_or_default() }</p>
        </>
    }
}

/// The importer's reason, when it was unsure of this passage (its threshold is the one the
/// scores measure the review cost at).
pub fn doubt(passage: &Passage) -> Option<&str> {
    crate::import::is_doubtful(passage).then(|| passage.reason.as_deref().unwrap_or_default())
}

/// (paragraph, passage within it, the importer's reason) of each passage it was unsure of.
fn doubtful(article: &Article) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for (p, paragraph) in article.paragraphs.iter().enumerate() {
        for (i, passage) in paragraph.passages.iter().enumerate() {
            if let Some(reason) = doubt(passage) {
                out.push((p, i, reason.to_string()));
            }
        }
    }
    out
}

/// Where passage `i` of paragraph `p` lies in the paragraph's text, in bytes.
pub fn passage_range(article: &Article, p: usize, i: usize) -> (usize, usize) {
    let passages = &article.paragraphs[p].passages;
    let start: usize = passages[..i].iter().map(|x| x.text.len()).sum();
    (start, start + passages[i].text.len())
}

/// Marks the doubtful passages in the preview and brings the `k`-th into view and focus.
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
