// The API's page cursors: where the previous page of a list ended, as that row's sort-key values (lib/db/keyset.ts)
// and the order they belong to, in base64url JSON. Opaque to clients by contract, but not a secret: a forged cursor
// is only a position, checked value by value against the order's keys before it reaches the query as parameters.
import { isKeyValue, keyValue, type KeyValue, type SortKey } from "@/lib/db/keyset";
import { invalidParameter } from "./http/errors";
import { PARAMETERS } from "./parameters";

export function encodeCursor(order: string, keys: readonly SortKey[], row: Record<string, unknown>): string {
  const values = keys.map((k, i) => keyValue(k, row[`k${i}`]));
  return Buffer.from(JSON.stringify([order, ...values]), "utf8").toString("base64url");
}

/** The key values a cursor holds, or a 400 naming `cursor` when it is not one of `order`'s. */
export function decodeCursor(raw: string, order: string, keys: readonly SortKey[]): KeyValue[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    decoded = undefined;
  }
  if (!Array.isArray(decoded) || decoded.length !== keys.length + 1)
    throw invalidParameter("cursor", `cursor ${PARAMETERS.cursor.invalid}.`);
  const [belongsTo, ...values] = decoded as unknown[];
  if (belongsTo !== order)
    throw invalidParameter(
      "cursor",
      "cursor belongs to another order of this list: keep sort, when and lang as in the request whose next_cursor it is.",
    );
  if (!values.every((value, i) => isKeyValue(keys[i]!, value)))
    throw invalidParameter("cursor", `cursor ${PARAMETERS.cursor.invalid}.`);
  return values as KeyValue[];
}
