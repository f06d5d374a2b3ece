//! German reported speech as wire copy writes it (rows 8c, 8d, 8e), harder than row 8a: one cue
//! opens a report that the subjunctive carries on over several sentences and into the next
//! paragraph, whose first sentence has no reporting verb at all („Demnach hätten …“); plural
//! subjects take the Konjunktiv II substitutes (hätten, würden, wären), since the plural
//! Konjunktiv I reads like the indicative; the cue is a separable verb with the subject after
//! it („Am Montag teilte das Ministerium mit, …“), a fronted „wie“ clause, a cue phrase
//! („nach Angaben der Feuerwehr“, „laut Polizei“, „der Polizei zufolge“), a „hieß es“, a
//! „so“ after the content. The report ends at an indicative sentence, at another speaker's cue
//! or quote; and the conditional Konjunktiv II of narration („Das wäre ein Rekord“) with no
//! report open is the outlet's.
//!
//! The verbs of the carried sentences are chosen to be varied: weak and strong, listed in no
//! lexicon of the importer (belaufe, erwäge, ermittle, untersuche, verhandle …).

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, capitalise, Fill};
use crate::checklist::words::Person;
use crate::checklist::{Case, Pattern};
use crate::Lang::De;
use article_model::VoiceKind;

pub fn templates() -> Vec<Template> {
    vec![
        t(
            Pattern::GermanReportOverParagraphs,
            De,
            separable_cue_then_paragraph,
        ),
        t(
            Pattern::GermanReportOverParagraphs,
            De,
            cue_phrase_then_paragraph,
        ),
        t(Pattern::GermanReportOverParagraphs, De, wie_clause_carried),
        t(Pattern::GermanReportOverParagraphs, De, ends_at_indicative),
        t(
            Pattern::GermanReportOverParagraphs,
            De,
            ends_at_other_speaker,
        ),
        t(Pattern::GermanReportOverParagraphs, De, ends_at_other_quote),
        t(
            Pattern::GermanNarrationConditional,
            De,
            conditional_after_stop,
        ),
        t(
            Pattern::GermanNarrationConditional,
            De,
            conditional_in_new_paragraph,
        ),
        t(
            Pattern::GermanNarrationConditional,
            De,
            reportative_soll_without_source,
        ),
        t(Pattern::GermanWireCue, De, inverted_cue_verbs),
        t(Pattern::GermanWireCue, De, hiess_es_after_content),
        t(Pattern::GermanWireCue, De, so_after_content),
        t(Pattern::GermanWireCue, De, dass_clause_cues),
        t(Pattern::GermanWireCue, De, brackets_in_the_cue),
    ]
}

/// Templates written after other files' templates followed these: listed last, so that no
/// earlier case changes its seed.
pub fn later() -> Vec<Template> {
    vec![t(Pattern::GermanWireCue, De, quoted_paper_names)]
}

/// A body that speaks, in the cases German copy puts it in: (nominative, dative, genitive,
/// the voice's name).
#[derive(Clone, Copy)]
struct Body {
    nom: &'static str,
    dat: &'static str,
    gen: &'static str,
    name: &'static str,
}

const BODIES: [Body; 7] = [
    Body {
        nom: "die Polizei",
        dat: "der Polizei",
        gen: "der Polizei",
        name: "die Polizei",
    },
    Body {
        nom: "das Innenministerium",
        dat: "dem Innenministerium",
        gen: "des Innenministeriums",
        name: "das Innenministerium",
    },
    Body {
        nom: "die Feuerwehr",
        dat: "der Feuerwehr",
        gen: "der Feuerwehr",
        name: "die Feuerwehr",
    },
    Body {
        nom: "die Staatsanwaltschaft",
        dat: "der Staatsanwaltschaft",
        gen: "der Staatsanwaltschaft",
        name: "die Staatsanwaltschaft",
    },
    Body {
        nom: "die Deutsche Bahn",
        dat: "der Deutschen Bahn",
        gen: "der Deutschen Bahn",
        name: "die Deutsche Bahn",
    },
    Body {
        nom: "der Landkreis",
        dat: "dem Landkreis",
        gen: "des Landkreises",
        name: "der Landkreis",
    },
    Body {
        nom: "die Stadtverwaltung",
        dat: "der Stadtverwaltung",
        gen: "der Stadtverwaltung",
        name: "die Stadtverwaltung",
    },
];

