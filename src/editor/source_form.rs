//! Where the article comes from: title, authors, dateline, date (and an inferred year with its
//! reason), language, outlet, description and its basis, links. A field's change is one
//! command (undoable); the article's validation runs after each and shows its errors by field
//! path next to the field.

use super::dom::{checked, field_value};
use super::session::Action;
use crate::edit::Command;
use crate::i18n::{Message, Strings};
use crate::model::{Article, Author, DataError, Meta, PublicationDate, Source};
use crate::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    pub article: Shared<Article>,
    pub strings: Shared<Strings>,
    pub errors: Shared<Vec<DataError>>,
    pub on_action: Callback<Action>,
}

/// The form's fields, each with what it shows now: (element id, catalogue key of the label,
/// data path, value). The checkbox's value is its `checked`, set apart.
fn fields(
    meta: &Meta,
    source: &Source,
) -> [(&'static str, &'static str, &'static str, String); 14] {
    let or_empty = |v: &Option<String>| v.clone().unwrap_or_default();
    let authors = meta
        .authors
        .iter()
        .map(|a| format!("{}, {}", a.family, a.given))
        .collect::<Vec<_>>()
        .join("\n");
    [
        (
            "ed-s-title",
            "editor.title",
            "meta.title",
            meta.title.clone(),
        ),
        (
            "ed-s-authors",
            "editor.source.authors",
            "meta.authors",
            authors,
        ),
        (
            "ed-s-dateline",
            "editor.source.dateline",
            "meta.dateline",
            meta.dateline.clone(),
        ),
        (
            "ed-s-date",
            "editor.date",
            "meta.date.value",
            meta.date.value.clone(),
        ),
        (
            "ed-s-printed",
            "editor.source.printed",
            "meta.date.printed",
            meta.date.printed.clone(),
        ),
        (
            "ed-s-inferred",
            "editor.source.inferred",
            "meta.date.year_inferred",
            String::new(),
        ),
        (
            "ed-s-reason",
            "editor.source.reason",
            "meta.date.reason",
            or_empty(&meta.date.reason),
        ),
        (
            "ed-s-language",
            "editor.language",
            "meta.language",
            meta.language.clone(),
        ),
        (
            "ed-s-outlet",
            "editor.outlet",
            "source.outlet",
            source.outlet.clone(),
        ),
        (
            "ed-s-abbr",
            "editor.source.abbreviation",
            "source.outlet_abbreviation",
            or_empty(&source.outlet_abbreviation),
        ),
        (
            "ed-s-description",
            "editor.source.description",
            "source.description",
            source.description.clone(),
        ),
        (
            "ed-s-basis",
            "editor.source.basis",
            "source.description_basis",
            source.description_basis.clone(),
        ),
        ("ed-s-url", "editor.url", "source.url", source.url.clone()),
        (
            "ed-s-archive",
            "editor.source.archive",
            "source.archive_url",
            or_empty(&source.archive_url),
        ),
    ]
}

#[component]
pub fn SourceForm(props: &SourceProps) -> Html {
    let s = &props.strings;
    let article = &props.article;
    let onchange = {
        let (on_action, article) = (props.on_action.clone(), article.clone());
        Callback::from(move |_: Event| {
            let (meta, source) = read_form();
            let done = Message::new("edit.done.source", &[]);
            if meta != article.meta {
                on_action.emit(Action::Apply(Command::SetMeta(meta), done));
            } else if source != article.source {
                on_action.emit(Action::Apply(Command::SetSource(source), done));
            }
        })
    };
    let meta = &article.meta;
    let fields = fields(meta, &article.source).map(|(id, label, path, value)| {
        let errors: Vec<String> = props
            .errors
            .iter()
            .filter(|e| e.path == path || e.path.starts_with(&format!("{path}[")))
            .map(|e| e.render(s))
            .collect();
        let described = (!errors.is_empty()).then(|| format!("{id}-error"));
        let invalid = described.as_ref().map(|_| "true");
        let control = match id {
            "ed-s-authors" => html! {
                <textarea {id} rows="2" {value} aria-invalid={invalid} aria-describedby={described.clone()} onchange={onchange.clone()} />
            },
            "ed-s-inferred" => html! {
                <input {id} type="checkbox" checked={meta.date.year_inferred} onchange={onchange.clone()} />
            },
            _ => html! {
                <input {id} type={if id == "ed-s-date" { "date" } else { "text" }} {value}
                    aria-invalid={invalid} aria-describedby={described.clone()} onchange={onchange.clone()} />
            },
        };
        html! {
            <div class="ed-field" data-path={path}>
                <label for={id}>{ s.get(label) }</label>
                { control }
                if id == "ed-s-authors" { <p class="ed-hint">{ s.get("editor.source.authors_hint") }</p> }
                if let Some(described) = described {
                    <p class="ed-field-error" id={described}>{ errors.join(" ") }</p>
                }
            </div>
        }
    });
    html! {
        <section class="ed-panel ed-source" aria-labelledby="ed-source-h">
            <h2 id="ed-source-h">{ s.get("editor.source") }</h2>
            { for fields }
        </section>
    }
}

/// The form's values as the article's metadata and source.
fn read_form() -> (Meta, Source) {
    let optional = |id: &str| Some(field_value(id)).filter(|v| !v.is_empty());
    let authors = field_value("ed-s-authors")
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (family, given) = line.split_once(',').unwrap_or((line, ""));
            Author {
                given: given.trim().to_string(),
                family: family.trim().to_string(),
            }
        })
        .collect();
    let meta = Meta {
        title: field_value("ed-s-title"),
        authors,
        dateline: field_value("ed-s-dateline"),
        date: PublicationDate {
            value: field_value("ed-s-date"),
            printed: field_value("ed-s-printed"),
            year_inferred: checked("ed-s-inferred"),
            reason: optional("ed-s-reason"),
        },
        language: field_value("ed-s-language"),
    };
    let source = Source {
        outlet: field_value("ed-s-outlet"),
        outlet_abbreviation: optional("ed-s-abbr"),
        description: field_value("ed-s-description"),
        description_basis: field_value("ed-s-basis"),
        url: field_value("ed-s-url"),
        archive_url: optional("ed-s-archive"),
    };
    (meta, source)
}
