// An address's state after the link monitor's latest check (lib/links/read.ts reads it), and how the API and the
// JSON export write it. Pure: no database.
import type { LinkOutcome } from "@/lib/db/generated/enums";

/** An address's state after its latest check, as pages and exports show it. */
export type LinkState = {
  checkedAt: string;
  outcome: LinkOutcome;
  /** Failed LINKS_BROKEN_AFTER checks in a row: "unreachable since `failingSince`". */
  broken: boolean;
  failingSince: string | null;
  status: number | null;
  reason: string | null;
  finalUrl: string | null;
  https: boolean;
  languages: string[];
  lastModified: string | null;
  changedAt: string | null;
};

/** A check as the API and the JSON export give it (snake_case; documented in lib/api/openapi/schemas.ts: LinkCheck). */
export function apiLinkCheck(state: LinkState | null) {
  if (!state) return null;
  return {
    checked_at: state.checkedAt,
    outcome: state.outcome,
    broken: state.broken,
    unreachable_since: state.broken ? state.failingSince : null,
    status: state.status,
    reason: state.reason,
    final_url: state.finalUrl,
    https: state.https,
    languages: state.languages,
    last_modified: state.lastModified,
    changed_at: state.changedAt,
  };
}
