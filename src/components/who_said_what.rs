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
    let total = props.index.total_words.max(1);
    let rows = props.article.voices.iter().enumerate().map(|(v, voice)| {
        let stats = props.index.stats[v];
        // Tenths of a percent in integers: no float formatting in the bundle.
        let tenths = stats.words * 1000 / total;
        let kind = match voice.kind {
            VoiceKind::Person => "person",
            VoiceKind::Collective => "collective",
            VoiceKind::Outlet => "the outlet",
        };
        let passages = if voice.kind == VoiceKind::Outlet {
            plural(stats.narration, "narration passage", "narration passages")
        } else {
            format!(
                "{}, {}",
                plural(stats.direct, "quote", "quotes"),
                plural(stats.paraphrase, "paraphrase", "paraphrases")
            )
        };
        let on_select = props.on_select.clone();
        html! {
            <tr data-voice={voice.id.clone()}>
                <th scope="row">
                    <button
                        type="button"
                        class="av-summary-voice"
                        onclick={Callback::from(move |_| on_select.emit(v))}
                        aria-label={format!("Show only {}", voice.name)}
                    >{ &voice.name }</button>
                    <span class="av-summary-role">{ format!("{}, {kind}", voice.role) }</span>
                </th>
                <td class="av-summary-passages">{ passages }</td>
                <td class="av-summary-words">
                    { format!("{} words, {}.{}%", stats.words, tenths / 10, tenths % 10) }
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
            <h2 id="av-summary-heading">{ "Who said how much" }</h2>
            <table>
                <caption class="av-hint">
                    { format!("Share of the article's {} words. Select a name to show only that voice.", props.index.total_words) }
                </caption>
                <thead>
                    <tr><th scope="col">{ "Voice" }</th><th scope="col">{ "Passages" }</th><th scope="col">{ "Words" }</th></tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
