// A deterministic synthetic community for the matching benchmark (`npm run bench:matching`, issue 3):
// members drawn from the taxonomy with realistic distributions — a few popular contact spheres and
// many small ones, popular concepts within each, ~70 % Spanish speakers, big cities more than small
// ones, needs that follow the taxonomy's relations — written in the member import format.
// Pure: the same seed gives the same members, and member i does not depend on the community's size
// (2,000 members are the first 2,000 of 100,000).
import type { MemberRecord } from '../../members/member-record.ts';
import { goals as allGoals, type Goal } from '../../profiles/profile-input.ts';
import type { Concept, Taxonomy, TaxonomyLocale } from '../taxonomy/taxonomy.ts';

/** Bump when the members generated for a seed change, so cached benchmark databases are rebuilt. */
export const generatorVersion = 1;

export type Visibility = 'public' | 'members' | 'private';

export interface SyntheticMember {
  /** One line of the import format. */
  record: MemberRecord;
  /** Not part of the import contract (imports leave it at 'members'): the benchmark sets it afterwards. */
  visibility: Visibility;
  /** The concepts the offer and need phrases were written from, for checks; matching reads the phrases. */
  offerConcepts: string[];
  needConcepts: string[];
  /** The member's contact spheres (one or two). */
  spheres: string[];
}

/** mulberry32: a small, fast, seedable PRNG giving floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A well-mixed 32-bit seed for member `index` of the community seeded with `seed`. */
function memberSeed(seed: number, index: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

type Random = () => number;

/** Items with weights, sampled by binary search over the cumulative weights. */
class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(readonly items: readonly T[], weights: readonly number[]) {
    let sum = 0;
    for (const weight of weights) this.cumulative.push((sum += weight));
    this.total = sum;
  }
  get size(): number {
    return this.items.length;
  }
  pick(random: Random): T {
    const target = random() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return this.items[low]!;
  }
}

/** Zipf-like weights: the item at rank r (from 0) weighs 1 / (r + 1)^s. */
const zipf = <T>(items: readonly T[], s: number) => new Weighted(items, items.map((_, rank) => 1 / (rank + 1) ** s));
const table = <T>(rows: readonly (readonly [T, number])[]) => new Weighted(rows.map(([item]) => item), rows.map(([, w]) => w));
const chance = (random: Random, p: number) => random() < p;
const oneOf = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// How common each contact sphere is among members of a business network, most common first.
// Spheres the taxonomy adds later go last, in taxonomy order.
const spherePopularity = [
  'business-services', 'digital-marketing-web', 'technology-software', 'home-real-estate', 'finance-insurance',
  'health-wellness', 'hospitality-tourism', 'creative-design', 'training-education', 'legal',
  'construction-trades', 'retail-fashion', 'weddings-events', 'corporate-events', 'hr-talent',
  'startups-entrepreneurship', 'agrifood-wine', 'international-trade', 'beauty-personal-care',
  'manufacturing-industry', 'logistics-transport', 'energy-sustainability', 'sports-fitness', 'culture-leisure',
  'automotive', 'public-sector-consulting', 'senior-childcare', 'facilities-security', 'non-profit',
  'agriculture-livestock', 'pets',
];

interface Place {
  city: string;
  region: string;
  country: string;
}
const place = (city: string, region: string, country: string, weight: number) => [{ city, region, country }, weight] as const;

