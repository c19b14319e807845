import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/assert-can";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { Conflict, Forbidden } from "@/lib/errors";
import { importSchema, MAX_IMPORT_ROWS, type ImportInput } from "./import-schema";
import { countActions, type ImportReport, type ImportResult, type PlanRow } from "./plan";
import { processRows } from "./process-rows";
import { FileProblem, readCsv } from "./read-csv";
import { detectFormat, readJson } from "./read-json";
import type { ReadRow } from "./records";

export type ImportContext = { ipAddress?: string | null; locale: string };

/** Thrown inside the transaction to undo it: a dry run, or a real run with a rejected row. */
class RolledBack extends Error {
  constructor(readonly rows: PlanRow[]) {
    super("import rolled back");
  }
}

/** Long enough for MAX_IMPORT_ROWS rows of a few queries each; PostgreSQL holds the transaction meanwhile. */
const TRANSACTION = { timeout: 180_000, maxWait: 10_000 };

function readRows(input: ImportInput, format: "csv" | "json"): ReadRow[] {
  return format === "csv"
    ? readCsv(input.content, input.kind, MAX_IMPORT_ROWS)
    : readJson(input.content, input.kind, MAX_IMPORT_ROWS);
}

/**
 * An admin's import of organizations or events from a CSV or JSON file in the export's format. `mode: "preview"` is
 * the dry run: every row is processed exactly as the real run would, inside a transaction that is then rolled back,
 * and the outcome per row is returned. `mode: "import"` does the same and commits, unless any row is rejected, in
 * which case nothing is imported. Each imported entry cites one new Source (the file) and gets an approved revision.
 */
async function importUnchecked(
  actor: Actor | null,
  values: Record<string, unknown>,
  context: ImportContext,
): Promise<ImportResult> {
  // Admins only, whatever the file holds: checked before reading up to 2 MB of it.
  await assertCan(actor, "import:entries", undefined, context);
  const parsed = importSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  const admin = actor!;
  const input = parsed.data;
  const format = detectFormat(input.content, input.fileName);
  let rows: ReadRow[];
  try {
    rows = readRows(input, format);
  } catch (error) {
    if (error instanceof FileProblem)
      return { ok: false, fieldErrors: {}, formError: error.code, detail: error.detail };
    throw error;
  }
  if (rows.length === 0) return { ok: false, fieldErrors: {}, formError: "noRows" };
  const report = (planned: PlanRow[], sourceKey?: string): ImportReport => ({
    kind: input.kind,
    format,
    fileName: input.fileName,
    rows: planned,
    counts: countActions(planned),
    sourceKey,
  });
  try {
    const done = await db.$transaction(async (tx) => {
      const result = await processRows(tx, input.kind, rows, {
        actor: admin,
        fileName: input.fileName,
        locale: context.locale,
        now: new Date(),
      });
      if (input.mode === "preview" || result.rows.some((r) => r.action === "rejected"))
        throw new RolledBack(result.rows);
      if (result.source) {
        const counts = countActions(result.rows);
        await recordAudit(
          {
            action: "import.completed",
            actorId: admin.userId,
            actorEmail: admin.email,
            targetType: "source",
            targetId: result.source.id,
            ipAddress: context.ipAddress,
            details: { kind: input.kind, fileName: input.fileName, sourceKey: result.source.key, ...counts },
          },
          tx,
        );
      }
      return result;
    }, TRANSACTION);
    return { ok: true, mode: "import", report: report(done.rows, done.source?.key) };
  } catch (error) {
    if (error instanceof RolledBack) {
      const planned = report(error.rows);
      if (input.mode === "preview") return { ok: true, mode: "preview", report: planned };
      return { ok: false, fieldErrors: {}, formError: "rowsRejected", report: planned };
    }
    // Something changed between two rows' checks and their writes (another admin's edit): nothing was imported.
    if (error instanceof Conflict) return { ok: false, fieldErrors: {}, formError: error.code };
    throw error;
  }
}

/** See importUnchecked; a refusal (audited by assertCan) comes back as { ok: false, formError: "forbidden" }. */
export async function importEntries(
  actor: Actor | null,
  values: Record<string, unknown>,
  context: ImportContext,
): Promise<ImportResult> {
  try {
    return await importUnchecked(actor, values, context);
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, fieldErrors: {}, formError: "forbidden" };
    throw error;
  }
}
