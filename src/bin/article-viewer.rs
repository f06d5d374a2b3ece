//! The browser entry point that Trunk builds. `main` mounts the page (a no-op on a host page
//! that loads us through embed.js); `mount_element` is what embed.js calls for script embeds.

use wasm_bindgen::prelude::*;

fn main() {
    article_viewer::mount::mount_page();
}

/// Mounts a viewer into `element` (in a shadow root), styled by the stylesheet at `stylesheet`.
#[wasm_bindgen]
pub fn mount_element(element: web_sys::HtmlElement, stylesheet: String) {
    article_viewer::mount::mount_element(element, &stylesheet);
}
