//! Running the suite: each case drafted by the importer and judged against its expected
//! passages (a minimum-functionality test), and each invariance variant judged against its base
//! case's draft. Pass rates are kept per pattern (or perturbation) and language.

use super::fill::Variant;
use super::templates::{self, Template};
use super::{lang_code, Case, Pattern, CASES_PER_TEMPLATE, LANGS};
use crate::assemble::UNIDENTIFIED_ID;
use crate::score::{match_quotes, quotes, same_speaker, Quote};
use crate::{import, ImportOptions, Lang};
use article_model::Article;

/// What an invariance test changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Perturbation {
    Conjunction,
    FrontedTime,
    TimePhrase,
    Addressee,
    NameSwap,
}

impl Perturbation {
    pub const ALL: [Perturbation; 5] = [
        Perturbation::Conjunction,
        Perturbation::FrontedTime,
        Perturbation::TimePhrase,
        Perturbation::Addressee,
        Perturbation::NameSwap,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Perturbation::Conjunction => "INV adding \"But\" (Mais, Aber, Pero)",
            Perturbation::FrontedTime => "INV opening with \"On Monday,\" (Lundi, El lunes)",
            Perturbation::TimePhrase => "INV adding a time phrase",
            Perturbation::Addressee => "INV adding an addressee",
            Perturbation::NameSwap => "INV swapping a name",
        }
    }

    fn variant(self) -> Variant {
        Variant {
            conj: self == Perturbation::Conjunction,
            fronted_time: self == Perturbation::FrontedTime,
            time: self == Perturbation::TimePhrase,
            addressee: self == Perturbation::Addressee,
            swap: self == Perturbation::NameSwap,
        }
    }
}

/// One row of the table: passed and run, per language in `LANGS` order (0 run: not applicable).
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub label: &'static str,
    pub cells: [(usize, usize); 4],
}

impl Row {
    /// The pass rate in `lang`, when the row applies to it.
    pub fn rate(&self, lang: Lang) -> Option<f64> {
        let i = LANGS.iter().position(|&l| l == lang)?;
        let (passed, run) = self.cells[i];
        (run > 0).then(|| passed as f64 / run as f64)
    }

    pub fn total(&self) -> (usize, usize) {
        self.cells
            .iter()
            .fold((0, 0), |(p, r), &(cp, cr)| (p + cp, r + cr))
    }
}

/// A failed case, for `score-import --checklist-failures`.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub row: &'static str,
    pub lang: Lang,
    pub text: String,
    pub what: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rates {
    /// One row per pattern, then one per perturbation.
    pub rows: Vec<Row>,
    /// Every failure, in generation order.
    pub failures: Vec<Failure>,
}

impl Rates {
    pub fn row(&self, label: &str) -> Option<&Row> {
        self.rows.iter().find(|r| r.label == label)
    }
}

/// Who a predicted quote was given to, in the case's terms (so that a swapped name compares).
#[derive(Debug, Clone, PartialEq)]
enum Who {
    Voice(usize),
    Unidentified,
    Other,
}

/// Per expected quote: found, given to whom, direct or not; then the number of extra quotes.
type Signature = (Vec<Option<(Who, bool)>>, usize);

struct Judgement {
    problems: Vec<String>,
    signature: Signature,
}

fn draft(case: &Case) -> Result<Article, crate::ImportError> {
    let options = ImportOptions {
        language: Some(lang_code(case.lang).to_string()),
        ..ImportOptions::default()
    };
    import(&case.text(), &options).map(|d| d.article)
}