/// The first reported sentence after a comma cue (verb second, subjunctive).
const OPENING: [&str; 8] = [
    "man prüfe den Vorfall",
    "der Fahrer habe die Kontrolle über den Wagen verloren",
    "die Ursache des Brandes sei noch unklar",
    "man gehe von einem technischen Defekt aus",
    "der Schaden belaufe sich auf mehrere Hunderttausend Euro",
    "die Strecke bleibe bis auf Weiteres gesperrt",
    "der Verdächtige habe sich am Abend selbst gestellt",
    "die Behörde untersuche derzeit mehrere Hinweise",
];

/// Sentences that carry the report on with no cue of their own: a fronted adverb or object,
/// Konjunktiv I in the singular, Konjunktiv II where the plural's Konjunktiv I is the
/// indicative, verbs of every kind.
const CARRIED: [&str; 23] = [
    "Es gebe bisher keine Hinweise auf Fremdverschulden",
    "Demnach hätten die Täter ein Fenster im Erdgeschoss aufgebrochen",
    "Zudem seien zwei Autos beschädigt worden",
    "Außerdem erwäge man, die Kontrollen zu verstärken",
    "Allerdings könne man einen Anschlag noch nicht ausschließen",
    "Die Ermittler würden nun die Aufnahmen der Kameras auswerten",
    "Verletzt worden sei niemand",
    "Die Anwohner wären zu keinem Zeitpunkt in Gefahr gewesen",
    "Weitere Einzelheiten nenne man aus ermittlungstaktischen Gründen nicht",
    "Ein Sachverständiger ermittle nun die genaue Ursache",
    "Derzeit verhandle man mit dem Eigentümer über die Kosten",
    "Die Arbeiten dauerten voraussichtlich bis zum Wochenende",
    "Die beiden Männer hätten sich vorher nicht gekannt",
    "Mit einer Entscheidung rechne man frühestens im Sommer",
    "Der Sachschaden liege nach ersten Schätzungen im sechsstelligen Bereich",
    "Auch die Nachbarhäuser müssten vorübergehend geräumt werden",
    // The finite verb right before a noun, where an adjective could stand.
    "Die Firma erwäge Entlassungen",
    "Der Verein verlange Schadenersatz von der Stadt",
    "Der Eigentümer bestreite Versäumnisse beim Brandschutz",
    // Konjunktiv II in the singular, as copy uses it for caution.
    "Der Schaden könnte noch deutlich steigen",
    "Eine Räumung dürfte mehrere Tage dauern",
    // A date's ordinal and an abbreviation, whose full stops end no sentence.
    "Am 2. Mai sei die Anlage zuletzt geprüft worden",
    "Der Schaden belaufe sich auf rund 1,2 Mio. Euro",
];

/// The indices of CARRIED whose verb is only the subjunctive: „dauerten“ reads as the past,
/// so a case never leans on it alone.
fn carried(f: &mut Fill, n: usize) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    while out.len() < n {
        let s = f.pick(&CARRIED);
        if !out.contains(&s) && !s.contains("dauerten") {
            out.push(s);
        }
    }
    out
}

/// Indicative narration that ends a report: the outlet's own statements.
const NARRATION: [&str; 9] = [
    "Die Straße ist seit dem frühen Morgen gesperrt",
    "Der Ort hat rund 4000 Einwohner",
    "Bereits im vergangenen Jahr hatte es an derselben Stelle gebrannt",
    "Die Polizei sperrte die Kreuzung für mehrere Stunden",
    "Der Prozess beginnt im kommenden Monat",
    "Das Gebäude stammt aus dem Jahr 1912",
    // Lower-case words in -e that are no verb: a conjunction, adjectives.
    "Die Feuerwehr sowie das Technische Hilfswerk waren mit 80 Kräften im Einsatz",
    "Die erste öffentliche Sitzung des Ausschusses findet im März statt",
    "Mehrere weitere Fahrzeuge blieben im Schnee stecken",
];

