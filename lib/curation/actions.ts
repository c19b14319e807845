"use server";

import { revalidatePath } from "next/cache";
import { actionLocale } from "@/lib/auth/actions/action-helpers";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { echoValues, formValues } from "@/lib/auth/form-state";
import { expireTags } from "@/lib/cache/expire";
import { redirect } from "@/lib/i18n/navigation";
import { kindOf } from "./kinds";
import type { CurationFormState, CurationResult } from "./result";
import { restoreRevision } from "./restore-revision";
import { approveRevision, rejectRevision } from "./review-revision";
import { submitRevision } from "./submit-revision";

type Values = Record<string, string | string[]>;

/** Runs a command; anything unexpected is logged on the server and shown as a generic error, never its message. */
async function run(values: Values, command: () => Promise<CurationResult>): Promise<CurationResult | CurationFormState> {
  try {
    return await command();
  } catch (error) {
    console.error("curation action failed:", error);
    return { ok: false, values: echoValues(values), fieldErrors: {}, formError: "unknown" };
  }
}

const failed = (values: Values, result: Extract<CurationResult, { ok: false }> | CurationFormState): CurationFormState => ({
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
export async function saveEntryAction(_previous: CurationFormState, data: FormData): Promise<CurationFormState> {
  const kind = kindOf(String(data.get("entityType") ?? ""));
  const { keepMineOver, ...values } = formValues(data, kind?.arrayFields ?? []);
  if (!kind) return { ok: false, values: echoValues(values), fieldErrors: {}, formError: "invalid" };
  // After a conflict the curator may deliberately send their values over the version they were shown.
  if (typeof keepMineOver === "string" && keepMineOver !== "") values.version = keepMineOver;
  const actor = await getCurrentUser();
  const ipAddress = await requestIp();
  const result = await run(values, async () => submitRevision(kind, actor, values, { ipAddress, locale: await actionLocale() }));
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
  const actor = await getCurrentUser();
  const result = await run(values, async () => approveRevision(actor, values, { ipAddress: await requestIp() }));
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
  const actor = await getCurrentUser();
  const result = await run(values, async () => rejectRevision(actor, values, { ipAddress: await requestIp() }));
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
  const actor = await getCurrentUser();
  const result = await run(values, async () => restoreRevision(actor, values, { ipAddress: await requestIp() }));
  if (!result.ok) return failed(values, result);
  const locale = await actionLocale();
  revalidatePath(`/${locale}/moderate`);
  redirect({ href: { pathname: "/curate", query: { submitted: "1" } }, locale });
  return { ok: true, values: {}, fieldErrors: {} };
}
