import type { Draft } from "@/lib/curation/get-draft";
import { sourceValues } from "@/lib/sources/form-values";
import type { SourceSnapshot } from "@/lib/sources/schema";
import type { EditorProps } from "./editors";
import { SourceForm } from "./source-form";

/** The source form: a new entry (`draft` null) or the draft of a published one. Sources need no choices loaded. */
export async function SourceEditor({ draft, restartHref }: EditorProps & { draft: Draft<SourceSnapshot> | null }) {
  const initialValues = draft
    ? sourceValues(draft.snapshot, { id: draft.id ?? undefined, version: draft.version })
    : { version: "0" };
  return <SourceForm isNew={!draft?.id} initialValues={initialValues} restartHref={restartHref} />;
}
