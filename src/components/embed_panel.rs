use crate::components::copy_button::CopyButton;
use crate::components::use_strings;
use crate::embed_snippets::{iframe_snippet, script_snippet, SnippetState};
use crate::hooks::use_disclosure::use_disclosure;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmbedPanelProps {
    /// Where `dist/` is served from, ending in `/`; `./` while prerendering.
    pub base: AttrValue,
    pub title: AttrValue,
    pub state: SnippetState,
}

/// "Embed this view": ready-to-copy iframe and script snippets for the current filter and theme,
/// made once the panel is opened.
#[component]
pub fn EmbedPanel(props: &EmbedPanelProps) -> Html {
    let (details, opened, ontoggle) = use_disclosure();
    let strings = use_strings();
    let t = |key| strings.get(key);
    let iframe_ref = use_node_ref();
    let script_ref = use_node_ref();
    let snippets = opened.then(|| {
        (
            iframe_snippet(&props.base, &props.title, &props.state),
            script_snippet(&props.base, &props.state),
        )
    });
    html! {
        <details class="av-embed-panel" ref={details} {ontoggle}>
            <summary>{ t("embed.summary") }</summary>
            if let Some((iframe, script)) = snippets {
                <p class="av-hint">{ t("embed.hint") }</p>
                <h3>{ t("embed.iframe") }</h3>
                <pre class="av-snippet" data-snippet="iframe" ref={iframe_ref.clone()}>{ iframe.clone() }</pre>
                <CopyButton text={iframe} label={t("embed.copy_iframe").to_string()} target={iframe_ref} />
                <h3>{ t("embed.script") }</h3>
                <pre class="av-snippet" data-snippet="script" ref={script_ref.clone()}>{ script.clone() }</pre>
                <CopyButton text={script} label={t("embed.copy_script").to_string()} target={script_ref} />
            }
        </details>
    }
}
