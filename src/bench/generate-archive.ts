/**
 * Synthetic archive of minutes for benchmarks (issue 5): thousands of
 * meetings in the five vendor layouts, deterministic for a seed number.
 *
 * Pure: no file access, no clock, no Math.random. `planArchive` decides which
 * meetings exist (committee, date, number of items, a seed per meeting);
 * `generateMeeting` turns one plan entry into the text of its minutes. The
 * text is generated from the word lists below, so it looks Danish and
 * municipal but says nothing; nothing is copied from real minutes. Only the
 * layouts (headers, table of contents, case numbers, section headings,
 * decision forms, Gladsaxe's running header) imitate real PDF extracts.
 */
import { slugify } from '../model/paths.ts';
import { layoutByName } from '../minutes/layouts/index.ts';
import type { Layout as LayoutFile, PrintMeeting } from '../minutes/layouts/layout.ts';

/** The five vendor layouts of src/minutes/layouts/, named after the municipality whose extract they imitate. */
export const layouts = ['roskilde', 'lejre', 'helsingoer', 'gladsaxe', 'odense'] as const;
export type Layout = (typeof layouts)[number];

/** The layout file that says how `layout` prints its headings. */
function layoutFile(layout: Layout): LayoutFile {
  return layoutByName(layout)!;
}

function printed(context: Context): PrintMeeting {
  return { committee: context.spec.committee, term: context.spec.term, dmy: context.dmy };
}

export interface MeetingSpec {
  /** Seeds the text of this meeting alone, so meetings can be generated in any order. */
  seed: number;
  layout: Layout;
  /** Municipality as a person would write it, e.g. "Helsingør". */
  municipality: string;
  /** Folder name: the municipality slug, e.g. "helsingoer". */
  folder: string;
  committee: string;
  /** Election term printed after the committee name, e.g. "2018-2021". */
  term: string;
  /** Short prefix of item titles (Lejre layout only), e.g. "JA". */
  prefix: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  startTime: string;
  /** Number of the first item; some layouts number on through the year. */
  firstItem: number;
  /** Number of items, 8–22. */
  items: number;
  /** Relative path of the file: `<folder>/<committee-slug>-<date>.txt`. */
  path: string;
}

export interface ArchiveOptions {
  meetings: number;
  seed: number;
}

/** A small, fast, seedable PRNG (mulberry32); returns numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Committee {
  layout: Layout;
  municipality: string;
  name: string;
  prefix: string;
  startTime: string;
}

// Real municipality and committee names are public facts; everything said in
// the generated minutes is invented. Five committees per municipality, one
// vendor layout per municipality, listed so that committee i has layout i % 5.
const municipalities: readonly { layout: Layout; name: string; committees: readonly [string, string][] }[] = [
  {
    layout: 'roskilde',
    name: 'Roskilde',
    committees: [
      ['Beskæftigelses- og Socialudvalget', ''],
      ['Økonomiudvalget', ''],
      ['Plan- og Teknikudvalget', ''],
      ['Skole- og Børneudvalget', ''],
      ['Sundheds- og Omsorgsudvalget', ''],
    ],
  },
  {
    layout: 'lejre',
    name: 'Lejre',
    committees: [
      ['Udvalget for Job & Arbejdsmarked', 'JA'],
      ['Økonomiudvalget', 'ØU'],
      ['Udvalget for Teknik & Miljø', 'TM'],
      ['Udvalget for Børn & Ungdom', 'BU'],
      ['Udvalget for Social, Sundhed & Ældre', 'SSÆ'],
    ],
  },
  {
    layout: 'helsingoer',
    name: 'Helsingør',
    committees: [
      ['Social- og Beskæftigelsesudvalget', ''],
      ['Økonomiudvalget', ''],
      ['By-, Plan- og Miljøudvalget', ''],
      ['Børne- og Uddannelsesudvalget', ''],
      ['Ældre- og Sundhedsudvalget', ''],
    ],
  },
  {
    layout: 'gladsaxe',
    name: 'Gladsaxe',
    committees: [
      ['Beskæftigelses- og Integrationsudvalget', ''],
      ['Økonomiudvalget', ''],
      ['Miljø- og Planlægningsudvalget', ''],
      ['Børne- og Undervisningsudvalget', ''],
      ['Social- og Sundhedsudvalget', ''],
    ],
  },
  {
    layout: 'odense',
    name: 'Odense',
    committees: [
      ['Beskæftigelses- og Socialudvalget', ''],
      ['Økonomiudvalget', ''],
      ['By- og Kulturudvalget', ''],
      ['Børn- og Ungeudvalget', ''],
      ['Ældre- og Handicapudvalget', ''],
    ],
  },
];

const startTimes: Record<Layout, string> = {
  roskilde: '16:30',
  lejre: '16:30',
  helsingoer: '17:00',
  gladsaxe: '16:30',
  odense: '08:30',
};

const committees: readonly Committee[] = [0, 1, 2, 3, 4].flatMap((index) =>
  municipalities.map((municipality) => {
    const [name, prefix] = municipality.committees[index] ?? ['Økonomiudvalget', ''];
    return { layout: municipality.layout, municipality: municipality.name, name, prefix, startTime: startTimes[municipality.layout] };
  }),
);

const firstDay = Date.UTC(2016, 0, 4);
const lastDay = Date.UTC(2025, 11, 19);
const dayMs = 86_400_000;

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Danish municipal election terms: 2014-2017, 2018-2021, 2022-2025. */
function termOf(year: number): string {
  const start = 2014 + Math.floor((year - 2014) / 4) * 4;
  return `${start}-${start + 3}`;
}

