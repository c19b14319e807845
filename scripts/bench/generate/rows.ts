// The synthetic atlas as rows, with no database: a seeded generator that hands every row of every table to a
// sink, in a fixed order. The same seed, sizes and context give the same rows, byte for byte (ids included:
// they are hashes of the seed and the row's number, not random UUIDs).
import {
  ACTIVITIES,
  CITY_RU,
  DIASPORA_WORDS,
  EVENT_NOUNS,
  HOST_COUNTRIES,
  ORG_NOUNS,
  type DiasporaWords,
  type Gender,
} from "./words";

export type Cell = string | number | null | readonly string[];

/** Tables the generator fills and their columns, in COPY order. Search columns are left to the triggers. */
export const TABLES = {
  Organization: [
    "id",
    "slug",
    "acronym",
    "types",
    "groups",
    "status",
    "foundedYear",
    "languages",
    "createdAt",
    "updatedAt",
  ],
  OrganizationTranslation: ["organizationId", "locale", "name", "description", "city"],
  OrganizationDiaspora: ["organizationId", "diasporaId"],
  OrganizationCountry: ["organizationId", "countryCode"],
  OrganizationChannel: ["id", "organizationId", "kind", "url", "languages", "position"],
  OrganizationSource: ["id", "organizationId", "sourceId", "facts", "locator", "position"],
  Event: [
    "id",
    "slug",
    "type",
    "startDate",
    "endDate",
    "datePrecision",
    "countryCode",
    "onlineUrl",
    "createdAt",
    "updatedAt",
  ],
  EventTranslation: ["eventId", "locale", "title", "description", "city", "recurrence"],
  EventOrganizer: ["eventId", "organizationId"],
  EventDiaspora: ["eventId", "diasporaId"],
  EventSource: ["id", "eventId", "sourceId", "facts", "locator", "position"],
} as const;

export type TableName = keyof typeof TABLES;
export type Sink = (table: TableName, row: Cell[]) => void;

export type City = { name: string; ru: string };

export type GeneratorContext = {
  seed: number;
  organizations: number;
  events: number;
  /** The real diasporas (from the seed) by slug. */
  diasporas: readonly { slug: string; id: string }[];
  /** Ids of the real sources, cited by some synthetic entries. */
  sourceIds: readonly string[];
  /** The largest cities of each host country (from the gazetteer, so maps can place them). */
  cities: ReadonlyMap<string, readonly City[]>;
};

// ---- Seeded randomness --------------------------------------------------------------------------------------

/** sfc32, seeded through splitmix32: fast, 128-bit state, good enough for test data. */
export function createRandom(seed: number) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(),
    b = split(),
    c = split(),
    d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    /** An index in [0, n) where small indexes are more likely (rank-frequency, like real country counts). */
    skewed: (n: number, power = 2.2) => Math.floor(n * next() ** power),
  };
}
type Random = ReturnType<typeof createRandom>;

function hash32(a: number, b: number, c: number, d: number): number {
  let h = Math.imul(a ^ 0x5bd1e995, 0x27d4eb2d) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ c;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ d;
  h = Math.imul(h ^ (h >>> 16), 0x2c1b3c6d);
  return (h ^ (h >>> 15)) >>> 0;
}

/** A version-4-shaped UUID that is a pure function of (seed, kind, n). */
export function stableUuid(seed: number, kind: number, n: number): string {
  const hex = [0, 1, 2, 3].map((k) => hash32(seed, kind, n, k).toString(16).padStart(8, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${"89ab"[parseInt(hex[16]!, 16) & 3]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const KIND = { organization: 1, event: 2, channel: 3, organizationSource: 4, eventSource: 5 } as const;

// ---- Names -------------------------------------------------------------------------------------------------

const ENDINGS: Record<Gender, [hard: string, soft: string]> = { m: ["ий", "ый"], n: ["ое", "ое"], f: ["ая", "ая"] };

function ruAdjective(words: DiasporaWords, gender: Gender, capital: boolean): string {
  const stem = capital ? words.ruStem : words.ruStem.toLowerCase();
  return stem + ENDINGS[gender][words.ruSoft ? 1 : 0];
}
/** "армянской" — the feminine genitive, for "… армянской культуры", "… армянской диаспоры". */
const ruGenitiveF = (words: DiasporaWords) => `${words.ruStem.toLowerCase()}ой`;

function slugify(text: string, n: number): string {
  const base = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `${base.slice(0, 60)}-${n.toString(36)}`;
}

function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^A-Za-z]/g, "")[0] ?? "")
    .join("")
    .toUpperCase()
    .slice(0, 6);
}

