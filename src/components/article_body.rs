use crate::citation::quote_with_attribution;
use crate::model::{Article, NoteKind, Passage, PassageKind};
use crate::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub article: Shared<Article>,
    /// The filter marks (`data-match`) are set on these elements directly, so that a click does
    /// not re-render thousands of passages.
    pub body_ref: NodeRef,
    /// Called with what happened after a quote's copy button was used.
    pub on_copied: Callback<String>,
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
            let copy = quote_id
                .as_ref()
                .map(|id| copy_button(props, passage, v, id));
            html! { <>{ passage_html(article, passage, quote_id.clone()) }{ for copy }</> }
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

/// A small button after a direct quote (outside the passage, with no text of its own, so the
/// paragraph's text stays exactly its passages). It copies the quote with its attribution.
fn copy_button(props: &ArticleBodyProps, passage: &Passage, voice: usize, quote_id: &str) -> Html {
    let article = &props.article;
    let text = quote_with_attribution(article, passage, &article.voices[voice]);
    let (body, on_copied, id) = (
        props.body_ref.clone(),
        props.on_copied.clone(),
        quote_id.to_string(),
    );
    let name = article.voices[voice].name.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        let target = body
            .cast::<web_sys::Element>()
            .and_then(|b| b.query_selector(&format!("#{id}")).ok().flatten())
            .map(web_sys::Node::from);
        let (on_copied, name) = (on_copied.clone(), name.clone());
        crate::clipboard::copy_or_select(text.clone(), target, move |copied| {
            on_copied.emit(if copied {
                format!("Copied the quote by {name}, with its attribution.")
            } else {
                "The browser did not allow copying. The quote is selected: press Ctrl+C (\u{2318}C on a Mac).".into()
            })
        });
    });
    html! {
        <button
            type="button"
            class="av-quote-copy"
            aria-label={format!("Copy this quote by {} with its attribution", article.voices[voice].name)}
            {onclick}
        />
    }
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