/**
 * Decide which meetings the archive holds. Meetings are dealt round-robin to
 * the 25 committees (so every layout appears once N ≥ 5), and each
 * committee's meetings are spread evenly over 2016–2025 on weekdays, with a
 * little seeded jitter: 5 000 meetings give 200 per committee, 20 a year.
 * Paths are unique. Deterministic for the same options.
 */
export function planArchive(options: ArchiveOptions): MeetingSpec[] {
  const random = createRandom(options.seed);
  const count = Math.max(0, Math.floor(options.meetings));
  const perCommittee = Math.ceil(count / committees.length);
  const spacing = (lastDay - firstDay) / dayMs / Math.max(1, perCommittee);
  const taken = new Set<string>();
  const itemsSoFar = new Map<string, number>(); // committee + year → items used
  const specs: MeetingSpec[] = [];

  for (let index = 0; index < count; index += 1) {
    const committee = committees[index % committees.length] as Committee;
    const slot = Math.floor(index / committees.length);
    const jitter = spacing >= 2 ? Math.floor(random() * Math.floor(spacing)) : 0;
    let day = firstDay + Math.floor(slot * spacing + jitter) * dayMs;
    // Meetings fall on weekdays, unless meetings are so dense that moving
    // them would pile them onto each other.
    if (spacing >= 3) {
      const weekday = new Date(day).getUTCDay();
      if (weekday === 6) day -= dayMs;
      if (weekday === 0) day += dayMs;
    }
    const committeeSlug = slugify(committee.name);
    const folder = slugify(committee.municipality);
    let date = isoDate(day);
    while (taken.has(`${folder}/${committeeSlug}-${date}`)) {
      day += dayMs;
      date = isoDate(day);
    }
    const path = `${folder}/${committeeSlug}-${date}.txt`;
    taken.add(`${folder}/${committeeSlug}-${date}`);

    const items = 8 + Math.floor(random() * 8) + Math.floor(random() * 8);
    const year = Number(date.slice(0, 4));
    const yearKey = `${folder}/${committeeSlug}/${year}`;
    const before = itemsSoFar.get(yearKey) ?? 0;
    itemsSoFar.set(yearKey, before + items);
    // Roskilde and Gladsaxe number items on through the year.
    const firstItem = committee.layout === 'roskilde' || committee.layout === 'gladsaxe' ? before + 1 : 1;

    specs.push({
      seed: Math.floor(random() * 4294967296),
      layout: committee.layout,
      municipality: committee.municipality,
      folder,
      committee: committee.name,
      term: termOf(year),
      prefix: committee.prefix,
      date,
      startTime: committee.startTime,
      firstItem,
      items,
      path,
    });
  }
  return specs;
}

// ---------------------------------------------------------------------------
// Word lists. Generated text picks from these; a few hundred words of
// municipal Danish, grouped by the role they play in a sentence.

