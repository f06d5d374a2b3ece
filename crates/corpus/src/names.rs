//! The same speaker across articles: names normalised into keys, and keys grouped into corpus
//! voices. Pure, so the rules are tested without a database.
//!
//! A person's key is the name folded (case, accents, punctuation, titles and suffixes dropped):
//! "Dr. José  Pérez-Soto Jr." → `jose perez soto`. Keys group by surname (the last word):
//! - a full first name makes a voice of its own: "John Smith" and "Mary Smith" never meet;
//! - an initial joins the one full name it fits ("J. Smith" → John Smith), and stays apart,
//!   marked doubtful, when several fit (John and Jane) or none does;
//! - a surname alone ("Smith") is never joined to a full name, and is doubtful when the
//!   corpus holds any other Smith.
//!
//! Decisions a person made (merge, split) then apply, the latest for a pair winning.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use unicode_normalization::UnicodeNormalization;

/// Words before a name that say who, not which one ("Dr", "Mme", "Herr"). Not "M." (an
/// initial as often as Monsieur), "Sr." (a suffix in English) or "Don" (a first name).
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "mme",
    "mlle",
    "monsieur",
    "madame",
    "herr",
    "frau",
    "sra",
    "srta",
    "senor",
    "senora",
    "president",
    "minister",
    "senator",
    "gen",
    "general",
    "col",
    "rev",
];
/// Words after a name that do not tell people apart for matching.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv", "phd", "md"];

/// Who a voice is, as far as matching goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NameKind {
    Person,
    Collective,
    Outlet,
}

impl NameKind {
    pub fn label(self) -> &'static str {
        match self {
            NameKind::Person => "person",
            NameKind::Collective => "collective",
            NameKind::Outlet => "outlet",
        }
    }
}

/// Lowercase words with accents and punctuation gone; hyphens and apostrophes split words.
pub fn fold(name: &str) -> Vec<String> {
    let plain: String = name
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    plain.split_whitespace().map(str::to_string).collect()
}

/// The key a voice's name is matched by; `None` when it has no name to match (empty after
/// folding). Collectives and outlets match on the whole folded name, with a kind prefix.
pub fn name_key(name: &str, kind: NameKind) -> Option<String> {
    let mut words = fold(name);
    match kind {
        NameKind::Person => {
            // Titles only at the start, suffixes only at the end, and never the last word left.
            while words.len() > 1 && TITLES.contains(&words[0].as_str()) {
                words.remove(0);
            }
            while words.len() > 1 && SUFFIXES.contains(&words[words.len() - 1].as_str()) {
                words.pop();
            }
            (!words.is_empty()).then(|| words.join(" "))
        }
        NameKind::Collective | NameKind::Outlet => {
            if words.first().is_some_and(|w| w == "the") && words.len() > 1 {
                words.remove(0);
            }
            let prefix = if kind == NameKind::Outlet { "o:" } else { "c:" };
            (!words.is_empty()).then(|| format!("{prefix}{}", words.join(" ")))
        }
    }
}

/// The names a key is compared with: a person's surname (the last word), else the key itself.
pub fn name_group(key: &str) -> &str {
    if key.starts_with("c:") || key.starts_with("o:") {
        key
    } else {
        key.rsplit(' ').next().unwrap_or(key)
    }
}

/// A distinct name in the corpus, with how often it is used and how it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct NameForm {
    pub key: String,
    pub kind: NameKind,
    /// The most common way the articles write it.
    pub display: String,
    pub uses: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Merge,
    Split,
}

/// A person's decision about two name keys, in the order they were made.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub action: Action,
    pub a: String,
    pub b: String,
}

/// Where a name form belongs.
#[derive(Debug, Clone, PartialEq)]
pub struct Assignment {
    pub key: String,
    pub voice: String,
    pub doubt: Option<String>,
}

/// A corpus voice: its slug, name and kind.
#[derive(Debug, Clone, PartialEq)]
pub struct VoiceGroup {
    pub id: String,
    pub name: String,
    pub kind: NameKind,
}

