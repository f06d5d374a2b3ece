//! The app: state, derived facts and effects, composing the components.

use crate::citation::Day;
use crate::components::article_body::ArticleBody;
use crate::components::article_header::ArticleHeader;
use crate::components::embed_panel::EmbedPanel;
use crate::components::error_panel::error_panel;
use crate::components::notices::notices;
use crate::components::reading_controls::ReadingControls;
use crate::components::source_panel::SourcePanel;
use crate::components::voice_filter::VoiceFilter;
use crate::components::who_said_what::WhoSaidWhat;
use crate::embed_snippets::SnippetState;
use crate::hooks::use_filter_marks::use_filter_marks;
use crate::hooks::use_frame_messages::{use_frame_messages, FrameConfig};
use crate::hooks::use_hash_sync::use_hash_sync;
use crate::i18n::{Message, Strings};
use crate::model::{Article, ArticleIndex, DataError};
use crate::options::{Options, Theme};
use crate::prefs::{Choice, ReadingPrefs};
use crate::shared::Shared;
use crate::state::{Action, Filter, StateAction, ViewerState};
use yew::prelude::*;

/// How the viewer is shown: the whole page, inside an iframe, or in a host page's element.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Page,
    Frame,
    Script,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Page => "page",
            Mode::Frame => "frame",
            Mode::Script => "script",
        }
    }
}

/// The article to show, or why it cannot be shown.
pub type ArticleLoad = Result<Shared<Article>, Vec<DataError>>;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub article: ArticleLoad,
    #[prop_or_default]
    pub mode: Mode,
    #[prop_or_default]
    pub options: Options,
    /// Problems with the options or the link, shown to the reader.
    #[prop_or_default]
    pub notices: Vec<Message>,
    /// The interface's language (English unless the article's or the `locale` option's).
    #[prop_or_else(|| Shared(Strings::english()))]
    pub strings: Shared<Strings>,
    #[prop_or_default]
    pub frame: Option<FrameConfig>,
    /// Called once after the first render in the browser.
    #[prop_or_default]
    pub on_ready: Callback<()>,
    /// The reader's today (for citations' access dates); `None` while prerendering.
    #[prop_or_default]
    pub today: Option<Day>,
    /// Where `dist/` is served from, for the embed snippets.
    #[prop_or(AttrValue::Static("./"))]
    pub base: AttrValue,
    /// The reader's saved settings; `remembered` is false where storage is refused.
    #[prop_or_default]
    pub prefs: ReadingPrefs,
    #[prop_or(true)]
    pub remembered: bool,
    /// The build's `article.json` and `quotes.csv` describe this article (the built-in one).
    #[prop_or(true)]
    pub downloads: bool,
    /// The editor page beside the viewer, when served (not from `file://`); the prerendered
    /// page has it (it is served), relative.
    #[prop_or_default]
    pub editor: Option<AttrValue>,
    /// The app takes over the page's prerendered copy (Yew's hydration) instead of rendering
    /// its own: the first render must be the prerender's, so what the prerender cannot know
    /// (notices about the link) comes one render later, before any paint.
    #[prop_or_default]
    pub hydrating: bool,
}