const subjects = [
  'Forvaltningen', 'Udvalget', 'Administrationen', 'Jobcentret', 'Byrådet', 'Direktionen', 'Centret',
  'Styregruppen', 'Arbejdsgruppen', 'Kommunen', 'Projektgruppen', 'Sekretariatet', 'Ledelsen', 'Rådet',
  'Kommunalbestyrelsen', 'Borgerservice', 'Ungeenheden', 'Familieafdelingen', 'Myndighedsafdelingen',
  'Økonomiafdelingen',
];
const verbs = [
  'vurderer', 'foreslår', 'anbefaler', 'forventer', 'undersøger', 'igangsætter', 'styrker', 'prioriterer',
  'fremlægger', 'beskriver', 'afdækker', 'udarbejder', 'godkender', 'drøfter', 'følger', 'tilpasser',
  'udvider', 'evaluerer', 'samler', 'understøtter', 'forbedrer', 'sikrer', 'koordinerer', 'gennemfører',
  'opretter', 'afprøver', 'tilbyder', 'finansierer', 'omlægger', 'justerer',
];
/** Verbs that take an "at" clause. */
const thatVerbs = ['vurderer', 'foreslår', 'anbefaler', 'forventer', 'sikrer', 'beskriver', 'understreger', 'oplyser', 'konstaterer'];
const passives = [
  'styrkes', 'udvides', 'evalueres', 'igangsættes', 'godkendes', 'tilpasses', 'forankres', 'afsluttes',
  'videreføres', 'omlægges', 'prioriteres', 'finansieres', 'samles', 'justeres', 'udbydes', 'beskrives',
  'forlænges', 'koordineres', 'opgøres', 'følges op',
];
const pasts = [
  'besluttede', 'godkendte', 'drøftede', 'igangsatte', 'vedtog', 'evaluerede', 'undersøgte', 'afsatte',
  'behandlede', 'prioriterede', 'udvidede', 'iværksatte', 'modtog', 'fremlagde', 'anbefalede',
];
const participles = [
  'afsat', 'bevilget', 'reserveret', 'indhentet', 'udarbejdet', 'ansøgt om', 'anvendt', 'forbrugt',
  'budgetteret', 'omplaceret', 'tilført', 'overført',
];
const nouns = [
  'indsatsen', 'handleplanen', 'budgettet', 'tilbuddet', 'projektet', 'puljen', 'strategien', 'modellen',
  'aftalen', 'planen', 'analysen', 'evalueringen', 'samarbejdet', 'ordningen', 'forløbet', 'målgruppen',
  'rammen', 'opgaven', 'udbuddet', 'kontrakten', 'serviceniveauet', 'kapaciteten', 'visitationen',
  'opfølgningen', 'beskæftigelsesindsatsen', 'ungeindsatsen', 'virksomhedsindsatsen', 'sagsbehandlingen',
  'helhedsplanen', 'lærepladsaftalen', 'mentorordningen', 'jobrotationen', 'praktikforløbet',
  'rehabiliteringen', 'botilbuddet', 'dagtilbuddet', 'hjemmeplejen', 'genoptræningen', 'sundhedsindsatsen',
  'skolevejen', 'klimaplanen', 'lokalplanen', 'trafikplanen', 'affaldsordningen', 'vandplanen',
  'budgetopfølgningen', 'regnskabet', 'anlægsprojektet', 'renoveringen', 'digitaliseringen',
  'integrationsindsatsen', 'sprogundervisningen', 'fritidstilbuddet', 'ungdomsuddannelsen',
  'ressourceforløbet', 'jobafklaringen', 'fleksjobordningen', 'kontanthjælpen', 'sygedagpengeområdet',
  'handicapområdet', 'ældreområdet', 'børneområdet', 'socialområdet', 'beskæftigelsesområdet',
  'kvalitetsstandarden', 'tilsynet', 'høringen', 'borgerinddragelsen', 'frivilligheden', 'foreningslivet',
];
const objects = [
  'en ny model', 'flere pladser', 'en tværgående indsats', 'en fælles plan', 'et styrket samarbejde',
  'en bedre opfølgning', 'en midlertidig ordning', 'et forsøg', 'en ekstra medarbejder', 'nye lokaler',
  'en samlet oversigt', 'en digital løsning', 'en tættere kontakt', 'et nyt tilbud', 'en længere periode',
  'en fast kontaktperson', 'en kortere ventetid', 'en fælles indgang', 'en lokal forankring', 'et løft',
  'handleplaner', 'nye lærepladser', 'flere praktikpladser', 'faste møder', 'klare mål', 'nøgletal',
];
const adjectives = [
  'ny', 'samlet', 'fælles', 'lokal', 'tværgående', 'styrket', 'midlertidig', 'digital', 'målrettet',
  'forebyggende', 'helhedsorienteret', 'langsigtet', 'økonomisk', 'faglig', 'social', 'grøn', 'tidlig',
  'særlig', 'varig', 'fleksibel', 'aktiv', 'udvidet', 'bæredygtig', 'kommunal', 'regional',
];
const topics = [
  'indsats', 'plan', 'model', 'strategi', 'ordning', 'pulje', 'aftale', 'analyse', 'evaluering', 'opfølgning',
  'handleplan', 'helhedsplan', 'udbud', 'organisering', 'tilbudsvifte', 'kvalitetsstandard', 'budgetramme',
  'investering', 'samarbejdsaftale', 'tidsplan',
];
const groups = [
  'ledige borgere', 'unge under 30 år', 'seniorer', 'borgere med handicap', 'sygemeldte', 'nyankomne flygtninge',
  'aktivitetsparate borgere', 'jobparate borgere', 'familier med børn', 'ældre borgere', 'skoleelever',
  'lokale virksomheder', 'frivillige foreninger', 'pårørende', 'medarbejdere', 'elever uden læreplads',
  'borgere i ressourceforløb', 'borgere i fleksjob', 'udsatte borgere', 'nye medarbejdere',
];
const places = [
  'Rådhuset', 'Jobcentret', 'Ungehuset', 'Borgerservice', 'bymidten', 'landdistrikterne', 'Nordbyen',
  'Sydhavnen', 'Østerbro', 'Vestergade', 'Skovparken', 'Engvej', 'Havnen', 'Stationsbyen', 'Kirkebakken',
];
const connectors = [
  'Derudover', 'Samtidig', 'Endvidere', 'På den baggrund', 'Herudover', 'Desuden', 'Til gengæld',
  'I praksis', 'Fremadrettet', 'Som følge heraf', 'Af samme grund', 'Sammenfattende',
];
const periods = ['i 2016', 'i første kvartal', 'inden sommerferien', 'i løbet af efteråret', 'fra årsskiftet', 'over en treårig periode', 'i budgetperioden', 'hvert halve år'];
const units = ['mio. kr.', 'kr.', 'pladser', 'medarbejdere', 'borgere', 'forløb', 'procent', 'timer om ugen'];
const firstNames = [
  'Anne', 'Birgitte', 'Camilla', 'Dorte', 'Eva', 'Frederik', 'Gitte', 'Hans', 'Ida', 'Jens', 'Karen', 'Lars',
  'Mette', 'Niels', 'Ole', 'Pia', 'Rasmus', 'Sofie', 'Thomas', 'Ulla', 'Vibeke', 'Anders', 'Bo', 'Charlotte',
  'Emil', 'Henrik', 'Jonas', 'Line', 'Morten', 'Signe', 'Søren', 'Trine', 'Ahmad', 'Leila', 'Nadia', 'Jakob',
];
const lastNames = [
  'Andersen', 'Bach', 'Christensen', 'Dahl', 'Eriksen', 'Frost', 'Gregersen', 'Holm', 'Iversen', 'Jensen',
  'Kjær', 'Lund', 'Madsen', 'Nygaard', 'Olsen', 'Poulsen', 'Rasmussen', 'Sørensen', 'Thomsen', 'Vinther',
  'Winther', 'Østergaard', 'Brix', 'Krogh', 'Mølgaard', 'Riis', 'Storm', 'Falk', 'Bøgh', 'Haddad',
];
const parties = ['A', 'V', 'C', 'F', 'O', 'Ø', 'B', 'D', 'I', 'Å'];
const weekdays = ['Søndag', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag'];
const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

// ---------------------------------------------------------------------------
// Text generation. Everything below draws from one Random per meeting.

type Random = () => number;

function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function amount(random: Random): string {
  const unit = pick(random, units);
  if (unit === 'mio. kr.') return `${between(random, 1, 40)},${between(random, 0, 9)} ${unit}`;
  if (unit === 'kr.') return `${between(random, 10, 990)}.000 ${unit}`;
  if (unit === 'procent') return `${between(random, 2, 80)} %`;
  return `${between(random, 2, 250)} ${unit}`;
}

/** The definite form of an adjective: "samlet" → "samlede", "grøn" → "grønne". */
function definite(adjective: string): string {
  if (/[es]$/.test(adjective)) return adjective;
  if (adjective.endsWith('et')) return `${adjective.slice(0, -1)}de`;
  if (adjective.endsWith('el')) return `${adjective.slice(0, -2)}le`;
  if (adjective === 'grøn') return 'grønne';
  return `${adjective}e`;
}

function nounPhrase(random: Random): string {
  const roll = random();
  if (roll < 0.45) return pick(random, nouns);
  if (roll < 0.75) return `${pick(random, nouns)} for ${pick(random, groups)}`;
  return `den ${definite(pick(random, adjectives))} ${pick(random, topics)}`;
}

function sentence(random: Random, year: number): string {
  switch (between(random, 0, 7)) {
    case 0:
      return `${pick(random, subjects)} ${pick(random, thatVerbs)}, at ${nounPhrase(random)} ${pick(random, passives)} ${pick(random, periods).replace('2016', String(year))}.`;
    case 1:
      return `${capitalize(nounPhrase(random))} ${pick(random, passives)} i samarbejde med ${pick(random, groups)} og ${pick(random, groups)}.`;
    case 2:
      return `I ${year} ${pick(random, pasts)} ${pick(random, subjects).toLowerCase()} ${nounPhrase(random)}, og der blev ${pick(random, participles)} ${amount(random)} til ${pick(random, objects)}.`;
    case 3:
      return `Der er ${pick(random, participles)} ${amount(random)} til ${nounPhrase(random)} i ${pick(random, places)}.`;
    case 4:
      return `${pick(random, connectors)} ${pick(random, verbs)} ${pick(random, subjects).toLowerCase()} ${pick(random, objects)} for ${pick(random, groups)}, så ${nounPhrase(random)} kan ${pick(random, ['fortsætte', 'udvides', 'gennemføres', 'fastholdes', 'styrkes'])}.`;
    case 5:
      return `${pick(random, subjects)} ${pick(random, verbs)} ${pick(random, objects)} og ${pick(random, objects)} ${pick(random, periods).replace('2016', String(year))}.`;
    case 6:
      return `Erfaringerne viser, at ${pick(random, groups)} har gavn af ${pick(random, objects)}, når ${nounPhrase(random)} ${pick(random, passives)}.`;
    default:
      return `${capitalize(nounPhrase(random))} omfatter ${amount(random)} og ${pick(random, objects)} for ${pick(random, groups)}.`;
  }
}

/** A paragraph of roughly 40–120 words. */
function paragraph(random: Random, year: number): string {
  const target = between(random, 40, 120);
  const sentences: string[] = [];
  let words = 0;
  while (words < target) {
    const next = sentence(random, year);
    sentences.push(next);
    words += next.split(' ').length;
  }
  return sentences.join(' ');
}

function bulletList(random: Random, marker: string): string {
  const count = between(random, 2, 5);
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) {
    lines.push(`${marker}${capitalize(pick(random, objects))} for ${pick(random, groups)}`);
  }
  return lines.join('\n');
}

