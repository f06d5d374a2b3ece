use crate::components::use_strings;
use crate::model::{Article, ArticleIndex, VoiceKind};
use crate::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WhoSaidWhatProps {
    pub article: Shared<Article>,
    pub index: Shared<ArticleIndex>,
    /// Show only this voice's passages.
    pub on_select: Callback<usize>,
}

/// One row per voice: kind, quotes and paraphrases, words and share of the article's words
/// (with a bar). The outlet's own narration is a row too.
#[component]
pub fn WhoSaidWhat(props: &WhoSaidWhatProps) -> Html {
    let strings = use_strings();
    let t = |key| strings.get(key);
    let total = props.index.total_words.max(1);
    let rows = props.article.voices.iter().enumerate().map(|(v, voice)| {
        let stats = props.index.stats[v];
        // Tenths of a percent in integers: no float formatting in the bundle.
        let tenths = stats.words * 1000 / total;
        let kind = t(match voice.kind {
            VoiceKind::Person => "who.kind.person",
            VoiceKind::Collective => "who.kind.collective",
            VoiceKind::Outlet => "who.kind.outlet",
        });
        let passages = if voice.kind == VoiceKind::Outlet {
            strings.count("who.narration", stats.narration, &[])
        } else {
            strings.fill(
                "who.pair",
                &[
                    ("quotes", &strings.count("who.quotes", stats.direct, &[])),
                    ("paraphrases", &strings.count("who.paraphrases", stats.paraphrase, &[])),
                ],
            )
        };
        let words = strings.fill(
            "who.words_share",
            &[
                ("words", &strings.count("who.words", stats.words, &[])),
                ("share", &strings.percent_tenths(tenths)),
            ],
        );
        let on_select = props.on_select.clone();
        html! {
            <tr data-voice={voice.id.clone()}>
                <th scope="row">
                    <button
                        type="button"
                        class="av-summary-voice"
                        onclick={Callback::from(move |_| on_select.emit(v))}
                        aria-label={strings.fill("who.show_only", &[("name", &voice.name)])}
                    ><bdi>{ &voice.name }</bdi></button>
                    <span class="av-summary-role">{
                        if voice.role.is_empty() {
                            kind.to_string()
                        } else {
                            strings.fill("who.role_kind", &[("role", &voice.role), ("kind", kind)])
                        }
                    }</span>
                </th>
                <td class="av-summary-passages">{ passages }</td>
                <td class="av-summary-words">
                    { words }
                    <svg class="av-bar" viewBox="0 0 1000 10" preserveAspectRatio="none" aria-hidden="true">
                        <rect class="av-bar-track" width="1000" height="10" />
                        <rect class="av-bar-fill" width={tenths.to_string()} height="10" />
                    </svg>
                </td>
            </tr>
        }
    });
    html! {
        <section class="av-summary" aria-labelledby="av-summary-heading">
            <h2 id="av-summary-heading">{ t("who.heading") }</h2>
            <table>
                <caption class="av-hint">
                    { strings.count("who.caption", props.index.total_words, &[]) }
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{ t("who.col.voice") }</th>
                        <th scope="col">{ t("who.col.passages") }</th>
                        <th scope="col">{ t("who.col.words") }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}