// Where Spanish-speaking and English-speaking members are based.
const spanishPlaces = table<Place>([
  place('Madrid', 'Comunidad de Madrid', 'ES', 20), place('Barcelona', 'Cataluña', 'ES', 15),
  place('Valencia', 'Comunitat Valenciana', 'ES', 8), place('Sevilla', 'Andalucía', 'ES', 6),
  place('Málaga', 'Andalucía', 'ES', 5), place('Bilbao', 'País Vasco', 'ES', 4), place('Zaragoza', 'Aragón', 'ES', 4),
  place('Alicante', 'Comunitat Valenciana', 'ES', 3), place('Murcia', 'Región de Murcia', 'ES', 2.5),
  place('Palma', 'Illes Balears', 'ES', 2), place('Valladolid', 'Castilla y León', 'ES', 2),
  place('Las Palmas de Gran Canaria', 'Canarias', 'ES', 2), place('A Coruña', 'Galicia', 'ES', 2),
  place('Granada', 'Andalucía', 'ES', 2), place('Ciudad de México', 'Ciudad de México', 'MX', 7),
  place('Guadalajara', 'Jalisco', 'MX', 2), place('Bogotá', 'Bogotá D.C.', 'CO', 5), place('Medellín', 'Antioquia', 'CO', 2),
  place('Buenos Aires', 'Buenos Aires', 'AR', 5), place('Santiago', 'Región Metropolitana', 'CL', 3),
  place('Lima', 'Lima', 'PE', 3),
]);
const englishPlaces = table<Place>([
  place('London', 'England', 'GB', 28), place('Manchester', 'England', 'GB', 9), place('Birmingham', 'England', 'GB', 5),
  place('Edinburgh', 'Scotland', 'GB', 5), place('Bristol', 'England', 'GB', 3), place('Dublin', 'Leinster', 'IE', 12),
  place('Madrid', 'Comunidad de Madrid', 'ES', 9), place('Barcelona', 'Cataluña', 'ES', 9),
  place('Málaga', 'Andalucía', 'ES', 5), place('Valencia', 'Comunitat Valenciana', 'ES', 4),
  place('Miami', 'Florida', 'US', 4), place('New York', 'New York', 'US', 4), place('Lisbon', 'Lisboa', 'PT', 3),
]);

const firstNames: Record<TaxonomyLocale, readonly string[]> = {
  es: [
    'Lucía', 'María', 'Carmen', 'Ana', 'Laura', 'Marta', 'Paula', 'Elena', 'Sara', 'Cristina', 'Isabel', 'Raquel',
    'Patricia', 'Beatriz', 'Irene', 'Nuria', 'Silvia', 'Alba', 'Claudia', 'Andrea', 'Rocío', 'Pilar', 'Julia', 'Inés',
    'Sofía', 'Valentina', 'Camila', 'Daniela', 'Gabriela', 'Natalia',
    'Javier', 'Carlos', 'David', 'Daniel', 'Pablo', 'Sergio', 'Jorge', 'Alejandro', 'Manuel', 'Antonio', 'José',
    'Francisco', 'Miguel', 'Raúl', 'Álvaro', 'Rubén', 'Adrián', 'Diego', 'Iván', 'Fernando', 'Luis', 'Alberto',
    'Íñigo', 'Jaime', 'Andrés', 'Mateo', 'Santiago', 'Sebastián', 'Nicolás', 'Tomás',
  ],
  en: [
    'Emma', 'Olivia', 'Amelia', 'Sophie', 'Charlotte', 'Grace', 'Emily', 'Hannah', 'Chloe', 'Lucy', 'Megan', 'Rachel',
    'Sarah', 'Laura', 'Jessica', 'Rebecca', 'Aoife', 'Niamh', 'Siobhan', 'Claire', 'Kate', 'Anna', 'Zoe', 'Ruth',
    'James', 'Oliver', 'Harry', 'Jack', 'George', 'Thomas', 'William', 'Daniel', 'Samuel', 'Joseph', 'David', 'Michael',
    'Liam', 'Conor', 'Sean', 'Patrick', 'Ryan', 'Matthew', 'Andrew', 'Peter', 'Mark', 'Richard', 'Ben', 'Tom',
  ],
};
const surnames: Record<TaxonomyLocale, readonly string[]> = {
  es: [
    'García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín',
    'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Alonso', 'Gutiérrez', 'Navarro',
    'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil', 'Ramírez', 'Serrano', 'Blanco', 'Molina', 'Morales', 'Suárez',
    'Ortega', 'Delgado', 'Castro', 'Ortiz', 'Rubio', 'Marín', 'Sanz', 'Iglesias', 'Núñez', 'Medina', 'Garrido',
    'Cortés', 'Castillo', 'Santos', 'Lozano', 'Guerrero', 'Cano', 'Prieto', 'Méndez', 'Cruz', 'Calvo', 'Gallego',
    'Vidal', 'León', 'Herrera', 'Márquez', 'Peña', 'Cabrera', 'Aguirre', 'Etxeberria', 'Vargas', 'Rojas',
  ],
  en: [
    'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts',
    'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris',
    'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark',
    'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', "O'Brien", 'Murphy', 'Kelly', 'Byrne', 'Ryan', 'Walsh',
    "O'Connor", 'Campbell', 'Stewart', 'Murray',
  ],
};
const companySuffixes: Record<TaxonomyLocale, readonly string[]> = {
  es: ['Consultores', 'y Asociados', 'Servicios', 'Group', 'Soluciones', 'Partners', 'S.L.'],
  en: ['Consulting', '& Co', 'Partners', 'Ltd', 'Solutions', 'Group', 'Services'],
};
const companyPrefixes: Record<TaxonomyLocale, readonly string[]> = {
  es: ['Estudio', 'Grupo', 'Taller', 'Consultora'],
  en: ['Studio', 'The', 'Workshop'],
};
// Customer types that are businesses, and so can be a member's own sector ("Restaurantes y bares");
// couples, tenants or tourists cannot.
const businessCustomerTypes = new Set([
  'property-developers', 'owners-associations', 'smes', 'self-employed', 'large-companies', 'family-businesses',
  'online-sellers', 'healthcare-practices', 'restaurants', 'horeca', 'farmers', 'schools', 'training-centres',
  'manufacturing-companies', 'exporters', 'importers', 'business-associations', 'retailers', 'beauty-businesses',
  'fleet-owners', 'tech-companies', 'ngos', 'startups', 'sports-clubs',
]);
const needOpeners: Record<TaxonomyLocale, readonly string[]> = {
  es: ['busco ', 'necesito ', 'buscamos '],
  en: ['looking for ', 'need ', 'seeking '],
};

