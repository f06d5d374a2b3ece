use crate::model::{Article, NoteKind, Passage, PassageKind};
use crate::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub article: Shared<Article>,
    /// The filter marks (`data-match`) are set on these elements directly, so that a click does
    /// not re-render thousands of passages.
    pub body_ref: NodeRef,
}

/// The article's paragraphs. Each paragraph's text is exactly its passages' text: the voice
/// labels are CSS generated content (`data-label`), outside the DOM text.
#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let article = &props.article;
    let mut quote_numbers = vec![0usize; article.voices.len()];
    let paragraphs = article.paragraphs.iter().enumerate().map(|(p, paragraph)| {
        let passages = paragraph.passages.iter().map(|passage| {
            let v = article.voice_index(&passage.voice).unwrap_or(0);
            let quote_id = (passage.kind == PassageKind::Direct).then(|| {
                quote_numbers[v] += 1;
                quote_anchor(&passage.voice, quote_numbers[v])
            });
            passage_html(article, passage, quote_id)
        });
        let notes = paragraph
            .notes
            .iter()
            .filter_map(|id| article.note(id))
            .map(|note| {
                let kind = match note.kind {
                    NoteKind::Repair => "Editor's note (repair): ",
                    NoteKind::Editorial => "Editor's note: ",
                };
                html! { <p class="av-note" role="note"><strong>{ kind }</strong>{ &note.text }</p> }
            });
        html! {
            <div class="av-paragraph-block" data-paragraph={p.to_string()}>
                <p class="av-paragraph">{ for passages }</p>
                { for notes }
            </div>
        }
    });
    html! {
        <div class="av-body" ref={props.body_ref.clone()}>{ for paragraphs }</div>
    }
}

/// `q-<voice>-<n>`: the n-th direct quote of that voice, stable while the data is.
pub fn quote_anchor(voice: &str, n: usize) -> String {
    format!("q-{voice}-{n}")
}

fn passage_html(article: &Article, passage: &Passage, quote_id: Option<String>) -> Html {
    let label = article
        .voices
        .iter()
        .find(|v| v.id == passage.voice)
        .map(|v| format!("{} \u{b7} {}", v.short_name, passage.kind.label()));
    html! {
        <span
            class="av-passage"
            id={quote_id}
            data-voice={passage.voice.clone()}
            data-kind={passage.kind.as_str()}
            data-label={label}
        >{ &passage.text }</span>
    }
}
