//! Gender *as the article refers to the speaker*: the titles it puts before their name and the
//! pronouns its narration uses around their words. Never from a first name; "not stated" when
//! the text says nothing, or says both.

use article_model::{Article, PassageKind, VoiceKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
    NotStated,
}

impl Gender {
    pub fn label(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::NotStated => "not stated",
        }
    }
}

/// Titles by language; `None` for the language means every language ("Mr", "Ms").
const FEMALE_TITLES: &[(&str, Option<&str>)] = &[
    ("mrs", None),
    ("ms", None),
    ("miss", None),
    ("dame", None),
    ("lady", None),
    ("mme", None),
    ("madame", Some("fr")),
    ("mlle", None),
    ("frau", None),
    ("sra", Some("es")),
    ("srta", Some("es")),
    ("señora", Some("es")),
    ("doña", Some("es")),
];
const MALE_TITLES: &[(&str, Option<&str>)] = &[
    ("mr", None),
    ("sir", None),
    ("lord", None),
    // "M. Smith" is an initial in English; "M. Dupont" is Monsieur in French.
    ("m", Some("fr")),
    ("monsieur", Some("fr")),
    ("herr", None),
    ("sr", Some("es")),
    ("señor", Some("es")),
    ("don", Some("es")),
];

/// What one article says of one voice, and the words it says it with ("she (2), Ms (1)").
pub fn stated_gender(article: &Article, voice_id: &str) -> (Gender, String) {
    let Some(voice) = article.voice(voice_id) else {
        return (Gender::NotStated, String::new());
    };
    if voice.kind != VoiceKind::Person {
        return (Gender::NotStated, String::new());
    }
    let lang = article
        .meta
        .language
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut female: Vec<(String, usize)> = Vec::new();
    let mut male: Vec<(String, usize)> = Vec::new();
    let note = |list: &mut Vec<(String, usize)>, word: String| match list
        .iter_mut()
        .find(|(w, _)| *w == word)
    {
        Some((_, n)) => *n += 1,
        None => list.push((word, 1)),
    };

    // Titles: before the surname anywhere in the text, or as the role itself.
    let surname = voice.name.split_whitespace().last().unwrap_or("");
    let title_of = |word: &str| -> Option<(Gender, String)> {
        let t = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let bare = t.trim_end_matches('.').to_lowercase();
        let applies = |l: &Option<&str>| l.is_none_or(|l| l == lang);
        if FEMALE_TITLES.iter().any(|(w, l)| *w == bare && applies(l)) {
            Some((Gender::Female, t.trim_end_matches('.').to_string()))
        } else if MALE_TITLES.iter().any(|(w, l)| *w == bare && applies(l)) {
            Some((Gender::Male, t.trim_end_matches('.').to_string()))
        } else {
            None
        }
    };
    let mut titles = Vec::new();
    if let Some(first) = voice.role.split_whitespace().next() {
        titles.extend(title_of(first));
    }
    if surname.chars().any(char::is_uppercase) {
        for paragraph in 0..article.paragraphs.len() {
            let text = article.paragraph_text(paragraph);
            let words: Vec<&str> = text.split_whitespace().collect();
            for pair in words.windows(2) {
                let next = pair[1].trim_matches(|c: char| !c.is_alphanumeric());
                if next == surname {
                    titles.extend(title_of(pair[0]));
                }
            }
        }
    }
    for (gender, word) in titles {
        match gender {
            Gender::Female => note(&mut female, word),
            _ => note(&mut male, word),
        }
    }

    // Pronouns: in the narration of paragraphs where this voice is the only person speaking.
    for paragraph in &article.paragraphs {
        let speaks = |id: &str| {
            paragraph
                .passages
                .iter()
                .any(|p| p.voice == id && p.kind != PassageKind::Narration)
        };
        if !speaks(voice_id) {
            continue;
        }
        let others = article
            .voices
            .iter()
            .any(|v| v.id != voice_id && v.kind == VoiceKind::Person && speaks(&v.id));
        if others {
            continue;
        }
        for passage in paragraph
            .passages
            .iter()
            .filter(|p| p.kind == PassageKind::Narration)
        {
            for (gender, word) in pronouns(&passage.text, &lang) {
                match gender {
                    Gender::Female => note(&mut female, word),
                    _ => note(&mut male, word),
                }
            }
        }
    }
    let basis = |list: &[(String, usize)]| {
        list.iter()
            .map(|(w, n)| format!("{w} ({n})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (female.is_empty(), male.is_empty()) {
        (false, true) => (Gender::Female, basis(&female)),
        (true, false) => (Gender::Male, basis(&male)),
        (true, true) => (Gender::NotStated, String::new()),
        (false, false) => (
            Gender::NotStated,
            format!("conflicting: {}; {}", basis(&female), basis(&male)),
        ),
    }
}

/// Third-person singular pronouns, where the language makes them unambiguous: French "il"
/// only before a reporting verb or as "-t-il" (else it is often impersonal: "il faut"); German
/// "sie" only after a singular verb ("sagte sie"), since it is also "they" and "you".
fn pronouns(text: &str, lang: &str) -> Vec<(Gender, String)> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphabetic() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { words[i - 1] } else { "" };
        let gender = match lang {
            "en" => match *w {
                "he" | "him" | "his" | "himself" => Some(Gender::Male),
                "she" | "her" | "hers" | "herself" => Some(Gender::Female),
                _ => None,
            },
            "fr" => {
                let verbs = [
                    "a", "dit", "ajoute", "affirme", "explique", "estime", "déclare", "souligne",
                    "précise", "assure", "avait",
                ];
                match *w {
                    "elle" => Some(Gender::Female),
                    "il" if verbs.contains(&next) => Some(Gender::Male),
                    "lui" if prev == "selon" => Some(Gender::Male),
                    w if w.ends_with("-t-il") => Some(Gender::Male),
                    w if w.ends_with("-t-elle") => Some(Gender::Female),
                    _ => None,
                }
            }
            "de" => match *w {
                "er" => Some(Gender::Male),
                "sie" if prev.ends_with("te") && prev.len() > 3 => Some(Gender::Female),
                _ => None,
            },
            "es" => match *w {
                "él" => Some(Gender::Male),
                "ella" => Some(Gender::Female),
                _ => None,
            },
            _ => None,
        };
        if let Some(g) = gender {
            let word = w.rsplit('-').next().unwrap_or(w).to_string();
            found.push((g, word));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_impersonal_il_and_german_plural_sie_say_nothing() {
        assert!(pronouns("Il faut agir, il y a urgence.", "fr").is_empty());
        assert_eq!(
            pronouns("a-t-il dit", "fr"),
            vec![(Gender::Male, "il".into())]
        );
        assert!(pronouns("sagten sie", "de").is_empty());
        assert_eq!(
            pronouns("sagte sie", "de"),
            vec![(Gender::Female, "sie".into())]
        );
        assert!(pronouns("she said", "xx").is_empty());
    }
}