// Each goal's chance of being ticked; a member with none ends up looking for clients.
const goalChances: Readonly<Record<Goal, number>> = {
  clients: 0.75, partners: 0.5, suppliers: 0.2, investors: 0.06, mentors: 0.08, talent: 0.1, learning: 0.08,
};

const offerCounts = table([[2, 25], [3, 30], [4, 22], [5, 13], [6, 10]] as const);

/** Everything derived from the taxonomy once per community. */
interface Tables {
  spheres: Weighted<string>;
  sphereLabels: Map<string, Record<TaxonomyLocale, string>>;
  /** Trades (services, products, professions) of each sphere, by popularity. */
  tradesBySphere: Map<string, Weighted<Concept>>;
  /** Customer types of each sphere. */
  customersBySphere: Map<string, Concept[]>;
  concepts: Map<string, Concept>;
  complements: Map<string, string[]>;
  /** Concept → concepts that typically supply it. */
  suppliersOf: Map<string, string[]>;
  /** Concept → concepts it typically supplies. */
  supplies: Map<string, string[]>;
}

const tablesCache = new WeakMap<Taxonomy, Tables>();

function tablesFor(taxonomy: Taxonomy): Tables {
  const cached = tablesCache.get(taxonomy);
  if (cached) return cached;
  const known = new Set(taxonomy.spheres.map((s) => s.id));
  const ordered = [
    ...spherePopularity.filter((id) => known.has(id)),
    ...taxonomy.spheres.map((s) => s.id).filter((id) => !spherePopularity.includes(id)),
  ];
  const trades = new Map<string, Concept[]>();
  const customers = new Map<string, Concept[]>();
  for (const concept of taxonomy.concepts)
    for (const sphere of concept.spheres) {
      const into = concept.kind === 'customer' ? customers : trades;
      into.set(sphere, [...(into.get(sphere) ?? []), concept]);
    }
  const add = (map: Map<string, string[]>, from: string, to: string) => map.set(from, [...(map.get(from) ?? []), to]);
  const complements = new Map<string, string[]>();
  const suppliersOf = new Map<string, string[]>();
  const supplies = new Map<string, string[]>();
  for (const { from, to, type } of taxonomy.relations) {
    if (type === 'complements') {
      add(complements, from, to);
      add(complements, to, from);
    } else if (type === 'supplies') {
      add(supplies, from, to);
      add(suppliersOf, to, from);
    }
  }
  // Only spheres with something to offer can be a member's own.
  const withTrades = ordered.filter((id) => trades.get(id)?.length);
  const tables: Tables = {
    spheres: zipf(withTrades, 0.8),
    sphereLabels: new Map(taxonomy.spheres.map((s) => [s.id, { ...s.label }])),
    tradesBySphere: new Map([...trades].map(([sphere, list]) => [sphere, zipf(list, 0.9)])),
    customersBySphere: customers,
    concepts: new Map(taxonomy.concepts.map((c) => [c.id, c])),
    complements,
    suppliersOf,
    supplies,
  };
  tablesCache.set(taxonomy, tables);
  return tables;
}

