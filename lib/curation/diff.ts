// Field-by-field comparison of two snapshots of one kind, for the moderation queue, the conflict view and the
// history. Each kind flattens its snapshot into field → displayed value (kinds/*.ts).

export type FieldChange = { field: string; before: string; after: string };

/** How values read to a person: diasporas and countries by name, enum values by their label. Identity by default. */
export type DiffLabels = {
  diaspora?: (id: string) => string;
  /** A diaspora's address, for links to its public page. */
  diasporaSlug?: (id: string) => string;
  country?: (code: string) => string;
  type?: (value: string) => string;
  group?: (value: string) => string;
  status?: (value: string) => string;
  category?: (value: string) => string;
  onlinePresence?: (value: string) => string;
  channel?: (value: string) => string;
  eventType?: (value: string) => string;
  /** What an event's date stands for (EventDateBasis). */
  dateBasis?: (value: string) => string;
  organization?: (id: string) => string;
  source?: (id: string) => string;
  /** A fact a citation backs ("names", "foundedYear"), by its label (Facts.*). */
  fact?: (name: string) => string;
  /** Where a translated text comes from (TextProvenance). */
  provenance?: (value: string) => string;
};

/** The fields whose displayed value differs; an absent side reads as "" (a new entry has no `before`). */
export function diffFlat(before: Map<string, string> | null, after: Map<string, string>): FieldChange[] {
  const a = before ?? new Map<string, string>();
  const fields = [...new Set([...a.keys(), ...after.keys()])];
  return fields
    .map((field) => ({ field, before: a.get(field) ?? "", after: after.get(field) ?? "" }))
    .filter((change) => change.before !== change.after);
}
