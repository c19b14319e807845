"use client";

import { useTranslations } from "next-intl";
import { CitationPreview } from "./citation-preview";
import { EntryForm, formSection as section } from "./entry-form";
import { TextField } from "@/components/forms/fields";
import { echoedValue } from "@/components/forms/values";

type Props = { initialValues: Record<string, string | string[]>; isNew: boolean; restartHref?: string };

/** Create or edit a source (a bibliography entry), with a preview of how it will be cited. Works without JS. */
export function SourceForm({ initialValues, isNew, restartHref }: Props) {
  const t = useTranslations("Curate");
  return (
    <EntryForm entityType="source" initialValues={initialValues} restartHref={restartHref}>
      {(state) => {
        const field = (
          name: string,
          extra: {
            hint?: string;
            multiline?: boolean;
            inputMode?: "numeric";
            type?: "url" | "date";
            label?: string;
          } = {},
        ) => <TextField state={state} name={name} label={t(`fields.${name}` as "fields.title")} {...extra} />;
        return (
          <>
            <section aria-labelledby="work-heading" className={section}>
              <h2 id="work-heading" className="text-xl font-semibold">
                {t("form.sourceWorkHeading")}
              </h2>
              {isNew ? (
                field("key", { hint: t("form.keyHint") })
              ) : (
                <dl className="mt-4">
                  <dt className="font-medium">{t("fields.key")}</dt>
                  <dd className="mt-1">
                    <code>{echoedValue(state, "key")}</code>
                    <span className="mt-1 block text-sm text-stone-700">{t("form.keyFixedHint")}</span>
                    <input type="hidden" name="key" value={echoedValue(state, "key")} />
                  </dd>
                </dl>
              )}
              {field("authors", { hint: t("form.authorsHint") })}
              {field("title", { label: t("fields.sourceTitle") })}
              {field("publication", { hint: t("form.publicationHint") })}
              <div className="grid gap-x-4 sm:grid-cols-3">
                {field("volume")}
                {field("issue")}
                {field("pages")}
              </div>
              <div className="grid gap-x-4 sm:grid-cols-[1fr_1fr_11rem]">
                {field("place")}
                {field("publisher")}
                {field("year", { inputMode: "numeric" })}
              </div>
            </section>

            <section aria-labelledby="online-heading" className={section}>
              <h2 id="online-heading" className="text-xl font-semibold">
                {t("form.sourceOnlineHeading")}
              </h2>
              {field("doi", { hint: t("form.doiHint") })}
              {field("url", { type: "url" })}
              {field("archiveUrl", { type: "url", hint: t("form.archiveUrlHint") })}
              <div className="sm:max-w-md">{field("accessedOn", { type: "date", hint: t("form.accessedOnHint") })}</div>
              {field("note", { multiline: true, hint: t("form.noteHint") })}
            </section>

            <CitationPreview key={JSON.stringify(state.values)} initial={state.values} />
          </>
        );
      }}
    </EntryForm>
  );
}
