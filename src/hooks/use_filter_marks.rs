use crate::model::ArticleIndex;
use crate::shared::Shared;
use crate::state::Filter;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// An element whose `setAttribute` takes JS strings made once, instead of copying two Rust
    /// strings into JS for each of up to 100,000 passages.
    type Marked;
    #[wasm_bindgen(method, js_name = setAttribute)]
    fn set_attribute_value(this: &Marked, name: &JsValue, value: &JsValue);
    #[wasm_bindgen(method, js_name = removeAttribute)]
    fn remove_attribute_value(this: &Marked, name: &JsValue);
}

/// What the DOM currently shows, so that a click writes only what changed.
#[derive(Default)]
struct Marks {
    passages: Vec<Marked>,
    blocks: Vec<Marked>,
    /// Per passage and per paragraph block: `None` (no attribute) or the value written.
    passage_marks: Vec<Option<bool>>,
    block_marks: Vec<Option<bool>>,
}

/// Sets `data-match` on every passage and, when showing only matches, `data-has-match` on every
/// paragraph block, outside Yew's render: a click costs the attribute writes that changed, not a
/// tree diff. The element lists are read once (the article body never re-renders) and zipped
/// with the derived index.
#[hook]
pub fn use_filter_marks(body: NodeRef, index: Shared<ArticleIndex>, filter: Filter) {
    let marks = use_mut_ref(Marks::default);
    use_effect_with(filter, move |filter| {
        if let Some(body) = body.cast::<web_sys::Element>() {
            apply_marks(&body, &index, filter, &mut marks.borrow_mut());
        }
    });
}

/// The elements matching `selector` under `root`, in document order.
fn elements(root: &web_sys::Element, selector: &str) -> Vec<Marked> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(JsCast::unchecked_into)
        .collect()
}

fn apply_marks(body: &web_sys::Element, index: &ArticleIndex, filter: &Filter, marks: &mut Marks) {
    if marks.passages.len() != index.passage_voice.len() {
        *marks = Marks {
            passages: elements(body, ".av-passage"),
            blocks: elements(body, ".av-paragraph-block"),
            passage_marks: vec![None; index.passage_voice.len()],
            block_marks: vec![None; index.paragraph_passages.len()],
        };
    }
    thread_local! {
        static STRINGS: [JsValue; 4] = [
            JsValue::from_str("data-match"),
            JsValue::from_str("data-has-match"),
            JsValue::from_str("true"),
            JsValue::from_str("false"),
        ];
    }
    STRINGS.with(|[match_attr, has_attr, yes, no]| {
        let active = filter.is_active();
        let write = |el: &Marked, name: &JsValue, old: &mut Option<bool>, new: Option<bool>| {
            if *old != new {
                match new {
                    Some(m) => el.set_attribute_value(name, if m { yes } else { no }),
                    None => el.remove_attribute_value(name),
                }
                *old = new;
            }
        };
        for ((el, old), &voice) in marks
            .passages
            .iter()
            .zip(marks.passage_marks.iter_mut())
            .zip(&index.passage_voice)
        {
            write(
                el,
                match_attr,
                old,
                active.then(|| filter.is_selected(voice)),
            );
        }
        for ((el, old), range) in marks
            .blocks
            .iter()
            .zip(marks.block_marks.iter_mut())
            .zip(&index.paragraph_passages)
        {
            // Only "only matching" reads it: written at other times, each change would make
            // Chromium rebuild the paragraph's layout (`content-visibility: auto` blocks).
            write(
                el,
                has_attr,
                old,
                (active && filter.only_matching).then(|| filter.paragraph_matches(index, range)),
            );
        }
    });
}
