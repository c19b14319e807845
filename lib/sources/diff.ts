// Pure: used by the source kind and its unit tests.
import { SOURCE_FIELDS, type SourceSnapshot } from "./schema";

/** A source snapshot as field → displayed value, for diffs. `citedIn` is not an edit, so it is left out. */
export function flattenSource(snapshot: SourceSnapshot): Map<string, string> {
  return new Map(SOURCE_FIELDS.map((field) => [field, snapshot[field] == null ? "" : String(snapshot[field])]));
}