impl AppProps {
    /// Props with every option at its default, to be overridden with `..AppProps::new(…)`.
    pub fn new(article: ArticleLoad, mode: Mode) -> Self {
        AppProps {
            article,
            mode,
            options: Options::default(),
            notices: Vec::new(),
            strings: Shared(Strings::english()),
            frame: None,
            on_ready: Callback::noop(),
            today: None,
            base: AttrValue::Static("./"),
            prefs: ReadingPrefs::default(),
            remembered: true,
            downloads: true,
            editor: None,
            hydrating: false,
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    {
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |_| on_ready.emit(()));
    }
    let theme = props.options.theme.unwrap_or_default();
    let body = match &props.article {
        Ok(article) => html! {
            <Viewer
                article={article.clone()}
                mode={props.mode}
                options={props.options.clone()}
                notices={props.notices.clone()}
                frame={props.frame.clone()}
                today={props.today}
                base={props.base.clone()}
                prefs={props.prefs}
                remembered={props.remembered}
                downloads={props.downloads}
                editor={props.editor.clone()}
                hydrating={props.hydrating}
            />
        },
        Err(errors) => error_panel(
            props.strings.get("error.title"),
            &errors
                .iter()
                .map(|e| e.render(&props.strings))
                .collect::<Vec<_>>(),
        ),
    };
    let locale = props.strings.locale;
    html! {
        <ContextProvider<Shared<Strings>> context={props.strings.clone()}>
            <div
                class="av"
                lang={locale.tag()}
                dir={locale.dir()}
                data-theme={theme.as_str()}
                data-mode={props.mode.as_str()}
            >{ body }</div>
        </ContextProvider<Shared<Strings>>>
    }
}

#[derive(Properties, PartialEq)]
struct ViewerProps {
    article: Shared<Article>,
    mode: Mode,
    options: Options,
    notices: Vec<Message>,
    frame: Option<FrameConfig>,
    today: Option<Day>,
    base: AttrValue,
    prefs: ReadingPrefs,
    remembered: bool,
    downloads: bool,
    editor: Option<AttrValue>,
    hydrating: bool,
}

#[component]
fn Viewer(props: &ViewerProps) -> Html {
    let article = props.article.clone();
    let index = {
        let article = article.clone();
        (*use_memo(article, |a| Shared::new(ArticleIndex::new(a)))).clone()
    };
    // The requested filter, and what of it was unknown, resolved once.
    let initial = {
        let (article, options) = (article.clone(), props.options.clone());
        use_memo((), move |_| Filter::from_options(&article, &options))
    };
    let state = {
        let initial = initial.clone();
        use_reducer(move || ViewerState {
            filter: initial.0.clone(),
        })
    };
    // What the options or links asked for that could not be done; later hash changes add to it.
    let notice_list = {
        let given = props.notices.clone();
        use_reducer(move || NoticeList(given.into_iter().chain(initial.1.clone()).collect()))
    };
    // A theme the host or the link asks for wins over the reader's saved one, until the reader
    // picks another.
    let prefs = {
        let (saved, theme) = (props.prefs, props.options.theme);
        use_state(move || ReadingPrefs {
            theme: theme.unwrap_or(saved.theme),
            ..saved
        })
    };
    let remembered = use_state(|| props.remembered);
    // Callbacks keep their identity across renders, so a filter click does not re-render the
    // components whose data did not change.
    let on_prefs = use_callback(
        (prefs.setter(), remembered.setter()),
        |p: ReadingPrefs, (prefs, remembered)| {
            prefs.set(p);
            remembered.set(crate::storage::save(p));
        },
    );
    let copy_message = use_state(String::new);
    let on_copied = {
        let copy_message = copy_message.clone();
        use_callback((), move |message: String, _| copy_message.set(message))
    };
    let panel_open = use_state(|| props.options.panel_open.unwrap_or(props.mode == Mode::Page));
    let body_ref = use_node_ref();
    let root_ref = use_node_ref();
    let filter = state.filter.clone();

    // False only during hydration's first render (see `AppProps::hydrating`).
    let settled = use_state(|| !props.hydrating);
    {
        let settled = settled.clone();
        use_effect_with((), move |_| {
            if !*settled {
                settled.set(true);
            }
        });
    }
    use_filter_marks(body_ref.clone(), index.clone(), filter.clone());
    use_hash_sync(
        props.mode != Mode::Script,
        article.clone(),
        filter.clone(),
        body_ref.clone(),
        {
            let state = state.clone();
            Callback::from(move |f| state.dispatch(StateAction::Restore(f)))
        },
        {
            let notices = notice_list.dispatcher();
            Callback::from(move |more| notices.dispatch(more))
        },
    );
    use_frame_messages(
        props.frame.clone(),
        root_ref.clone(),
        article.clone(),
        filter.clone(),
    );

    let on_toggle = use_filter_callback(state.dispatcher(), Action::Toggle);
    let on_clear = use_filter_callback(state.dispatcher(), |()| Action::Clear);
    let on_only = use_filter_callback(state.dispatcher(), Action::SetOnly);
    let on_solo = use_filter_callback(state.dispatcher(), Action::Solo);
    let on_panel = use_callback(panel_open.setter(), |open, setter| setter.set(open));
    let strings = crate::components::use_strings();

    html! {
        <div
            class="av-viewer"
            ref={root_ref}
            onkeydown={Callback::from(close_disclosure_on_escape)}
            data-filtering={filter.is_active().to_string()}
            data-only={(filter.is_active() && filter.only_matching).to_string()}
            data-theme={prefs.theme.name()}
            data-text-size={prefs.text_size.name()}
            data-font={prefs.font.name()}
            data-measure={prefs.measure.name()}
            data-labels={prefs.labels.name()}
        >
            if *settled {
                { notices(&strings, &notice_list.0) }
            }
            // Reading order, and the order on narrow screens and in embeds: title, voices, text,
            // the rest. Wide pages put the voices and the rest in a column beside the text.
            <div class="av-layout">
                <ArticleHeader article={article.clone()} words={index.total_words} />
                <VoiceFilter
                    article={article.clone()}
                    index={index.clone()}
                    filter={filter.clone()}
                    {on_toggle}
                    {on_clear}
                    {on_only}
                />
                <article
                    class="av-article"
                    lang={article.meta.language.clone()}
                    dir={crate::i18n::text_direction(&article.meta.language)}
                    aria-labelledby="av-title"
                >
                    <ArticleBody article={article.clone()} body_ref={body_ref} {on_copied} />
                    <p class="av-copy-announce" role="status">{ (*copy_message).clone() }</p>
                </article>
                <div class="av-side">
                    <ReadingControls prefs={*prefs} on_change={on_prefs} remembered={*remembered} />
                    <WhoSaidWhat article={article.clone()} index={index.clone()} on_select={on_solo} />
                    <SourcePanel
                        article={article.clone()}
                        open={*panel_open}
                        on_toggle={on_panel}
                        today={props.today}
                        downloads={props.downloads.then(|| props.base.clone())}
                    />
                    if props.mode == Mode::Page {
                        <EmbedPanel
                            base={props.base.clone()}
                            title={article.meta.title.clone()}
                            state={snippet_state(&article, &filter, prefs.theme)}
                        />
                    }
                    if let Some(editor) = &props.editor {
                        <p class="av-editor-link"><a href={editor.clone()}>{ strings.get("viewer.editor") }</a></p>
                    }
                </div>
            </div>
        </div>
    }
}

#[derive(PartialEq)]
struct NoticeList(Vec<Message>);

impl Reducible for NoticeList {
    type Action = Vec<Message>;

