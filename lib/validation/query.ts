// Parsing of URL query parameters: a bad value falls back to the default instead of failing the page.
import { z } from "zod";

const page = z.coerce.number().int().min(1).max(100_000);

/** ?page=N as a positive whole number; anything else is page 1. */
export function pageNumber(value: string | string[] | undefined): number {
  const parsed = page.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : 1;
}
