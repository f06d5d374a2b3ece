use crate::components::filter_status::FilterStatus;
use crate::components::use_strings;
use crate::model::{Article, ArticleIndex, VoiceKind};
use crate::shared::Shared;
use crate::state::{shown_voices, Filter, MANY_VOICES};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VoiceFilterProps {
    pub article: Shared<Article>,
    pub index: Shared<ArticleIndex>,
    pub filter: Filter,
    pub on_toggle: Callback<usize>,
    pub on_clear: Callback<()>,
    pub on_only: Callback<bool>,
}

/// One toggle button per voice (name, role, passage count), "All", and the "only matching
/// paragraphs" switch. The live region says what is shown after each change. On narrow screens
/// and in embeds the list is compact (one line a voice, roles on demand); a long list has a
/// search box and shows the most-quoted voices until the reader asks for all.
#[component]
pub fn VoiceFilter(props: &VoiceFilterProps) -> Html {
    let strings = use_strings();
    let t = |key| strings.get(key);
    let filter = &props.filter;
    let show_roles = use_state(|| false);
    let search = use_state(String::new);
    let show_all = use_state(|| false);
    let total = props.article.voices.len();
    let shown = shown_voices(&props.article, &props.index, filter, &search, *show_all);
    let shown_count = shown.iter().filter(|s| **s).count();
    let buttons = (0..total).map(|v| {
        html! {
            <VoiceButton
                article={props.article.clone()}
                voice={v}
                count={props.index.stats[v].passages}
                pressed={filter.is_selected(v)}
                hidden={!shown[v]}
                on_toggle={props.on_toggle.clone()}
            />
        }
    });
    let on_clear = props.on_clear.reform(|_: MouseEvent| ());
    let on_roles = {
        let show_roles = show_roles.clone();
        Callback::from(move |_: MouseEvent| show_roles.set(!*show_roles))
    };
    let on_search = {
        let search = search.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                search.set(input.value());
            }
        })
    };
    let on_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(!*show_all))
    };
    let on_only = {
        let on_only = props.on_only.clone();
        let only = filter.only_matching;
        Callback::from(move |_: MouseEvent| on_only.emit(!only))
    };
    html! {
        <section class="av-filter" aria-labelledby="av-filter-heading">
            <h2 id="av-filter-heading">{ t("filter.heading") }</h2>
            <p class="av-hint">{ t("filter.hint") }</p>
            if total > MANY_VOICES {
                <div class="av-voice-find">
                    <input
                        type="search"
                        class="av-voice-search"
                        aria-label={t("filter.find").to_string()}
                        placeholder={t("filter.find").to_string()}
                        oninput={on_search}
                    />
                    <button type="button" class="av-more" aria-expanded={(*show_all).to_string()} onclick={on_all}>
                        { if *show_all { t("filter.fewer").to_string() } else { strings.count("filter.all_voices", total, &[]) } }
                    </button>
                </div>
                <p class="av-voice-shown">{ strings.count("filter.shown_voices", total, &[("shown", &strings.number(shown_count))]) }</p>
            }
            <ul class="av-voices" data-roles={show_roles.to_string()}>{ for buttons }</ul>
            <div class="av-filter-actions">
                <button type="button" class="av-roles" aria-pressed={show_roles.to_string()} onclick={on_roles}>
                    { t("filter.roles") }
                </button>
                <button
                    type="button"
                    class="av-all"
                    aria-pressed={(!filter.is_active()).to_string()}
                    onclick={on_clear}
                >{ t("filter.all") }</button>
                <button
                    type="button"
                    role="switch"
                    class="av-only"
                    aria-checked={filter.only_matching.to_string()}
                    onclick={on_only}
                >{ t("filter.only") }</button>
            </div>
            <FilterStatus article={props.article.clone()} index={props.index.clone()} filter={filter.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct VoiceButtonProps {
    article: Shared<Article>,
    voice: usize,
    count: usize,
    pressed: bool,
    hidden: bool,
    on_toggle: Callback<usize>,
}

/// One voice's toggle. A component of its own, so that a click re-renders the one button that
/// changed, not all of them (there may be hundreds).
#[component]
fn VoiceButton(props: &VoiceButtonProps) -> Html {
    let strings = use_strings();
    let v = props.voice;
    let voice = &props.article.voices[v];
    let on_toggle = props.on_toggle.clone();
    let count = props.count;
    let kind = match voice.kind {
        VoiceKind::Person => None,
        VoiceKind::Collective => Some(strings.get("voice.kind.collective")),
        VoiceKind::Outlet => Some(strings.get("voice.kind.outlet")),
    };
    html! {
        <li hidden={props.hidden}>
            <button
                type="button"
                class="av-voice"
                data-voice={voice.id.clone()}
                data-voice-kind={voice.kind.label()}
                aria-pressed={props.pressed.to_string()}
                onclick={Callback::from(move |_| on_toggle.emit(v))}
            >
                <span class="av-voice-name"><bdi>{ &voice.name }</bdi></span>
                if let Some(kind) = kind {
                    <span class="av-voice-kind">{ kind }</span>
                }
                if !voice.role.is_empty() {
                    <span class="av-voice-role" dir="auto">{ &voice.role }</span>
                }
                // The number alone where the list is compact; the whole phrase for everyone else.
                <span class="av-voice-count">
                    <span class="av-count-full">{ strings.count("voice.passages", count, &[]) }</span>
                    <span class="av-count-short" aria-hidden="true">{ strings.number(count) }</span>
                </span>
            </button>
        </li>
    }
}
