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

/// Work nobody waits for (writing the URL): after the next frame, once the browser is idle, so
/// that it never delays the next input. Callbacks run in the order they were asked for. Where
/// there is no `requestIdleCallback` (Safari), just after the next frame.
pub fn when_idle(work: impl FnOnce() + 'static) {
    let work = Closure::once_into_js(work);
    let after_frame = Closure::once_into_js(move || {
        let window = window();
        if window.request_idle_callback(work.unchecked_ref()).is_err() {
            let _ = window.set_timeout_with_callback(work.unchecked_ref());
        }
    });
    let _ = window().request_animation_frame(after_frame.unchecked_ref());
}
