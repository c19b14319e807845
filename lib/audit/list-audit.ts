import "server-only";
import { db } from "@/lib/db/client";

export type AuditRow = {
  id: string;
  action: string;
  actorEmail: string | null;
  targetType: string | null;
  targetId: string | null;
  ipAddress: string | null;
  details: Record<string, unknown> | null;
  createdAt: Date;
};

export type AuditPage = { items: AuditRow[]; page: number; pageCount: number; total: number };

/** The audit log, newest first; a page past the end shows the last page. */
export async function listAudit({ page, pageSize }: { page: number; pageSize: number }): Promise<AuditPage> {
  const total = await db.auditLog.count();
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db.auditLog.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      action: true,
      actorEmail: true,
      targetType: true,
      targetId: true,
      ipAddress: true,
      details: true,
      createdAt: true,
    },
  });
  const items = rows.map((r) => ({ ...r, details: (r.details as Record<string, unknown> | null) ?? null }));
  return { items, page: current, pageCount, total };
}