/// The conditional Konjunktiv II of narration: no one's reported words.
const CONDITIONAL: [&str; 8] = [
    "Ohne die schnelle Hilfe der Nachbarn hätte das Feuer auf das ganze Haus übergegriffen",
    "Das wäre der höchste Schaden in der Geschichte des Ortes",
    "Eine Sanierung würde nach früheren Schätzungen rund zwei Millionen Euro kosten",
    "Bei Regen wäre die Brücke kaum noch befahrbar",
    "Mit einer Verurteilung müsste der Mann mit einer mehrjährigen Haftstrafe rechnen",
    "Für die Anwohner hätte eine Sperrung lange Umwege bedeutet",
    "Der Neubau könnte nach bisheriger Planung im Frühjahr fertig sein",
    "Die Entscheidung dürfte auch andere Gemeinden im Landkreis betreffen",
];

/// A time for the cue's middle field.
const TIMES: [&str; 4] = [
    "am Montag",
    "am Abend",
    "am Dienstagmorgen",
    "am Wochenende",
];

/// A spokesperson with a title before the name: „Polizeisprecher Jan Kowalski“.
fn spokesperson(f: &mut Fill, p: Person) -> String {
    let title = f.pick(&[
        ["Polizeisprecher", "Polizeisprecherin"],
        ["Ministeriumssprecher", "Ministeriumssprecherin"],
        ["Oberstaatsanwalt", "Oberstaatsanwältin"],
        ["Kreisbrandmeister", "Kreisbrandmeisterin"],
    ]);
    format!("{} {}", title[usize::from(p.female)], p.full())
}

fn body_voice(c: &mut Case, b: Body) -> usize {
    c.speaker(b.name, b.name, VoiceKind::Collective)
}

/// „Am Montag teilte das Innenministerium mit, man prüfe den Vorfall. Es gebe … ¶ Demnach
/// hätten …“: the subject after the separable verb, the report carried into the next
/// paragraph by a sentence with no reporting verb.
fn separable_cue_then_paragraph(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let b = f.pick(&BODIES);
    let a = body_voice(&mut c, b);
    let time = f.pick(&TIMES);
    let first = f.pick(&OPENING);
    let more = carried(f, 3);
    let verb = f.pick(&[("teilte", " mit"), ("gab", " bekannt"), ("erklärte", "")]);
    let lead = format!("{} {} {}{},", f.start(time), verb.0, b.nom, verb.1);
    c.n(&format!("{lead} "))
        .p(a, &format!("{first}. {}.", more[0]))
        .para()
        .p(a, &format!("{}. {}.", more[1], more[2]));
    c
}

/// „Nach Angaben der Feuerwehr wurde niemand verletzt. Der Schaden belaufe sich … ¶ Zudem
/// seien …“: the cue phrase's source speaks the carried sentences.
fn cue_phrase_then_paragraph(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let b = f.pick(&BODIES);
    let a = body_voice(&mut c, b);
    let fact = f.pick(&[
        "wurde bei dem Unfall niemand verletzt",
        "brach das Feuer gegen Mitternacht im Keller aus",
        "ist die Lage inzwischen unter Kontrolle",
        "wurden zwei Verdächtige festgenommen",
    ]);
    let more = carried(f, 3);
    let cue = match f.pick(&[0, 1, 2, 3]) {
        0 => format!("Nach Angaben {} ", b.gen),
        1 => format!("Laut {} ", b.dat),
        2 => format!("{} zufolge ", capitalise(b.dat)),
        _ => format!("Nach Darstellung {} ", b.gen),
    };
    let cue = f.start(&format!("{}{}", cue[..1].to_lowercase(), &cue[1..]));
    c.n(&cue)
        .p(a, &format!("{fact}. {}.", more[0]))
        .para()
        .p(a, &format!("{}. {}.", more[1], more[2]));
    c
}

