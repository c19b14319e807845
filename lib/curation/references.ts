import "server-only";
import type { Tx } from "./kinds/types";

/** Field errors for diasporas or countries that do not exist (a crafted or outdated form), or null. */
export async function checkReferences(
  client: Tx,
  snapshot: { diasporaIds: string[]; countryCodes: string[] },
): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {};
  const diasporas = await client.diaspora.count({ where: { id: { in: snapshot.diasporaIds } } });
  if (diasporas !== snapshot.diasporaIds.length) errors.diasporaIds = ["unknownReference"];
  const countries = await client.country.count({ where: { code: { in: snapshot.countryCodes } } });
  if (countries !== snapshot.countryCodes.length) errors.countryCodes = ["unknownReference"];
  return Object.keys(errors).length ? errors : null;
}
