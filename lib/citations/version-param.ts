// ?version=N on an organization or event page: the permanent address of one published version.
import { z } from "zod";
import { firstValue } from "@/lib/validation/query";

const version = z
  .string()
  .regex(/^[1-9]\d{0,8}$/)
  .transform(Number);

/** The version asked for, or undefined when absent or not a positive whole number (then the page is the current one). */
export function versionParam(value: string | string[] | undefined): number | undefined {
  const parsed = version.safeParse(firstValue(value));
  return parsed.success ? parsed.data : undefined;
}

/** The page's address for one version: /organizations/ojag?version=3. */
export function versionHref(pathname: string, version: number | null): string {
  return version === null ? pathname : `${pathname}?version=${version}`;
}
