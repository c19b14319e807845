// Zod issues as the error codes beside a form's fields: the one mapper every schema's failures go through.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;

/**
 * Issues keyed by form field name, codes de-duplicated; an issue with no path is about the whole form ("form").
 * `depth` says how many path segments name a field: 1 for flat forms ("email"), 2 for per-locale texts
 * ("name.ru"), 3 for rows of a list ("channel.0.url"); it is given the path's first segment.
 */
export function zodFieldErrors(error: z.ZodError, depth: (head: string) => number = () => 1): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length
      ? issue.path
          .slice(0, depth(String(issue.path[0])))
          .map(String)
          .join(".")
      : "form";
    const list = (errors[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return errors;
}