/// „Wie die Polizei am Montag mitteilte, wurde … Der Fahrer habe … Zudem seien …“
fn wie_clause_carried(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let b = f.pick(&BODIES);
    let a = body_voice(&mut c, b);
    let time = f.time();
    let verb = f.pick(&["mitteilte", "berichtete", "bekannt gab", "erklärte"]);
    let fact = f.pick(&[
        "wurde der Fahrer schwer verletzt",
        "ist die Strecke seit dem Morgen gesperrt",
        "mussten rund 200 Menschen ihre Wohnungen verlassen",
        "wird der Verdächtige noch heute dem Haftrichter vorgeführt",
    ]);
    let more = carried(f, 2);
    let lead = f.start("wie");
    c.n(&format!("{lead} {}{time} {verb}, ", b.nom))
        .p(a, &format!("{fact}. {}. {}.", more[0], more[1]));
    c
}

/// The report ends at an indicative sentence; a later subjunctive-looking conditional is the
/// outlet's.
fn ends_at_indicative(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let who = spokesperson(f, p);
    let first = f.pick(&OPENING);
    let more = carried(f, 1);
    let stop = f.pick(&NARRATION);
    let verb = f.pick(&["sagte", "erklärte", "betonte", "räumte ein"]);
    let time = f.time();
    let lead = f.start(&who);
    let (verb, rest) = match verb.split_once(' ') {
        Some((v, particle)) => (v, format!("{time} {particle}")),
        None => (verb, time),
    };
    c.n(&format!("{lead} {verb}{rest}, "))
        .p(a, &format!("{first}. {}.", more[0]))
        .n(&format!(" {stop}."));
    c
}

/// The report ends where another speaker's cue opens another report.
fn ends_at_other_speaker(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let q = f.person_like(p);
    let b = as_voice(&mut c, q);
    let who = spokesperson(f, p);
    let first = f.pick(&OPENING);
    let more = carried(f, 3);
    let other_verb = f.pick(&["widersprach", "entgegnete", "hielt dagegen"]);
    let lead = f.start(&who);
    let (ov, particle) = match other_verb.split_once(' ') {
        Some((v, particle)) => (v, format!(" {particle}")),
        None => (other_verb, String::new()),
    };
    c.n(&format!("{lead} sagte, "))
        .p(a, &format!("{first}. {}.", more[0]))
        .para()
        .n(&format!(
            "{} {} {ov}{particle}, ",
            ["Anwalt", "Anwältin"][usize::from(q.female)],
            q.full()
        ))
        .p(
            b,
            &format!(
                "{}{}. {}.",
                more[1][..1].to_lowercase(),
                &more[1][1..],
                more[2]
            ),
        );
    c
}

/// The report ends at a direct quote by someone else, who then speaks the subjunctive.
fn ends_at_other_quote(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let q = f.person_unlike(p);
    let b = as_voice(&mut c, q);
    let who = spokesperson(f, p);
    let first = f.pick(&OPENING);
    let more = carried(f, 2);
    let quote = f.quote();
    let quote = f.quote_before_cue(quote);
    let lead = f.start(&who);
    let role = ["der Anwohner", "die Anwohnerin"][usize::from(q.female)];
    c.n(&format!("{lead} sagte, "))
        .p(a, &format!("{first}. {}.", more[0]))
        .para()
        .d(b, &quote)
        .n(&format!(", sagte {role} {}. ", q.full()))
        .p(b, &format!("{}.", more[1]));
    c
}

/// A report, indicative narration, then the conditional: the conditional is the outlet's.
fn conditional_after_stop(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let b = f.pick(&BODIES);
    let a = body_voice(&mut c, b);
    let first = f.pick(&OPENING);
    let stop = f.pick(&NARRATION);
    let cond = f.pick(&CONDITIONAL);
    let time = f.pick(&TIMES);
    let lead = f.start(b.nom);
    c.n(&format!("{lead} teilte {time} mit, "))
        .p(a, &format!("{first}."))
        .n(&format!(" {stop}. {cond}."));
    c
}

