import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { organizationKind } from "@/lib/organizations/kind";
import type { CurationResult } from "./result";
import { submitRevision, type SubmitOptions } from "./submit-revision";

/** A curator's new or edited organization, as a pending revision (see submitRevision). */
export const submitOrganization = (
  actor: Actor | null,
  values: Record<string, string | string[]>,
  options: SubmitOptions = {},
): Promise<CurationResult> => submitRevision(organizationKind, actor, values, options);
