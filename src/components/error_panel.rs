use yew::prelude::*;

/// Shown instead of the article when its data is invalid (or the app panicked): every problem,
/// each naming the field, never a blank box. A function: it has no state.
pub fn error_panel(title: &str, errors: &[String]) -> Html {
    html! {
        <div class="av-error" role="alert">
            <h2>{ title }</h2>
            <ul>
                { for errors.iter().map(|e| html! { <li><code>{ e }</code></li> }) }
            </ul>
        </div>
    }
}
