// The proxy's gate for server-action requests. Next gives every "use cache" function a server reference id too (it
// is callable from the client by design: next.js discussion #94286, PR #71401), so the public readers in
// lib/cache and lib/api would be anonymous actions taking any argument. Next's id says which kind it is (the type
// bit of its first byte, next/dist/shared/lib/server-reference-info.js); only "use server" ids pass. Requests Next
// would answer with a 500 (a foreign or unparseable Origin, a body that is not a form, arguments
// its decoder throws on: ./action-body.ts) are refused here with a 4xx before Next reads them. Body sizes are
// refused before this gate (./body-limit.ts).
import { NextResponse, type NextRequest } from "next/server";
import { formPostActionIds, isFormActionReply, isPlainActionReply } from "./action-body";

/** Next's server reference ids: 42 lowercase hex digits, the first byte carrying the kind and the used arguments. */
const REFERENCE_ID = /^[0-9a-f]{42}$/;

export type ActionIdKind = "server-action" | "use-cache" | "malformed";

/** What a Next-Action id (or an id named inside a form posted without JavaScript) refers to. */
export function actionIdKind(id: string): ActionIdKind {
  if (!REFERENCE_ID.test(id)) return "malformed";
  return parseInt(id.slice(0, 2), 16) & 0x80 ? "use-cache" : "server-action";
}

const refuse = (status: number, reason: string) =>
  new NextResponse(reason, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/** Next compares the Origin's host with X-Forwarded-Host's first entry, else Host; a mismatch is its 500. */
function originMatches(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true; // Not a browser: no ambient credentials to forge (Next lets it through too).
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  return originHost !== "" && originHost === (forwarded || request.headers.get("host"));
}

const isPlainText = (request: NextRequest) => /^text\/plain\s*(;|$)/i.test(request.headers.get("content-type") ?? "");
const isMultipart = (request: NextRequest) =>
  /^multipart\/form-data\s*;\s*boundary=/i.test(request.headers.get("content-type") ?? "");

/** The posted form, read from a copy (Next reads the body again), or null when it is not valid multipart. */
async function readForm(request: NextRequest): Promise<FormData | null> {
  try {
    return await request.clone().formData();
  } catch {
    return null;
  }
}

/** A refusal for an action request that must not reach Next's action handler, or null to let it through. */
export async function guardActionRequest(request: NextRequest): Promise<Response | null> {
  if (request.method !== "POST" || request.nextUrl.pathname.startsWith("/api/")) return null;
  const header = request.headers.get("next-action");
  if (header !== null) {
    const kind = actionIdKind(header);
    if (kind === "malformed") return refuse(400, "Invalid action.");
    if (kind === "use-cache") return refuse(404, "No such action.");
    if (!originMatches(request)) return refuse(403, "Cross-origin action.");
    // React posts multipart when the arguments hold a form, and the JSON argument list as plain text otherwise
    // (an action using neither its form nor more than its previous state); anything else is not ours.
    if (isPlainText(request))
      return isPlainActionReply(await request.clone().text()) ? null : refuse(400, "Malformed action arguments.");
    if (!isMultipart(request)) return refuse(415, "An action takes a form.");
    const form = await readForm(request);
    return form && isFormActionReply(form) ? null : refuse(400, "Malformed action arguments.");
  }
  // A form posted without JavaScript: only a multipart post can carry an action (Next ignores other bodies).
  if (!isMultipart(request)) return null;
  if (!originMatches(request)) return refuse(403, "Cross-origin action.");
  const form = await readForm(request);
  if (!form) return refuse(400, "Malformed form.");
  const ids = formPostActionIds(form);
  if (ids === null || ids.some((id) => actionIdKind(id) === "malformed")) return refuse(400, "Invalid action.");
  if (ids.some((id) => actionIdKind(id) === "use-cache")) return refuse(404, "No such action.");
  return null;
}
