// Curator writes through the real server action over HTTP, as the browser's form does: the edit page gives the
// action's id and the form's initial values (the hidden $ACTION_* fields React renders for forms that work
// without JavaScript); the save is a fetch-action POST (Next-Action header, the arguments encoded as React's
// reply format: field "0" holds [previous state, "$K1"], the form's fields are "_1_<name>", as React 19.3 encodes them).
import type { Curator } from "./app";

export type EditForm = { path: string; actionId: string; values: Record<string, string | string[]> };

const decodeEntities = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function hiddenValue(html: string, name: string): string | null {
  const match = new RegExp(`name="${name.replace(/[$:]/g, "\\$&")}" value="([^"]*)"`).exec(html);
  return match ? decodeEntities(match[1]!) : null;
}

/** Reads the save action's id and the form's values from an edit page (the form bound to saveEntryAction). */
export function parseEditForm(path: string, html: string): EditForm {
  for (const match of html.matchAll(/name="\$ACTION_REF_(\d+)"/g)) {
    const ref = hiddenValue(html, `$ACTION_${match[1]}:0`);
    const bound = hiddenValue(html, `$ACTION_${match[1]}:1`);
    if (!ref || !bound) continue;
    const state = (JSON.parse(bound) as [{ values?: Record<string, string | string[]> }])[0];
    if (state?.values && "version" in state.values) {
      return { path, actionId: (JSON.parse(ref) as { id: string }).id, values: state.values };
    }
  }
  throw new Error(`no curation form found on ${path}`);
}

export async function fetchEditForm(origin: string, curator: Curator, slug: string): Promise<EditForm> {
  const path = `/en/curate/organizations/${slug}/edit`;
  const response = await fetch(origin + path, {
    headers: { cookie: curator.cookie, "x-forwarded-for": curator.address },
  });
  if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
  return parseEditForm(path, await response.text());
}

export type WriteOutcome = "acknowledged" | "unavailable-kept" | "unavailable-lost" | `rejected:${string}` | "failed";

/** Sends the form with `marker` appended to the English description; what the curator would see as the result. */
export async function submitEdit(
  origin: string,
  curator: Curator,
  form: EditForm,
  marker: string,
  signal: AbortSignal,
): Promise<{ status: number; outcome: WriteOutcome }> {
  const values = {
    ...form.values,
    entityType: "organization",
    "description.en": `${String(form.values["description.en"] ?? "")} [${marker}]`,
  };
  const body = new FormData();
  for (const [name, value] of Object.entries(values)) for (const v of [value].flat()) body.append(`_1_${name}`, v);
  // The root comes last, as React sends it: the server resolves it as soon as it arrives.
  body.append("0", JSON.stringify([{ ok: false, values: {}, fieldErrors: {} }, "$K1"]));
  const response = await fetch(origin + form.path, {
    method: "POST",
    headers: {
      "next-action": form.actionId,
      accept: "text/x-component",
      origin,
      cookie: curator.cookie,
      "x-forwarded-for": curator.address,
    },
    body,
    signal,
    redirect: "manual",
  });
  const text = await response.text();
  if (response.headers.get("x-action-redirect")?.includes("submitted=1"))
    return { status: response.status, outcome: "acknowledged" };
  if (text.includes("databaseUnavailable"))
    return { status: response.status, outcome: text.includes(marker) ? "unavailable-kept" : "unavailable-lost" };
  const code = /"formError":"([A-Za-z]+)"/.exec(text)?.[1];
  return { status: response.status, outcome: code ? `rejected:${code}` : "failed" };
}