/// Groups every name form into corpus voices. Deterministic: the same forms and decisions give
/// the same voices and ids, whatever order the articles came in.
pub fn cluster(forms: &[NameForm], decisions: &[Decision]) -> (Vec<VoiceGroup>, Vec<Assignment>) {
    let mut forms: Vec<&NameForm> = forms.iter().collect();
    forms.sort_by(|a, b| a.key.cmp(&b.key));
    let index: HashMap<&str, usize> = forms
        .iter()
        .enumerate()
        .map(|(i, f)| (f.key.as_str(), i))
        .collect();
    // The latest decision about each unordered pair.
    let mut latest: BTreeMap<(String, String), Action> = BTreeMap::new();
    for d in decisions {
        let pair = if d.a <= d.b {
            (d.a.clone(), d.b.clone())
        } else {
            (d.b.clone(), d.a.clone())
        };
        latest.insert(pair, d.action);
    }
    let split = |a: &str, b: &str| {
        let pair = if a <= b { (a, b) } else { (b, a) };
        latest.get(&(pair.0.to_string(), pair.1.to_string())) == Some(&Action::Split)
    };

    let mut parent: Vec<usize> = (0..forms.len()).collect();
    let mut doubts: Vec<Option<String>> = vec![None; forms.len()];
    let mut by_surname: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, f) in forms.iter().enumerate() {
        if f.kind == NameKind::Person {
            by_surname.entry(name_group(&f.key)).or_default().push(i);
        }
    }
    for members in by_surname.values() {
        let words = |i: usize| forms[i].key.split(' ').collect::<Vec<_>>();
        let full: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| words(i).len() > 1 && words(i)[0].chars().count() > 1)
            .collect();
        // Full names agree when their first name and surname do ("John A. Smith" ~ "John Smith").
        let mut by_first: BTreeMap<(String, String), usize> = BTreeMap::new();
        for &i in &full {
            let w = words(i);
            let first = (w[0].to_string(), w[w.len() - 1].to_string());
            match by_first.get(&first) {
                Some(&j) if !split(&forms[i].key, &forms[j].key) => parent[i] = j,
                Some(_) => {}
                None => {
                    by_first.insert(first, i);
                }
            }
        }
        let heads: Vec<usize> = by_first.values().copied().collect();
        let name_of = |i: usize| forms[i].display.clone();
        for &i in members {
            let w = words(i);
            if full.contains(&i) {
                continue;
            }
            if w.len() == 1 {
                let others: Vec<String> = members
                    .iter()
                    .filter(|&&j| j != i)
                    .map(|&j| name_of(j))
                    .collect();
                if !others.is_empty() {
                    doubts[i] = Some(format!(
                        "surname alone; the corpus also has {}",
                        others.join(", ")
                    ));
                }
                continue;
            }
            let initial = w[0].chars().next().unwrap_or(' ');
            let fits: Vec<usize> = heads
                .iter()
                .copied()
                .filter(|&h| words(h)[0].starts_with(initial))
                .filter(|&h| !split(&forms[i].key, &forms[h].key))
                .collect();
            match fits.as_slice() {
                [h] => {
                    parent[i] = *h;
                    doubts[i] = Some(format!("initial matched to {}", name_of(*h)));
                }
                [] => {}
                many => {
                    let names: Vec<String> = many.iter().map(|&h| name_of(h)).collect();
                    doubts[i] = Some(format!("initial could be {}", names.join(" or ")));
                }
            }
        }
    }
    // Decided merges, after the automatic ones; a decided split undoes an automatic join.
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for ((a, b), action) in &latest {
        let (Some(&i), Some(&j)) = (index.get(a.as_str()), index.get(b.as_str())) else {
            continue;
        };
        match action {
            Action::Merge => {
                let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                if ri != rj {
                    parent[ri.max(rj)] = ri.min(rj);
                }
                doubts[i] = None;
                doubts[j] = None;
            }
            Action::Split => {
                for k in [i, j] {
                    if doubts[k]
                        .as_deref()
                        .is_some_and(|d| d.starts_with("initial matched"))
                    {
                        doubts[k] = None;
                    }
                }
            }
        }
    }

    // Each group is named by its most used full form, and its id is that form's key as a slug.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..forms.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut taken: BTreeSet<String> = BTreeSet::new();
    let mut voices = Vec::new();
    let mut assignments = Vec::new();
    for members in groups.values() {
        let rank = |i: usize| {
            let f = forms[i];
            let words: Vec<&str> = f.key.split(' ').collect();
            let full =
                f.kind != NameKind::Person || (words.len() > 1 && words[0].chars().count() > 1);
            (
                full,
                f.uses,
                f.key.split(' ').count(),
                std::cmp::Reverse(f.key.as_str()),
            )
        };
        let best = *members
            .iter()
            .max_by_key(|&&i| rank(i))
            .expect("a group has members");
        let key = forms[best].key.as_str();
        let base = slug(
            key.strip_prefix("c:")
                .or(key.strip_prefix("o:"))
                .unwrap_or(key),
        );
        let mut id = base.clone();
        let mut n = 2;
        while !taken.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        voices.push(VoiceGroup {
            id: id.clone(),
            name: forms[best].display.clone(),
            kind: forms[best].kind,
        });
        for &i in members {
            assignments.push(Assignment {
                key: forms[i].key.clone(),
                voice: id.clone(),
                doubt: doubts[i].clone(),
            });
        }
    }
    (voices, assignments)
}

