import "server-only";
// The article the atlas starts from, as its source record says now (a moderator may have corrected it).
import { db } from "@/lib/db/client";
import { citedSourceSelect, type Citation } from "@/lib/sources/citation";

export const MAIN_SOURCE_KEY = "article";

export async function getMainSource(): Promise<Citation["source"] | null> {
  const row = await db.source.findUnique({
    where: { key: MAIN_SOURCE_KEY },
    select: citedSourceSelect,
  });
  return row ? { ...row, accessedOn: row.accessedOn ? row.accessedOn.toISOString().slice(0, 10) : null } : null;
}
