"use server";

import { formData, formValues } from "@/lib/auth/form-state";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { importedTags } from "@/lib/curation/kinds/imported-tags";
import { expireTags } from "@/lib/cache/expire";
import { db } from "@/lib/db/client";
import { importIcal } from "./import-ical";
import { MAX_CALENDAR_BYTES } from "./import-schema";
import type { IcalImportState } from "./state";
import { logRequestError } from "@/lib/observability/request-log";

// Previews (dry run) or imports the events of an iCalendar address or file; admins only (checked in importIcal).
export async function importIcalAction(_previous: IcalImportState, input: FormData): Promise<IcalImportState> {
  const data = formData(input);
  const values = formValues(data, ["diasporaIds"]);
  const echo = { ...values, calendar: "" };
  try {
    const file = data.get("file");
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_CALENDAR_BYTES) return { ok: false, values: echo, fieldErrors: { source: ["tooLarge"] } };
      values.calendar = await file.text();
      values.fileName = file.name.slice(0, 200);
    }
    const result = await importIcal(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (result.ok && result.intent === "preview") {
      const { preview, calendar, planHash, url, fileName } = result;
      return { ok: true, values: echo, fieldErrors: {}, preview: { ...preview, calendar, planHash, url, fileName } };
    }
    if (result.ok) {
      expireTags(await importedTags(db, "event", result.slugs, result.sourceKey));
      return {
        ok: true,
        values: echo,
        fieldErrors: {},
        imported: { counts: result.counts, sourceKey: result.sourceKey },
      };
    }
    const again = result.preview;
    return {
      ok: false,
      values: echo,
      fieldErrors: result.fieldErrors,
      formError: result.formError,
      ...(again
        ? {
            preview: {
              ...again.preview,
              calendar: again.calendar,
              planHash: again.planHash,
              url: again.url,
              fileName: again.fileName,
            },
          }
        : {}),
    };
  } catch (error) {
    logRequestError("iCalendar import failed", error);
    return { ok: false, values: echo, fieldErrors: {}, formError: "unknown" };
  }
}
