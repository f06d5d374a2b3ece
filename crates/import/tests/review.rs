//! What the editor's review sees: a reporting cue left with nothing attributed to it is flagged
//! (so that a missed quote can be found), a cue beside its quote is not, and the scores count
//! the review cost at the editor's threshold.
#![cfg(not(target_arch = "wasm32"))]

use article_import::score::{score, QuoteKind};
use article_import::{import, is_doubtful, ImportOptions, DOUBT_BELOW};
use article_model::{Article, PassageKind};

fn draft(text: &str, lang: &str) -> Article {
    let options = ImportOptions {
        language: Some(lang.to_string()),
        ..ImportOptions::default()
    };
    import(text, &options).unwrap().article
}

fn flagged_narration(article: &Article) -> Vec<(String, String)> {
    article
        .passages()
        .filter(|(_, p)| p.kind == PassageKind::Narration && is_doubtful(p))
        .map(|(_, p)| (p.text.clone(), p.reason.clone().unwrap_or_default()))
        .collect()
}

#[test]
fn a_reporting_cue_with_nothing_attributed_is_flagged_with_the_cue_in_the_reason() {
    for (text, lang, cue) in [
        (
            "The port reopened on Monday. Nothing else was announced in the notice.",
            "en",
            "announced",
        ),
        (
            "Le port a rouvert lundi. Rien d'autre n'a été déclaré dans l'avis.",
            "fr",
            "déclaré",
        ),
        (
            "Der Hafen wurde am Montag wieder geöffnet. Mehr wurde nicht erklärt.",
            "de",
            "erklärt",
        ),
        (
            "El puerto reabrió el lunes. Nada más fue anunciado en el aviso.",
            "es",
            "anunciado",
        ),
    ] {
        let a = draft(text, lang);
        let flags = flagged_narration(&a);
        assert_eq!(flags.len(), 1, "{text}: {flags:?}");
        assert!(flags[0].1.contains(cue), "{text}: {}", flags[0].1);
    }
}

#[test]
fn a_cue_beside_its_quote_is_not_flagged() {
    for (text, lang) in [
        (
            "\u{201c}We will rebuild the bridge,\u{201d} Mayor Ana Silva said on Monday.",
            "en",
        ),
        (
            "\u{ab} Nous reconstruirons le pont \u{bb}, a déclaré lundi la maire Ana Silva.",
            "fr",
        ),
        (
            "\u{201e}Wir bauen die Brücke wieder auf\u{201c}, sagte Bürgermeisterin Ana Silva.",
            "de",
        ),
        (
            "\u{ab}Reconstruiremos el puente\u{bb}, dijo el lunes la alcaldesa Ana Silva.",
            "es",
        ),
    ] {
        assert!(flagged_narration(&draft(text, lang)).is_empty(), "{text}");
    }
}

#[test]
fn the_review_cost_counts_wrong_attributions_below_the_threshold() {
    let text = "\u{201c}We will rebuild the bridge,\u{201d} Mayor Ana Silva said on Monday.";
    let mut drafted = draft(text, "en");
    // The gold gives the quote to someone else: the draft's attribution is wrong.
    let mut gold = drafted.clone();
    let quote = gold.paragraphs[0]
        .passages
        .iter_mut()
        .find(|p| p.kind == PassageKind::Direct)
        .unwrap();
    let mut other = gold.voices[0].clone();
    other.id = "someone-else".into();
    other.name = "Someone Else".into();
    other.short_name = "Else".into();
    quote.voice = other.id.clone();
    gold.voices.push(other);

    let sure = score(&drafted, &gold);
    assert_eq!((sure.wrong, sure.wrong_doubtful), (1, 0));
    assert_eq!((sure.attributed, sure.attributed_doubtful), (1, 0));
    let direct = QuoteKind::Direct as usize;
    assert_eq!(sure.kind_gold[direct], 1);
    assert_eq!(sure.kind_found[direct], 1);
    assert_eq!(sure.kind_speaker_right[direct], 0);

    // Below the editor's threshold, the same wrong attribution is one the review shows.
    for p in drafted.paragraphs[0].passages.iter_mut() {
        if p.kind == PassageKind::Direct {
            p.confidence = Some(DOUBT_BELOW - 1);
        }
    }
    let doubted = score(&drafted, &gold);
    assert_eq!((doubted.wrong, doubted.wrong_doubtful), (1, 1));
    assert_eq!(doubted.attributed_flagged(), 1.0);
    assert_eq!(doubted.wrong_flagged(), 1.0);
}
