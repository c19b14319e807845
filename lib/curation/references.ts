import "server-only";
import { db } from "@/lib/db/client";
import type { OrganizationSnapshot } from "./organization-schema";

/** Field errors for diasporas or countries that do not exist (a crafted or outdated form), or null. */
export async function checkReferences(snapshot: OrganizationSnapshot): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {};
  const diasporas = await db.diaspora.count({ where: { id: { in: snapshot.diasporaIds } } });
  if (diasporas !== snapshot.diasporaIds.length) errors.diasporaIds = ["unknownReference"];
  const countries = await db.country.count({ where: { code: { in: snapshot.countryCodes } } });
  if (countries !== snapshot.countryCodes.length) errors.countryCodes = ["unknownReference"];
  return Object.keys(errors).length ? errors : null;
}