function tabTable(random: Random, year: number): string {
  const rows = [`${capitalize(pick(random, topics))}\t${year - 1}\t${year}\t${year + 1}`];
  const count = between(random, 3, 6);
  for (let index = 0; index < count; index += 1) {
    rows.push(`${capitalize(pick(random, groups))}\t${between(random, 10, 900)}\t${between(random, 10, 900)}\t${between(random, 10, 900)}`);
  }
  rows.push(`I alt\t${between(random, 1000, 5000)}\t${between(random, 1000, 5000)}\t${between(random, 1000, 5000)}`);
  return rows.join('\n');
}

/** Body of a long section: paragraphs, now and then a list or a table. */
function body(random: Random, year: number, paragraphs: number, marker = '- '): string[] {
  const blocks: string[] = [];
  for (let index = 0; index < paragraphs; index += 1) {
    blocks.push(paragraph(random, year));
    const roll = random();
    if (roll < 0.18) blocks.push(bulletList(random, marker));
    else if (roll < 0.24) blocks.push(tabTable(random, year));
  }
  return blocks;
}

function personName(random: Random): string {
  return `${pick(random, firstNames)} ${pick(random, lastNames)}`;
}

// ---------------------------------------------------------------------------
// Agenda: item titles and kinds, shared by all layouts.

