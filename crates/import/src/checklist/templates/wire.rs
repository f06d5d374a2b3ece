//! Pattern 10 of issue 19: indirect speech as wire copy writes it, harder than the short cues of
//! rows 7 and 9: long subjects with words between the subject and the verb ("The company's
//! chief executive, Amara Okafor, who took over in March, said on Tuesday …"), indirect speech
//! carried past its sentence by the reported tenses (« a affirmé que …. Les travaux
//! dureraient … », "Añadió que … y que …"), and the source phrases of the agencies ("according
//! to", « selon », "según", "told Reuters", « a-t-il déclaré à l'AFP », "ha explicado a Efe").
//! Row 6e guards precision: words of saying that report nothing ("said to be", "that said",
//! « cela dit », "dicho esto", "did not say when").

use super::t;
use super::Template;
use crate::checklist::fill::{as_voice, capitalise, form, org_voice, Fill};
use crate::checklist::{Case, Pattern};
use crate::Lang::{En, Es, Fr};

pub fn templates() -> Vec<Template> {
    let mut out = Vec::new();
    for lang in [En, Fr, Es] {
        out.push(t(Pattern::LongSubject, lang, role_name_relative));
        out.push(t(Pattern::LongSubject, lang, name_role_circumstance));
        out.push(t(Pattern::CarriedOn, lang, that_and_that));
        out.push(t(Pattern::SourcePhrase, lang, according_to_first));
        out.push(t(Pattern::SourcePhrase, lang, according_to_last));
        out.push(t(Pattern::SourcePhrase, lang, told_an_agency_that));
        out.push(t(Pattern::SourcePhrase, lang, pronoun_source_after_intro));
        out.push(t(Pattern::NotSpeech, lang, not_speech_after_quote));
        out.push(t(Pattern::NotSpeech, lang, not_speech_after_paraphrase));
    }
    for lang in [Fr, Es] {
        out.push(t(Pattern::CarriedOn, lang, conditional_next_sentence));
        out.push(t(Pattern::SourcePhrase, lang, quote_told_agency_inverted));
    }
    out.push(t(Pattern::SourcePhrase, En, en_quoted_as_saying_quote));
    out.push(t(Pattern::RoleInOtherWords, En, en_age_anaphor));
    out.push(t(Pattern::UnwrittenSubject, Es, es_switch_speaker));
    out.push(t(Pattern::UnwrittenSubject, Es, es_after_narration));
    // Added after the first cases, so that those keep their seeds.
    for lang in [En, Fr, Es] {
        out.push(t(Pattern::LongSubject, lang, content_then_long_apposition));
        out.push(t(Pattern::CarriedOn, lang, incise_then_rest));
        out.push(t(Pattern::SourcePhrase, lang, according_to_plural_source));
    }
    out.push(t(Pattern::NoThat, En, en_measure_after_said));
    for lang in [Fr, Es] {
        out.push(t(Pattern::RomanceVerbCue, lang, promise));
    }
    out
}

/// Reported contents in the conditional, as French and Spanish carry indirect speech past its
/// sentence: a main clause each, without final punctuation.
fn conditional(f: &mut Fill) -> (&'static str, &'static str) {
    let list: &[&str] = if f.w.lang == Fr {
        &[
            "les travaux dureraient au moins deux ans",
            "le coût dépasserait trois millions d'euros",
            "aucun poste ne serait supprimé",
            "une décision serait prise avant l'été",
            "les habitants seraient consultés en janvier",
            "le calendrier ne changerait pas",
        ]
    } else {
        &[
            "las obras durarían al menos dos años",
            "el coste superaría los tres millones de euros",
            "no se suprimiría ningún empleo",
            "se tomaría una decisión antes del verano",
            "los vecinos serían consultados en enero",
            "el calendario no cambiaría",
        ]
    };
    let a = f.pick(&[0usize, 1, 2, 3, 4, 5]);
    let b = (a + 1 + f.pick(&[0usize, 1, 2, 3, 4])) % list.len();
    (list[a], list[b])
}

