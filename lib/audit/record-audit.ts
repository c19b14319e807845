import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_in_rate_limited"
  | "auth.sign_out"
  | "auth.password_reset_requested"
  | "auth.password_reset"
  | "auth.other_sessions_revoked"
  | "user.created"
  | "invitation.created"
  | "invitation.accepted"
  | "invitation.revoked"
  | "role.granted"
  | "role.revoked"
  | "permission.denied"
  | "revision.submitted"
  | "revision.approved"
  | "revision.self_published"
  | "revision.source_waived"
  | "revision.rejected"
  | "proposal.received"
  | "suggestion.received"
  | "suggestion.resolved"
  | "suggestion.dismissed"
  | "import.completed"
  | "events.imported"
  | "job.run_requested"
  | "job.retried"
  | "subscription.created"
  | "subscription.poll_requested"
  | "links.check_requested"
  | "subscription.paused"
  | "subscription.resumed"
  | "subscription.trusted"
  | "subscription.untrusted"
  | "subscription.deleted"
  | "subscription.published";

export type AuditEntry = {
  action: AuditAction;
  actorId?: string | null;
  actorEmail?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  ipAddress?: string | null;
  details?: Prisma.InputJsonObject;
};

/** Any client that can write the audit table: the app's, or a transaction's so the entry commits with the change. */
export type AuditWriter = Pick<Prisma.TransactionClient, "auditLog">;

/** Appends one row to the audit log. Pass the transaction client to write it together with the change it records. */
export async function recordAudit(entry: AuditEntry, client: AuditWriter = db): Promise<void> {
  await client.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      actorEmail: entry.actorEmail ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ipAddress: entry.ipAddress ?? null,
      details: entry.details,
    },
    select: { id: true },
  });
}
