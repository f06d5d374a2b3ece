// Synthetic news articles as JSON Lines for `corpus add` (the corpus browser's end-to-end test
// and its benchmark): deterministic from a seed, written for this project (no third-party
// text), in wire-copy shapes the importer reads: quotes with named cues, paraphrase after
// "said", anonymous sources and collective voices, in English with some French, German and
// Spanish, across five outlets and eighteen months.
import fs from 'node:fs';

const OUTLETS = ['Harbour City Wire', 'Northern Ledger', 'Valley Courier', 'Coastal Tribune', 'Metro Dispatch'];
const PEOPLE = [
  ['Ana', 'Silva', 'Mayor', 'she'], ['Bo', 'Chen', 'council spokesman', 'he'], ['Carla', 'Mendes', 'Transport Minister', 'she'],
  ['David', 'Okafor', 'union leader', 'he'], ['Elena', 'Petrova', 'hospital director', 'she'], ['Farid', 'Haddad', 'port manager', 'he'],
  ['Greta', 'Lind', 'school principal', 'she'], ['Hugo', 'Martin', 'police chief', 'he'], ['Irene', 'Novak', 'economist', 'she'],
  ['Jonas', 'Weber', 'Finance Minister', 'he'], ['Keiko', 'Sato', 'engineer', 'she'], ['Luis', 'Ortega', 'fisherman', 'he'],
  ['Maya', 'Roth', 'lawyer', 'she'], ['Nils', 'Berg', 'farmer', 'he'], ['Olga', 'Ivanova', 'teacher', 'she'],
  ['Pablo', 'Ruiz', 'opposition leader', 'he'], ['Quinn', 'Adams', 'shop owner', 'she'], ['Rami', 'Aziz', 'doctor', 'he'],
  ['Sara', 'Kim', 'student', 'she'], ['Tomas', 'Horvat', 'judge', 'he'], ['Ursula', 'Berg', 'climate scientist', 'she'],
  ['Victor', 'Lam', 'bank governor', 'he'], ['Wanda', 'Nowak', 'nurse', 'she'], ['Xavier', 'Dubois', 'architect', 'he'],
];
const BODIES = ['The Ministry of Transport', 'The city council', 'The port authority', 'The health ministry', 'The teachers union'];
const NOUNS = ['bridge', 'budget', 'harbour', 'hospital', 'school', 'railway', 'tunnel', 'market', 'river', 'station', 'contract',
  'strike', 'vaccine', 'flood', 'ferry', 'tax', 'pension', 'airport', 'library', 'stadium', 'factory', 'election', 'court', 'road'];
const VERBS = ['rebuild', 'open', 'close', 'fund', 'review', 'delay', 'expand', 'repair', 'protect', 'sell', 'inspect', 'replace'];
const WHEN = ['before winter', 'next year', 'this month', 'by spring', 'within weeks', 'after the vote', 'in the coming days'];
const ADJ = ['safe', 'ready', 'late', 'expensive', 'necessary', 'unfair', 'urgent', 'popular', 'fragile', 'overdue'];

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function english(r, pick) {
  const paragraphs = [];
  const cast = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(PEOPLE));
  const noun = pick(NOUNS);
  paragraphs.push(`The ${noun} plan drew new debate on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} as officials met in the city hall.`);
  for (const [given, family, role, pronoun] of cast) {
    paragraphs.push(`“We will ${pick(VERBS)} the ${noun} ${pick(WHEN)},” ${role} ${given} ${family} said.`);
    paragraphs.push(`${pronoun === 'she' ? 'She' : 'He'} said the ${pick(NOUNS)} was ${pick(ADJ)} and that the ${pick(NOUNS)} would ${pick(VERBS)} ${pick(WHEN)}.`);
    if (r() < 0.5) paragraphs.push(`“The ${pick(NOUNS)} is ${pick(ADJ)}, and people know it,” ${family} added.`);
  }
  if (r() < 0.6) paragraphs.push(`${pick(BODIES)} said in a statement that the ${pick(NOUNS)} would ${pick(VERBS)} ${pick(WHEN)}.`);
  if (r() < 0.5) paragraphs.push(`“Nobody wants to ${pick(VERBS)} the ${pick(NOUNS)},” said an official who asked not to be named.`);
  paragraphs.push(`The ${pick(NOUNS)} and the ${pick(NOUNS)} remain on the agenda for the next session of the council.`);
  return paragraphs;
}

function french(r, pick) {
  const [given, family, , pronoun] = pick(PEOPLE);
  return [
    `Le projet de ${pick(['pont', 'port', 'budget', 'tunnel'])} a relancé le débat lundi.`,
    `« Nous allons ${pick(['reconstruire', 'ouvrir', 'réparer', 'financer'])} le pont avant l’hiver », a déclaré ${given} ${family}.`,
    `${pronoun === 'she' ? 'Elle' : 'Il'} a affirmé que le budget était ${pick(['prêt', 'urgent', 'nécessaire'])}.`,
  ];
}

function german(r, pick) {
  const [given, family] = pick(PEOPLE);
  return [
    `Der Plan für die ${pick(['Brücke', 'Schule', 'Bahn'])} sorgte am Montag für Streit.`,
    `„Wir werden die Brücke vor dem Winter ${pick(['reparieren', 'öffnen', 'bauen'])}“, sagte ${given} ${family}.`,
    `${family} sagte, das Geld sei ${pick(['da', 'knapp', 'bereit'])}.`,
  ];
}

function spanish(r, pick) {
  const [given, family] = pick(PEOPLE);
  return [
    `El plan del ${pick(['puente', 'puerto', 'hospital'])} abrió un nuevo debate el lunes.`,
    `«Vamos a ${pick(['reconstruir', 'abrir', 'reparar'])} el puente antes del invierno», dijo ${given} ${family}.`,
    `${family} dijo que el presupuesto estaba ${pick(['listo', 'aprobado', 'en riesgo'])}.`,
  ];
}

/** The n-th article (0-based) of the corpus with this seed. */
export function article(n, seed = 1) {
  const r = rng(seed * 1_000_003 + n);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const roll = r();
  const [lang, write] = roll < 0.82 ? ['en', english] : roll < 0.9 ? ['fr', french] : roll < 0.95 ? ['de', german] : ['es', spanish];
  const paragraphs = write(r, pick);
  const month = Math.floor(r() * 18);
  const day = 1 + Math.floor(r() * 28);
  const date = `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const outlet = OUTLETS[n % OUTLETS.length];
  return {
    id: `syn-${String(n).padStart(6, '0')}`,
    title: `${paragraphs[0].split(' ').slice(0, 7).join(' ').replace(/[.,]$/, '')} (${n})`,
    outlet,
    url: `https://example.org/${outlet.toLowerCase().replaceAll(' ', '-')}/${n}`,
    date,
    lang,
    text: paragraphs.join('\n\n'),
  };
}

/** Writes `count` articles to `file`, one JSON object a line. */
export function writeCorpus(file, count, seed = 1) {
  const fd = fs.openSync(file, 'w');
  for (let n = 0; n < count; n++) fs.writeSync(fd, `${JSON.stringify(article(n, seed))}\n`);
  fs.closeSync(fd);
}
