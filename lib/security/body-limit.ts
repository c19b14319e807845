// Request body limits, enforced in proxy.ts from the Content-Length header before anything reads the body. Next's
// own server-action limit (next.config.ts) is one number for every action and answers an overrun with a 500 after
// buffering it; here each action gets its own bound and an overrun gets a 413 at once.
// Relative: next.config.ts loads this file without the "@/" alias.
import { MAX_IMPORT_BYTES } from "../import/limits";

/** Every form of the site fits with room to spare: 16 languages × 5 000 characters is under 160 KB of UTF-8. */
export const BODY_LIMIT = 256 * 1024;
/** An import file (lib/import/limits.ts; iCalendar files are smaller) plus the multipart envelope and form fields. */
export const IMPORT_BODY_LIMIT = MAX_IMPORT_BYTES + 64 * 1024;
/** The modules whose server actions take an import file. */
export const IMPORT_ACTION_FILES = ["lib/import/actions.ts", "lib/feeds/import/actions.ts"];
// A form posted without JavaScript names its action inside the body: on the import pages it may be an import.
const IMPORT_PAGE = /^\/[a-z]{2}\/admin\/import(?:\/ical)?\/?$/;

type Refusal = { status: 411 | 413; limit: number };

/**
 * Whether to refuse a request by its declared size. A body without a Content-Length (chunked) could be of any
 * size, and browsers always send one for forms and server actions: refused with 411. Node reads no more than the
 * declared length as the body, so the header cannot understate it.
 */
export function bodyRefusal(
  request: { method: string; headers: Headers; pathname: string },
  isImportAction: (id: string) => boolean,
): Refusal | null {
  const actionId = request.headers.get("next-action");
  const limit =
    actionId !== null
      ? isImportAction(actionId)
        ? IMPORT_BODY_LIMIT
        : BODY_LIMIT
      : IMPORT_PAGE.test(request.pathname) && request.method === "POST"
        ? IMPORT_BODY_LIMIT
        : BODY_LIMIT;
  const declared = request.headers.get("content-length");
  if (declared === null) return request.headers.has("transfer-encoding") ? { status: 411, limit } : null;
  return Number(declared) > limit ? { status: 413, limit } : null;
}