const STATUSES = [
  ["ACTIVE", 0.55],
  ["UNKNOWN", 0.3],
  ["INACTIVE", 0.1],
  ["DISSOLVED", 0.05],
] as const;
const GROUPS = [
  "YOUTH",
  "STUDENTS",
  "SCIENTISTS",
  "PHYSICIANS",
  "ENTREPRENEURS",
  "ARTISTS",
  "MIGRANT_WORKERS",
  "ALUMNI",
  "WOMEN",
  "CHILDREN",
  "SENIORS",
  "JOURNALISTS",
  "EDUCATORS",
];
const CHANNELS = [
  ["WEBSITE", 0.55],
  ["FACEBOOK", 0.35],
  ["TELEGRAM", 0.3],
  ["INSTAGRAM", 0.25],
  ["VK", 0.2],
  ["YOUTUBE", 0.1],
  ["ODNOKLASSNIKI", 0.05],
] as const;
const CHANNEL_URL: Record<string, (slug: string) => string> = {
  WEBSITE: (s) => `https://${s}.example.org/`,
  FACEBOOK: (s) => `https://www.facebook.com/${s}`,
  TELEGRAM: (s) => `https://t.me/${s.replace(/-/g, "_")}`,
  INSTAGRAM: (s) => `https://www.instagram.com/${s.replace(/-/g, ".")}`,
  VK: (s) => `https://vk.com/${s.replace(/-/g, "_")}`,
  YOUTUBE: (s) => `https://www.youtube.com/@${s}`,
  ODNOKLASSNIKI: (s) => `https://ok.ru/${s.replace(/-/g, "")}`,
};
const EVENT_TYPES = Object.keys(EVENT_NOUNS);
/** Rows' creation time: fixed, so two runs give the same rows. */
const CREATED = "2026-01-01 00:00:00";

function weighted<T extends string>(random: Random, table: readonly (readonly [T, number])[]): T {
  let r = random.next();
  for (const [value, weight] of table) if ((r -= weight) < 0) return value;
  return table[table.length - 1]![0];
}

function activities(random: Random): [ru: string, en: string] {
  const a = random.pick(ACTIVITIES);
  let b = random.pick(ACTIVITIES);
  if (b === a) b = ACTIVITIES[(ACTIVITIES.indexOf(a) + 1) % ACTIVITIES.length]!;
  return [`${a[0]} и ${b[0]}`, `${a[1]} and ${b[1]}`];
}

type Place = { country: string; city: City };

function hostPlace(random: Random, ctx: GeneratorContext, words: DiasporaWords): Place {
  // Half the entries are where the diaspora is largest, the rest spread over all host countries.
  const country = random.chance(0.5)
    ? words.homes[random.skewed(words.homes.length, 1.5)]!
    : HOST_COUNTRIES[random.skewed(HOST_COUNTRIES.length)]!;
  const cities = ctx.cities.get(country);
  const city = cities?.length ? cities[random.skewed(cities.length, 1.8)]! : { name: country, ru: country };
  return { country, city };
}

// ---- Rows ----------------------------------------------------------------------------------------------------

/**
 * Every row of the synthetic atlas, organizations first, then events; returns the number of rows. `pause` is
 * awaited every thousand entries so that a loader can wait for its streams to drain (it never changes the rows).
 */
export async function generateRows(
  ctx: GeneratorContext,
  sink: Sink,
  pause: () => Promise<void> | void = () => {},
): Promise<number> {
  let rows = 0;
  const emit: Sink = (table, row) => {
    rows++;
    sink(table, row);
  };
  const diasporas = ctx.diasporas.filter((d) => DIASPORA_WORDS[d.slug]);
  if (!diasporas.length) throw new Error("No known diaspora: load the real seed first");
  const orgsByDiaspora = diasporas.map(() => [] as number[]);
  const orgRandom = createRandom(ctx.seed);
  for (let i = 0; i < ctx.organizations; i++) {
    const primary = orgRandom.skewed(diasporas.length, 1.4);
    orgsByDiaspora[primary]!.push(i);
    organization(orgRandom, ctx, i, diasporas, primary, emit);
    if (i % 1000 === 999) await pause();
  }
  const eventRandom = createRandom(ctx.seed ^ 0x2545f491);
  for (let i = 0; i < ctx.events; i++) {
    event(eventRandom, ctx, i, diasporas, orgsByDiaspora, emit);
    if (i % 1000 === 999) await pause();
  }
  await pause();
  return rows;
}

