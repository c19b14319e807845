// Saves the stored-XSS corpus (tests/support/xss-corpus.ts) into every text field of every kind through the
// curation workflow's own functions (submit as a curator, approve as an admin), the same code the server actions
// run, against the running app's database. Prints what was stored and what validation refused, as JSON.
// Run: DATABASE_URL=… node --conditions=react-server --import tsx tests/e2e/support/seed-xss.ts <curator> <admin> <suffix>
import { loadActor } from "../../../lib/auth/load-actor";
import { db } from "../../../lib/db/client";
import { eventKind } from "../../../lib/events/kind";
import { organizationKind } from "../../../lib/organizations/kind";
import { presenceKind } from "../../../lib/diasporas/presence/kind";
import { sourceKind } from "../../../lib/sources/kind";
import type { CurationKind, FormValues } from "../../../lib/curation/kinds/types";
import { approveRevision } from "../../../lib/curation/review-revision";
import { submitRevision } from "../../../lib/curation/submit-revision";
import { submitSuggestion } from "../../../lib/suggestions/submit-suggestion";
import { FORMULA_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS } from "../../support/xss-corpus";

export type SeedReport = {
  stored: { kind: string; key: string; payload: number }[];
  refused: { kind: string; payload: number; fields: Record<string, string[]> }[];
  pending: number;
  suggestions: number;
};

const [curatorEmail, adminEmail, suffix] = process.argv.slice(2);
const actorOf = async (email: string) =>
  (await loadActor((await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id))!;
const curator = await actorOf(curatorEmail!);
const admin = await actorOf(adminEmail!);
const armenian = (await db.diaspora.findUniqueOrThrow({ where: { slug: "armenian" }, select: { id: true } })).id;
const report: SeedReport = { stored: [], refused: [], pending: 0, suggestions: 0 };
const upTo = (max: number, value: string) => (value.length <= max ? value : "");

/** Submits as the curator and publishes as the admin; a refusal is reported with its field errors. */
async function save<S>(kind: CurationKind<S>, key: string, payload: number, values: FormValues): Promise<boolean> {
  const submitted = await submitRevision(kind, curator, values);
  if (!submitted.ok) {
    report.refused.push({
      kind: kind.type,
      payload,
      fields: submitted.fieldErrors ?? { form: [submitted.formError ?? "?"] },
    });
    return false;
  }
  const approved = await approveRevision(admin, { revisionId: submitted.revisionId });
  if (!approved.ok) throw new Error(`approve ${key}: ${JSON.stringify(approved)}`);
  report.stored.push({ kind: kind.type, key, payload });
  return true;
}

for (const { id, value } of TEXT_PAYLOADS) {
  const org = `xss-org-${id}-${suffix}`;
  const organization = {
    version: "0",
    slug: org,
    "name.en": `XSS ${id} ${value}`,
    "name.ru": `XSS ${id} ${value}`,
    "description.en": value,
    "description.ru": value,
    "city.en": upTo(120, value),
    acronym: upTo(40, value),
    types: ["CULTURAL_SOCIETY"],
    groups: [],
    diasporaIds: [armenian],
    countryCodes: ["FR"],
    status: "ACTIVE",
    foundedYear: "",
    languages: "hy",
    "channel.0.kind": "WEBSITE",
    "channel.0.url": `https://example.org/xss-${id}`,
    "channel.0.languages": "",
    notDuplicate: "1",
  };
  if (!(await save(organizationKind, org, id, organization))) continue;
  const orgId = (await organizationKind.find(db, org))!.id;

  const source = `xss-source-${id}-${suffix}`;
  await save(sourceKind, source, id, {
    version: "0",
    key: source,
    authors: value,
    title: `XSS ${id} ${value}`,
    publication: value,
    volume: upTo(50, value),
    issue: upTo(50, value),
    pages: upTo(50, value),
    place: upTo(200, value),
    publisher: value,
    year: "2020",
    url: `https://example.org/source-${id}`,
    accessedOn: "2024-01-01",
    note: value,
  });
  const sourceId = (await sourceKind.find(db, source))!.id;
  const presence = await submitRevision(presenceKind, curator, {
    version: "0",
    diasporaId: armenian,
    hostCountry: "PT",
    population: String(1000 + id),
    year: String(1950 + id),
    "note.en": upTo(300, value),
    sourceId,
    locator: upTo(200, value),
  });
  if (presence.ok) {
    await approveRevision(admin, { revisionId: presence.revisionId });
    report.stored.push({ kind: "presence", key: presence.revisionId, payload: id });
  }

  const event = `xss-event-${id}-${suffix}`;
  await save(eventKind, event, id, {
    version: "0",
    slug: event,
    "title.en": `XSS ${id} ${value}`,
    "title.ru": `XSS ${id} ${value}`,
    "description.en": value,
    "city.en": upTo(120, value),
    "recurrence.en": upTo(200, value),
    type: "FESTIVAL",
    start: "2026-05-09",
    end: "",
    countryCode: "FR",
    onlineUrl: `https://example.org/event-${id}`,
    organizerIds: [orgId],
    diasporaIds: [armenian],
  });

  // A pending edit for the moderation queue's diff, and a reader's suggestion quoting the payload.
  const current = (await organizationKind.find(db, org))!;
  const edit = await submitRevision(organizationKind, curator, {
    ...organizationKind.toValues(current.snapshot, { id: current.id, version: current.version }),
    "description.en": `${value} (edited)`.slice(0, 5000),
  });
  if (edit.ok) report.pending++;
  const suggestion = await submitSuggestion(
    { entityType: "organization", slug: org, body: `Please check: ${value}`, sourceUrl: "", email: "" },
    { ip: `198.51.100.${id}`, locale: "en" },
  );
  if (suggestion.ok) report.suggestions++;
}

// URL fields: every javascript:/data:/vbscript:/relative address must be refused; none may be stored.
for (const { id, value } of URL_PAYLOADS) {
  const org = `xss-url-${id}-${suffix}`;
  await save(organizationKind, org, id, {
    version: "0",
    slug: org,
    "name.en": `XSS URL ${id}`,
    types: ["CULTURAL_SOCIETY"],
    diasporaIds: [armenian],
    countryCodes: ["FR"],
    status: "ACTIVE",
    foundedYear: "",
    languages: "",
    acronym: "",
    "channel.0.kind": "WEBSITE",
    "channel.0.url": value,
    "channel.0.languages": "",
    notDuplicate: "1",
  });
  const event = `xss-url-event-${id}-${suffix}`;
  await save(eventKind, event, id, {
    version: "0",
    slug: event,
    "title.en": `XSS URL ${id}`,
    type: "FESTIVAL",
    start: "2026-05-09",
    countryCode: "",
    onlineUrl: value,
    organizerIds: [],
    diasporaIds: [armenian],
  });
  const source = `xss-url-source-${id}-${suffix}`;
  await save(sourceKind, source, id, { version: "0", key: source, title: `XSS URL ${id}`, url: value });
}

// Spreadsheet formulas in names, cities and acronyms, for the CSV export.
for (const { id, value } of FORMULA_PAYLOADS) {
  const org = `xss-formula-${id}-${suffix}`;
  await save(organizationKind, org, id, {
    version: "0",
    slug: org,
    "name.en": value,
    "city.en": upTo(120, value),
    acronym: upTo(40, value),
    types: ["CULTURAL_SOCIETY"],
    diasporaIds: [armenian],
    countryCodes: ["FR"],
    status: "ACTIVE",
    foundedYear: "",
    languages: "",
    notDuplicate: "1",
  });
}

console.log(JSON.stringify(report));
await db.$disconnect();
