"use server";

import { defineAction } from "@/lib/actions/define-action";
import { formValues } from "@/lib/actions/form-state";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { importedTags } from "@/lib/curation/kinds/imported-tags";
import { expireTags } from "@/lib/cache/expire";
import { db } from "@/lib/db/client";
import { importIcal } from "./import-ical";
import { MAX_CALENDAR_BYTES } from "./import-schema";
import type { IcalImportState } from "./state";

type Input = { values: Record<string, string | string[]>; file: File | null };

/** The calendar is never echoed: the confirming form posts it back from the preview. */
const echo = (values: Input["values"]) => ({ ...values, calendar: "" });

// Previews (dry run) or imports the events of an iCalendar address or file; admins only (checked in importIcal).
export const importIcalAction = defineAction({
  log: "iCalendar import failed",
  read: (data: FormData): Input => {
    const file = data.get("file");
    return { values: formValues(data, ["diasporaIds"]), file: file instanceof File && file.size > 0 ? file : null };
  },
  refuse: ({ values }, refusal): IcalImportState => ({
    ok: false,
    values: echo(values),
    fieldErrors: refusal.fieldErrors ?? {},
    formError: refusal.formError,
  }),
  run: async ({ values: posted, file }): Promise<IcalImportState> => {
    const values = { ...posted };
    if (file) {
      if (file.size > MAX_CALENDAR_BYTES)
        return { ok: false, values: echo(posted), fieldErrors: { source: ["tooLarge"] } };
      values.calendar = await file.text();
      values.fileName = file.name.slice(0, 200);
    }
    const result = await importIcal(await getCurrentUser(), values, { ipAddress: await requestIp() });
    if (result.ok && result.intent === "preview") {
      const { preview, calendar, planHash, url, fileName } = result;
      return {
        ok: true,
        values: echo(posted),
        fieldErrors: {},
        preview: { ...preview, calendar, planHash, url, fileName },
      };
    }
    if (result.ok) {
      expireTags(await importedTags(db, "event", result.slugs, result.sourceKey));
      return {
        ok: true,
        values: echo(posted),
        fieldErrors: {},
        imported: { counts: result.counts, sourceKey: result.sourceKey },
      };
    }
    const again = result.preview;
    return {
      ok: false,
      values: echo(posted),
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
  },
});
