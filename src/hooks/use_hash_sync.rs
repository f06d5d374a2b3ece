use super::after_frame::when_idle;
use crate::model::Article;
use crate::shared::Shared;
use crate::state::{keep_view_options, parse_hash, Filter, HashRoute};
use gloo::events::EventListener;
use gloo::utils::window;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Keeps `location.hash` and the filter in step: a filter change pushes `#voices=…` (so Back
/// undoes it), and Back/Forward or an edited hash restores the filter. `#q-<id>` scrolls to that
/// quote instead. Off in script embeds, whose host page owns the URL.
#[hook]
pub fn use_hash_sync(
    enabled: bool,
    article: Shared<Article>,
    filter: Filter,
    body: NodeRef,
    restore: Callback<Filter>,
    notify: Callback<Vec<crate::i18n::Message>>,
) {
    // The first write replaces the entry (a link with unknown ids is cleaned up, not duplicated).
    let first = use_mut_ref(|| Cell::new(true));
    {
        let article = article.clone();
        use_effect_with(filter, move |filter| {
            if !enabled {
                return;
            }
            if first.borrow().replace(false) {
                write_hash(&article, filter, true);
                return;
            }
            // After the frame, when idle: `pushState` costs milliseconds, and the dimmed text
            // (and the next click) is what the reader is waiting for. Each change still gets its
            // own history entry, in order.
            let (article, filter) = (article.clone(), filter.clone());
            when_idle(move || write_hash(&article, &filter, false));
        });
    }
    {
        let body = body.clone();
        use_effect_with((), move |_| {
            let listeners = enabled.then(|| {
                let body = body.clone();
                let on_change = Rc::new(move || {
                    let hash = window().location().hash().unwrap_or_default();
                    match parse_hash(&hash) {
                        (HashRoute::Quote(id), _) => {
                            restore.emit(Filter::none(article.voices.len()));
                            focus_quote(&body, &id);
                        }
                        (HashRoute::Options(options), mut warnings) => {
                            let (filter, notices) = Filter::from_options(&article, &options);
                            warnings.extend(notices);
                            restore.emit(filter);
                            if !warnings.is_empty() {
                                notify.emit(warnings);
                            }
                        }
                    }
                });
                let a = on_change.clone();
                [
                    EventListener::new(&window(), "popstate", move |_| a()),
                    EventListener::new(&window(), "hashchange", move |_| on_change()),
                ]
            });
            if enabled {
                let hash = window().location().hash().unwrap_or_default();
                if let (HashRoute::Quote(id), _) = parse_hash(&hash) {
                    // After this task: where the app swaps in for the prerendered copy, that comes first.
                    gloo::timers::callback::Timeout::new(0, move || focus_quote(&body, &id))
                        .forget();
                }
            }
            move || drop(listeners)
        });
    }
}

fn write_hash(article: &Article, filter: &Filter, replace: bool) {
    let location = window().location();
    let current = location.hash().unwrap_or_default();
    if current.starts_with("#q-") && !filter.is_active() && !filter.only_matching {
        return; // a quote link stays as it is until the reader filters
    }
    let wanted = keep_view_options(&filter.to_hash(article), &current);
    if current == wanted || (current == "#" && wanted.is_empty()) {
        return;
    }
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        wanted
    );
    let Ok(history) = window().history() else {
        return;
    };
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// Scrolls to a quote, marks it and moves focus there (so keyboard and screen-reader users land
/// on it too).
pub fn focus_quote(body: &NodeRef, quote_id: &str) {
    let Some(root) = body.cast::<web_sys::Element>() else {
        return;
    };
    if let Ok(Some(old)) = root.query_selector("[data-target]") {
        let _ = old.remove_attribute("data-target");
    }
    let selector = format!(
        "#q-{}",
        quote_id.replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "")
    );
    if let Ok(Some(el)) = root.query_selector(&selector) {
        let _ = el.set_attribute("data-target", "true");
        let _ = el.set_attribute("tabindex", "-1");
        el.scroll_into_view();
        if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
            let _ = el.focus();
        }
    }
}