function organization(
  random: Random,
  ctx: GeneratorContext,
  i: number,
  diasporas: GeneratorContext["diasporas"],
  primary: number,
  emit: Sink,
) {
  const id = stableUuid(ctx.seed, KIND.organization, i);
  const diaspora = diasporas[primary]!;
  const words = DIASPORA_WORDS[diaspora.slug]!;
  const noun = random.pick(ORG_NOUNS);
  const proper = random.chance(0.6) ? random.pick(words.proper) : null;
  const place = hostPlace(random, ctx, words);
  const withCity = !proper && random.chance(0.6);

  const ruHead = `${ruAdjective(words, noun.gender, true)} ${noun.ru}`;
  const ruName = proper ? `${ruHead} «${proper[0]}»` : withCity ? `${ruHead} г. ${place.city.ru}` : ruHead;
  const enHead = `${words.en} ${noun.en}`;
  const enName = proper ? `${enHead} “${proper[1]}”` : withCity ? `${enHead} of ${place.city.name}` : enHead;
  const year = random.chance(0.75) ? 2025 - random.skewed(105, 1.7) : null;
  const [ruActs, enActs] = activities(random);
  const ruDescription = `Организация ${ruGenitiveF(words)} диаспоры в городе ${place.city.ru}. Проводит ${ruActs} мероприятия${year ? `; основана в ${year} году` : ""}.`;
  const enDescription = `${words.en} diaspora organization in ${place.city.name}. Runs ${enActs} activities${year ? `; founded in ${year}` : ""}.`;
  const slug = slugify(enName, i);

  const types = [noun.type];
  if (random.chance(0.2)) {
    const extra = random.pick(ORG_NOUNS).type;
    if (extra !== noun.type) types.push(extra);
  }
  const groups: string[] = [];
  for (let g = random.int(3); g > 0; g--) {
    const group = random.pick(GROUPS);
    if (!groups.includes(group)) groups.push(group);
  }
  const languages = words.locale ? [words.locale, "ru"] : ["ru"];
  const acronym = random.chance(0.08) ? acronymOf(enName) : null;
  emit("Organization", [
    id,
    slug,
    acronym,
    types,
    groups,
    weighted(random, STATUSES),
    year,
    languages,
    CREATED,
    CREATED,
  ]);

  emit("OrganizationTranslation", [id, "ru", ruName, ruDescription, place.city.ru]);
  if (random.chance(0.85)) emit("OrganizationTranslation", [id, "en", enName, enDescription, place.city.name]);
  if (words.locale && words.orgPhrases.length && random.chance(0.45)) {
    const phrase = random.pick(words.orgPhrases);
    emit("OrganizationTranslation", [id, words.locale, proper ? `${phrase} «${proper[2]}»` : phrase, null, null]);
  }

  emit("OrganizationDiaspora", [id, diaspora.id]);
  if (random.chance(0.1)) {
    const second = diasporas[random.int(diasporas.length)]!;
    if (second !== diaspora) emit("OrganizationDiaspora", [id, second.id]);
  }
  emit("OrganizationCountry", [id, place.country]);
  if (random.chance(0.12)) {
    const other = HOST_COUNTRIES[random.skewed(HOST_COUNTRIES.length)]!;
    if (other !== place.country) emit("OrganizationCountry", [id, other]);
  }

  let position = 0;
  for (const [kind, p] of CHANNELS) {
    if (!random.chance(p)) continue;
    emit("OrganizationChannel", [
      stableUuid(ctx.seed, KIND.channel, i * 8 + position),
      id,
      kind,
      CHANNEL_URL[kind]!(slug),
      languages,
      position,
    ]);
    position++;
  }
  if (ctx.sourceIds.length && random.chance(0.2)) {
    emit("OrganizationSource", [
      stableUuid(ctx.seed, KIND.organizationSource, i),
      id,
      random.pick(ctx.sourceIds),
      ["names", "countries"],
      null,
      0,
    ]);
  }
}