/// What a person did before the cue: a relative clause or a participle phrase.
fn relative(f: &mut Fill) -> &'static str {
    match f.w.lang {
        En => f.pick(&[
            "who took over in March",
            "who has led the talks since the spring",
            "speaking at a news conference in the capital",
            "who was appointed last year",
        ]),
        Fr => f.pick(&[
            "nommé en mars",
            "qui mène les discussions depuis le printemps",
            "en déplacement à Bordeaux",
            "qui s'exprimait lors d'un point presse",
        ]),
        _ => f.pick(&[
            "que asumió el cargo en marzo",
            "que dirige las conversaciones desde la primavera",
            "en declaraciones a los periodistas",
            "que compareció en rueda de prensa",
        ]),
    }
}

/// "The company's chief executive, Amara Okafor, who took over in March, said on Tuesday the
/// plan had failed." / « Le ministre de l'Économie, Hugo Marchand, nommé en mars, a indiqué
/// jeudi que … » / "La portavoz del Gobierno, Ana Ruiz, que asumió el cargo en marzo, aseguró
/// este lunes que …"
fn role_name_relative(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (main, sub) = f.clause();
    let rel = relative(f);
    let time = f.pick(match lang {
        En => &["on Tuesday", "late on Monday", "this week"][..],
        Fr => &["jeudi", "mardi soir", "cette semaine"][..],
        _ => &["este lunes", "el martes", "esta semana"][..],
    });
    let title = match lang {
        En => form(role.apposition, p),
        _ => form(role.title, p),
    };
    let lead = f.start(title);
    let after = f.addressee();
    match lang {
        En => {
            let verb = f.pick(&["said", "told reporters", "said in a statement"]);
            // ("told reporters" has its addressee.)
            let after = if verb.starts_with("told") {
                String::new()
            } else {
                after.clone()
            };
            if f.either() {
                c.n(&format!(
                    "{lead}, {}, {rel}, {verb}{after} {time} ",
                    p.full()
                ))
                .p(a, &format!("{main}."))
            } else {
                c.n(&format!(
                    "{lead}, {}, {rel}, {verb}{after} {time} that ",
                    p.full()
                ))
                .p(a, &format!("{sub}."))
            }
        }
        Fr => {
            let verb = f.pick(&["a indiqué", "a assuré", "a estimé", "a fait savoir"]);
            c.n(&format!(
                "{lead}, {}, {rel}, {verb} {time}{after} {}",
                p.full(),
                que(sub)
            ))
            .p(a, &format!("{sub}."))
        }
        _ => {
            let verb = f.pick(&["aseguró", "ha explicado", "ha asegurado", "afirmó"]);
            c.n(&format!(
                "{lead}, {}, {rel}, {verb} {time}{after} que ",
                p.full()
            ))
            .p(a, &format!("{sub}."))
        }
    };
    c
}

/// "Amara Okafor, the finance minister, speaking after the vote, told reporters on Tuesday in
/// the capital that …": the name first, its role, then circumstances before and after the verb.
fn name_role_circumstance(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (_, sub) = f.clause();
    let lead = f.start(&p.full());
    let ap = form(role.apposition, p);
    let time = f.time();
    match lang {
        En => {
            let (before, between) = f.pick(&[
                ("", " in a statement on Tuesday"),
                ("speaking after the vote, ", " on Tuesday"),
                ("", " at a briefing in the capital"),
            ]);
            c.n(&format!("{lead}, {ap}, {before}said{between}{time} that "))
                .p(a, &format!("{sub}."))
        }
        Fr => {
            let (before, between) = f.pick(&[
                ("", " dans un communiqué"),
                ("à l'issue du vote, ", " devant la presse"),
                ("", " lors d'un point presse à Paris"),
            ]);
            let verb = f.pick(&["a indiqué", "a déclaré", "a estimé"]);
            c.n(&format!(
                "{lead}, {ap}, {before}{verb}{between}{time} {}",
                que(sub)
            ))
            .p(a, &format!("{sub}."))
        }
        _ => {
            let (before, between) = f.pick(&[
                ("", " en un comunicado"),
                ("tras la votación, ", " ante los medios"),
                ("", " en rueda de prensa en Madrid"),
            ]);
            let verb = f.pick(&["ha explicado", "aseguró", "ha afirmado"]);
            c.n(&format!("{lead}, {ap}, {before}{verb}{between}{time} que "))
                .p(a, &format!("{sub}."))
        }
    };
    c
}

