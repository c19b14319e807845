// Parsing of URL query parameters: a bad value falls back to the default instead of failing the page.
import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

const page = z.coerce.number().int().min(1).max(100_000);

/** The first value of a repeated parameter. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  // Only a string is a value: whatever else reaches here (a prototype's method) is no value at all.
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

/** ?page=N as a positive whole number; anything else is page 1. */
export function pageNumber(value: string | string[] | undefined): number {
  const parsed = page.safeParse(firstValue(value));
  return parsed.success ? parsed.data : 1;
}

/** A calendar day as YYYY-MM-DD (years 1000–9999), checked to exist: 2020-13-45 and 2021-02-30 are rejected. */
export const isoDateParam = z
  .string()
  .trim()
  .regex(/^[1-9]\d{3}-\d{2}-\d{2}$/)
  .refine((value) => {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  });

/** A month as YYYY-MM (years 1000–9999). */
export const monthParam = z
  .string()
  .trim()
  .regex(/^[1-9]\d{3}-(0[1-9]|1[0-2])$/);

/** A language tag with its language subtag lowercased (`HY-Latn` → `hy-Latn`); the other subtags keep their case. */
export function lowercaseLanguage(tag: string): string {
  const dash = tag.indexOf("-");
  return dash === -1 ? tag.toLowerCase() : tag.slice(0, dash).toLowerCase() + tag.slice(dash);
}