/// `John Smith` → `john-smith`; never empty.
pub fn slug(name: &str) -> String {
    let words = fold(name);
    if words.is_empty() {
        "voice".to_string()
    } else {
        words.join("-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_accents_punctuation_and_titles() {
        let key = |n| name_key(n, NameKind::Person).unwrap();
        assert_eq!(key("Dr. José  Pérez-Soto Jr."), "jose perez soto");
        assert_eq!(key("JOHN SMITH"), "john smith");
        assert_eq!(key("Mme Élise Lefèvre"), "elise lefevre");
        assert_eq!(
            name_key("The Ministry of Health", NameKind::Collective).unwrap(),
            "c:ministry of health"
        );
        assert_eq!(name_key("…", NameKind::Person), None);
        // A title alone is kept rather than emptied: "Mr" is then its own, doubtful name.
        assert_eq!(key("Smith"), "smith");
    }

    fn form(name: &str, uses: u64) -> NameForm {
        NameForm {
            key: name_key(name, NameKind::Person).unwrap(),
            kind: NameKind::Person,
            display: name.to_string(),
            uses,
        }
    }

    #[test]
    fn grouping_does_not_depend_on_the_order_names_arrive_in() {
        let mut forms = vec![
            form("John Smith", 3),
            form("J. Smith", 1),
            form("Mary Smith", 2),
            form("Smith", 1),
            form("Ann Bell", 1),
        ];
        let (voices, mut a) = cluster(&forms, &[]);
        forms.reverse();
        let (voices_again, mut b) = cluster(&forms, &[]);
        a.sort_by(|x, y| x.key.cmp(&y.key));
        b.sort_by(|x, y| x.key.cmp(&y.key));
        assert_eq!(a, b);
        assert_eq!(voices.len(), voices_again.len());
        let voice = |key: &str| a.iter().find(|x| x.key == key).unwrap().voice.clone();
        assert_eq!(voice("j smith"), "john-smith");
        assert_eq!(voice("mary smith"), "mary-smith");
        assert_eq!(voice("smith"), "smith");
        assert_eq!(voice("ann bell"), "ann-bell");
    }

    #[test]
    fn the_latest_decision_about_a_pair_wins() {
        let forms = [form("John Smith", 1), form("J. Smith", 1)];
        let decide = |action, a: &str, b: &str| Decision {
            action,
            a: a.into(),
            b: b.into(),
        };
        let split = decide(Action::Split, "john smith", "j smith");
        let merge = decide(Action::Merge, "j smith", "john smith");
        let voice_of_initial = |decisions: &[Decision]| {
            let (_, a) = cluster(&forms, decisions);
            a.into_iter().find(|x| x.key == "j smith").unwrap().voice
        };
        assert_eq!(voice_of_initial(std::slice::from_ref(&split)), "j-smith");
        assert_eq!(
            voice_of_initial(&[split.clone(), merge.clone()]),
            "john-smith"
        );
        assert_eq!(voice_of_initial(&[merge, split]), "j-smith");
    }
}
