import "server-only";
import { getDraft, type Draft } from "./get-draft";
import { organizationKind } from "@/lib/organizations/kind";
import type { OrganizationSnapshot } from "@/lib/organizations/schema";

export type OrganizationDraft = Draft<OrganizationSnapshot>;

/** The organization edit form's starting point (see getDraft). */
export const getOrganizationDraft = (slug: string, authorId: string): Promise<OrganizationDraft | null> =>
  getDraft(organizationKind, slug, authorId);
