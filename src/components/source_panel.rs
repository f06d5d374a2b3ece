use crate::citation::{cite, missing_for_citation, Day, Style};
use crate::components::copy_button::CopyButton;
use crate::components::date_text::date_text;
use crate::components::use_strings;
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

/// Where the article comes from and how to cite it. A `details` element, so that embeds can
/// collapse it to one line and it still works without script.
#[component]
pub fn SourcePanel(props: &SourcePanelProps) -> Html {
    let strings = use_strings();
    let t = |key| strings.get(key);
    let article = &props.article;
    let source = &article.source;
    let style = use_state(|| Style::Plain);
    let citation_ref = use_node_ref();
    let missing = missing_for_citation(article);
    let citation = cite(&strings, article, *style, props.today);
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
            >{ s.label(&strings) }</button>
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
                    <h2 id="av-source-heading">{ t("source.heading") }</h2>
                    <span class="av-source-line">
                        { strings.fill("source.line", &[("outlet", &source.outlet), ("date", &article.meta.date.display_in(&strings))]) }
                    </span>
                </summary>
                <p class="av-outlet">
                    <strong>{ &source.outlet }</strong>{ abbreviation }{ ": " }
                    if source.description.is_empty() {
                        <span class="av-missing">{ t("source.no_description") }</span>
                    } else {
                        { &source.description }
                    }
                    { "." }
                </p>
                if !source.description.is_empty() {
                    <details class="av-basis">
                        <summary>{ t("source.basis") }</summary>
                        <p>{ &source.description_basis }</p>
                    </details>
                }
                <dl class="av-source-facts">
                    <dt>{ t("source.original") }</dt>
                    <dd>
                        if source.url.is_empty() {
                            <span class="av-missing">{ t("source.no_link") }</span>
                        } else {
                            <a class="av-original" href={source.url.clone()} rel="noopener noreferrer" target="_blank">
                                { &source.url }
                            </a>
                        }
                    </dd>
                    if !article.meta.dateline.is_empty() {
                        <dt>{ t("source.dateline") }</dt>
                        <dd>{ &article.meta.dateline }</dd>
                    }
                    <dt>{ t("source.date") }</dt>
                    <dd>{ date_text(&strings, &article.meta.date) }</dd>
                    if let Some(base) = &props.downloads {
                        <dt>{ t("source.data") }</dt>
                        <dd>
                            <a class="av-download" href={format!("{base}article.json")} download="article.json">{ t("source.json") }</a>
                            { " \u{b7} " }
                            <a class="av-download" href={format!("{base}quotes.csv")} download="quotes.csv">{ t("source.csv") }</a>
                        </dd>
                    }
                    if let Some(archive) = &source.archive_url {
                        <dt>{ t("source.archive") }</dt>
                        <dd>
                            <a class="av-archive" href={archive.clone()} rel="noopener noreferrer" target="_blank">
                                { t("source.wayback") }
                            </a>
                        </dd>
                    }
                </dl>
                <h3 class="av-cite-heading">{ t("cite.heading") }</h3>
                if missing.is_empty() {
                    <div class="av-styles" role="group" aria-label={t("cite.styles").to_string()}>{ for styles }</div>
                    <pre class="av-citation" ref={citation_ref.clone()}>{ citation.clone() }</pre>
                    <CopyButton text={citation} label={t("cite.copy").to_string()} target={citation_ref} />
                } else {
                    <p class="av-cite-missing">
                        { strings.count("cite.missing", missing.len(), &[("fields", &strings.list(&missing.iter().map(|k| t(k).to_string()).collect::<Vec<_>>()))]) }
                    </p>
                }
            </details>
        </aside>
    }
}
