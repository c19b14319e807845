"use client";

import { useEffect, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ReferenceText } from "@/components/sources/reference-text";
import { DOI_PATTERN, normalizeDoi } from "@/lib/sources/doi";

type Values = Record<string, string | string[]>;
const text = (values: Values, name: string) => {
  const value = values[name];
  return typeof value === "string" ? value.trim() : "";
};

/**
 * How the source being edited will read in a reference list, from the fields of the form around it: rendered
 * from the initial values on the server, then updated as the curator types.
 */
export function CitationPreview({ initial }: { initial: Values }) {
  const t = useTranslations("Curate.form");
  const tOrganization = useTranslations("Organization");
  const format = useFormatter();
  const [values, setValues] = useState(initial);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const update = () =>
      setValues(
        Object.fromEntries(
          [...new FormData(form).entries()].filter((e): e is [string, string] => typeof e[1] === "string"),
        ),
      );
    form.addEventListener("input", update);
    return () => form.removeEventListener("input", update);
  }, []);

  const orNull = (name: string) => text(values, name) || null;
  const year = text(values, "year");
  const accessedOn = text(values, "accessedOn");
  const accessedDate = /^\d{4}-\d{2}-\d{2}$/.test(accessedOn) ? new Date(`${accessedOn}T00:00:00Z`) : null;
  const source = {
    authors: orNull("authors"),
    title: text(values, "title"),
    publication: orNull("publication"),
    publisher: orNull("publisher"),
    place: orNull("place"),
    year: /^\d{4}$/.test(year) ? Number(year) : null,
    volume: orNull("volume"),
    issue: orNull("issue"),
    pages: orNull("pages"),
    doi: DOI_PATTERN.test(normalizeDoi(text(values, "doi"))) ? normalizeDoi(text(values, "doi")) : null,
    url: orNull("url"),
  };
  return (
    <section
      ref={ref}
      aria-labelledby="citation-heading"
      className="mt-8 rounded border border-stone-300 bg-stone-50 p-4"
    >
      <h2 id="citation-heading" className="text-xl font-semibold">
        {t("citationHeading")}
      </h2>
      <p className="mt-2">
        {source.title ? (
          <>
            <ReferenceText
              source={source}
              accessed={
                accessedDate && !Number.isNaN(accessedDate.getTime())
                  ? tOrganization("accessed", {
                      date: format.dateTime(accessedDate, { dateStyle: "long", timeZone: "UTC" }),
                    })
                  : null
              }
            />
            {"."}
          </>
        ) : (
          <span className="text-stone-700">{t("citationEmpty")}</span>
        )}
      </p>
    </section>
  );
}
