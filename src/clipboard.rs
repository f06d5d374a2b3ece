//! Clipboard with a fallback: where `navigator.clipboard` is missing or refuses (an iframe
//! without permission, an insecure origin), the text is selected for a manual copy.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// `target` is the element showing the text, selected when copying is refused.
pub fn copy_or_select(
    text: String,
    target: Option<web_sys::Node>,
    done: impl FnOnce(bool) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let copied = match clipboard() {
            Some(clipboard) => JsFuture::from(clipboard.write_text(&text)).await.is_ok(),
            None => false,
        };
        if !copied {
            select_contents(&target);
        }
        done(copied);
    });
}

fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = gloo::utils::window().navigator();
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    (!value.is_undefined() && !value.is_null()).then(|| navigator.clipboard())
}

fn select_contents(target: &Option<web_sys::Node>) {
    let Some(node) = target else { return };
    if let Ok(Some(selection)) = gloo::utils::window().get_selection() {
        let _ = selection.select_all_children(node);
    }
}
