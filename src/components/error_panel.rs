use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorPanelProps {
    pub title: AttrValue,
    pub errors: Vec<String>,
}

/// Shown instead of the article when its data is invalid (or the app panicked): every problem,
/// each naming the field, never a blank box.
#[component]
pub fn ErrorPanel(props: &ErrorPanelProps) -> Html {
    html! {
        <div class="av-error" role="alert">
            <h2>{ props.title.clone() }</h2>
            <ul>
                { for props.errors.iter().map(|e| html! { <li><code>{ e }</code></li> }) }
            </ul>
        </div>
    }
}