interface AgendaItem {
  number: number;
  title: string;
  kind: 'opening' | 'decision' | 'orientation' | 'other' | 'closed';
}

const decisionTitles = [
  (random: Random) => `Godkendelse af ${pick(random, topics)} for ${pick(random, groups)}`,
  (random: Random) => `Ansøgning til puljen "${capitalize(pick(random, adjectives))} ${pick(random, topics)}"`,
  (random: Random) => `Omlægning af ${pick(random, nouns)} i ${pick(random, places)}`,
  (random: Random) => `Budgetomplacering vedrørende ${pick(random, nouns)}`,
  (random: Random) => `Høring om ${pick(random, adjectives)} ${pick(random, topics)}`,
  (random: Random) => `Forslag til ${pick(random, topics)} for ${pick(random, groups)} i ${pick(random, places)}`,
];
const orientationTitles = [
  (random: Random) => `Orientering om ${pick(random, nouns)}`,
  (random: Random) => `Status på ${pick(random, nouns)} for ${pick(random, groups)}`,
  (random: Random) => `Evaluering af ${pick(random, nouns)}`,
  (random: Random) => `Årsrapport for ${pick(random, nouns)}`,
];

function agenda(random: Random, spec: MeetingSpec): AgendaItem[] {
  const items: AgendaItem[] = [];
  const closed = random() < 0.3 ? between(random, 1, 2) : 0;
  for (let index = 0; index < spec.items; index += 1) {
    const number = spec.firstItem + index;
    if (index === 0) items.push({ number, title: 'Godkendelse af dagsorden', kind: 'opening' });
    else if (index === spec.items - 1 - closed) items.push({ number, title: 'Eventuelt', kind: 'other' });
    else if (index >= spec.items - closed) items.push({ number, title: `Lukket: ${pick(random, ['Personalesag', 'Ejendomssag', 'Udbud', 'Meddelelser', 'Klagesag'])}`, kind: 'closed' });
    else if (random() < 0.6) items.push({ number, title: pick(random, decisionTitles)(random), kind: 'decision' });
    else items.push({ number, title: pick(random, orientationTitles)(random), kind: 'orientation' });
  }
  return items;
}

