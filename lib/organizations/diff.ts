// Pure: used by the organization kind and its unit tests.
import type { DiffLabels } from "@/lib/curation/diff";
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
  } = labels;
  const out = new Map<string, string>();
  out.set("slug", snapshot.slug);
  for (const t of snapshot.translations) {
    out.set(`name.${t.locale}`, t.name ?? "");
    out.set(`description.${t.locale}`, t.description ?? "");
    out.set(`city.${t.locale}`, t.city ?? "");
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
  out.set("languages", snapshot.languages.join(", "));
  snapshot.channels.forEach((c, i) =>
    out.set(`channel.${i}`, `${channel(c.kind)} ${c.url}${c.languages.length ? ` (${c.languages.join(", ")})` : ""}`),
  );
  return out;
}