    /// Appends what is new (Back fires both `popstate` and `hashchange`).
    fn reduce(self: std::rc::Rc<Self>, more: Vec<Message>) -> std::rc::Rc<Self> {
        let fresh: Vec<Message> = more.into_iter().filter(|n| !self.0.contains(n)).collect();
        if fresh.is_empty() {
            return self;
        }
        std::rc::Rc::new(NoticeList(self.0.iter().cloned().chain(fresh).collect()))
    }
}

#[hook]
fn use_filter_callback<T: 'static>(
    dispatcher: UseReducerDispatcher<ViewerState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    use_callback(dispatcher, move |x, d| {
        d.dispatch(StateAction::Filter(make(x)))
    })
}

fn snippet_state(article: &Article, filter: &Filter, theme: Theme) -> SnippetState {
    SnippetState {
        voices: filter
            .selected_voices()
            .map(|v| article.voices[v].id.clone())
            .collect(),
        only: filter.only_matching,
        theme: (theme != Theme::Auto).then_some(theme.as_str()),
        id: "article-viewer".into(),
    }
}

/// Escape closes the innermost open disclosure (date reason, source panel, embed snippets)
/// around the focus, and puts the focus back on its summary.
fn close_disclosure_on_escape(event: KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if event.key() != "Escape" {
        return;
    }
    let Some(target) = event.target_dyn_into::<web_sys::Element>() else {
        return;
    };
    let Ok(Some(details)) = target.closest("details[open]") else {
        return;
    };
    if let Some(details) = details.dyn_ref::<web_sys::HtmlDetailsElement>() {
        details.set_open(false);
    }
    if let Ok(Some(summary)) = details.query_selector(":scope > summary") {
        if let Some(summary) = summary.dyn_ref::<web_sys::HtmlElement>() {
            let _ = summary.focus();
        }
    }
    event.prevent_default();
}
