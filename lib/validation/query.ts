// Parsing of URL query parameters: a bad value falls back to the default instead of failing the page.
import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

const page = z.coerce.number().int().min(1).max(100_000);

/** The first value of a repeated parameter. */
export function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** ?page=N as a positive whole number; anything else is page 1. */
export function pageNumber(value: string | string[] | undefined): number {
  const parsed = page.safeParse(firstValue(value));
  return parsed.success ? parsed.data : 1;
}
