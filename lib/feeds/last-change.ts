import "server-only";
// The `updated` of a feed with no entries: the last change to any row of its kind, since an entry may just have
// stopped matching the feed's filters. An empty table has no change to report; the feed then says "now", the
// moment its (empty) content was observed, rather than an invented date such as 1970-01-01.
import { db } from "@/lib/db/client";

export async function lastChange(kind: "event" | "organization"): Promise<string> {
  const newest =
    kind === "event"
      ? await db.event.aggregate({ _max: { updatedAt: true } })
      : await db.organization.aggregate({ _max: { updatedAt: true } });
  return (newest._max.updatedAt ?? new Date()).toISOString();
}
