use crate::clipboard;
use crate::components::use_strings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    pub text: AttrValue,
    pub label: AttrValue,
    /// The element showing `text`: selected for a manual copy when the clipboard is refused.
    pub target: NodeRef,
}

#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Idle,
    Copied,
    Selected,
}

/// Copies to the clipboard; where the browser refuses, selects the text and says so.
#[component]
pub fn CopyButton(props: &CopyButtonProps) -> Html {
    let outcome = use_state(|| Outcome::Idle);
    let onclick = {
        let outcome = outcome.clone();
        let text = props.text.clone();
        let target = props.target.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            clipboard::copy_or_select(text.to_string(), target.get(), move |copied| {
                outcome.set(if copied {
                    Outcome::Copied
                } else {
                    Outcome::Selected
                })
            });
        })
    };
    let strings = use_strings();
    let message = match *outcome {
        Outcome::Idle => "",
        Outcome::Copied => strings.get("copy.copied"),
        Outcome::Selected => strings.get("copy.selected"),
    };
    html! {
        <span class="av-copy">
            <button type="button" class="av-copy-button" {onclick}>{ props.label.clone() }</button>
            <span class="av-copy-status" role="status">{ message }</span>
        </span>
    }
}
