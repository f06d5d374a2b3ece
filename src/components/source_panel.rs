use crate::citation::{cite, missing_for_citation, Day, Style};
use crate::components::copy_button::CopyButton;
use crate::components::date_text::DateText;
use crate::model::Article;
use crate::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourcePanelProps {
    pub article: Shared<Article>,
    pub open: bool,
    pub on_toggle: Callback<bool>,
    /// The reader's today, for access dates; `None` while prerendering.
    pub today: Option<Day>,
    /// Where the build's `article.json` and `quotes.csv` are, if they describe this article.
    pub downloads: Option<AttrValue>,
}

/// "title", "title and date", "title, date and original link".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Where the article comes from and how to cite it. A `details` element, so that embeds can
/// collapse it to one line and it still works without script.
#[component]
pub fn SourcePanel(props: &SourcePanelProps) -> Html {
    let article = &props.article;
    let source = &article.source;
    let style = use_state(|| Style::Plain);
    let citation_ref = use_node_ref();
    let missing = missing_for_citation(article);
    let citation = cite(article, *style, props.today);
    let ontoggle = {
        let on_toggle = props.on_toggle.clone();
        Callback::from(move |e: Event| {
            if let Some(d) = e.target_dyn_into::<web_sys::HtmlDetailsElement>() {
                on_toggle.emit(d.open());
            }
        })
    };
    let styles = Style::ALL.iter().map(|&s| {
        let style = style.clone();
        html! {
            <button
                type="button"
                class="av-style"
                aria-pressed={(s == *style).to_string()}
                onclick={Callback::from(move |_| style.set(s))}
            >{ s.label() }</button>
        }
    });
    let abbreviation = source
        .outlet_abbreviation
        .as_ref()
        .map(|a| format!(" ({a})"))
        .unwrap_or_default();
    html! {
        <aside class="av-source" aria-labelledby="av-source-heading">
            <details class="av-source-details" open={props.open} {ontoggle}>
                <summary>
                    <h2 id="av-source-heading">{ "Source" }</h2>
                    <span class="av-source-line">
                        { format!("{}, {}", source.outlet, article.meta.date.display()) }
                    </span>
                </summary>
                <p class="av-outlet">
                    <strong>{ &source.outlet }</strong>{ abbreviation }{ ": " }
                    if source.description.is_empty() {
                        <span class="av-missing">{ "no description of the outlet given" }</span>
                    } else {
                        { &source.description }
                    }
                    { "." }
                </p>
                if !source.description.is_empty() {
                    <details class="av-basis">
                        <summary>{ "Basis for this description" }</summary>
                        <p>{ &source.description_basis }</p>
                    </details>
                }
                <dl class="av-source-facts">
                    <dt>{ "Original" }</dt>
                    <dd>
                        if source.url.is_empty() {
                            <span class="av-missing">{ "no original link given" }</span>
                        } else {
                            <a class="av-original" href={source.url.clone()} rel="noopener noreferrer" target="_blank">
                                { &source.url }
                            </a>
                        }
                    </dd>
                    if !article.meta.dateline.is_empty() {
                        <dt>{ "Dateline" }</dt>
                        <dd>{ &article.meta.dateline }</dd>
                    }
                    <dt>{ "Date" }</dt>
                    <dd><DateText date={article.meta.date.clone()} /></dd>
                    if let Some(base) = &props.downloads {
                        <dt>{ "Data" }</dt>
                        <dd>
                            <a class="av-download" href={format!("{base}article.json")} download="article.json">{ "annotations (JSON)" }</a>
                            { " \u{b7} " }
                            <a class="av-download" href={format!("{base}quotes.csv")} download="quotes.csv">{ "quotes (CSV)" }</a>
                        </dd>
                    }
                    if let Some(archive) = &source.archive_url {
                        <dt>{ "Archive" }</dt>
                        <dd>
                            <a class="av-archive" href={archive.clone()} rel="noopener noreferrer" target="_blank">
                                { "Wayback Machine: all captures of this URL" }
                            </a>
                        </dd>
                    }
                </dl>
                <h3 class="av-cite-heading">{ "Cite this article" }</h3>
                if missing.is_empty() {
                    <div class="av-styles" role="group" aria-label="Citation style">{ for styles }</div>
                    <pre class="av-citation" ref={citation_ref.clone()}>{ citation.clone() }</pre>
                    <CopyButton text={citation} label="Copy citation" target={citation_ref} />
                } else {
                    <p class="av-cite-missing">
                        { format!("This article cannot be cited yet: its {} {} not given.", and_list(&missing), if missing.len() == 1 { "is" } else { "are" }) }
                    </p>
                }
            </details>
        </aside>
    }
}
