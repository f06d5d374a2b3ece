use crate::citation::quote_with_attribution;
use crate::components::use_strings;
use crate::i18n::Strings;
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
/// labels are CSS generated content (`data-label`), outside the DOM text. One listener serves
/// every quote's copy button.
#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let strings = use_strings();
    let onclick = copy_on_click(&strings, props);
    let article = &props.article;
    let mut quote_numbers = vec![0usize; article.voices.len()];
    let paragraphs = article.paragraphs.iter().enumerate().map(|(p, paragraph)| {
        let passages = paragraph.passages.iter().map(|passage| {
            let v = article.voice_index(&passage.voice).unwrap_or(0);
            let quote_id = (passage.kind == PassageKind::Direct).then(|| {
                quote_numbers[v] += 1;
                quote_anchor(&passage.voice, quote_numbers[v])
            });
            let copy = quote_id.as_ref().map(|_| copy_button(&strings, article, v));
            html! { <>{ passage_html(&strings, article, passage, quote_id.clone()) }{ for copy }</> }
        });
        let notes = paragraph
            .notes
            .iter()
            .filter_map(|id| article.note(id))
            .map(|note| {
                let kind = strings.get(match note.kind {
                    NoteKind::Repair => "note.repair",
                    NoteKind::Editorial => "note.editorial",
                });
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
        <div class="av-body" ref={props.body_ref.clone()} {onclick}>{ for paragraphs }</div>
    }
}

/// A click on a quote's copy button (the element after the quote) copies the quote with its
/// attribution, or selects it where the clipboard is refused.
fn copy_on_click(strings: &Shared<Strings>, props: &ArticleBodyProps) -> Callback<MouseEvent> {
    let (strings, article, on_copied) = (
        strings.clone(),
        props.article.clone(),
        props.on_copied.clone(),
    );
    Callback::from(move |e: MouseEvent| {
        let Some(button) = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest(".av-quote-copy").ok().flatten())
        else {
            return;
        };
        let Some(quote) = button.previous_element_sibling() else {
            return;
        };
        let Some((passage, v)) = quote_by_anchor(&article, &quote.id()) else {
            return;
        };
        let voice = &article.voices[v];
        let text = quote_with_attribution(&strings, &article, passage, voice);
        let messages = (
            strings.fill("quote.copied", &[("name", &voice.name)]),
            strings.get("quote.selected").to_string(),
        );
        let on_copied = on_copied.clone();
        crate::clipboard::copy_or_select(text, Some(quote.into()), move |copied| {
            on_copied.emit(if copied { messages.0 } else { messages.1 })
        });
    })
}

/// The direct quote that `quote_anchor` named `id`, with its voice's index.
fn quote_by_anchor<'a>(article: &'a Article, id: &str) -> Option<(&'a Passage, usize)> {
    let mut numbers = vec![0usize; article.voices.len()];
    for passage in article.paragraphs.iter().flat_map(|p| &p.passages) {
        if passage.kind != PassageKind::Direct {
            continue;
        }
        let v = article.voice_index(&passage.voice).unwrap_or(0);
        numbers[v] += 1;
        if quote_anchor(&passage.voice, numbers[v]) == id {
            return Some((passage, v));
        }
    }
    None
}

/// `q-<voice>-<n>`: the n-th direct quote of that voice, stable while the data is.
pub fn quote_anchor(voice: &str, n: usize) -> String {
    format!("q-{voice}-{n}")
}

/// A small button after a direct quote (outside the passage, with no text of its own, so the
/// paragraph's text stays exactly its passages). The body's listener handles its clicks.
fn copy_button(strings: &Strings, article: &Article, voice: usize) -> Html {
    html! {
        <button
            type="button"
            class="av-quote-copy"
            data-label={strings.get("quote.copy_short").to_string()}
            aria-label={strings.fill("quote.copy", &[("name", &article.voices[voice].name)])}
        />
    }
}

fn passage_html(
    strings: &Strings,
    article: &Article,
    passage: &Passage,
    quote_id: Option<String>,
) -> Html {
    let label = article
        .voices
        .iter()
        .find(|v| v.id == passage.voice)
        .map(|v| {
            strings.fill(
                "passage.label",
                &[
                    ("voice", &v.short_name),
                    ("kind", strings.get(passage.kind.label_key())),
                ],
            )
        });
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
