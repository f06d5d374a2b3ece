//! What stands between the draft and publishing: the article's validation errors, by field
//! path, checked after every change. Each field's own errors also show beside it.

use crate::i18n::Strings;
use crate::model::DataError;
use crate::shared::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub errors: Shared<Vec<DataError>>,
    pub strings: Shared<Strings>,
}

#[component]
pub fn Problems(props: &ProblemsProps) -> Html {
    let s = &props.strings;
    let errors = &props.errors;
    html! {
        <section class="ed-problems" aria-labelledby="ed-problems-h" data-count={errors.len().to_string()}>
            <h2 id="ed-problems-h">{ s.get("editor.problems") }</h2>
            <p role="status">
                if errors.is_empty() { { s.get("editor.problems.none") } }
                else { { s.count("editor.problems.some", errors.len(), &[]) } }
            </p>
            if !errors.is_empty() {
                <ul>
                    { for errors.iter().map(|e| html! {
                        <li data-path={e.path.clone()}><code>{ &e.path }</code>{ " " }{ e.message.render(s) }</li>
                    }) }
                </ul>
            }
        </section>
    }
}