// ---------------------------------------------------------------------------
// Layouts.

interface Context {
  random: Random;
  spec: MeetingSpec;
  year: number;
  /** DD-MM-YYYY */
  dmy: string;
  members: { name: string; party: string; absent: boolean }[];
}

/** Titles as they appear after "Punkt N: " in each layout. */
function displayTitle(context: Context, item: AgendaItem): string {
  if (item.kind === 'closed') return item.title;
  const kind = item.kind === 'decision' || item.kind === 'orientation' ? item.kind : 'other';
  return layoutFile(context.spec.layout).print.title(item.title, kind, context.spec.prefix);
}

function caseNumber(context: Context): string {
  const { random, year } = context;
  const yy = String(year % 100).padStart(2, '0');
  const kle = `${String(between(random, 0, 85)).padStart(2, '0')}.${String(between(random, 0, 40)).padStart(2, '0')}.${String(between(random, 0, 20)).padStart(2, '0')}`;
  switch (context.spec.layout) {
    case 'roskilde':
      return `${kle}${pick(random, ['G01', 'P05', 'P20', 'A00', 'K07'])}-${String(between(random, 1, 40)).padStart(4, '0')} ${yy}`;
    case 'lejre':
    case 'helsingoer':
      return `${yy}/${between(random, 100, 35000)}`;
    case 'gladsaxe':
      return `${year}/${String(between(random, 1, 20000)).padStart(5, '0')}`;
    default:
      return `${kle}-${pick(random, ['G01', 'P20', 'A00', 'Ø34', 'S00'])}-${between(random, 1, 400)}-${yy}`;
  }
}

function decisionText(context: Context, item: AgendaItem): string {
  const { random } = context;
  if (item.kind === 'opening') return 'Godkendt.';
  if (item.kind === 'orientation') return pick(random, ['Taget til efterretning.', 'Orienteringen blev taget til efterretning.', 'Til efterretning.']);
  if (item.kind === 'other') return pick(random, ['Der var intet under Eventuelt.', `${personName(random)} orienterede om ${pick(random, nouns)}.`]);
  const roll = random();
  if (roll < 0.5) return pick(random, ['Godkendt.', 'Indstillingen godkendt.', 'Anbefales.', 'Indstillingen tiltrådt.']);
  if (roll < 0.8) return `Ad 1: Godkendt.\n\nAd 2: ${pick(random, ['Anbefales.', 'Godkendt med den ændring, at ' + pick(random, nouns) + ' ' + pick(random, passives) + '.'])}`;
  return `Et flertal bestående af ${personName(random)} (${pick(random, parties)}) og ${personName(random)} (${pick(random, parties)}) godkender indstillingen.\n\n${personName(random)} (${pick(random, parties)}) stemmer imod.`;
}

function recommendation(context: Context, lead: string, numbered: boolean): string[] {
  const { random } = context;
  const count = between(random, 1, 3);
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const text = `${nounPhrase(random)} ${pick(random, passives)}`;
    lines.push(numbered ? `${index + 1}. at ${text}` : `at ${text}.`);
  }
  return [lead, lines.join('\n')];
}

function absentMembers(context: Context): string[] {
  return context.members.filter((member) => member.absent).map((member) => `${member.name} (${member.party})`);
}

function roskildeItem(context: Context, item: AgendaItem, title: string): string[] {
  const { random, spec } = context;
  const blocks = [caseNumber(context), 'sagsfremstilling', `Pkt. ${item.number} ${title}`];
  const sagsnr = between(random, 200000, 499999);
  if (random() < 0.5) blocks.push(`Sagsnr. ${sagsnr} ${spec.committee} Åbent punkt`);
  else blocks.push(`Sagsnr.\n${sagsnr}`, spec.committee, 'Åbent punkt');
  if (item.kind === 'decision' || item.kind === 'orientation') {
    blocks.push('Resume', paragraph(random, context.year));
    if (item.kind === 'decision') blocks.push('Indstilling', ...recommendation(context, 'Forvaltningen indstiller, at:', true));
    blocks.push('Beslutningskompetence', spec.committee);
    blocks.push('Sagsfremstilling', ...body(random, context.year, between(random, 1, 2)));
    blocks.push('Økonomi', random() < 0.5 ? paragraph(random, context.year) : sentence(random, context.year));
  }
  blocks.push(layoutFile(spec.layout).print.decision(printed(context), item.number));
  const roll = random();
  if (item.kind === 'orientation' && roll < 0.6) blocks.push('-');
  else if (!(item.kind === 'orientation' && roll < 0.7)) blocks.push(decisionText(context, item));
  if (item.kind === 'decision' && random() < 0.5) blocks.push('Bilag', capitalize(`${pick(random, topics)} ${context.year}`));
  return blocks;
}

