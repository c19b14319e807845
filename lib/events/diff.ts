// Pure: used by the event kind and its unit tests.
import type { DiffLabels } from "@/lib/curation/diff";
import { EVENT_TEXTS } from "./form-values";
import type { EventSnapshot } from "./schema";

const same = (value: string) => value;

/** An event snapshot as field → displayed value, for diffs. Dates read as typed: "2013", "2019-05", "2019-05-09". */
export function flattenEvent(snapshot: EventSnapshot, labels: DiffLabels): Map<string, string> {
  const {
    diaspora = same,
    country = same,
    eventType = same,
    organization = same,
    provenance = same,
    dateBasis = same,
  } = labels;
  const out = new Map<string, string>();
  out.set("slug", snapshot.slug);
  for (const t of snapshot.translations) {
    for (const field of EVENT_TEXTS) out.set(`${field}.${t.locale}`, t[field] ?? "");
    if (t.titleProvenance) out.set(`titleProvenance.${t.locale}`, provenance(t.titleProvenance));
    if (t.descriptionProvenance) out.set(`descriptionProvenance.${t.locale}`, provenance(t.descriptionProvenance));
  }
  out.set("type", eventType(snapshot.type));
  out.set("start", snapshot.start ?? "");
  out.set("end", snapshot.end ?? "");
  // A revision saved before the field existed says nothing about it (applying it leaves the basis as it is).
  if (snapshot.dateBasis) out.set("dateBasis", dateBasis(snapshot.dateBasis));
  out.set("countryCode", snapshot.countryCode ? country(snapshot.countryCode) : "");
  out.set("onlineUrl", snapshot.onlineUrl ?? "");
  out.set("organizerIds", snapshot.organizerIds.map(organization).sort().join(", "));
  out.set("diasporaIds", snapshot.diasporaIds.map(diaspora).sort().join(", "));
  return out;
}