function event(
  random: Random,
  ctx: GeneratorContext,
  i: number,
  diasporas: GeneratorContext["diasporas"],
  orgsByDiaspora: number[][],
  emit: Sink,
) {
  const id = stableUuid(ctx.seed, KIND.event, i);
  const d = random.skewed(diasporas.length, 1.4);
  const diaspora = diasporas[d]!;
  const words = DIASPORA_WORDS[diaspora.slug]!;
  const type = random.chance(0.4) ? "FESTIVAL" : random.pick(EVENT_TYPES);
  const nouns = EVENT_NOUNS[type]!;
  const proper = random.pick(words.proper);
  const online = random.chance(0.05);
  const place = hostPlace(random, ctx, words);

  // 1991–2030, later years more frequent: about one event in six is still to come.
  const year = 1991 + Math.floor(40 * random.next() ** 0.6);
  const precision = weighted(random, [
    ["DAY", 0.85],
    ["MONTH", 0.1],
    ["YEAR", 0.05],
  ] as const);
  const month = precision === "YEAR" ? 0 : random.int(12);
  const day = precision === "DAY" ? 1 + random.int(28) : 1;
  const start = new Date(Date.UTC(year, month, day));
  const dated = !random.chance(0.02);
  const end =
    dated && precision === "DAY" && random.chance(0.25)
      ? new Date(start.getTime() + (1 + random.int(5)) * 86_400_000)
      : null;
  const iso = (date: Date) => date.toISOString().slice(0, 10);

  const ruTitle = `${nouns.ru} ${ruGenitiveF(words)} культуры «${proper[0]}» — ${year}`;
  const enTitle = `${words.en} ${nouns.en} “${proper[1]}” ${year}`;
  const where = online
    ? { ru: "онлайн", en: "online" }
    : { ru: `в городе ${place.city.ru}`, en: `in ${place.city.name}` };
  const [ruActs, enActs] = activities(random);
  const slug = slugify(enTitle, i);
  emit("Event", [
    id,
    slug,
    type,
    dated ? iso(start) : null,
    end ? iso(end) : null,
    precision,
    online ? null : place.country,
    online ? `https://events.example.org/${slug}` : null,
    CREATED,
    CREATED,
  ]);

  const recurrent = random.chance(0.03);
  const hasRu = random.chance(0.95);
  if (hasRu)
    emit("EventTranslation", [
      id,
      "ru",
      ruTitle,
      `${nouns.ru} ${ruGenitiveF(words)} диаспоры ${where.ru}: ${ruActs} программы.`,
      online ? null : place.city.ru,
      recurrent ? "ежегодно" : null,
    ]);
  if (!hasRu || random.chance(0.7))
    emit("EventTranslation", [
      id,
      "en",
      enTitle,
      `${words.en} diaspora ${nouns.en.toLowerCase()} ${where.en}: ${enActs} programme.`,
      online ? null : place.city.name,
      recurrent ? "annually" : null,
    ]);
  if (words.locale && words.eventNouns.length && random.chance(0.15)) {
    emit("EventTranslation", [
      id,
      words.locale,
      `«${proper[2]}» ${random.pick(words.eventNouns)} ${year}`,
      null,
      null,
      null,
    ]);
  }

  emit("EventDiaspora", [id, diaspora.id]);
  if (random.chance(0.15)) {
    const second = diasporas[random.int(diasporas.length)]!;
    if (second !== diaspora) emit("EventDiaspora", [id, second.id]);
  }
  const candidates = orgsByDiaspora[d]!;
  if (candidates.length && random.chance(0.6)) {
    const first = random.pick(candidates);
    emit("EventOrganizer", [id, stableUuid(ctx.seed, KIND.organization, first)]);
    if (random.chance(0.15)) {
      const second = random.pick(candidates);
      if (second !== first) emit("EventOrganizer", [id, stableUuid(ctx.seed, KIND.organization, second)]);
    }
  }
  if (ctx.sourceIds.length && random.chance(0.1)) {
    emit("EventSource", [
      stableUuid(ctx.seed, KIND.eventSource, i),
      id,
      random.pick(ctx.sourceIds),
      ["titles", "start"],
      null,
      0,
    ]);
  }
}

// ---- COPY text format ----------------------------------------------------------------------------------------

function escapeText(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** A PostgreSQL array literal; elements are quoted so commas, braces and spaces survive. */
function arrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;
}

/** One line of COPY … FROM STDIN (text format), newline included. */
export function copyLine(row: readonly Cell[]): string {
  return `${row.map((cell) => (cell === null ? "\\N" : typeof cell === "number" ? String(cell) : typeof cell === "string" ? escapeText(cell) : escapeText(arrayLiteral(cell)))).join("\t")}\n`;
}

/** The cities of each host country ordered by population, with Russian names where known. */
export function citiesFrom(
  raw: Iterable<{ name: string; country: string; population: number }>,
  perCountry = 4,
): Map<string, City[]> {
  const wanted = new Set(HOST_COUNTRIES);
  const byCountry = new Map<string, { name: string; population: number }[]>();
  for (const city of raw) {
    if (!wanted.has(city.country)) continue;
    const list = byCountry.get(city.country) ?? [];
    list.push(city);
    byCountry.set(city.country, list);
  }
  const out = new Map<string, City[]>();
  for (const [country, list] of byCountry) {
    list.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
    out.set(
      country,
      list.slice(0, perCountry).map((c) => ({ name: c.name, ru: CITY_RU[c.name] ?? c.name })),
    );
  }
  return out;
}