/// "Okafor said that … and that …" / « … a affirmé que … et que … » / "Añadió que … y que …":
/// two contents coordinated after one cue are one paraphrase; in Spanish after a named cue in
/// the sentence before, with no subject written.
fn that_and_that(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (i, j) = (f.pick(&[0usize, 1, 2, 3, 4]), f.pick(&[5usize, 6, 7, 8, 9]));
    let (s1, s2) = (f.w.subordinate[i], f.w.subordinate[j]);
    let s0 = f.w.subordinate[(j + 1 + f.pick(&[0usize, 1, 2])) % 10];
    let verb = f.verb();
    let after = f.after_verb();
    // The corpus gives "and that" to the outlet: two contents, each its own paraphrase.
    match lang {
        En => c
            .n(&format!("{} {verb}{after} that ", p.full()))
            .p(a, s1)
            .n(" and that ")
            .p(a, &format!("{s2}.")),
        Fr => c
            .n(&format!("{} {verb}{after} {}", p.full(), que(s1)))
            .p(a, s1)
            .n(&format!(" et {}", que(s2)))
            .p(a, &format!("{s2}.")),
        _ => {
            let added = f.pick(&["Añadió", "Agregó", "Ha añadido", "Precisó"]);
            c.n(&format!("{} {verb} que ", p.full()))
                .p(a, &format!("{s0}."))
                .n(&format!(" {added}{after} que "))
                .p(a, s1)
                .n(" y que ")
                .p(a, &format!("{s2}."))
        }
    };
    c
}

/// French "que", elided before a vowel ("qu'il", "qu'aucun").
fn que(next: &str) -> &'static str {
    let vowel = next
        .chars()
        .next()
        .is_some_and(|ch| "aeiouyéèêàâîôûh".contains(ch.to_ascii_lowercase()));
    if vowel {
        "qu'"
    } else {
        "que "
    }
}

/// « Claire Vasseur a affirmé que …. Les travaux dureraient au moins deux ans. »: the
/// conditional carries the indirect speech on to the next sentence of the paragraph.
fn conditional_next_sentence(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (_, sub) = f.clause();
    let (k1, k2) = conditional(f);
    let verb = f.verb();
    let after = f.after_verb();
    let lead = f.start(&p.full());
    let ap = form(role.apposition, p);
    let que = if lang == Fr { que(sub) } else { "que " };
    c.n(&format!("{lead}, {ap}, {verb}{after} {que}"))
        .p(a, &format!("{sub}."))
        .n(" ")
        .p(a, &format!("{}.", capitalise(k1)));
    if f.either() {
        let glue = if lang == Fr {
            "Toujours selon"
        } else {
            "Siempre según"
        };
        let pron = if lang == Fr {
            if p.female {
                "elle"
            } else {
                "lui"
            }
        } else if p.female {
            "ella"
        } else {
            "él"
        };
        c.n(&format!(" {glue} {pron}, ")).p(a, &format!("{k2}."));
    }
    c
}

/// The source phrase first: "According to Okafor, the finance minister, …" / « Selon … » /
/// "Según …"; sometimes an organisation.
fn according_to_first(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let (main, _) = f.clause();
    let phrase = match lang {
        En => "According to",
        Fr => "Selon",
        _ => "Según",
    };
    let lead = if f.v.conj {
        format!("{} {}", f.w.but, phrase.to_lowercase())
    } else {
        phrase.to_string()
    };
    if f.either() {
        let p = f.person();
        let a = as_voice(&mut c, p);
        let role = f.role();
        let ap = form(role.apposition, p);
        c.n(&format!("{lead} {}, {ap}, ", p.full()))
            .p(a, &format!("{main}."));
    } else {
        let o = f.org();
        let a = org_voice(&mut c, o);
        c.n(&format!("{lead} {}, ", o.written))
            .p(a, &format!("{main}."));
    }
    c
}

