// Field-by-field comparison of two organization snapshots, for the moderation queue and the conflict view.
import type { OrganizationSnapshot } from "./organization-schema";

export type FieldChange = { field: string; before: string; after: string };

/** How values read to a person: diasporas and countries by name, enum values by their label. Identity by default. */
export type DiffLabels = {
  diaspora?: (id: string) => string;
  country?: (code: string) => string;
  type?: (value: string) => string;
  group?: (value: string) => string;
  status?: (value: string) => string;
  channel?: (value: string) => string;
};
const same = (value: string) => value;

function flatten(snapshot: OrganizationSnapshot | null, labels: DiffLabels): Map<string, string> {
  const { diaspora = same, country = same, type = same, group = same, status = same, channel = same } = labels;
  const out = new Map<string, string>();
  if (!snapshot) return out;
  out.set("slug", snapshot.slug);
  for (const t of snapshot.translations) {
    out.set(`name.${t.locale}`, t.name ?? "");
    out.set(`description.${t.locale}`, t.description ?? "");
    out.set(`city.${t.locale}`, t.city ?? "");
  }
  out.set("acronym", snapshot.acronym ?? "");
  out.set("types", snapshot.types.map(type).sort().join(", "));
  out.set("groups", snapshot.groups.map(group).sort().join(", "));
  out.set("diasporaIds", snapshot.diasporaIds.map(diaspora).sort().join(", "));
  out.set("countryCodes", snapshot.countryCodes.map(country).sort().join(", "));
  out.set("foundedYear", snapshot.foundedYear ? String(snapshot.foundedYear) : "");
  out.set("status", status(snapshot.status));
  out.set("languages", snapshot.languages.join(", "));
  snapshot.channels.forEach((c, i) => out.set(`channel.${i}`, `${channel(c.kind)} ${c.url}${c.languages.length ? ` (${c.languages.join(", ")})` : ""}`));
  return out;
}

/** The fields whose displayed value differs; `before` is "" for a new entry. */
export function diffSnapshots(before: OrganizationSnapshot | null, after: OrganizationSnapshot, labels: DiffLabels = {}): FieldChange[] {
  const a = flatten(before, labels);
  const b = flatten(after, labels);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields
    .map((field) => ({ field, before: a.get(field) ?? "", after: b.get(field) ?? "" }))
    .filter((change) => change.before !== change.after);
}
