//! Spanish word lists. Roles agree with the person ([masculine, feminine]).

use super::{Org, Person, Role, Words};
use crate::Lang;

pub static PEOPLE: [Person; 18] = [
    Person {
        given: "Ana",
        family: "Ruiz",
        female: true,
    },
    Person {
        given: "Carlos",
        family: "Rivas",
        female: false,
    },
    Person {
        given: "Lucía",
        family: "Mora",
        female: true,
    },
    Person {
        given: "Javier",
        family: "Salcedo",
        female: false,
    },
    Person {
        given: "Guadalupe",
        family: "Quispe",
        female: true,
    },
    Person {
        given: "Mateo",
        family: "Huamán",
        female: false,
    },
    Person {
        given: "Valentina",
        family: "Ocampo",
        female: true,
    },
    Person {
        given: "Andrés",
        family: "Villalobos",
        female: false,
    },
    Person {
        given: "Fátima",
        family: "Benjelloun",
        female: true,
    },
    Person {
        given: "Hamid",
        family: "Ziani",
        female: false,
    },
    Person {
        given: "Mei",
        family: "Wong",
        female: true,
    },
    Person {
        given: "Kenji",
        family: "Morales",
        female: false,
    },
    Person {
        given: "Nkechi",
        family: "Obi",
        female: true,
    },
    Person {
        given: "Esteban",
        family: "Paredes",
        female: false,
    },
    Person {
        given: "Rocío",
        family: "Fernández",
        female: true,
    },
    Person {
        given: "Joaquín",
        family: "Ibáñez",
        female: false,
    },
    Person {
        given: "Camila",
        family: "Arango",
        female: true,
    },
    Person {
        given: "Tomás",
        family: "Echeverría",
        female: false,
    },
];

pub static ROLES: [Role; 6] = [
    Role {
        title: ["el ministro de Hacienda", "la ministra de Hacienda"],
        apposition: ["ministro de Hacienda", "ministra de Hacienda"],
        anaphor: ["el ministro", "la ministra"],
        other_words: ["el titular de Hacienda", "la titular de Hacienda"],
    },
    Role {
        title: ["el alcalde de Tula", "la alcaldesa de Tula"],
        apposition: ["alcalde de Tula", "alcaldesa de Tula"],
        anaphor: ["el alcalde", "la alcaldesa"],
        other_words: ["el regidor", "la regidora"],
    },
    Role {
        title: ["el entrenador del Betis", "la entrenadora del Betis"],
        apposition: ["entrenador del Betis", "entrenadora del Betis"],
        anaphor: ["el entrenador", "la entrenadora"],
        other_words: ["el técnico verdiblanco", "la técnica verdiblanca"],
    },
    Role {
        title: ["el portavoz del Gobierno", "la portavoz del Gobierno"],
        apposition: ["portavoz del Gobierno", "portavoz del Gobierno"],
        anaphor: ["el portavoz", "la portavoz"],
        other_words: ["el vocero del Ejecutivo", "la vocera del Ejecutivo"],
    },
    Role {
        title: [
            "el presidente de la patronal",
            "la presidenta de la patronal",
        ],
        apposition: ["presidente de la patronal", "presidenta de la patronal"],
        anaphor: ["el presidente", "la presidenta"],
        other_words: ["el líder de los empresarios", "la líder de los empresarios"],
    },
    Role {
        title: ["el director del hospital", "la directora del hospital"],
        apposition: ["director del hospital", "directora del hospital"],
        anaphor: ["el director", "la directora"],
        other_words: ["el responsable del centro", "la responsable del centro"],
    },
];

pub static ORGS: [Org; 6] = [
    Org {
        written: "la Policía Nacional",
        name: "la Policía Nacional",
    },
    Org {
        written: "el Ministerio de Sanidad",
        name: "el Ministerio de Sanidad",
    },
    Org {
        written: "la compañía Aerolíneas del Sur",
        name: "Aerolíneas del Sur",
    },
    Org {
        written: "el sindicato de estibadores",
        name: "el sindicato de estibadores",
    },
    Org {
        written: "el Ayuntamiento de Sevilla",
        name: "el Ayuntamiento de Sevilla",
    },
    Org {
        written: "la Guardia Civil",
        name: "la Guardia Civil",
    },
];

pub static WORDS: Words = Words {
    lang: Lang::Es,
    people: &PEOPLE,
    roles: &ROLES,
    orgs: &ORGS,
    quote_styles: &[("\u{ab}", "\u{bb}"), ("\u{201c}", "\u{201d}"), ("\"", "\"")],
    quotes: &[
        "No vamos a esperar otro informe",
        "Nadie escucha hasta que es demasiado tarde",
        "Es la peor temporada en veinte años",
        "El dinero existe y hay que gastarlo",
        "Nunca había visto las urgencias tan llenas",
        "Pedimos diálogo y recibimos silencio",
        "No hay plan B",
        "Las familias no pueden seguir pagando más",
        "Es un buen resultado, pero no basta",
        "El puente volverá a abrir en primavera",
    ],
    clauses: &[
        "el plan había fracasado",
        "el puente volvería a abrir en mayo",
        "no quedaba dinero para las obras",
        "las negociaciones se reanudarían la próxima semana",
        "la empresa no había incumplido ninguna norma",
        "las urgencias estaban llenas cada noche",
        "el sindicato no firmaría el acuerdo",
        "los precios seguirían subiendo hasta el verano",
        "había sido un año largo",
        "el informe contenía varios errores",
    ],
    subordinate: &[
        "el plan había fracasado",
        "el puente volvería a abrir en mayo",
        "no quedaba dinero para las obras",
        "las negociaciones se reanudarían la próxima semana",
        "la empresa no había incumplido ninguna norma",
        "las urgencias estaban llenas cada noche",
        "el sindicato no firmaría el acuerdo",
        "los precios seguirían subiendo hasta el verano",
        "había sido un año largo",
        "el informe contenía varios errores",
    ],
    verbs: &[
        "dijo",
        "afirmó",
        "explicó",
        "aseguró",
        "ha dicho",
        "ha afirmado",
        "decía",
        "señaló",
    ],
    pronouns: ["él", "ella"],
    but: "Pero",
    fronted_time: Some("El lunes"),
    times: &[
        "el lunes",
        "el viernes por la noche",
        "la semana pasada",
        "el martes",
        "esta mañana",
    ],
    addressees: &[
        "a la prensa",
        "a los periodistas",
        "ante los diputados",
        "a Efe",
    ],
    topics: &[
        "el impuesto",
        "la huelga",
        "los nuevos horarios",
        "el presupuesto",
        "las inundaciones",
    ],
};
