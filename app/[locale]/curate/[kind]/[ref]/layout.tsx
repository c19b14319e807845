import type { ReactNode } from "react";
import { RefusalProvider } from "@/components/curation/refusal-slot";
import { RefusedEdit } from "@/components/curation/refused-edit";
import { editRefusal } from "@/lib/curation/edit-refusal";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; kind: string; ref: string }>; children: ReactNode };

// An entry's curation pages (edit, history): when its diasporas are not the curator's, the page answers 403
// (forbidden()) and ./forbidden.tsx shows the explanation prepared here, where the entry is known.
export default async function EntryCurationLayout({ params, children }: Props) {
  const locale = await resolvePageLocale(params);
  const { kind, ref } = await params;
  const refusal = await editRefusal(kind, decodeURIComponent(ref), locale);
  return <RefusalProvider refusal={refusal ? <RefusedEdit refusal={refusal} /> : null}>{children}</RefusalProvider>;
}
