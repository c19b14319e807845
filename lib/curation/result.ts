// What curation actions return to their forms. Codes are translated with next-intl (Curate.errors.<code>).
import type { FormState } from "@/lib/actions/form-state";
import type { SimilarOrganization } from "@/lib/organizations/similar-organization";

/** One field where the published entry moved on since the edit started: both values, as displayed text. */
export type ConflictField = { field: string; published: string; yours: string };

export type CurationFormState = FormState & {
  conflict?: ConflictField[];
  publishedVersion?: number;
  revisionId?: string;
  duplicates?: SimilarOrganization[];
};

export { DATABASE_UNAVAILABLE } from "@/lib/actions/form-state";

export const initialCurationState: CurationFormState = { ok: false, values: {}, fieldErrors: {} };

/** The outcome of a curation command, before it is shaped for a form. */
export type CurationResult =
  | {
      ok: true;
      revisionId: string;
      entityId: string | null;
      slug: string;
      /** What an approval published: cache tags to expire. */ expires?: string[];
      /** Web addresses the approval published that the entry did not give before (checked at once: lib/links). */
      newAddresses?: string[];
    }
  | {
      ok: false;
      fieldErrors: Record<string, string[]>;
      formError?: string;
      conflict?: ConflictField[];
      publishedVersion?: number;
      duplicates?: SimilarOrganization[];
    };
