"""Synthetic news articles in four languages, written for this project (no third-party text).

Deterministic for a seed: the Python tests and the Python bench draw their corpora from here.
Each article is a dict with the corpus columns: id, text, lang, outlet, url, date.
"""

import random

PEOPLE = [
    ("Ana", "Silva", "Mayor"),
    ("Tomas", "Berg", "Minister"),
    ("Leila", "Haddad", "spokeswoman"),
    ("Marc", "Duval", "director"),
    ("Ines", "Ortega", "senator"),
    ("Jonas", "Keller", "chairman"),
]

OUTLETS = ["Harbour City Wire", "The Valley Courier", "Northern Ledger", "Coastline Daily"]

# Per language: paragraphs with {name}, {surname}, {role}; quotation marks by each language's
# conventions, so every rule family (paired quotes, cues before and after, indirect speech,
# pronouns) is exercised.
TEMPLATES = {
    "en": [
        "“We will rebuild the {thing} before winter,” {role} {name} said on Monday.",
        "{surname} said the money for the {thing} was already there.",
        "“Nobody will be left without help,” she added.",
        "The council met for three hours on Tuesday and approved the plan for the {thing}.",
        "According to {name}, the work on the {thing} will take two years.",
        "“It is a good day for the town,” said {surname}.",
        "Residents gathered near the {thing} in the evening, and several shops stayed open late.",
    ],
    "fr": [
        "« Nous reconstruirons le {thing} avant l'hiver », a déclaré {name}, {role}.",
        "{surname} a affirmé que le financement du {thing} était assuré.",
        "Le conseil s'est réuni mardi pendant trois heures pour examiner le projet.",
        "Selon {name}, les travaux du {thing} dureront deux ans.",
        "« C'est une bonne journée pour la ville », a-t-il indiqué.",
    ],
    "de": [
        "„Wir bauen den {thing} vor dem Winter wieder auf“, sagte {role} {name} am Montag.",
        "{surname} sagte, das Geld für den {thing} sei bereits vorhanden.",
        "Der Rat tagte am Dienstag drei Stunden lang und billigte den Plan.",
        "Laut {name} werden die Arbeiten am {thing} zwei Jahre dauern.",
        "„Es ist ein guter Tag für die Stadt“, sagte {surname}.",
    ],
    "es": [
        "«Reconstruiremos el {thing} antes del invierno», dijo {name}, {role}, el lunes.",
        "{surname} dijo que el dinero para el {thing} ya estaba disponible.",
        "El consejo se reunió el martes durante tres horas y aprobó el plan.",
        "Según {name}, las obras del {thing} durarán dos años.",
        "«Es un buen día para la ciudad», afirmó {surname}.",
    ],
}

THINGS = {
    "en": ["bridge", "library", "harbour wall", "school", "station"],
    "fr": ["pont", "marché", "stade", "port", "musée"],
    "de": ["Bahnhof", "Hafen", "Markt", "Turm", "Platz"],
    "es": ["puente", "mercado", "puerto", "museo", "estadio"],
}


def article_text(rng, lang, paragraphs):
    first, family, role = rng.choice(PEOPLE)
    thing = rng.choice(THINGS[lang])
    fill = {"name": f"{first} {family}", "surname": family, "role": role, "thing": thing}
    templates = TEMPLATES[lang]
    return "\n\n".join(
        templates[i % len(templates)].format(**fill) for i in range(paragraphs)
    )


def corpus(count, seed=1, paragraphs=(4, 12), with_metadata=True):
    """`count` articles, languages in turn; some without metadata, as real corpora have."""
    rng = random.Random(seed)
    langs = list(TEMPLATES)
    articles = []
    for i in range(count):
        lang = langs[i % len(langs)]
        text = article_text(rng, lang, rng.randint(*paragraphs))
        given = with_metadata and i % 5 != 4
        articles.append(
            {
                "id": f"a{i:05d}",
                "text": text,
                "lang": lang if given else None,
                "outlet": rng.choice(OUTLETS) if given else None,
                "url": f"https://news.example.org/{lang}/{i}" if given else None,
                "date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}" if given else None,
            }
        )
    return articles


def long_text(min_bytes):
    """One English article of at least `min_bytes` bytes (and under the 2 MiB limit)."""
    rng = random.Random(7)
    parts = []
    size = 0
    while size < min_bytes:
        part = article_text(rng, "en", 7)
        parts.append(part)
        size += len(part.encode()) + 2
    return "\n\n".join(parts)
