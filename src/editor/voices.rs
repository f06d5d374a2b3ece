//! The voices: each with its role, kind and number of passages; add one, edit one (name, short
//! name, role, kind; its id follows a new name until the article has been published), or merge
//! two (every passage of the first goes to the second).

use super::dom::{field_value, focus};
use super::session::Action;
use crate::edit::{Command, EditError};
use crate::i18n::{Message, Strings};
use crate::model::{Article, Voice, VoiceKind};
use crate::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VoicesProps {
    pub article: Shared<Article>,
    pub strings: Shared<Strings>,
    /// The last refusal, shown in the open form when it concerns voices.
    pub refusal: Option<EditError>,
    pub on_action: Callback<Action>,
}

#[derive(Clone, PartialEq)]
enum Editing {
    New,
    Voice(String),
}

#[component]
pub fn VoicesPanel(props: &VoicesProps) -> Html {
    let editing = use_state(|| None::<Editing>);
    // A change of the article (the form's command done) closes the form.
    {
        let editing = editing.clone();
        use_effect_with(props.article.clone(), move |_| editing.set(None));
    }
    use_effect_with((*editing).clone(), |editing| {
        if editing.is_some() {
            focus("ed-v-name");
        }
    });
    let s = &props.strings;
    let t = |key: &str| s.get(key).to_string();
    let article = &props.article;
    let open = |what: Editing| {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(Some(what.clone())))
    };
    let on_merge = {
        let (on_action, article) = (props.on_action.clone(), article.clone());
        Callback::from(move |_: MouseEvent| {
            let (from, into) = (field_value("ed-merge-from"), field_value("ed-merge-into"));
            let name = |id: &str| article.voice(id).map_or(String::new(), |v| v.name.clone());
            let done = Message::new(
                "edit.done.merge_voices",
                &[("from", name(&from)), ("into", name(&into))],
            );
            on_action.emit(Action::Apply(Command::MergeVoices { from, into }, done));
        })
    };
    let form = (*editing).as_ref().map(|what| {
        let voice = match what {
            Editing::Voice(id) => article.voice(id).cloned(),
            Editing::New => None,
        };
        let refusal = props
            .refusal
            .as_ref()
            .filter(|r| r.field.starts_with("voices"));
        let on_cancel = {
            let editing = editing.clone();
            Callback::from(move |()| editing.set(None))
        };
        html! {
            <VoiceForm {voice} strings={s.clone()} refusal={refusal.cloned()}
                on_action={props.on_action.clone()} {on_cancel} />
        }
    });
    let passages = |id: &str| article.passages().filter(|(_, p)| p.voice == id).count();
    // "From" starts on the first voice, "into" on the second: never the same by default.
    let options = |select: &'static str, first: usize| {
        html! {
            <select id={select}>
                { for article.voices.iter().enumerate().map(|(i, v)| html! {
                    <option value={v.id.clone()} selected={i == first}>{ &v.name }</option>
                }) }
            </select>
        }
    };
    html! {
        <section class="ed-panel ed-voices" aria-labelledby="ed-voices-h">
            <h2 id="ed-voices-h">{ t("editor.voices") }</h2>
            <ul class="ed-voice-list">
                { for article.voices.iter().map(|v| html! {
                    <li class="ed-voice" data-voice={v.id.clone()}>
                        <span class="ed-voice-text">
                            <strong><bdi>{ &v.name }</bdi></strong>
                            { format!(" ({})", v.short_name) }
                            if !v.role.is_empty() { { ", " }<bdi>{ &v.role }</bdi> }
                            <span class="ed-voice-meta">
                                { s.get(&format!("editor.vkind.{}", v.kind.label())) }
                                { " · " }{ s.count("voice.passages", passages(&v.id), &[]) }
                                { " · " }<code>{ &v.id }</code>
                            </span>
                        </span>
                        <button type="button" class="ed-edit-voice" onclick={open(Editing::Voice(v.id.clone()))}
                            aria-label={s.fill("editor.voice.edit_name", &[("name", &v.name)])}>
                            { t("editor.voice.edit") }
                        </button>
                    </li>
                }) }
            </ul>
            <button type="button" class="ed-add-voice" onclick={open(Editing::New)}>{ t("editor.voice.add") }</button>
            { for form }
            <h3>{ t("editor.voice.merge_heading") }</h3>
            <div class="ed-merge-voices">
                <label for="ed-merge-from">{ t("editor.voice.merge_from") }</label>
                { options("ed-merge-from", 0) }
                <label for="ed-merge-into">{ t("editor.voice.merge_into") }</label>
                { options("ed-merge-into", 1) }
                <button type="button" class="ed-merge-voices-button" onclick={on_merge}>{ t("editor.voice.merge") }</button>
            </div>
            if let Some(refusal) = props.refusal.as_ref().filter(|r| r.field == "voices" && editing.is_none()) {
                <p class="ed-field-error">{ refusal.message.render(s) }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct VoiceFormProps {
    /// The voice being edited; `None` adds one.
    voice: Option<Voice>,
    strings: Shared<Strings>,
    refusal: Option<EditError>,
    on_action: Callback<Action>,
    on_cancel: Callback<()>,
}

#[component]
fn VoiceForm(props: &VoiceFormProps) -> Html {
    let s = &props.strings;
    let t = |key: &str| s.get(key).to_string();
    let onsubmit = {
        let (on_action, voice) = (props.on_action.clone(), props.voice.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let name = field_value("ed-v-name");
            let (short_name, role) = (field_value("ed-v-short"), field_value("ed-v-role"));
            let kind = VoiceKind::from_name(&field_value("ed-v-kind")).unwrap_or(VoiceKind::Person);
            let done = |key| Message::new(key, &[("name", name.clone())]);
            let (command, done) = match &voice {
                Some(v) => (
                    Command::EditVoice {
                        id: v.id.clone(),
                        name: name.clone(),
                        short_name,
                        role,
                        kind,
                    },
                    done("edit.done.edit_voice"),
                ),
                None => (
                    Command::AddVoice {
                        name: name.clone(),
                        short_name,
                        role,
                        kind,
                    },
                    done("edit.done.add_voice"),
                ),
            };
            on_action.emit(Action::Apply(command, done));
        })
    };
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let v = props.voice.as_ref();
    let value = |f: fn(&Voice) -> &str| v.map(|v| f(v).to_string()).unwrap_or_default();
    let kind = v.map_or(VoiceKind::Person, |v| v.kind);
    let error_for = |field: &str| {
        props
            .refusal
            .as_ref()
            .filter(|r| r.field == field)
            .map(|r| r.message.render(s))
    };
    let input = |id: &'static str, label: &str, value: String, field: &str| {
        let error = error_for(field);
        let described = error.as_ref().map(|_| format!("{id}-error"));
        html! {
            <>
                <label for={id}>{ label.to_string() }</label>
                <input {id} type="text" {value} aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={described.clone()} />
                if let Some(error) = error {
                    <p class="ed-field-error" id={described}>{ error }</p>
                }
            </>
        }
    };
    let heading = match v {
        Some(v) => s.fill("editor.voice.edit_name", &[("name", &v.name)]),
        None => t("editor.voice.add"),
    };
    html! {
        <form class="ed-voice-form" {onsubmit} aria-label={heading.clone()}>
            <h3>{ heading }</h3>
            { input("ed-v-name", &t("editor.voice.name"), value(|v| &v.name), "voices.name") }
            { input("ed-v-short", &t("editor.voice.short"), value(|v| &v.short_name), "voices.short_name") }
            { input("ed-v-role", &t("editor.voice.role"), value(|v| &v.role), "voices.role") }
            <label for="ed-v-kind">{ t("editor.voice.kind") }</label>
            <select id="ed-v-kind">
                { for VoiceKind::ALL.iter().map(|k| html! {
                    <option value={k.label()} selected={*k == kind}>{ s.get(&format!("editor.vkind.{}", k.label())) }</option>
                }) }
            </select>
            if let Some(error) = error_for("voices.kind").or_else(|| error_for("voices.id")) {
                <p class="ed-field-error">{ error }</p>
            }
            <p class="ed-hint">{ t("editor.voice.id_hint") }</p>
            <div class="ed-actions">
                <button type="submit" class="ed-save-voice">{ t("editor.voice.save") }</button>
                <button type="button" class="ed-cancel-voice" onclick={on_cancel}>{ t("editor.voice.cancel") }</button>
            </div>
        </form>
    }
}
