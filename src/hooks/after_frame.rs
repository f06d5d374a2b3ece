//! Running work just after the browser has shown the current frame (a task after the next
//! animation frame): what the reader waits for paints first, the rest follows.

use gloo::utils::window;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

pub fn after_next_frame(work: impl FnOnce() + 'static) {
    let work = Closure::once_into_js(work);
    let after_frame = Closure::once_into_js(move || {
        let _ = window().set_timeout_with_callback(work.unchecked_ref());
    });
    let _ = window().request_animation_frame(after_frame.unchecked_ref());
}
