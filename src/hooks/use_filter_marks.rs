use crate::model::ArticleIndex;
use crate::shared::Shared;
use crate::state::Filter;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Sets `data-match` on every passage and `data-has-match` on every paragraph block. Done in one
/// pass over the elements in reading order, zipped with the derived index, instead of a re-render:
/// at 2,000 paragraphs a click then costs attribute writes, not a tree diff.
#[hook]
pub fn use_filter_marks(body: NodeRef, index: Shared<ArticleIndex>, filter: Filter) {
    use_effect_with(filter, move |filter| {
        if let Some(root) = body.cast::<web_sys::Element>() {
            apply_marks(&root, &index, filter);
        }
    });
}

fn apply_marks(root: &web_sys::Element, index: &ArticleIndex, filter: &Filter) {
    let active = filter.is_active();
    let Ok(passages) = root.query_selector_all(".av-passage") else {
        return;
    };
    for (i, &voice) in index.passage_voice.iter().enumerate() {
        let Some(el) = passages.item(i as u32) else {
            break;
        };
        let el: web_sys::Element = el.unchecked_into();
        let _ = if active {
            el.set_attribute(
                "data-match",
                if filter.matches(voice) {
                    "true"
                } else {
                    "false"
                },
            )
        } else {
            el.remove_attribute("data-match")
        };
    }
    let Ok(blocks) = root.query_selector_all(".av-paragraph-block") else {
        return;
    };
    for (p, range) in index.paragraph_passages.iter().enumerate() {
        let Some(el) = blocks.item(p as u32) else {
            break;
        };
        let el: web_sys::Element = el.unchecked_into();
        let has = index.passage_voice[range.start..range.end]
            .iter()
            .any(|&v| filter.matches(v));
        let _ = el.set_attribute("data-has-match", if has { "true" } else { "false" });
    }
}
