//! One row per passage: the export columns of the corpus (`corpus export`) and of the Python
//! package (`av.passages`). This is their one definition, so both stay the same table.

use crate::{Article, Voice, VoiceKind};
use serde::{Deserialize, Serialize};

/// The role the importer gives a source it could not name ("a senior official said").
pub const ANONYMOUS_ROLE: &str = "anonymous source";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PassageRow {
    pub article_id: String,
    pub outlet: String,
    /// `YYYY-MM-DD`; `None` when the article gives no date.
    pub date: Option<String>,
    /// Empty when the article gives no original link.
    pub url: String,
    /// The paragraph's index in the article, from 0.
    pub paragraph: u32,
    /// The voice's id within its article.
    pub voice: String,
    pub voice_name: String,
    /// `person`, `collective`, `anonymous` or `outlet` (see [`voice_kind`]).
    pub voice_kind: String,
    /// `direct`, `paraphrase` or `narration`.
    pub passage_kind: String,
    pub text: String,
    /// The importer's confidence, 0–100; `None` for passages a person wrote or checked.
    pub confidence: Option<u8>,
    /// Whether the article was reviewed (an `article.json`) rather than a draft.
    pub reviewed: bool,
}

impl PassageRow {
    /// The column names, in order: the header of a CSV export and the Parquet schema.
    pub const COLUMNS: [&'static str; 12] = [
        "article_id",
        "outlet",
        "date",
        "url",
        "paragraph",
        "voice",
        "voice_name",
        "voice_kind",
        "passage_kind",
        "text",
        "confidence",
        "reviewed",
    ];
}

/// The kind a reader of the statistics needs: the model's kind, with the importer's anonymous
/// sources told apart from named people.
pub fn voice_kind(voice: &Voice) -> &'static str {
    match voice.kind {
        VoiceKind::Person if voice.role == ANONYMOUS_ROLE => "anonymous",
        kind => kind.label(),
    }
}

/// Every passage of a valid article, in reading order. A passage whose voice is missing (an
/// invalid article) keeps its text, with the voice's id as its name and kind `person`.
pub fn passage_rows(article_id: &str, article: &Article, reviewed: bool) -> Vec<PassageRow> {
    let date = (!article.meta.date.is_missing()).then(|| article.meta.date.value.clone());
    article
        .passages()
        .map(|(p, passage)| {
            let voice = article.voice(&passage.voice);
            PassageRow {
                article_id: article_id.to_string(),
                outlet: article.source.outlet.clone(),
                date: date.clone(),
                url: article.source.url.clone(),
                paragraph: p as u32,
                voice: passage.voice.clone(),
                voice_name: voice.map_or_else(|| passage.voice.clone(), |v| v.name.clone()),
                voice_kind: voice.map_or("person", voice_kind).to_string(),
                passage_kind: passage.kind.as_str().to_string(),
                text: passage.text.clone(),
                confidence: passage.confidence,
                reviewed,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_reading_order_with_the_articles_metadata() {
        let article = crate::builtin_article().unwrap();
        let rows = passage_rows("seed", &article, true);
        assert_eq!(rows.len(), article.passages().count());
        let first = &rows[0];
        assert_eq!(first.article_id, "seed");
        assert_eq!(first.outlet, article.source.outlet);
        assert_eq!(first.paragraph, 0);
        assert!(first.reviewed);
        let last = rows.last().unwrap();
        assert_eq!(last.paragraph as usize, article.paragraphs.len() - 1);
        let joined: String = rows
            .iter()
            .filter(|r| r.paragraph == 0)
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(joined, article.paragraph_text(0));
    }

    #[test]
    fn anonymous_sources_are_their_own_kind() {
        let mut voice = Voice {
            id: "a-senior-official".into(),
            name: "A senior official".into(),
            short_name: "A senior official".into(),
            role: ANONYMOUS_ROLE.into(),
            kind: VoiceKind::Person,
        };
        assert_eq!(voice_kind(&voice), "anonymous");
        voice.role = "minister".into();
        assert_eq!(voice_kind(&voice), "person");
    }
}