/// The source phrase last, after a sentence of narration that names the speaker: "Okafor met
/// the strikers on Monday. The plan had failed, according to the minister."
fn according_to_last(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (main, _) = f.clause();
    let time = f.time();
    let intro = match lang {
        En => format!(
            "{}, {}, met the strikers{time}.",
            p.full(),
            form(role.apposition, p)
        ),
        Fr => format!(
            "{}, {}, a reçu les grévistes{time}.",
            p.full(),
            form(role.apposition, p)
        ),
        _ => format!(
            "{}, {}, se reunió con los huelguistas{time}.",
            p.full(),
            form(role.apposition, p)
        ),
    };
    let who = if f.either() {
        p.family.to_string()
    } else {
        form(role.anaphor, p).to_string()
    };
    let phrase = match lang {
        En => "according to",
        Fr => "selon",
        _ => "según",
    };
    c.n(&intro)
        .n(" ")
        .p(a, &capitalise(main))
        .n(&format!(", {phrase} {who}."));
    c
}

/// "Okafor, who took over in March, told Reuters that …" / « … a déclaré à l'AFP que … » /
/// "… ha explicado a Efe que …"
fn told_an_agency_that(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (_, sub) = f.clause();
    let rel = relative(f);
    let lead = f.start(&p.full());
    let time = f.time();
    let cue = match lang {
        En => f.pick(&[
            "told Reuters",
            "told The Associated Press",
            "told AFP",
            "said in an interview with Reuters",
        ]),
        Fr => f.pick(&[
            "a déclaré à l'AFP",
            "a confié à l'AFP",
            "a expliqué à Reuters",
            "a indiqué à l'Agence France-Presse",
        ]),
        _ => f.pick(&[
            "ha explicado a Efe",
            "ha declarado a Europa Press",
            "dijo a Efe",
            "aseguró en declaraciones a Europa Press",
        ]),
    };
    let that = match lang {
        En => "that ",
        Fr => que(sub),
        _ => "que ",
    };
    c.n(&format!("{lead}, {rel}, {cue}{time} {that}"))
        .p(a, &format!("{sub}."));
    c
}

/// An introduction, then "According to her, …" / « Selon elle, … » / "Según él, …"
fn pronoun_source_after_intro(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (main, _) = f.clause();
    let (phrase, pron) = match lang {
        En => ("According to", if p.female { "her" } else { "him" }),
        Fr => ("Selon", if p.female { "elle" } else { "lui" }),
        _ => ("Según", if p.female { "ella" } else { "él" }),
    };
    let intro = match lang {
        En => format!("{} is {}.", p.full(), form(role.apposition, p)),
        Fr => format!("{} est {}.", p.full(), form(role.apposition, p)),
        _ => format!("{} es {}.", p.full(), form(role.apposition, p)),
    };
    c.n(&intro).para();
    c.n(&format!("{phrase} {pron}, ")).p(a, &format!("{main}."));
    c
}

/// A quote, then the speech verb and an agency, the subject inverted: « … », a-t-il déclaré à
/// l'AFP. / «…», ha explicado a Efe. After a sentence that names the speaker.
fn quote_told_agency_inverted(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let (_, sub) = f.clause();
    let verb = f.verb();
    let que = if lang == Fr { que(sub) } else { "que " };
    c.n(&format!(
        "{}, {}, {verb} {que}",
        p.full(),
        form(role.apposition, p)
    ))
    .p(a, &format!("{sub}."))
    .n(" ");
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let cue = if lang == Fr {
        let pron = if p.female { "elle" } else { "il" };
        let v = f.pick(&[
            "a-t-{p} déclaré à l'AFP",
            "a-t-{p} confié à l'AFP",
            "a-t-{p} expliqué à Reuters",
        ]);
        v.replace("{p}", pron)
    } else {
        f.pick(&[
            "ha explicado a Efe",
            "ha declarado a Europa Press",
            "ha añadido a Efe",
        ])
        .to_string()
    };
    c.d(a, &q).n(&format!(", {cue}."));
    c
}

/// "“…,” Okafor was quoted as saying." / "…, he was quoted as saying by the agency."
fn en_quoted_as_saying_quote(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let by = f.pick(&[
        "",
        " by the agency",
        " by local media",
        " by state television",
    ]);
    c.d(a, &q)
        .n(&format!(" {} was quoted{by} as saying.", p.full()));
    c
}

