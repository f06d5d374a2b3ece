use crate::components::copy_button::CopyButton;
use crate::embed_snippets::{iframe_snippet, script_snippet, SnippetState};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// Where `dist/` is served from, ending in `/`; `./` while prerendering.
    pub base: AttrValue,
    pub title: AttrValue,
    pub state: SnippetState,
}

/// "Embed this view": ready-to-copy iframe and script snippets for the current filter and theme.
#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let iframe_ref = use_node_ref();
    let script_ref = use_node_ref();
    let iframe = iframe_snippet(&props.base, &props.title, &props.state);
    let script = script_snippet(&props.base, &props.state);
    html! {
        <details class="av-embed-panel">
            <summary>{ "Embed this view" }</summary>
            <p class="av-hint">{ "Paste one of these into your page. Both keep the current filter and theme." }</p>
            <h3>{ "iframe" }</h3>
            <pre class="av-snippet" data-snippet="iframe" ref={iframe_ref.clone()}>{ iframe.clone() }</pre>
            <CopyButton text={iframe} label="Copy iframe snippet" target={iframe_ref} />
            <h3>{ "Script (shadow DOM, no iframe)" }</h3>
            <pre class="av-snippet" data-snippet="script" ref={script_ref.clone()}>{ script.clone() }</pre>
            <CopyButton text={script} label="Copy script snippet" target={script_ref} />
        </details>
    }
}
