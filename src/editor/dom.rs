//! The editor's few direct reads of the page: form fields by id, a textarea's selection, and a
//! selection made with the mouse in the preview, in the paragraph's own offsets.

use super::session::{byte_offset, utf16_offset};
use gloo::utils::document;
use wasm_bindgen::JsCast;

/// A field's value (input, select or textarea), trimmed; empty where there is none.
pub fn field_value(id: &str) -> String {
    let Some(element) = document().get_element_by_id(id) else {
        return String::new();
    };
    js_sys::Reflect::get(&element, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .map(|v| v.trim().to_string())
        .unwrap_or_default()
}

pub fn set_field_value(id: &str, value: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        let _ = js_sys::Reflect::set(&element, &"value".into(), &value.into());
    }
}

pub fn checked(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|e| e.checked())
}

fn textarea(id: &str) -> Option<web_sys::HtmlTextAreaElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// The selection in a textarea holding `text`, as byte offsets.
pub fn textarea_selection(id: &str, text: &str) -> Option<(usize, usize)> {
    let area = textarea(id)?;
    let start = area.selection_start().ok()??;
    let end = area.selection_end().ok()??;
    Some((byte_offset(text, start), byte_offset(text, end)))
}

pub fn select_in_textarea(id: &str, text: &str, (start, end): (usize, usize)) {
    if let Some(area) = textarea(id) {
        let _ = area.set_selection_range(utf16_offset(text, start), utf16_offset(text, end));
    }
}

pub fn focus(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// A selection made in the preview, within one paragraph: (paragraph, UTF-16 start, end).
/// The paragraph's DOM text is exactly its passages' text (labels are CSS generated content),
/// so the counts are the paragraph's own.
pub fn preview_selection(preview: &web_sys::Element) -> Option<(usize, u32, u32)> {
    let selection = gloo::utils::window().get_selection().ok()??;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let block = |node: web_sys::Node| -> Option<web_sys::Element> {
        let element = match node.dyn_into::<web_sys::Element>() {
            Ok(element) => element,
            Err(node) => node.parent_element()?,
        };
        element.closest(".av-paragraph-block").ok()?
    };
    let first = block(range.start_container().ok()?)?;
    let last = block(range.end_container().ok()?)?;
    if first != last || !preview.contains(Some(&first)) {
        return None;
    }
    let paragraph: usize = first.get_attribute("data-paragraph")?.parse().ok()?;
    let text = first.query_selector(".av-paragraph").ok()??;
    let upto = |node: web_sys::Node, offset: u32| -> Option<u32> {
        let before = document().create_range().ok()?;
        before.select_node_contents(&text).ok()?;
        before.set_end(&node, offset).ok()?;
        Some(String::from(before.to_string()).encode_utf16().count() as u32)
    };
    let start = upto(range.start_container().ok()?, range.start_offset().ok()?)?;
    let end = upto(range.end_container().ok()?, range.end_offset().ok()?)?;
    Some((paragraph, start, end))
}