function lejreItem(context: Context, item: AgendaItem): string[] {
  const { random, spec } = context;
  const blocks: string[] = [];
  const decision = [layoutFile(spec.layout).print.decision(printed(context), item.number), decisionText(context, item)];
  const absent = absentMembers(context);
  if (absent.length > 0) decision.push('Afbud:', absent.join('\n'));
  if (item.kind === 'opening' || item.kind === 'other') return [...blocks, ...decision];
  blocks.push(caseNumber(context), 'Resumé', paragraph(random, context.year));
  if (item.kind === 'decision') blocks.push('Indstilling', ...recommendation(context, 'Direktionen indstiller:', true));
  blocks.push('Beslutningskompetence', spec.committee, ...decision);
  blocks.push('Sagsfremstilling', ...body(random, context.year, between(random, 1, 2), random() < 0.3 ? '? ' : '- '));
  blocks.push('Udtalelser', 'Ingen', 'Administrationens vurdering', paragraph(random, context.year));
  blocks.push('Handicappolitik', sentence(random, context.year), 'Økonomi og finansiering', random() < 0.3 ? 'Ingen' : sentence(random, context.year));
  return blocks;
}

function helsingoerItem(context: Context, item: AgendaItem): string[] {
  const { random, spec } = context;
  const committee = `${spec.committee} ${spec.term}`;
  const blocks = [caseNumber(context), 'Sagen afgøres i:', committee];
  const decision = [layoutFile(spec.layout).print.decision(printed(context), item.number), decisionText(context, item)];
  const absent = context.members.filter((member) => member.absent).map((member) => member.name);
  if (absent.length > 0) decision.push('Fraværende:', absent.join('\n'));
  if (item.kind === 'opening' || item.kind === 'other') return [...blocks, ...decision];
  blocks.push('Indledning', paragraph(random, context.year));
  blocks.push('Retsgrundlag', sentence(random, context.year), 'Relation til vision og tværgående politikker', sentence(random, context.year));
  blocks.push('Sagsfremstilling', ...body(random, context.year, between(random, 1, 2)));
  blocks.push('Økonomi/Personaleforhold', sentence(random, context.year), 'Kommunikation/Høring', 'Sagen giver ikke anledning til særskilt kommunikation/høring.');
  blocks.push('Indstilling', ...recommendation(context, `Center for ${capitalize(pick(random, topics))} indstiller,`, false));
  blocks.push(...decision);
  if (random() < 0.5) blocks.push('Bilag', `1: ${capitalize(pick(random, topics))}`);
  return blocks;
}

function gladsaxeItem(context: Context, item: AgendaItem, title: string, header: string): string[] {
  const { random } = context;
  const attachment = `Bilag 1. ${capitalize(pick(random, topics))} – ${pick(random, ['Ansøgning', 'Notat', 'Budget', 'Tidsplan'])}`;
  const blocks = [caseNumber(context), 'Bilag', attachment, header];
  if (item.kind === 'opening' || item.kind === 'other') {
    return [...blocks, 'Dagsordenpunkt', title, 'Beslutning', decisionText(context, item), 'Relateret behandling'];
  }
  blocks.push(`Dagsordenpunkt**${title}**`, 'Beslutning', decisionText(context, item));
  // The running header lands wherever a page ends, between paragraphs.
  const text = [...body(random, context.year, between(random, 1, 3)), 'Økonomi', sentence(random, context.year)];
  blocks.push('Gennemgang af sagen');
  text.forEach((block, index) => {
    blocks.push(block);
    if (index % 3 === 2) blocks.push(header);
  });
  blocks.push(...recommendation(context, 'Social- og Sundhedsforvaltningen indstiller,', true));
  blocks.push('Bilag', attachment, 'Relateret behandling');
  return blocks;
}

