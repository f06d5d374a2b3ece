//! Synthetic articles in the real schema, for the benchmark and the scale tests: any number of
//! paragraphs and voices, deterministic from a seed, valid by construction.

use crate::model::{
    Article, Meta, Paragraph, Passage, PassageKind, PublicationDate, Source, Voice, VoiceKind,
};
use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};

const WORDS: [&str; 48] = [
    "the",
    "government",
    "said",
    "talks",
    "in",
    "Geneva",
    "would",
    "continue",
    "presence",
    "of",
    "troops",
    "was",
    "illegal",
    "according",
    "to",
    "officials",
    "who",
    "spoke",
    "on",
    "Thursday",
    "and",
    "a",
    "statement",
    "from",
    "ministry",
    "rejected",
    "claims",
    "that",
    "forces",
    "had",
    "authorization",
    "under",
    "international",
    "law",
    "while",
    "observers",
    "noted",
    "the",
    "region",
    "remained",
    "tense",
    "after",
    "weeks",
    "of",
    "air",
    "raids",
    "near",
    "border",
];

pub fn generate(count: usize, voices: usize, seed: u64) -> Article {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let voices = voices.max(2);
    let mut all = vec![Voice {
        id: "outlet".into(),
        name: "Synthetic Wire".into(),
        short_name: "Wire".into(),
        role: "the outlet, in its own voice".into(),
        kind: VoiceKind::Outlet,
    }];
    for i in 1..voices {
        let collective = i % 7 == 0;
        all.push(Voice {
            id: format!("voice-{i}"),
            name: format!("Speaker {i}"),
            short_name: format!("S{i}"),
            role: if collective {
                "a government".into()
            } else {
                format!("official number {i}")
            },
            kind: if collective {
                VoiceKind::Collective
            } else {
                VoiceKind::Person
            },
        });
    }
    let sentence = |rng: &mut Xoshiro256PlusPlus, words: usize| {
        let mut s: Vec<&str> = (0..words)
            .map(|_| WORDS[rng.random_range(0..WORDS.len())])
            .collect();
        s[0] = "Officials";
        format!("{}.", s.join(" "))
    };
    let paragraphs = (0..count)
        .map(|p| {
            let passages = (0..5)
                .map(|k| {
                    // Every voice speaks at least once: paragraph p starts with voice p (cycled).
                    let v = if k == 0 {
                        p % voices
                    } else {
                        rng.random_range(0..voices)
                    };
                    let kind = match (v, rng.random_range(0..2)) {
                        (0, _) => PassageKind::Narration,
                        (_, 0) => PassageKind::Direct,
                        _ => PassageKind::Paraphrase,
                    };
                    let words = 7 + rng.random_range(0..5);
                    let body = sentence(&mut rng, words);
                    let text = match kind {
                        PassageKind::Direct => format!(" \"{body}\""),
                        _ => format!(" {body}"),
                    };
                    Passage {
                        voice: all[v].id.clone(),
                        kind,
                        text,
                        confidence: None,
                        reason: None,
                    }
                })
                .collect();
            Paragraph {
                passages,
                notes: Vec::new(),
            }
        })
        .collect();
    Article {
        meta: Meta {
            title: format!("Synthetic article: {count} paragraphs, {voices} voices"),
            authors: Vec::new(),
            dateline: "Geneva, March 3 (SW)--".into(),
            date: PublicationDate {
                value: "2020-03-03".into(),
                printed: "March 3".into(),
                year_inferred: true,
                reason: Some("Synthetic data for benchmarks.".into()),
            },
            language: "en".into(),
        },
        source: Source {
            outlet: "Synthetic Wire".into(),
            outlet_abbreviation: Some("SW".into()),
            description: "a generated outlet for benchmarks".into(),
            description_basis: "It does not exist; the text is generated from a seed.".into(),
            url: "https://example.org/synthetic".into(),
            archive_url: None,
        },
        voices: all,
        paragraphs,
        notes: Vec::new(),
    }
}
