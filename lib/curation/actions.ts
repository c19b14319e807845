"use server";

import { revalidatePath } from "next/cache";
import { defineAction, type Refusal } from "@/lib/actions/define-action";
import { echoValues, formValues } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { expireTags } from "@/lib/cache/expire";
import { redirect } from "@/lib/i18n/navigation";
import { queueLinkCheck } from "@/lib/links/commands";
import { log } from "@/lib/observability/log";
import { kindOf } from "./kinds";
import type { CurationFormState, CurationResult } from "./result";
import { restoreRevision } from "./restore-revision";
import { approveRevision, rejectRevision } from "./review-revision";
import { submitRevision } from "./submit-revision";

type Values = Record<string, string | string[]>;

const failed = (
  values: Values,
  result: Refusal & Partial<Extract<CurationResult, { ok: false }>>,
): CurationFormState => ({
  ok: false,
  values: echoValues(values),
  fieldErrors: result.fieldErrors ?? {},
  formError: result.formError,
  conflict: result.conflict,
  publishedVersion: result.publishedVersion,
  duplicates: result.duplicates,
});

/** What every curation form shares: its values in, a CurationFormState out, kept while the database is down. */
const curationForm = {
  log: "curation action failed",
  read: (data: FormData): Values => formValues(data),
  refuse: failed,
  needsDatabase: true,
};

// Sends a curator's new or edited entry of any kind (the form's `entityType`) to the moderators; the public entry
// stays as it is until approved.
export const saveEntryAction = defineAction({
  ...curationForm,
  read: (data: FormData) => {
    const kind = kindOf(String(data.get("entityType") ?? ""));
    const { keepMineOver, ...values } = formValues(data, kind?.arrayFields ?? []);
    // After a conflict the curator may deliberately send their values over the version they were shown.
    if (kind && typeof keepMineOver === "string" && keepMineOver !== "") values.version = keepMineOver;
    return values;
  },
  run: async (values) => {
    const kind = kindOf(String(values.entityType ?? ""));
    if (!kind) return failed(values, { formError: "invalid" });
    const ipAddress = await requestIp();
    const result = await submitRevision(kind, await getCurrentUser(), values, {
      ipAddress,
      locale: await actionLocale(),
    });
    if (!result.ok) return failed(values, result);
    const locale = await actionLocale();
    revalidatePath(`/${locale}/curate`);
    revalidatePath(`/${locale}/moderate`);
    redirect({ href: { pathname: "/curate", query: { submitted: "1" } }, locale });
    return { ok: true, values: {}, fieldErrors: {} };
  },
});

// A moderator publishes a pending revision; exactly the cached pages and API answers showing the entry expire.
export const approveRevisionAction = defineAction({
  ...curationForm,
  run: async (values): Promise<CurationFormState> => {
    const result = await approveRevision(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (!result.ok) return failed(values, result);
    if (result.expires) expireTags(result.expires);
    // New addresses are checked at once, so a mistyped one is in the curators' queue within minutes; should the
    // queue be down, the link monitor's next round finds them.
    if (result.newAddresses?.length && result.entityId)
      await queueLinkCheck(result.entityId, result.newAddresses).catch((error: unknown) =>
        log("warn", "link check not queued", { error: String(error) }),
      );
    const locale = await actionLocale();
    revalidatePath(`/${locale}/moderate`);
    revalidatePath(`/${locale}/curate`);
    redirect({ href: { pathname: "/moderate", query: { decided: "approved" } }, locale });
    return { ok: true, values: {}, fieldErrors: {}, notice: "approved" };
  },
});

// A moderator sends a pending revision back to its curator with a comment.
export const rejectRevisionAction = defineAction({
  ...curationForm,
  run: async (values): Promise<CurationFormState> => {
    const result = await rejectRevision(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (!result.ok) return failed(values, result);
    const locale = await actionLocale();
    revalidatePath(`/${locale}/moderate`);
    revalidatePath(`/${locale}/curate`);
    redirect({ href: { pathname: "/moderate", query: { decided: "rejected" } }, locale });
    return { ok: true, values: {}, fieldErrors: {}, notice: "rejected" };
  },
});

// Restores an old revision's content as a new pending revision of the entry.
export const restoreRevisionAction = defineAction({
  ...curationForm,
  run: async (values): Promise<CurationFormState> => {
    const result = await restoreRevision(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (!result.ok) return failed(values, result);
    const locale = await actionLocale();
    revalidatePath(`/${locale}/moderate`);
    redirect({ href: { pathname: "/curate", query: { submitted: "1" } }, locale });
    return { ok: true, values: {}, fieldErrors: {} };
  },
});