/// A conditional opening the paragraph after narration: the outlet's, though the paragraph
/// before had a report.
fn conditional_in_new_paragraph(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let who = spokesperson(f, p);
    let first = f.pick(&OPENING);
    let stop = f.pick(&NARRATION);
    let cond = f.pick(&CONDITIONAL);
    let cond2 = f.pick(&CONDITIONAL);
    let cond2 = if cond2 == cond { CONDITIONAL[0] } else { cond2 };
    let cond2 = if cond2 == cond { CONDITIONAL[1] } else { cond2 };
    let lead = f.start(&who);
    let after = f.after_verb();
    c.n(&format!("{lead} sagte{after}, "))
        .p(a, &format!("{first}."))
        .n(&format!(" {stop}."))
        .para()
        .n(&format!("{cond}. {cond2}."));
    c
}

/// „Der Mann soll … gestohlen haben“ with no source named is the outlet's hedged narration
/// (the project gives reported speech only to a voice the text names); after „laut X“ it is X's.
fn reportative_soll_without_source(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let b = f.pick(&BODIES);
    let a = body_voice(&mut c, b);
    let claim = f.pick(&[
        (
            "soll der Mann mehrere Autos aufgebrochen haben",
            "Der Mann soll mehrere Autos aufgebrochen haben",
        ),
        (
            "sollen die Täter durch ein Fenster eingestiegen sein",
            "Die Täter sollen durch ein Fenster eingestiegen sein",
        ),
        (
            "soll der Brand in der Küche ausgebrochen sein",
            "Der Brand soll in der Küche ausgebrochen sein",
        ),
    ]);
    let stop = f.pick(&NARRATION);
    let lead = f.start("laut");
    c.n(&format!("{}. {stop}.", claim.1))
        .para()
        .n(&format!("{lead} {} ", b.dat))
        .p(a, &format!("{}.", claim.0));
    c
}

/// The cue verb second, its subject after it: „Am Montag räumte der Landkreis ein, …“,
/// „Zugleich kündigte die Bahn an, …“, „Daraufhin forderte die Staatsanwaltschaft, …“.
fn inverted_cue_verbs(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let b = f.pick(&BODIES);
    let a = body_voice(&mut c, b);
    let front = f.pick(&[
        "Am Montag",
        "Zugleich",
        "Daraufhin",
        "Am Abend",
        "In einer Stellungnahme",
    ]);
    let (verb, particle) = f.pick(&[
        ("räumte", " ein"),
        ("kündigte", " an"),
        ("forderte", ""),
        ("warnte", ""),
        ("teilte", " mit"),
        ("gab", " an"),
        ("betonte", ""),
        ("bestätigte", ""),
    ]);
    let first = f.pick(&OPENING);
    let more = carried(f, 1);
    let front = f.start(&format!("{}{}", front[..1].to_lowercase(), &front[1..]));
    c.n(&format!("{front} {verb} {}{particle}, ", b.nom))
        .p(a, &format!("{first}. {}.", more[0]));
    c
}

/// „…, hieß es in einer Mitteilung der Polizei.“: the content first, the source in the cue.
fn hiess_es_after_content(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let b = f.pick(&BODIES);
    let a = body_voice(&mut c, b);
    let first = capitalise(f.pick(&OPENING));
    let more = carried(f, 1);
    let cue = f.pick(&[
        "hieß es in einer Mitteilung",
        "heißt es in einer Erklärung",
        "hieß es in einer Pressemitteilung",
    ]);
    c.p(a, &format!("{first},"))
        .n(&format!(" {cue} {}. ", b.gen))
        .p(a, &format!("{}.", more[0]));
    c
}

/// „…, so ein Sprecher der Polizei.“ and „…, so Polizeisprecher Jan Kowalski.“
fn so_after_content(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let who = spokesperson(f, p);
    let first = capitalise(f.pick(&OPENING));
    let more = carried(f, 2);
    c.p(a, &format!("{first},"))
        .n(&format!(" so {who}. "))
        .p(a, &format!("{}. {}.", more[0], more[1]));
    c
}

