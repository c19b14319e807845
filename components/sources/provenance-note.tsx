import { getTranslations } from "next-intl/server";
import { needsNote, type TextProvenance } from "@/lib/sources/text-provenance";

type Kind = "name" | "description";

/**
 * Beside a name or text no cited source contains: who wrote it ("translated by the atlas", "entered by a curator",
 * "machine translation"). A name is the atlas's translation when the entry holds a name from a source or a curator
 * to translate, otherwise the atlas's own wording. Nothing for text from a source or of unrecorded provenance.
 */
export async function ProvenanceNote({
  provenance,
  kind,
  translated = true,
}: {
  provenance: TextProvenance | null | undefined;
  kind: Kind;
  /** For a name of the atlas's: whether another name of the entry (from a source or a curator) is what it translates. */
  translated?: boolean;
}) {
  if (!needsNote(provenance)) return null;
  const t = await getTranslations("Provenance");
  const text =
    provenance === "CURATOR"
      ? t("curator")
      : provenance === "VISITOR"
        ? t("visitor")
        : provenance === "MACHINE"
          ? t("machine")
          : kind === "description"
            ? t("descriptionWritten")
            : translated
              ? t("nameTranslated")
              : t("nameWritten");
  return (
    <span className="ml-1 text-sm text-stone-600 italic" data-provenance={provenance}>
      ({text})
    </span>
  );
}

/** Whether an entry's name of the atlas's translates another it holds from a source or a curator. */
export const translatesAnother = (names: readonly { provenance?: TextProvenance | null }[]) =>
  names.some((n) => n.provenance === "SOURCE" || n.provenance === "CURATOR" || n.provenance === "VISITOR");