/// Words of saying that report nothing, in the narration after a quote by someone.
fn not_speech(f: &mut Fill, who: &str) -> String {
    match f.w.lang {
        En => f
            .pick(&[
                "The bridge is said to be the oldest in the region.",
                "That said, no date has been set for the vote.",
                "The so-called recovery plan was approved in June.",
                "{W} did not say when the talks would resume.",
                "The report said nothing about the cost of the works.",
                "It is said that the old port was built in a year.",
                "{W} declined to say how many jobs were at risk.",
            ])
            .replace("{W}", who),
        Fr => f
            .pick(&[
                "Cela dit, aucune date n'a été fixée pour le vote.",
                "Autrement dit, le chantier prendra du retard.",
                "Le soi-disant plan de relance a été adopté en juin.",
                "{W} n'a pas précisé quand les discussions reprendraient.",
                "Le rapport ne dit rien du coût des travaux.",
                "À vrai dire, le dossier traîne depuis dix ans.",
                "{W} n'a pas voulu dire combien d'emplois étaient menacés.",
            ])
            .replace("{W}", who),
        _ => f
            .pick(&[
                "Dicho esto, no hay fecha para la votación.",
                "Es decir, las obras se retrasarán.",
                "El llamado plan de recuperación se aprobó en junio.",
                "{W} no precisó cuándo se reanudarían las conversaciones.",
                "El informe no dice nada sobre el coste de las obras.",
                "Por así decirlo, el expediente lleva diez años parado.",
                "{W} no quiso decir cuántos empleos estaban en riesgo.",
            ])
            .replace("{W}", who),
    }
}

/// "“…,” Okafor said. That said, no date has been set for the vote."
fn not_speech_after_quote(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let sep = f.cue_separator();
    let verb = match lang {
        En => format!("{} said", p.full()),
        Fr => format!("a déclaré {}", p.full()),
        _ => format!("dijo {}", p.full()),
    };
    let after = f.after_verb();
    let rest = not_speech(f, p.family);
    c.d(a, &q).n(&format!("{sep}{verb}{after}. ")).n(&rest);
    c
}

/// The same after indirect speech, in a paragraph of its own.
fn not_speech_after_paraphrase(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (_, sub) = f.clause();
    let verb = f.verb();
    let after = f.after_verb();
    let that = match lang {
        En => "that ",
        Fr => que(sub),
        _ => "que ",
    };
    let lead = f.start(&p.full());
    c.n(&format!("{lead} {verb}{after} {that}"))
        .p(a, &format!("{sub}."))
        .para();
    let pron = capitalise(f.pronoun(p));
    let who = if lang == Es { p.family } else { pron.as_str() };
    let rest = not_speech(f, who);
    c.n(&rest);
    c
}

/// Two people with their ages, then a quote by "the 54-year-old".
fn en_age_anaphor(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let (p1, p2) = (f.person(), f.person());
    let (r1, r2) = f.roles();
    let (a1, a2) = (as_voice(&mut c, p1), as_voice(&mut c, p2));
    let (y1, y2) = (f.pick(&[34, 41, 47, 52]), f.pick(&[58, 63, 66, 71]));
    let topic = f.topic();
    let time = f.time();
    c.n(&format!(
        "{}, {y1}, {}, and {}, {y2}, {}, met{time} to discuss {topic}.",
        p1.full(),
        form(r1.apposition, p1),
        p2.full(),
        form(r2.apposition, p2)
    ))
    .para();
    let (a, y) = if f.either() { (a2, y2) } else { (a1, y1) };
    let q = f.quote();
    let q = f.quote_before_cue(q);
    let after = f.after_verb();
    c.d(a, &q).n(&format!(" the {y}-year-old said{after}."));
    c
}

