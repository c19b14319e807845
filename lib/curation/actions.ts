"use server";

import { revalidatePath } from "next/cache";
import { actionLocale } from "@/lib/auth/actions/action-helpers";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { echoValues, formData, formValues } from "@/lib/auth/form-state";
import { expireTags } from "@/lib/cache/expire";
import { isConnectionError, isDatabaseDown, probeDatabase } from "@/lib/db/availability";
import { redirect } from "@/lib/i18n/navigation";
import { kindOf } from "./kinds";
import { DATABASE_UNAVAILABLE, type CurationFormState, type CurationResult } from "./result";
import { restoreRevision } from "./restore-revision";
import { approveRevision, rejectRevision } from "./review-revision";
import { submitRevision } from "./submit-revision";
import { logRequestError } from "@/lib/observability/request-log";

type Values = Record<string, string | string[]>;

/**
 * Runs a command. While the database is down it answers at once that the input is kept and to try again; anything
 * unexpected is logged on the server and shown as a generic error, never its message.
 */
async function run(
  values: Values,
  command: () => Promise<CurationResult>,
): Promise<CurationResult | CurationFormState> {
  const unavailable = {
    ok: false as const,
    values: echoValues(values),
    fieldErrors: {},
    formError: DATABASE_UNAVAILABLE,
  };
  if (isDatabaseDown()) return unavailable;
  try {
    return await command();
  } catch (error) {
    if (isConnectionError(error) || (await probeDatabase()).state === "down") return unavailable;
    logRequestError("curation action failed", error);
    return { ok: false, values: echoValues(values), fieldErrors: {}, formError: "unknown" };
  }
}

const failed = (
  values: Values,
  result: Extract<CurationResult, { ok: false }> | CurationFormState,
): CurationFormState => ({
  ok: false,
  values: echoValues(values),
  fieldErrors: result.fieldErrors,
  formError: result.formError,
  conflict: "conflict" in result ? result.conflict : undefined,
  publishedVersion: "publishedVersion" in result ? result.publishedVersion : undefined,
  duplicates: "duplicates" in result ? result.duplicates : undefined,
});

// Sends a curator's new or edited entry of any kind (the form's `entityType`) to the moderators; the public entry
// stays as it is until approved.
export async function saveEntryAction(_previous: CurationFormState, input: FormData): Promise<CurationFormState> {
  const data = formData(input);
  const kind = kindOf(String(data.get("entityType") ?? ""));
  const { keepMineOver, ...values } = formValues(data, kind?.arrayFields ?? []);
  if (!kind) return { ok: false, values: echoValues(values), fieldErrors: {}, formError: "invalid" };
  // After a conflict the curator may deliberately send their values over the version they were shown.
  if (typeof keepMineOver === "string" && keepMineOver !== "") values.version = keepMineOver;
  const ipAddress = await requestIp();
  const result = await run(values, async () =>
    submitRevision(kind, await getCurrentUser(), values, { ipAddress, locale: await actionLocale() }),
  );
  if (!result.ok) return failed(values, result);
  const locale = await actionLocale();
  revalidatePath(`/${locale}/curate`);
  revalidatePath(`/${locale}/moderate`);
  redirect({ href: { pathname: "/curate", query: { submitted: "1" } }, locale });
  return { ok: true, values: {}, fieldErrors: {} };
}

// A moderator publishes a pending revision; exactly the cached pages and API answers showing the entry expire.
export async function approveRevisionAction(_previous: CurationFormState, data: FormData): Promise<CurationFormState> {
  const values = formValues(data);
  const result = await run(values, async () =>
    approveRevision(await getCurrentUser(), values, { ipAddress: await requestIp() }),
  );
  if (!result.ok) return failed(values, result);
  if ("expires" in result && result.expires) expireTags(result.expires);
  const locale = await actionLocale();
  revalidatePath(`/${locale}/moderate`);
  revalidatePath(`/${locale}/curate`);
  redirect({ href: { pathname: "/moderate", query: { decided: "approved" } }, locale: await actionLocale() });
  return { ok: true, values: {}, fieldErrors: {}, notice: "approved" };
}

// A moderator sends a pending revision back to its curator with a comment.
export async function rejectRevisionAction(_previous: CurationFormState, data: FormData): Promise<CurationFormState> {
  const values = formValues(data);
  const result = await run(values, async () =>
    rejectRevision(await getCurrentUser(), values, { ipAddress: await requestIp() }),
  );
  if (!result.ok) return failed(values, result);
  const locale = await actionLocale();
  revalidatePath(`/${locale}/moderate`);
  revalidatePath(`/${locale}/curate`);
  redirect({ href: { pathname: "/moderate", query: { decided: "rejected" } }, locale });
  return { ok: true, values: {}, fieldErrors: {}, notice: "rejected" };
}

// Restores an old revision's content as a new pending revision of the entry.
export async function restoreRevisionAction(_previous: CurationFormState, data: FormData): Promise<CurationFormState> {
  const values = formValues(data);
  const result = await run(values, async () =>
    restoreRevision(await getCurrentUser(), values, { ipAddress: await requestIp() }),
  );
  if (!result.ok) return failed(values, result);
  const locale = await actionLocale();
  revalidatePath(`/${locale}/moderate`);
  redirect({ href: { pathname: "/curate", query: { submitted: "1" } }, locale });
  return { ok: true, values: {}, fieldErrors: {} };
}