/// Judges one draft: every expected quote found (its run covering more than 0.8 of it, and not
/// twice as long), given to the expected voice, with the expected kind; no quote invented.
fn judge(case: &Case) -> Judgement {
    let draft = match draft(case) {
        Ok(draft) => draft,
        Err(e) => {
            return Judgement {
                problems: vec![format!("refused: {e}")],
                signature: (Vec::new(), 0),
            }
        }
    };
    let gold = case.gold();
    let (g, p) = (quotes(&gold), quotes(&draft));
    let matched = match_quotes(&g, &p, 0.8);
    let text: Vec<char> = crate::score::compact_text(&gold).chars().collect();
    let show = |q: &Quote| text[q.start..q.end].iter().take(40).collect::<String>();
    let mut problems = Vec::new();
    let mut found = Vec::new();
    for (gi, gq) in g.iter().enumerate() {
        let expected = &gold.voices[gq.voice];
        let Some(&(_, pi)) = matched.iter().find(|m| m.0 == gi) else {
            problems.push(format!("missed [{}] {}", expected.name, show(gq)));
            found.push(None);
            continue;
        };
        let pq = &p[pi];
        let voice = &draft.voices[pq.voice];
        let who = if voice.id == UNIDENTIFIED_ID {
            Who::Unidentified
        } else {
            gold.voices
                .iter()
                .position(|v| v.kind != article_model::VoiceKind::Outlet && same_speaker(voice, v))
                .map_or(Who::Other, Who::Voice)
        };
        if who != Who::Voice(gq.voice) {
            problems.push(format!(
                "speaker [{} -> {}] {}",
                expected.name,
                voice.name,
                show(gq)
            ));
        }
        if case.open_by_text && !pq.doubtful {
            problems.push(format!(
                "not flagged, though the text does not say who speaks [{}] {}",
                expected.name,
                show(gq)
            ));
        }
        if pq.direct != gq.direct {
            problems.push(format!(
                "kind [{}] {}",
                if gq.direct { "direct" } else { "paraphrase" },
                show(gq)
            ));
        }
        if pq.end - pq.start > 2 * (gq.end - gq.start) {
            problems.push(format!("too long [{}] {}", expected.name, show(pq)));
        }
        found.push(Some((who, pq.direct)));
    }
    let extra = p.len() - matched.len();
    for (pi, pq) in p.iter().enumerate() {
        if !matched.iter().any(|m| m.1 == pi) {
            problems.push(format!(
                "extra [{}] {}",
                draft.voices[pq.voice].name,
                show(pq)
            ));
        }
    }
    Judgement {
        problems,
        signature: (found, extra),
    }
}

fn cell(rows: &mut [Row], label: &'static str, lang: Lang, passed: bool) {
    let i = LANGS.iter().position(|&l| l == lang).unwrap_or(0);
    if let Some(row) = rows.iter_mut().find(|r| r.label == label) {
        row.cells[i].0 += usize::from(passed);
        row.cells[i].1 += 1;
    }
}

/// Runs the whole suite.
pub fn run() -> Rates {
    run_templates(&templates::all(), CASES_PER_TEMPLATE)
}

fn run_templates(templates: &[Template], per_template: u64) -> Rates {
    let mut rows: Vec<Row> = Pattern::ALL
        .iter()
        .map(|p| p.label())
        .chain(Perturbation::ALL.iter().map(|p| p.label()))
        .map(|label| Row {
            label,
            cells: [(0, 0); 4],
        })
        .collect();
    let mut failures = Vec::new();
    for (t, template) in templates.iter().enumerate() {
        for k in 0..per_template {
            let seed = super::seed(t, k);
            let base = template.make(seed, Variant::default());
            let judged = judge(&base);
            let label = template.pattern.label();
            cell(&mut rows, label, base.lang, judged.problems.is_empty());
            if !judged.problems.is_empty() {
                failures.push(Failure {
                    row: label,
                    lang: base.lang,
                    text: base.text(),
                    what: judged.problems.join("; "),
                });
            }
            for perturbation in Perturbation::ALL {
                let varied = template.make(seed, perturbation.variant());
                if varied.text() == base.text() {
                    continue;
                }
                let again = judge(&varied);
                let same = again.signature == judged.signature;
                cell(&mut rows, perturbation.label(), base.lang, same);
                if !same {
                    failures.push(Failure {
                        row: perturbation.label(),
                        lang: base.lang,
                        text: format!("{}\n  became\n{}", base.text(), varied.text()),
                        what: format!(
                            "before: {}; after: {}",
                            judged.problems.join(", "),
                            again.problems.join(", ")
                        ),
                    });
                }
            }
        }
    }
    // Rows that apply to no language at all would only be noise.
    rows.retain(|r| r.total().1 > 0);
    Rates { rows, failures }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_every_case_expects_a_quote() {
        for (t, template) in templates::all().iter().enumerate() {
            let a = template.make(super::super::seed(t, 3), Variant::default());
            let b = template.make(super::super::seed(t, 3), Variant::default());
            assert_eq!(a, b);
            assert!(!quotes(&a.gold()).is_empty(), "{}", a.text());
        }
    }

    #[test]
    fn swapping_a_name_changes_that_name_and_nothing_else() {
        let swap = Perturbation::NameSwap.variant();
        for (t, template) in templates::all().iter().enumerate() {
            let seed = super::super::seed(t, 5);
            let (base, varied) = (
                template.make(seed, Variant::default()),
                template.make(seed, swap),
            );
            let mut back = varied.text();
            for (b, v) in base.voices.iter().zip(&varied.voices) {
                back = back
                    .replace(&v.name, &b.name)
                    .replace(&v.short_name, &b.short_name);
            }
            assert_eq!(back, base.text());
            assert_eq!(base.voices.len(), varied.voices.len());
        }
    }
}