/// Spanish subjects left unwritten where the discourse has switched speaker: "Ruiz dijo que …"
/// ¶ "El alcalde de Tula, Pablo Ortega, replicó que …" ¶ "Añadió que …" is Ortega's, the
/// speaker the discourse follows now; in one paragraph, «…», agregó after the second cue too.
fn es_switch_speaker(f: &mut Fill) -> Case {
    let mut c = Case::new(Es);
    let (p1, p2) = (f.person(), f.person());
    let (r1, r2) = f.roles();
    let (a1, a2) = (as_voice(&mut c, p1), as_voice(&mut c, p2));
    let (c1, c2) = f.clauses();
    let (_, s3) = f.clause();
    let verb = f.verb();
    c.n(&format!(
        "{}, {}, {verb} que ",
        p1.full(),
        form(r1.apposition, p1)
    ))
    .p(a1, &format!("{c1}."))
    .para();
    let reply = f.pick(&["replicó", "respondió", "sostuvo en cambio", "defendió"]);
    let title = capitalise(form(r2.title, p2));
    c.n(&format!("{title}, {}, {reply} que ", p2.full()))
        .p(a2, &format!("{c2}."));
    let added = f.pick(&["Añadió", "Agregó", "Insistió en", "Ha recalcado"]);
    let after = f.after_verb();
    if f.either() {
        c.para();
        let lead = f.start(&added.to_lowercase());
        c.n(&format!("{lead}{after} que ")).p(a2, &format!("{s3}."));
    } else {
        let q = f.quote();
        let q = f.quote_before_cue(q);
        let cue = f.pick(&["agregó", "añadió", "remachó"]);
        c.n(" ").d(a2, &q).n(&format!(", {cue}{after}."));
    }
    c
}

/// "Ruiz dijo que …. La reunión duró dos horas." ¶ "Insistió en que …": narration between the
/// named cue and the unwritten subject, the speaker still the only one named.
fn es_after_narration(f: &mut Fill) -> Case {
    let mut c = Case::new(Es);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (c1, c2) = f.clauses();
    let verb = f.verb();
    let lead = f.start(&p.full());
    let between = f.pick(&[
        "La reunión duró dos horas.",
        "El encuentro se celebró a puerta cerrada.",
        "Los sindicatos no acudieron a la cita.",
    ]);
    c.n(&format!("{lead} {verb} que "))
        .p(a, &format!("{c1}."))
        .n(&format!(" {between}"))
        .para();
    let added = f.pick(&["Insistió en", "Añadió", "Ha subrayado", "Recordó"]);
    let after = f.after_verb();
    c.n(&format!("{added}{after} que ")).p(a, &format!("{c2}."));
    c
}

/// Indirect speech, then the cue with the subject inverted and a long apposition: "The plan
/// had failed, said Okafor, a researcher at the university who led the study." / « …, a
/// déclaré Claire Vasseur, une chercheuse de l'université de Rennes qui a dirigé l'étude. »
fn content_then_long_apposition(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let (main, _) = f.clause();
    let apposition = match lang {
        En => f
            .pick(&[
                "a researcher at the University of Kingsford who led the study",
                "an economist at a bank in the capital who has followed the talks for years",
                "a spokesperson for the port authority who declined to give details",
            ])
            .to_string(),
        Fr => {
            let (un, cherch) = if p.female {
                ("une", "chercheuse")
            } else {
                ("un", "chercheur")
            };
            format!(
                "{un} {}",
                f.pick(&[
                    "{c} de l'université de Rennes qui a dirigé l'étude",
                    "{c} du CNRS qui suit le dossier depuis des années",
                ])
                .replace("{c}", cherch)
            )
        }
        _ => {
            let (un, inv) = if p.female {
                ("una", "investigadora")
            } else {
                ("un", "investigador")
            };
            format!(
                "{un} {}",
                f.pick(&[
                    "{c} de la Universidad de Sevilla que dirigió el estudio",
                    "{c} del CSIC que sigue el caso desde hace años",
                ])
                .replace("{c}", inv)
            )
        }
    };
    let cue = match lang {
        En => "said",
        Fr => f.pick(&["a déclaré", "a expliqué", "estime"]),
        _ => f.pick(&["explicó", "afirmó", "ha señalado"]),
    };
    c.p(a, &format!("{},", capitalise(main)))
        .n(&format!(" {cue} {}, {apposition}.", p.full()));
    c
}

