"use server";

import { defineAction } from "@/lib/actions/define-action";
import { actionLocale } from "@/lib/actions/locale";
import { getCurrentUser, requestIp } from "@/lib/auth/current-user";
import { importedTags } from "@/lib/curation/kinds/imported-tags";
import { expireTags } from "@/lib/cache/expire";
import { db } from "@/lib/db/client";
import type { ImportFormState } from "./form-state";
import { importEntries } from "./import-entries";
import { IMPORT_KINDS, MAX_IMPORT_BYTES, type ImportKind } from "./import-schema";

const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

type Input = {
  kind: ImportKind | undefined;
  tooLarge: boolean;
  values: { kind: string; mode: string; fileName: string; content: string };
};

/** The posted file (or the confirmed dry run's content); an upload over the limit is not read. */
async function readImport(data: FormData): Promise<Input> {
  const file = data.get("file");
  const upload = file instanceof File && file.size > 0 ? file : null;
  const kindValue = text(data.get("kind"));
  const kind = (IMPORT_KINDS as readonly string[]).includes(kindValue) ? (kindValue as ImportKind) : undefined;
  const tooLarge = upload !== null && upload.size > MAX_IMPORT_BYTES;
  const values = {
    kind: kindValue,
    mode: text(data.get("mode")) || "preview",
    fileName: upload ? upload.name : text(data.get("fileName")),
    content: upload && !tooLarge ? await upload.text() : text(data.get("content")),
  };
  return { kind, tooLarge, values };
}

// An admin checks a CSV or JSON file of organizations or events (the dry run), then imports it in one transaction.
export const importEntriesAction = defineAction({
  log: "import action failed",
  read: readImport,
  refuse: ({ kind }, refusal): ImportFormState => ({
    ok: false,
    kind,
    fieldErrors: refusal.fieldErrors ?? {},
    formError: refusal.formError,
  }),
  run: async ({ kind, tooLarge, values }): Promise<ImportFormState> => {
    if (tooLarge) return { ok: false, kind, fieldErrors: { content: ["fileTooLarge"] } };
    const result = await importEntries(await getCurrentUser(), values, {
      ipAddress: await requestIp(),
      locale: await actionLocale(),
    });
    if (!result.ok)
      return {
        ok: false,
        kind,
        fieldErrors: result.fieldErrors,
        formError: result.formError,
        detail: result.detail,
        report: result.report,
      };
    if (result.mode === "import") {
      const { report } = result;
      const published = report.rows.filter((r) => r.action === "create" || r.action === "update").map((r) => r.slug);
      expireTags(await importedTags(db, report.kind, published, report.sourceKey));
      return { ok: true, kind, mode: "import", fieldErrors: {}, report: result.report };
    }
    const importable =
      result.report.counts.rejected === 0 && result.report.counts.create + result.report.counts.update > 0;
    return {
      ok: true,
      kind,
      mode: "preview",
      fieldErrors: {},
      report: result.report,
      confirm: importable ? { fileName: values.fileName, content: values.content } : undefined,
    };
  },
});
