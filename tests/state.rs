//! Filter state, the reducer, the hash format and the live-region sentence.
#![cfg(not(target_arch = "wasm32"))]

use article_viewer::i18n::{Message, Strings};
use article_viewer::model::{builtin_article, ArticleIndex};
use article_viewer::options::{Options, Theme};
use article_viewer::state::*;
use std::rc::Rc;
use yew::Reducible;

fn reduce(state: Rc<ViewerState>, action: Action) -> Rc<ViewerState> {
    state.reduce(StateAction::Filter(action))
}

#[test]
fn toggling_voices_builds_the_hash_and_clear_resets() {
    let a = builtin_article().unwrap();
    let s = Rc::new(ViewerState {
        filter: Filter::none(a.voices.len()),
    });
    assert_eq!(s.filter.to_hash(&a), "");
    let s = reduce(s, Action::Toggle(0));
    let s = reduce(s, Action::Toggle(2));
    assert_eq!(s.filter.to_hash(&a), "#voices=maria-zakharova,james-mattis");
    let s = reduce(s, Action::SetOnly(true));
    assert_eq!(
        s.filter.to_hash(&a),
        "#voices=maria-zakharova,james-mattis&only=true"
    );
    assert!(s.filter.matches(0) && !s.filter.matches(1));
    let s = reduce(s, Action::Clear);
    assert!(!s.filter.is_active());
    assert!(s.filter.matches(1), "no filter: everything matches");
}

#[test]
fn an_unchanged_state_keeps_its_rc_so_yew_skips_the_render() {
    let s = Rc::new(ViewerState {
        filter: Filter::none(3),
    });
    let again = reduce(s.clone(), Action::Clear);
    assert!(Rc::ptr_eq(&s, &again));
}

#[test]
fn hash_round_trips_and_unknown_ids_are_dropped_with_a_notice() {
    let a = builtin_article().unwrap();
    let (route, warnings) =
        parse_hash("#voices=sergei-lavrov,lavorv,Bad%20Id&only=true&colour=red");
    let HashRoute::Options(options) = route else {
        panic!("a filter hash")
    };
    assert_eq!(
        english(&warnings),
        [
            r#"voices: "Bad Id" is not a voice id; ignored"#,
            r#"unknown option "colour" ignored"#
        ]
    );
    let (filter, notices) = Filter::from_options(&a, &options);
    assert_eq!(
        english(&notices),
        [r#"voices: unknown voice "lavorv" dropped"#]
    );
    assert_eq!(filter.to_hash(&a), "#voices=sergei-lavrov&only=true");
    let (again, _) = parse_hash(&filter.to_hash(&a));
    assert_eq!(
        again,
        HashRoute::Options(Options {
            voices: Some(vec!["sergei-lavrov".into()]),
            only: Some(true),
            ..Default::default()
        })
    );
}

#[test]
fn quote_links_are_their_own_route() {
    assert_eq!(
        parse_hash("#q-maria-zakharova-2").0,
        HashRoute::Quote("maria-zakharova-2".into())
    );
}

#[test]
fn options_fall_back_and_name_the_problem() {
    let (o, w) = Options::from_query("theme=purple&panel=open&only=maybe&voices=syria", &[]);
    assert_eq!(o.theme, None);
    assert_eq!(o.panel_open, Some(true));
    assert_eq!(o.only, None);
    assert_eq!(o.voices, Some(vec!["syria".to_string()]));
    assert_eq!(w.len(), 2);
    assert!(w[0].to_string().starts_with("theme: \"purple\""), "{w:?}");
    let (o, w) = Options::from_query("embed&theme=dark&only", &["embed"]);
    assert_eq!(
        (o.theme, o.only, w.len()),
        (Some(Theme::Dark), Some(true), 0)
    );
}

#[test]
fn the_announcement_says_what_is_shown() {
    let a = builtin_article().unwrap();
    let index = ArticleIndex::new(&a);
    let total = index.passage_count();
    let s = Rc::new(ViewerState {
        filter: Filter::none(a.voices.len()),
    });
    assert_eq!(
        announcement(&Strings::english(), &a, &index, &s.filter),
        format!("Showing all {total} passages.")
    );
    let s = reduce(s, Action::Toggle(0));
    assert_eq!(
        announcement(&Strings::english(), &a, &index, &s.filter),
        format!("Showing 2 of {total} passages: Maria Zakharova.")
    );
    let s = reduce(s, Action::SetOnly(true));
    assert_eq!(
        announcement(&Strings::english(), &a, &index, &s.filter),
        format!("Showing 2 of {total} passages: Maria Zakharova. Only the 2 of 6 paragraphs with a match are shown.")
    );
}

/// The voice list: all voices for a short list; for a long one the most-quoted few, the outlet
/// and the selected voices, or the search's matches, or all on demand. (The long article is
/// the benchmark's synthetic one, built with the `ssr` feature.)
#[cfg(feature = "ssr")]
#[test]
fn a_long_voice_list_shows_the_most_quoted_the_selected_and_the_searched() {
    let seed = builtin_article().unwrap();
    let seed_index = ArticleIndex::new(&seed);
    let none = Filter::none(seed.voices.len());
    assert!(shown_voices(&seed, &seed_index, &none, "", false)
        .iter()
        .all(|s| *s));
    assert_eq!(
        shown_voices(&seed, &seed_index, &none, "  SPOKESWOMAN ", false),
        [true, false, false, false, false, false],
        "the search reads roles too, case aside"
    );

    let long = article_viewer::synthetic::generate(200, 50, 1);
    let index = ArticleIndex::new(&long);
    let filter = Filter::none(long.voices.len());
    let shown = shown_voices(&long, &index, &filter, "", false);
    let count = shown.iter().filter(|s| **s).count();
    assert!((8..=9).contains(&count), "{count} shown");
    let least = (0..long.voices.len())
        .filter(|&v| !shown[v])
        .min_by_key(|&v| index.stats[v].passages)
        .unwrap();
    assert!(
        index.stats[least].passages
            <= (0..50)
                .filter(|&v| shown[v])
                .map(|v| index.stats[v].passages)
                .min()
                .unwrap()
    );
    let selected = reduce(Rc::new(ViewerState { filter }), Action::Toggle(least));
    assert!(
        shown_voices(&long, &index, &selected.filter, "", false)[least],
        "a selected voice always shows"
    );
    assert!(shown_voices(&long, &index, &selected.filter, "", true)
        .iter()
        .all(|s| *s));
}

/// Notices as the English reader sees them.
fn english(messages: &[Message]) -> Vec<String> {
    messages.iter().map(ToString::to_string).collect()
}

#[test]
fn a_filter_change_keeps_the_links_theme_panel_and_locale() {
    use article_viewer::state::keep_view_options;
    assert_eq!(
        keep_view_options("#voices=syria", "#locale=ar&voices=russia&theme=dark"),
        "#voices=syria&locale=ar&theme=dark"
    );
    assert_eq!(keep_view_options("", "#locale=fr"), "#locale=fr");
    assert_eq!(
        keep_view_options("#voices=syria", "#voices=russia&only=true"),
        "#voices=syria"
    );
    assert_eq!(keep_view_options("", ""), "");
}
