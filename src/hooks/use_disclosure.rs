use yew::prelude::*;

/// A `<details>` whose contents are rendered only once it has been opened: the page carries no
/// markup, and a filter click no work, for a panel nobody opened. Returns the ref to put on the
/// element, whether it has been opened, and its `ontoggle`. A panel opened before the app took
/// over (on the prerendered page) is seen after the first render.
#[hook]
pub fn use_disclosure() -> (NodeRef, bool, Callback<Event>) {
    let node = use_node_ref();
    let opened = use_state(|| false);
    {
        let (node, opened) = (node.clone(), opened.clone());
        use_effect_with((), move |_| {
            if node
                .cast::<web_sys::HtmlDetailsElement>()
                .is_some_and(|d| d.open())
            {
                opened.set(true);
            }
        });
    }
    let ontoggle = {
        let opened = opened.clone();
        use_callback((), move |e: Event, _| {
            if e.target_dyn_into::<web_sys::HtmlDetailsElement>()
                .is_some_and(|d| d.open())
            {
                opened.set(true);
            }
        })
    };
    (node, *opened, ontoggle)
}