const stripAccents = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
const slug = (text: string) =>
  stripAccents(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** A typo: two neighbouring letters of the longest word swapped. */
function withTypo(random: Random, text: string): string {
  const words = text.split(' ');
  let longest = 0;
  words.forEach((word, i) => {
    if (word.length > words[longest]!.length) longest = i;
  });
  const word = words[longest]!;
  if (word.length < 6) return text;
  const at = 1 + Math.floor(random() * (word.length - 3));
  words[longest] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}

/** How a member writes a concept: its label or a synonym, sometimes without accents, in lower case or with a typo. */
function phraseFor(random: Random, concept: Concept, language: TaxonomyLocale, opener?: string): string {
  const synonyms = concept.synonyms[language];
  let text = synonyms.length && chance(random, 0.6) ? oneOf(random, synonyms) : concept.label[language];
  if (chance(random, 0.15)) text = stripAccents(text);
  if (chance(random, 0.1)) text = text.toLowerCase();
  else if (chance(random, 0.5)) text = text.charAt(0).toUpperCase() + text.slice(1);
  if (chance(random, 0.03)) text = withTypo(random, text);
  const opened = opener ? `${opener}${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
  return (opened.length <= 80 ? opened : text).slice(0, 80).trim();
}

/** Draws up to `count` distinct items (or fewer when `draw` keeps repeating itself). */
function distinct<T>(count: number, draw: () => T | undefined, exclude: ReadonlySet<T> = new Set()): T[] {
  const chosen = new Set<T>();
  for (let attempts = 0; chosen.size < count && attempts < count * 12; attempts++) {
    const item = draw();
    if (item !== undefined && !exclude.has(item)) chosen.add(item);
  }
  return [...chosen];
}

/** One member: the index makes the email unique and, with the seed, fixes everything else. */
export function syntheticMember(seed: number, index: number, taxonomy: Taxonomy): SyntheticMember {
  const t = tablesFor(taxonomy);
  const random = mulberry32(memberSeed(seed, index));

  // Language and place.
  const locale: TaxonomyLocale = chance(random, 0.7) ? 'es' : 'en';
  const other: TaxonomyLocale = locale === 'es' ? 'en' : 'es';
  const bilingual = chance(random, locale === 'es' ? 0.4 : 0.35);
  const languages = bilingual ? [locale, other] : [locale];
  const where = (locale === 'es' ? spanishPlaces : englishPlaces).pick(random);
  const noCity = chance(random, 0.03);
  const remote = chance(random, 0.15);

  // What they do: one contact sphere, sometimes two.
  const primary = t.spheres.pick(random);
  const spheres = chance(random, 0.3)
    ? [primary, ...distinct(1, () => t.spheres.pick(random), new Set([primary]))]
    : [primary];
  const offerCount = offerCounts.pick(random);
  const offerConcepts = distinct(offerCount, () => {
    const sphere = spheres.length > 1 && chance(random, 0.35) ? spheres[1]! : primary;
    return t.tradesBySphere.get(sphere)?.pick(random).id;
  });

  // What they need: partners, suppliers and clients the taxonomy relates to their offers, or anything else.
  const needCount = offerCounts.pick(random);
  const own = new Set(offerConcepts);
  const related = (links: Map<string, string[]>) => () => {
    const options = links.get(oneOf(random, offerConcepts));
    return options?.length ? oneOf(random, options) : undefined;
  };
  const fromElsewhere = () => {
    const sphere = t.spheres.pick(random);
    return spheres.includes(sphere) ? undefined : t.tradesBySphere.get(sphere)?.pick(random).id;
  };
  const clients = () => {
    const target = related(t.supplies)();
    return target && t.concepts.get(target)?.kind === 'customer' ? target : undefined;
  };
  const needConcepts = distinct(needCount, () => {
    const roll = random();
    const drawn = roll < 0.3 ? related(t.complements)() : roll < 0.5 ? related(t.suppliersOf)() : roll < 0.7 ? clients() : undefined;
    return drawn ?? fromElsewhere();
  }, own);

  // Phrases in the member's language, now and then in their second one.
  const language = () => (bilingual && chance(random, 0.12) ? other : locale);
  const offers = offerConcepts.map((id) => phraseFor(random, t.concepts.get(id)!, language()));
  const needs = needConcepts.map((id) =>
    phraseFor(random, t.concepts.get(id)!, language(), chance(random, 0.1) ? oneOf(random, needOpeners[locale]) : undefined));

  const goals = allGoals.filter((goal) => chance(random, goalChances[goal]));
  if (!goals.length) goals.push('clients');

  // Who they are.
  const first = oneOf(random, firstNames[locale]);
  const last = locale === 'es' ? `${oneOf(random, surnames.es)} ${oneOf(random, surnames.es)}` : oneOf(random, surnames.en);
  const name = `${first} ${last}`;
  const family = last.split(' ')[0]!;
  const company = chance(random, 0.7) ? `${family} ${oneOf(random, companySuffixes[locale])}` : `${oneOf(random, companyPrefixes[locale])} ${family}`;
  const mainOffer = t.concepts.get(offerConcepts[0]!)!;
  const title = mainOffer.profession?.[locale][0] ?? mainOffer.label[locale];
  const cityText = noCity ? '' : where.city;
  const headline = cityText && chance(random, 0.6) ? `${title} ${locale === 'es' ? 'en' : 'in'} ${cityText}` : title;
  // A business of a customer type ("Restaurantes y bares") says so in its sector: suppliers of such businesses find it.
  const ownCustomers = (t.customersBySphere.get(primary) ?? []).filter((c) => businessCustomerTypes.has(c.id));
  const sector = ownCustomers.length && chance(random, 0.35)
    ? oneOf(random, ownCustomers).label[locale]
    : (t.sphereLabels.get(primary)?.[locale] ?? '');
  const years = 2 + Math.floor(random() * 25);
  const second = t.concepts.get(offerConcepts[1] ?? offerConcepts[0]!)!;
  const pitch = locale === 'es'
    ? `${mainOffer.label.es} y ${second.label.es.toLowerCase()}${cityText ? ` en ${cityText}` : ''}. Más de ${years} años de experiencia.`
    : `${mainOffer.label.en} and ${second.label.en.toLowerCase()}${cityText ? ` in ${cityText}` : ''}. Over ${years} years of experience.`;

  const communities = [
    ...(cityText && chance(random, 0.3) ? [`${locale === 'es' ? 'camara' : 'chamber'}-${slug(cityText)}`] : []),
    ...(chance(random, 0.15) ? [`${primary}-network`] : []),
  ].sort();
  const visibilityRoll = random();
  const visibility: Visibility = visibilityRoll < 0.85 ? 'members' : visibilityRoll < 0.97 ? 'public' : 'private';

  const record: MemberRecord = {
    email: `${slug(first)}.${slug(family)}.${index}@bench.example.org`,
    name,
    company,
    headline,
    sector,
    city: cityText,
    region: noCity ? '' : where.region,
    country: where.country,
    languages,
    locale,
    offers,
    needs,
    goals,
    remote,
    pitch,
    ...(chance(random, 0.4) ? { website: `https://${slug(company)}.example.com` } : {}),
    ...(communities.length ? { communities } : {}),
  };
  return { record, visibility, offerConcepts, needConcepts, spheres };
}

/** The community's members one at a time, so a large one need not sit in memory. */
export function* syntheticMembers(seed: number, size: number, taxonomy: Taxonomy): Generator<SyntheticMember> {
  for (let index = 0; index < size; index++) yield syntheticMember(seed, index, taxonomy);
}

/** The whole community: `size` members, the same for the same seed and taxonomy. */
export function generateCommunity(seed: number, size: number, taxonomy: Taxonomy): SyntheticMember[] {
  return [...syntheticMembers(seed, size, taxonomy)];
}