/// „Die Staatsanwaltschaft erklärte, dass …“, „… betonte am Montag, dass …“: the content clause
/// with the verb last, then a carried sentence.
fn dass_clause_cues(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let b = f.pick(&BODIES);
    let a = body_voice(&mut c, b);
    let sub = f.pick(&[
        "man den Vorfall prüfe",
        "der Fahrer die Kontrolle über den Wagen verloren habe",
        "die Ursache des Brandes noch unklar sei",
        "die Strecke bis auf Weiteres gesperrt bleibe",
    ]);
    let verb = f.pick(&["erklärte", "betonte", "bestätigte", "teilte mit", "gab an"]);
    let more = carried(f, 1);
    let time = f.time();
    let lead = f.start(b.nom);
    let (v, particle) = match verb.split_once(' ') {
        Some((v, particle)) => (v, format!(" {particle}")),
        None => (verb, String::new()),
    };
    c.n(&format!("{lead} {v}{time}{particle}, dass "))
        .p(a, &format!("{sub}. {}.", more[0]));
    c
}

/// „Bürgermeisterin Lena Hoffmann (SPD) sagte gegenüber der Deutschen Presse-Agentur (dpa),
/// …“: a party after the name, an agency's abbreviation after the addressee.
fn brackets_in_the_cue(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.pick(&[
        ["Bürgermeister", "Bürgermeisterin"],
        ["Landrat", "Landrätin"],
        ["Innenminister", "Innenministerin"],
    ])[usize::from(p.female)];
    let party = f.pick(&["(SPD)", "(CDU)", "(Grüne)", "(parteilos)"]);
    let addressee = f.pick(&[
        " gegenüber der Deutschen Presse-Agentur (dpa)",
        " dem Westdeutschen Rundfunk (WDR)",
        " der Nachrichtenagentur Reuters",
        "",
    ]);
    let time = f.time();
    let first = f.pick(&OPENING);
    let more = carried(f, 1);
    let lead = f.start(role);
    c.n(&format!(
        "{lead} {} {party} sagte{time}{addressee}, ",
        p.full()
    ))
    .p(a, &format!("{first}. {}.", more[0]));
    c
}

/// A newspaper's name in quotation marks, as German copy writes it: (as the name, after „der“
/// in the dative, after „des“ in the genitive). Invented names.
const PAPERS: [(&str, &str, &str); 4] = [
    ("Tagesblick", "Tagesblick", "Tagesblicks"),
    (
        "Rheinische Rundschau",
        "Rheinischen Rundschau",
        "Rheinischen Rundschau",
    ),
    ("Morgenkurier", "Morgenkurier", "Morgenkuriers"),
    ("Neue Wochenpost", "Neuen Wochenpost", "Neuen Wochenpost"),
];

/// „Wie die Zeitung „Tagesblick“ berichtet, …“, „sagte der „Rheinischen Rundschau“, …“,
/// „Laut einem Bericht des „Tagesblicks“ …“: the quoted name is no quote; the paper or the
/// person is the source.
fn quoted_paper_names(f: &mut Fill) -> Case {
    let mut c = Case::new(De);
    let (name, dat, gen) = f.pick(&PAPERS);
    let (open, close) = f.pick(&[("\u{201e}", "\u{201c}"), ("\u{bb}", "\u{ab}")]);
    let first = f.pick(&OPENING);
    let more = carried(f, 1);
    let fact = f.pick(&[
        "wurde der Fahrer schwer verletzt",
        "ist die Strecke seit dem Morgen gesperrt",
        "wurden zwei Verdächtige festgenommen",
    ]);
    let p = f.person();
    match f.pick(&[0, 1, 2]) {
        0 => {
            let a = c.speaker(name, name, VoiceKind::Collective);
            let lead = f.start("wie");
            c.n(&format!(
                "{lead} die Zeitung {open}{name}{close} berichtet, "
            ))
            .p(a, &format!("{fact}. {}.", more[0]));
        }
        1 => {
            let a = as_voice(&mut c, p);
            let who = spokesperson(f, p);
            let lead = f.start(&who);
            c.n(&format!("{lead} sagte der {open}{dat}{close}, "))
                .p(a, &format!("{first}. {}.", more[0]));
        }
        _ => {
            let a = c.speaker(name, name, VoiceKind::Collective);
            let article = if gen.ends_with('s') { "des" } else { "der" };
            let lead = f.start("laut einem Bericht");
            c.n(&format!("{lead} {article} {open}{gen}{close} "))
                .p(a, &format!("{fact}. {}.", more[0]));
        }
    }
    c
}
