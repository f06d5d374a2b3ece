//! Correcting one paragraph: its text in a read-only field where words are selected (with the
//! mouse, or Shift and the arrow keys; a selection made in the preview lands here too), its
//! passages as buttons that select them, and the commands: assign the selection to a voice
//! as a kind, split at the cursor, merge with the next passage. The words never change.

use super::dom::{select_in_textarea, set_field_value, textarea_selection};
use super::doubts::{doubt, passage_range};
use super::session::{passage_at, trim_range, Action};
use crate::edit::{Command, EditError};
use crate::i18n::{Message, Strings};
use crate::model::{Article, PassageKind, VoiceKind};
use crate::shared::Shared;
use yew::prelude::*;

const TEXT_ID: &str = "ed-para";

#[derive(Properties, PartialEq)]
pub struct CorrectProps {
    pub article: Shared<Article>,
    pub paragraph: usize,
    pub selection: Option<(usize, usize)>,
    pub strings: Shared<Strings>,
    /// The last refusal, shown here when it concerns these commands.
    pub refusal: Option<EditError>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn CorrectPanel(props: &CorrectProps) -> Html {
    let article = &props.article;
    let p = props
        .paragraph
        .min(article.paragraphs.len().saturating_sub(1));
    let text = article.paragraph_text(p);
    let passages = &article.paragraphs[p].passages;
    // The voice and kind to assign: those of the passage last picked, until changed.
    let voice = use_state(|| {
        article
            .voices
            .first()
            .map(|v| v.id.clone())
            .unwrap_or_default()
    });
    let kind = use_state(|| PassageKind::Direct);
    {
        let (text, selection) = (text.clone(), props.selection);
        use_effect_with((p, selection, text), move |(_, selection, text)| {
            if let Some(range) = selection {
                select_in_textarea(TEXT_ID, text, *range);
            }
        });
    }
    // The selects show the state (an option's `selected` attribute stops counting once the
    // user has chosen).
    use_effect_with(((*voice).clone(), *kind), |(voice, kind)| {
        set_field_value("ed-voice", voice);
        set_field_value("ed-kind", kind.as_str());
    });
    let s = &props.strings;
    let t = |key: &str| s.get(key).to_string();
    let current = props
        .selection
        .and_then(|(start, _)| passage_at(passages.iter().map(|x| x.text.as_str()), start))
        .map(|(i, _)| i);

    let go = |to: usize| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Select {
                paragraph: to,
                range: None,
            })
        })
    };
    let pick = |i: usize| {
        let (on_action, voice, kind, article) = (
            props.on_action.clone(),
            voice.clone(),
            kind.clone(),
            article.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let passage = &article.paragraphs[p].passages[i];
            voice.set(passage.voice.clone());
            kind.set(passage.kind);
            on_action.emit(Action::Select {
                paragraph: p,
                range: Some(passage_range(&article, p, i)),
            });
        })
    };
    let on_voice = {
        let (voice, kind, article) = (voice.clone(), kind.clone(), article.clone());
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else {
                return;
            };
            let id = select.value();
            // Narration is the outlet's, and only narration: the kind follows the voice.
            let outlet = article
                .voice(&id)
                .is_some_and(|v| v.kind == VoiceKind::Outlet);
            if outlet {
                kind.set(PassageKind::Narration);
            } else if *kind == PassageKind::Narration {
                kind.set(PassageKind::Direct);
            }
            voice.set(id);
        })
    };
    let on_kind = {
        let kind = kind.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                kind.set(PassageKind::from_name(&select.value()).unwrap_or(PassageKind::Direct));
            }
        })
    };
    let on_assign = {
        let (on_action, voice, kind, article, strings, text) = (
            props.on_action.clone(),
            voice.clone(),
            kind.clone(),
            article.clone(),
            s.clone(),
            text.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some((mut start, mut end)) = textarea_selection(TEXT_ID, &text) else {
                return;
            };
            if start == end {
                // A cursor alone: the whole passage it stands in.
                let pieces = article.paragraphs[p]
                    .passages
                    .iter()
                    .map(|x| x.text.as_str());
                if let Some((i, _)) = passage_at(pieces, start) {
                    (start, end) = passage_range(&article, p, i);
                }
            }
            let (start, end) = trim_range(&text, (start, end));
            let name = article
                .voice(&voice)
                .map_or_else(String::new, |v| v.name.clone());
            let done = Message::new(
                "edit.done.assign",
                &[
                    ("text", excerpt(text.get(start..end).unwrap_or_default())),
                    ("voice", name),
                    ("kind", strings.get(kind.label_key()).to_string()),
                ],
            );
            on_action.emit(Action::Apply(
                Command::Assign {
                    paragraph: p,
                    start,
                    end,
                    voice: (*voice).clone(),
                    kind: *kind,
                },
                done,
            ));
        })
    };
    let at_cursor = |make: fn(usize, usize, usize) -> Command, key: &'static str| {
        let (on_action, article, text) = (props.on_action.clone(), article.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            let Some((at, _)) = textarea_selection(TEXT_ID, &text) else {
                return;
            };
            let pieces = article.paragraphs[p]
                .passages
                .iter()
                .map(|x| x.text.as_str());
            // A cursor after the last character stands in the last passage.
            let (i, start) =
                passage_at(pieces, at.min(text.len().saturating_sub(1))).unwrap_or((0, 0));
            on_action.emit(Action::Apply(
                make(p, i, at - start),
                Message::new(key, &[]),
            ));
        })
    };
    let on_split = at_cursor(
        |paragraph, passage, at| Command::Split {
            paragraph,
            passage,
            at,
        },
        "edit.done.split",
    );
    let on_merge = at_cursor(
        |paragraph, passage, _| Command::Merge { paragraph, passage },
        "edit.done.merge",
    );

    let count = article.paragraphs.len();
    let refusal = props.refusal.as_ref().filter(|r| {
        matches!(
            r.field,
            "selection" | "voice" | "kind" | "paragraph" | "passage" | "split"
        )
    });
    let voice_name = |id: &str| {
        article
            .voice(id)
            .map_or(id.to_string(), |v| v.short_name.clone())
    };
    html! {
        <section class="ed-panel ed-correct" aria-labelledby="ed-correct-h">
            <h2 id="ed-correct-h">{ t("editor.correct") }</h2>
            <div class="ed-para-nav">
                <button type="button" class="ed-prev-para" disabled={p == 0} onclick={go(p.saturating_sub(1))}>
                    { t("editor.paragraph.previous") }
                </button>
                <span class="ed-para-at">
                    { s.fill("editor.paragraph.at", &[("k", &s.number(p + 1)), ("n", &s.number(count))]) }
                </span>
                <button type="button" class="ed-next-para" disabled={p + 1 >= count} onclick={go(p + 1)}>
                    { t("editor.paragraph.next") }
                </button>
            </div>
            <label for={TEXT_ID}>{ t("editor.paragraph.text") }</label>
            <textarea id={TEXT_ID} class="ed-para-text" readonly=true rows="6"
                lang={article.meta.language.clone()} dir="auto" value={text.clone()} />
            <p class="ed-hint" id="ed-passages-h">{ t("editor.passages") }</p>
            <ol class="ed-passages" aria-labelledby="ed-passages-h">
                { for passages.iter().enumerate().map(|(i, x)| html! {
                    <li>
                        <button type="button" class="ed-pick" data-passage={i.to_string()}
                            data-kind={x.kind.as_str()} aria-pressed={(current == Some(i)).to_string()}
                            onclick={pick(i)}>
                            <span class="ed-pick-label">
                                <bdi>{ voice_name(&x.voice) }</bdi>{ " · " }{ s.get(x.kind.label_key()) }
                            </span>
                            <span class="ed-pick-text" dir="auto">{ excerpt(&x.text) }</span>
                            if let Some(reason) = doubt(x) {
                                <span class="ed-pick-doubt">{ s.fill("editor.unsure", &[("reason", reason)]) }</span>
                            }
                        </button>
                    </li>
                }) }
            </ol>
            <div class="ed-assign">
                <label for="ed-voice">{ t("editor.voice") }</label>
                <select id="ed-voice" onchange={on_voice}>
                    { for article.voices.iter().map(|v| html! {
                        <option value={v.id.clone()} selected={v.id == *voice}>{ &v.name }</option>
                    }) }
                </select>
                <label for="ed-kind">{ t("editor.kind") }</label>
                <select id="ed-kind" onchange={on_kind}>
                    { for PassageKind::ALL.iter().map(|k| html! {
                        <option value={k.as_str()} selected={*k == *kind}>{ s.get(k.label_key()) }</option>
                    }) }
                </select>
                <button type="button" class="ed-assign-button" onclick={on_assign}>{ t("editor.assign") }</button>
            </div>
            <div class="ed-actions">
                <button type="button" class="ed-split" onclick={on_split}>{ t("editor.split") }</button>
                <button type="button" class="ed-merge" onclick={on_merge}>{ t("editor.merge") }</button>
            </div>
            if let Some(refusal) = refusal {
                <p class="ed-field-error">{ refusal.message.render(s) }</p>
            }
        </section>
    }
}

/// A passage as a reader recognises it in a list or an announcement: its first words.
pub fn excerpt(text: &str) -> String {
    const MAX: usize = 80;
    let text = text.trim();
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_string(),
    }
}
