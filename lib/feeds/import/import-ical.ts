import "server-only";
// An admin imports events from an iCalendar address or file. A dry run ("preview") fetches and parses the calendar
// and shows the plan row by row; the real run ("import") re-plans the very text previewed, refuses when the
// outcome changed meanwhile, and writes everything in one transaction: the calendar's Source (with an approved
// revision when new), each created or updated event through the event kind's own create/update with an APPROVED
// revision, a citation of the Source carrying the event's UID, and one audit row. On any error nothing is written.
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, refuseWithoutRole } from "@/lib/auth/assert-can";
import type { Actor } from "@/lib/auth/permissions";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { eventKind } from "@/lib/events/kind";
import { sourceKind } from "@/lib/sources/kind";
import type { Tx } from "@/lib/curation/kinds/types";
import { db } from "@/lib/db/client";
import { Conflict, Forbidden } from "@/lib/errors";
import { todayIso } from "@/lib/events/event-period";
import { FetchRefused, fetchCalendar, type FetchOptions } from "./fetch-calendar";
import { icalImportSchema } from "./import-schema";
import { CalendarError, parseCalendar } from "./parse-calendar";
import {
  planImport,
  publicRows,
  UID_LOCATOR,
  type ImportPlan,
  type PlanAction,
  type PlanRow,
  type PlanSource,
} from "./plan-import";

export type IcalImportOptions = { ipAddress?: string | null; fetch?: FetchOptions };

export type IcalPreview = {
  source: Omit<PlanSource, "id"> & { isNew: boolean };
  rows: PlanRow[];
  counts: Record<PlanAction, number>;
};

export type IcalImportResult =
  | {
      ok: true;
      intent: "preview";
      preview: IcalPreview;
      calendar: string;
      planHash: string;
      url: string;
      fileName: string;
    }
  | {
      ok: true;
      intent: "import";
      counts: Record<PlanAction, number>;
      sourceKey: string;
      /** Created or updated events. */ slugs: string[];
    }
  | {
      ok: false;
      fieldErrors: Record<string, string[]>;
      formError?: string;
      /** A fresh dry run when the outcome changed since the one the admin saw. */
      preview?: Extract<IcalImportResult, { intent: "preview" }>;
    };

/** What a calendar backs in the events it gives. */
export const CALENDAR_FACTS = ["title", "dates", "description", "city"];

function previewOf(plan: ImportPlan): IcalPreview {
  const { id, ...source } = plan.source;
  return { source: { ...source, isNew: id === null }, rows: publicRows(plan), counts: plan.counts };
}

/** The Source the events cite: the existing one, or a new one published with its approved revision. */
export async function calendarSourceId(
  tx: Tx,
  source: PlanSource,
  actor: Actor,
  today: string,
  comment = "iCalendar import",
  note = "iCalendar",
): Promise<string> {
  if (source.id) return source.id;
  const parsed = sourceKind.parse({
    version: "0",
    key: source.key,
    title: source.title,
    url: source.url ?? "",
    accessedOn: today,
    note,
  });
  if (!parsed.ok) throw new Conflict("sourceInvalid");
  const id = await sourceKind.create(tx, parsed.snapshot);
  await tx.revision.create({
    data: {
      entityType: sourceKind.type,
      entityId: id,
      status: "APPROVED",
      snapshot: parsed.snapshot as object,
      baseVersion: 0,
      diasporaIds: [],
      authorId: actor.userId,
      reviewerId: actor.userId,
      reviewedAt: new Date(),
      comment,
    },
    select: { id: true },
  });
  return id;
}