/// The cue inside the content, the clause going on after it: "The bridge would reopen in
/// May, the mayor said, and would be handed back to the city in June."
fn incise_then_rest(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let time = f.time();
    let ap = form(role.apposition, p);
    let intro = match lang {
        En => format!("{}, {ap}, visited the port{time}.", p.full()),
        Fr => format!(
            "{}, {ap}, s'est rendu{} sur le port{time}.",
            p.full(),
            if p.female { "e" } else { "" }
        ),
        _ => format!("{}, {ap}, visitó el puerto{time}.", p.full()),
    };
    c.n(&intro).para();
    let (first, rest) = match lang {
        En => f.pick(&[
            (
                "The works would start in May",
                "and would last at least two years",
            ),
            (
                "The plant would close by the end of the year",
                "and would not reopen",
            ),
            ("The company had broken no rules", "and had nothing to hide"),
        ]),
        Fr => f.pick(&[
            (
                "Les travaux débuteraient en mai",
                "et dureraient au moins deux ans",
            ),
            (
                "L'usine fermerait d'ici à la fin de l'année",
                "et ne rouvrirait pas",
            ),
            (
                "L'entreprise n'avait enfreint aucune règle",
                "et n'avait rien à cacher",
            ),
        ]),
        _ => f.pick(&[
            (
                "Las obras empezarían en mayo",
                "y durarían al menos dos años",
            ),
            (
                "La planta cerraría antes de fin de año",
                "y no volvería a abrir",
            ),
            (
                "La empresa no había incumplido ninguna norma",
                "y no tenía nada que ocultar",
            ),
        ]),
    };
    let who = form(role.anaphor, p);
    let cue = match lang {
        En => format!(" {who} said, "),
        Fr => {
            let pron = if p.female { "elle" } else { "il" };
            format!(" a-t-{pron} expliqué, ")
        }
        _ => format!(" explicó {who}, "),
    };
    c.p(a, &format!("{first},"))
        .n(&cue)
        .p(a, &format!("{rest}."));
    c
}

/// A bare plural source: "According to researchers at the University of Kingsford, …",
/// « Selon des chercheurs de l'université de Rennes, … », "Según investigadores de …".
fn according_to_plural_source(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let (main, _) = f.clause();
    let (phrase, source) = match lang {
        En => (
            "According to",
            f.pick(&[
                "researchers at the University of Kingsford",
                "analysts at Kestrel Securities",
                "engineers at the port",
            ]),
        ),
        Fr => (
            "Selon",
            f.pick(&[
                "des chercheurs de l'université de Rennes",
                "des analystes de la banque Kestrel",
                "des ingénieurs du port",
            ]),
        ),
        _ => (
            "Según",
            f.pick(&[
                "investigadores de la Universidad de Sevilla",
                "analistas del banco Kestrel",
                "ingenieros del puerto",
            ]),
        ),
    };
    let a = c.speaker(source, source, article_model::VoiceKind::Collective);
    c.n(&format!("{phrase} {source}, "))
        .p(a, &format!("{main}."));
    c
}

/// English content whose subject opens with a measure: "Okafor said about 600 people …",
/// "… said at least six ports …".
fn en_measure_after_said(f: &mut Fill) -> Case {
    let mut c = Case::new(En);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let content = f.pick(&[
        "about 600 workers would lose their jobs",
        "at least six other ports were facing similar shortfalls",
        "around 40 percent of the wards were full",
        "at most two of the bridges would reopen this year",
        "nearly 3,000 families had been moved",
    ]);
    let lead = f.start(&p.full());
    let time = f.time();
    c.n(&format!("{lead} said{time} "))
        .p(a, &format!("{content}."));
    c
}

/// A promise with a noun-phrase content: « Claire Vasseur a promis un plan pour former 4 000
/// infirmiers », "Ruiz prometió una auditoría de las cuentas".
fn promise(f: &mut Fill) -> Case {
    let lang = f.w.lang;
    let mut c = Case::new(lang);
    let p = f.person();
    let a = as_voice(&mut c, p);
    let role = f.role();
    let time = f.time();
    let lead = f.start(&p.full());
    let ap = form(role.apposition, p);
    let (verb, content) = if lang == Fr {
        (
            f.pick(&["a promis", "promet"]),
            f.pick(&[
                "un plan pour former quatre mille infirmiers d'ici à 2030",
                "une enquête indépendante sur l'accident",
                "des aides d'urgence pour les éleveurs",
            ]),
        )
    } else {
        (
            f.pick(&["prometió", "ha prometido", "promete"]),
            f.pick(&[
                "un plan para formar a cuatro mil enfermeros antes de 2030",
                "una investigación independiente sobre el accidente",
                "ayudas urgentes para los ganaderos",
            ]),
        )
    };
    c.n(&format!("{lead}, {ap}, {verb}{time} "))
        .p(a, &format!("{content}."));
    c
}
