// Pure: used by the organization kind and its unit tests.
import type { DiffLabels } from "@/lib/curation/diff";
import { flattenCitations } from "@/lib/curation/sourcing";
import type { OrganizationSnapshot } from "./schema";

const same = (value: string) => value;

/** An organization snapshot as field → displayed value, for diffs. */
export function flattenOrganization(snapshot: OrganizationSnapshot, labels: DiffLabels): Map<string, string> {
  const {
    diaspora = same,
    country = same,
    type = same,
    group = same,
    status = same,
    channel = same,
    provenance = same,
    onlinePresence = same,
  } = labels;
  const { category = same } = labels;
  const out = new Map<string, string>();
  out.set("slug", snapshot.slug);
  // A revision saved before the field existed says nothing about it (applying it leaves the category as it is).
  if (snapshot.category) out.set("category", category(snapshot.category));
  for (const t of snapshot.translations) {
    out.set(`name.${t.locale}`, t.name ?? "");
    out.set(`description.${t.locale}`, t.description ?? "");
    out.set(`city.${t.locale}`, t.city ?? "");
    // A revision saved before the field existed says nothing about other names (applying it keeps them).
    if (t.altNames) out.set(`altNames.${t.locale}`, t.altNames.join("; "));
    if (t.nameProvenance) out.set(`nameProvenance.${t.locale}`, provenance(t.nameProvenance));
    if (t.descriptionProvenance) out.set(`descriptionProvenance.${t.locale}`, provenance(t.descriptionProvenance));
  }
  out.set("acronym", snapshot.acronym ?? "");
  out.set("types", snapshot.types.map(type).sort().join(", "));
  out.set("groups", snapshot.groups.map(group).sort().join(", "));
  out.set("diasporaIds", snapshot.diasporaIds.map(diaspora).sort().join(", "));
  out.set("countryCodes", snapshot.countryCodes.map(country).sort().join(", "));
  out.set("foundedYear", snapshot.foundedYear ? String(snapshot.foundedYear) : "");
  out.set("status", status(snapshot.status));
  // A revision saved before the field existed says nothing about it (applying it leaves the date as it is).
  if (snapshot.dissolvedOn !== undefined) out.set("dissolvedOn", snapshot.dissolvedOn ?? "");
  out.set("languages", snapshot.languages.join(", "));
  snapshot.channels.forEach((c, i) =>
    out.set(`channel.${i}`, `${channel(c.kind)} ${c.url}${c.languages.length ? ` (${c.languages.join(", ")})` : ""}`),
  );
  // A revision saved before the field existed says nothing about it (applying it leaves the presence as it is).
  if (snapshot.onlinePresence) out.set("onlinePresence", snapshot.onlinePresence.map(onlinePresence).sort().join(", "));
  for (const [field, value] of flattenCitations(snapshot.citations, labels.source ?? same, labels.fact ?? same))
    out.set(field, value);
  return out;
}

/**
 * Each fact a citation can back (OrganizationSource.facts) as one comparable value, so a revision's changed facts
 * can be told apart (lib/curation/sourcing.ts). An empty value is a fact not given ("unknown" status included).
 */
export function organizationFactValues(s: OrganizationSnapshot): Map<string, string> {
  const texts = (field: "name" | "description" | "city") =>
    s.translations
      .filter((t) => t[field])
      .map((t) => `${t.locale}:${t[field]}`)
      .sort()
      .join("\n");
  // Names one language at a time ("names.en"), as citations back them (decision 0024).
  const names: [string, string][] = s.translations.map((t) => [`names.${t.locale}`, t.name ?? ""]);
  const altNames: [string, string][] = s.translations.map((t) => [
    `altNames.${t.locale}`,
    (t.altNames ?? []).join("\n"),
  ]);
  return new Map<string, string>([
    ...names,
    ...altNames,
    ["descriptions", texts("description")],
    ["city", texts("city")],
    ["acronym", s.acronym ?? ""],
    ["types", [...s.types].sort().join(",")],
    ["groups", [...s.groups].sort().join(",")],
    ["diasporas", [...s.diasporaIds].sort().join(",")],
    ["countries", [...s.countryCodes].sort().join(",")],
    ["foundedYear", s.foundedYear ? String(s.foundedYear) : ""],
    ["status", s.status === "UNKNOWN" ? "" : s.status],
    ["dissolvedOn", s.dissolvedOn ?? ""],
    ["languages", s.languages.join(",")],
    ["channels", s.channels.map((c) => `${c.kind} ${c.url} ${c.languages.join(",")}`).join("\n")],
    ["onlinePresence", [...(s.onlinePresence ?? [])].sort().join(",")],
  ]);
}
