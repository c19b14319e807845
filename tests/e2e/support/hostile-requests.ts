// The worst input we can build for each server action and public route that takes text, sent over HTTP as the
// browser would (fetch-action POSTs in React's reply format, see scripts/soak/writes.ts), and a poller that measures
// /api/health meanwhile. Used by tests/e2e/redos.spec.ts.
import { readFileSync } from "node:fs";
import path from "node:path";

/** The old markup check's worst case: "<", a run of spaces, and no letter (quadratic in the run's length). */
export const spaces = (length: number, head = "<", tail = "#") =>
  head + " ".repeat(Math.max(0, length - head.length - tail.length)) + tail;

/** Action ids by export name, from the build's server-reference manifest. */
export function actionIds(): Record<string, string> {
  const file = path.join(process.env.NEXT_DIST_DIR ?? ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName?: string }> };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName ?? id, id]));
}

export type Caller = { origin: string; cookie?: string; address: string };

/** A fetch-action POST: the form's fields as "_1_<name>", the previous state and the form as the root "0". */
export async function postAction(
  caller: Caller,
  actionId: string,
  fields: Record<string, string | string[]>,
  page = "/en",
): Promise<number> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(`_1_${name}`, v);
  body.append("0", JSON.stringify([{ ok: false, values: {}, fieldErrors: {} }, "$K1"]));
  const response = await fetch(caller.origin + page, {
    method: "POST",
    headers: {
      "next-action": actionId,
      accept: "text/x-component",
      origin: caller.origin,
      "x-forwarded-for": caller.address,
      ...(caller.cookie ? { cookie: caller.cookie } : {}),
    },
    body,
    redirect: "manual",
  });
  await response.arrayBuffer();
  return response.status;
}

export async function get(caller: Caller, pathAndQuery: string): Promise<number> {
  const response = await fetch(caller.origin + pathAndQuery, {
    headers: { "x-forwarded-for": caller.address },
    redirect: "manual",
  });
  await response.arrayBuffer();
  return response.status;
}

/** Polls /api/health one request after another until stopped; returns each answer's time in ms. */
export function pollHealth(origin: string) {
  const times: number[] = [];
  const statuses: number[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${origin}/api/health`);
      await response.arrayBuffer();
      times.push(performance.now() - started);
      statuses.push(response.status);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      return { times, statuses };
    },
  };
}

const ORGANIZATION_TEXT = ["name", "description", "city"];
const EVENT_TEXT = ["title", "description", "city", "recurrence"];

/** Every text field of every curation form at `length` characters, in 12 languages, plus 1 000 surplus language keys. */
export function entryForms(length: number): Record<string, string | string[]>[] {
  const locales = ["ru", "en", "hy", "ka", "az", "kk", "ky", "uz", "tg", "tk", "be", "uk"];
  const perLocale = (fields: string[], size: number) =>
    Object.fromEntries(fields.flatMap((f) => locales.map((l) => [`${f}.${l}`, spaces(size)])));
  const surplus = Object.fromEntries(
    Array.from({ length: 1_000 }, (_, i) => [
      `description.q${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (((i / 26) | 0) % 26))}`,
      spaces(length),
    ]),
  );
  const common = { version: "0", slug: "redos-probe", diasporaIds: [] as string[] };
  return [
    {
      entityType: "organization",
      ...common,
      ...perLocale(ORGANIZATION_TEXT, Math.min(length, 5_000)),
      acronym: spaces(160),
      "channel.0.url": spaces(2_000, "https://a.example/<"),
      "channel.0.languages": spaces(800, "hy,"),
      languages: spaces(800, "ru "),
    },
    { entityType: "organization", ...common, "name.en": "Probe", ...surplus },
    {
      entityType: "event",
      ...common,
      ...perLocale(EVENT_TEXT, Math.min(length, 5_000)),
      onlineUrl: spaces(2_000, "https://a.example/<"),
    },
    { entityType: "presence", version: "0", population: spaces(400, "1"), note: spaces(length), year: "2020" },
    {
      entityType: "source",
      version: "0",
      key: spaces(200, "a"),
      title: spaces(length),
      note: spaces(length),
      url: spaces(2_000, "https://a.example/<"),
    },
  ];
}

/** A CSV import of about `bytes` bytes whose every text cell is the worst case at the field's limit. */
export function importCsv(bytes: number): string {
  const header = "slug,name_ru,name_en,description_ru,description_en,city_ru";
  const row = `x,"${spaces(300)}","${spaces(300)}","${spaces(5_000)}","${spaces(5_000)}","${spaces(120)}"`;
  return [header, ...Array.from({ length: Math.floor(bytes / (row.length + 1)) }, () => row)].join("\n");
}

/** An iCalendar file of about `bytes` bytes: descriptions of many "<" without ">" (the old tag stripper's worst case) and of spaces. */
export function importCalendar(bytes: number): string {
  const event = (i: number) =>
    [
      "BEGIN:VEVENT",
      `UID:redos-${i}@probe.example`,
      "DTSTAMP:20240101T000000Z",
      "DTSTART;VALUE=DATE:20300101",
      `SUMMARY:${spaces(300)}`,
      `DESCRIPTION:${"<a".repeat(2_400)}`,
      `LOCATION:${spaces(120)}`,
      "END:VEVENT",
    ].join("\r\n");
  const size = event(0).length + 2;
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Probe//EN",
    ...Array.from({ length: Math.floor(bytes / size) }, (_, i) => event(i)),
    "END:VCALENDAR",
  ].join("\r\n");
}
