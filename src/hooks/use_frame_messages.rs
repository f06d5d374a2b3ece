use crate::model::Article;
use crate::shared::Shared;
use crate::state::Filter;
use gloo::utils::window;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// Identifies an iframe embed to its host page (`?embed&id=…&sync`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrameConfig {
    pub id: String,
    /// Opt-in: mirror filter changes to the parent as `article-viewer:state` messages.
    pub sync: bool,
}

/// Inside an iframe: posts `{type: "article-viewer:resize", id, height}` to the parent whenever
/// the viewer's height changes, and, if asked, `article-viewer:state` on each filter change.
#[hook]
pub fn use_frame_messages(
    frame: Option<FrameConfig>,
    root: NodeRef,
    article: Shared<Article>,
    filter: Filter,
) {
    {
        let frame = frame.clone();
        use_effect_with((), move |_| {
            let observer = frame.and_then(|frame| {
                let el = root.cast::<web_sys::Element>()?;
                let target = el.clone();
                let on_resize = Closure::<dyn FnMut()>::new(move || {
                    let height = content_height(&target);
                    post(
                        &frame.id,
                        "article-viewer:resize",
                        &[("height", height.into())],
                    );
                });
                let observer =
                    web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(&el);
                Some((observer, on_resize))
            });
            move || {
                if let Some((observer, _closure)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    use_effect_with(filter, move |filter| {
        if let Some(frame) = frame.filter(|f| f.sync) {
            let voices: Array = filter
                .selected_voices()
                .map(|v| JsValue::from_str(&article.voices[v].id))
                .collect();
            post(
                &frame.id,
                "article-viewer:state",
                &[
                    ("voices", voices.into()),
                    ("only", filter.only_matching.into()),
                    ("hash", filter.to_hash(&article).into()),
                ],
            );
        }
    });
}

/// The page's height as the host should size the iframe: the viewer's bottom edge in the
/// document, rounded up so that no scroll bar appears.
fn content_height(el: &web_sys::Element) -> f64 {
    let rect = el.get_bounding_client_rect();
    (rect.bottom() + window().scroll_y().unwrap_or(0.0)).ceil()
}

fn post(id: &str, kind: &str, fields: &[(&str, JsValue)]) {
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    if parent == window() {
        return; // not in a frame
    }
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    let _ = Reflect::set(&message, &"id".into(), &id.into());
    for (name, value) in fields {
        let _ = Reflect::set(&message, &(*name).into(), value);
    }
    // The height and the filter are not secrets; the host's helper checks `event.source`.
    let _ = parent.post_message(&message, "*");
}
