// Field-by-field comparison of two organization snapshots, for the moderation queue and the conflict view.
import type { OrganizationSnapshot } from "./organization-schema";

export type FieldChange = { field: string; before: string; after: string };

function flatten(snapshot: OrganizationSnapshot | null, names: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  if (!snapshot) return out;
  out.set("slug", snapshot.slug);
  for (const t of snapshot.translations) {
    out.set(`name.${t.locale}`, t.name ?? "");
    out.set(`description.${t.locale}`, t.description ?? "");
    out.set(`city.${t.locale}`, t.city ?? "");
  }
  out.set("acronym", snapshot.acronym ?? "");
  out.set("types", [...snapshot.types].sort().join(", "));
  out.set("groups", [...snapshot.groups].sort().join(", "));
  out.set("diasporaIds", snapshot.diasporaIds.map((id) => names.get(id) ?? id).sort().join(", "));
  out.set("countryCodes", [...snapshot.countryCodes].sort().join(", "));
  out.set("foundedYear", snapshot.foundedYear ? String(snapshot.foundedYear) : "");
  out.set("status", snapshot.status);
  out.set("languages", snapshot.languages.join(", "));
  snapshot.channels.forEach((c, i) => out.set(`channel.${i}`, `${c.kind} ${c.url}${c.languages.length ? ` (${c.languages.join(", ")})` : ""}`));
  return out;
}

/** The fields whose displayed value differs; `before` is "" for a new entry. */
/** `names` shows diasporas by name instead of id. */
export function diffSnapshots(before: OrganizationSnapshot | null, after: OrganizationSnapshot, names: ReadonlyMap<string, string> = new Map()): FieldChange[] {
  const a = flatten(before, names);
  const b = flatten(after, names);
  const fields = [...new Set([...a.keys(), ...b.keys()])];
  return fields
    .map((field) => ({ field, before: a.get(field) ?? "", after: b.get(field) ?? "" }))
    .filter((change) => change.before !== change.after);
}
