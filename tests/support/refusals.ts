// Refusals written to the audit log (permission.denied). A signed-in actor's refusal is one row; anonymous refusals
// are aggregated, one row per address, permission and hour with details.count (lib/audit/anonymous-refusal.ts), so
// each row counts as many refusals as it stands for.
import type { Database } from "../../lib/db/connect";

export async function refusalsRecorded(db: Database): Promise<number> {
  const rows = await db.auditLog.findMany({ where: { action: "permission.denied" }, select: { details: true } });
  return rows.reduce((sum, row) => {
    const count = (row.details as { count?: unknown } | null)?.count;
    return sum + (typeof count === "number" ? count : 1);
  }, 0);
}