async function write(plan: ImportPlan, actor: Actor, options: IcalImportOptions): Promise<void> {
  const today = todayIso();
  await db.$transaction(
    async (tx) => {
      const source = await calendarSourceId(tx, plan.source, actor, today);
      for (const row of plan.rows) {
        if ((row.action !== "create" && row.action !== "update") || !row.snapshot) continue;
        const eventId =
          row.action === "create"
            ? await eventKind.create(tx, row.snapshot)
            : (await eventKind.update(tx, row.eventId!, row.baseVersion, row.snapshot), row.eventId!);
        await tx.revision.create({
          data: {
            entityType: eventKind.type,
            entityId: eventId,
            status: "APPROVED",
            snapshot: row.snapshot as object,
            baseVersion: row.baseVersion,
            diasporaIds: eventKind.scope(row.snapshot),
            authorId: actor.userId,
            reviewerId: actor.userId,
            reviewedAt: new Date(),
            comment: `iCalendar import (${plan.source.key})`,
          },
          select: { id: true },
        });
        const locator = `${UID_LOCATOR}${row.uid}`;
        if (
          !(await tx.eventSource.findFirst({ where: { eventId, sourceId: source, locator }, select: { id: true } }))
        ) {
          const position = await tx.eventSource.count({ where: { eventId } });
          await tx.eventSource.create({
            data: { eventId, sourceId: source, facts: CALENDAR_FACTS, locator, position },
            select: { id: true },
          });
        }
      }
      await recordAudit(
        {
          action: "events.imported",
          actorId: actor.userId,
          actorEmail: actor.email,
          targetType: "source",
          targetId: source,
          ipAddress: options.ipAddress,
          details: { sourceKey: plan.source.key, url: plan.source.url, ...plan.counts },
        },
        tx,
      );
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

async function importUnchecked(
  actor: Actor | null,
  values: Record<string, unknown>,
  options: IcalImportOptions,
): Promise<IcalImportResult> {
  // Before the calendar is parsed; past the anonymous limit it is still the admin page's one refusal.
  if (await refuseWithoutRole(actor, "import:events", options))
    return { ok: false, fieldErrors: {}, formError: "forbidden" };
  const parsed = icalImportSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  const form = parsed.data;
  await assertCan(actor, "import:events", { type: "import", diasporaIds: form.diasporaIds }, options);
  let text = form.calendar;
  try {
    if (form.intent === "preview" && form.url) text = (await fetchCalendar(form.url, options.fetch)).text;
  } catch (error) {
    if (error instanceof FetchRefused) return { ok: false, fieldErrors: { url: [error.code] } };
    throw error;
  }
  let calendar;
  try {
    calendar = parseCalendar(text);
  } catch (error) {
    if (error instanceof CalendarError) return { ok: false, fieldErrors: { source: [error.code] } };
    throw error;
  }
  const origin = { url: form.url || null, fileName: form.fileName || null };
  const settings = { locale: form.locale, type: form.type, diasporaIds: form.diasporaIds };
  const plan = await planImport(calendar, origin, settings);
  const preview = {
    ok: true as const,
    intent: "preview" as const,
    preview: previewOf(plan),
    calendar: text,
    planHash: plan.hash,
    url: form.url,
    fileName: form.fileName,
  };
  if (form.intent === "preview") return preview;
  if (form.planHash !== plan.hash) return { ok: false, fieldErrors: {}, formError: "planChanged", preview };
  try {
    await write(plan, actor!, options);
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, fieldErrors: {}, formError: "importConflict" };
    throw error;
  }
  const slugs = plan.rows.flatMap((r) => ((r.action === "create" || r.action === "update") && r.slug ? [r.slug] : []));
  return { ok: true, intent: "import", counts: plan.counts, sourceKey: plan.source.key, slugs };
}

/** See importUnchecked; a refusal (audited) comes back as { ok: false, formError: "forbidden" }. */
export async function importIcal(
  actor: Actor | null,
  values: Record<string, unknown>,
  options: IcalImportOptions = {},
): Promise<IcalImportResult> {
  try {
    return await importUnchecked(actor, values, options);
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, fieldErrors: {}, formError: "forbidden" };
    throw error;
  }
}