function odenseItem(context: Context, item: AgendaItem): string[] {
  const { random, spec } = context;
  const blocks = [caseNumber(context), 'Resume'];
  // Odense's standing items have no decision: an oral briefing, or just the outcome.
  if (item.kind === 'other') return [...blocks, 'Mundtlig orientering:', bulletList(random, '- ')];
  if (item.kind === 'opening') return [...blocks, 'Dagsordenen blev gennemgået.', 'Beslutning', 'Godkendt.'];
  blocks.push(paragraph(random, context.year), 'Effekt', paragraph(random, context.year));
  blocks.push('INDSTILLING', `${capitalize(pick(random, subjects))} indstiller, at ${nounPhrase(random)} ${pick(random, passives)}.`);
  blocks.push('Beslutning', `${spec.committee} ${pick(random, ['godkender indstillingen.', 'anbefaler indstillingen.', 'tog orienteringen til efterretning.', 'drøftede sagen.'])}`);
  blocks.push('Sagsfremstilling', ...body(random, context.year, between(random, 1, 3)));
  blocks.push('Økonomi', sentence(random, context.year));
  return blocks;
}

function header(context: Context, toc: string[]): string[] {
  const { spec, dmy, members } = context;
  const date = new Date(`${spec.date}T00:00:00Z`);
  const when = `Mødedato ${weekdays[date.getUTCDay()]} d. ${spec.date.slice(8, 10)}. ${months[date.getUTCMonth()]} ${spec.date.slice(0, 4)} kl. ${spec.startTime}`;
  const place = `Mødested ${pick(context.random, ['Mødelokale 1', 'Mødelokale 3', 'Udvalgsværelset', 'Byrådssalen'])}, ${pick(context.random, places)}`;
  const names = members.map((member) => member.name);
  const blocks: string[] = [];
  blocks.push(...layoutFile(spec.layout).print.heading(printed(context)), when, place);
  // Which layouts list the participants, and how, is the generator's own variety, not a form the importer reads.
  if (spec.layout === 'lejre') blocks.push(`Mødedeltagere ${members.map((member) => (member.absent ? `${member.name} (Afbud)` : member.name)).join(', ')}`);
  else if (spec.layout === 'helsingoer' || spec.layout === 'gladsaxe') blocks.push(wrapWords(`Mødedeltagere ${names.join(', ')}`, 64));
  blocks.push('Indholdsfortegnelse', toc.join('\n'));
  return blocks;
}

/** Wrap at spaces the way the vendors wrap the participant list. */
function wrapWords(text: string, width: number): string {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return lines.join('\n');
}

/**
 * The text of one meeting's minutes in the layout of `spec.layout`:
 * two blank lines, the REFERAT header, meeting date and place, participants
 * where the layout has them, a table of contents (`title.....<TAB>page`,
 * Odense truncating titles over 100 characters), then one `Punkt N: title`
 * per item with the layout's case number, sections and decision form. Closed
 * items ("Lukket: …") carry only their case number. No final newline, like
 * the real extracts. Deterministic: the same spec gives the same text.
 */
export function generateMeeting(spec: MeetingSpec): string {
  const random = createRandom(spec.seed);
  const year = Number(spec.date.slice(0, 4));
  const dmy = `${spec.date.slice(8, 10)}-${spec.date.slice(5, 7)}-${spec.date.slice(0, 4)}`;
  const members = Array.from({ length: between(random, 5, 9) }, () => ({
    name: personName(random),
    party: pick(random, parties),
    absent: random() < 0.12,
  }));
  const context: Context = { random, spec, year, dmy, members };
  const items = agenda(random, spec);
  const gladsaxeHeader = `${spec.committee},\n\n${spec.date.slice(8, 10)}.${spec.date.slice(5, 7)}.${spec.date.slice(0, 4)}\n\nGladsaxe Kommune`;

  let page = 3;
  const toc: string[] = [];
  const itemBlocks: string[] = [];
  for (const item of items) {
    const title = displayTitle(context, item);
    const tocTitle = spec.layout === 'odense' && title.length > 100 ? title.slice(0, 100) : title;
    toc.push(`${tocTitle}.....\t${page}`);
    let blocks: string[];
    if (item.kind === 'closed') blocks = [caseNumber(context)];
    else if (spec.layout === 'roskilde') blocks = roskildeItem(context, item, title);
    else if (spec.layout === 'lejre') blocks = lejreItem(context, item);
    else if (spec.layout === 'helsingoer') blocks = helsingoerItem(context, item);
    else if (spec.layout === 'gladsaxe') blocks = gladsaxeItem(context, item, title, gladsaxeHeader);
    else blocks = odenseItem(context, item);
    const text = [layoutFile(spec.layout).print.itemStart(item.number, title), ...blocks].join('\n\n');
    itemBlocks.push(text);
    page += 1 + Math.floor(text.length / 3000);
  }
  return `\n\n${[...header(context, toc), ...itemBlocks].join('\n\n')}`;
}
