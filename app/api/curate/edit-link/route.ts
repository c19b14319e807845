import { getCurrentUser } from "@/lib/auth/current-user";
import { editHref } from "@/lib/curation/edit-link";
import { withRequestLog } from "@/lib/observability/route-log";

export const dynamic = "force-dynamic";

// GET ?kind=organization&slug=… → {"href": "/curate/organizations/…/edit"} for a curator who may edit the entry,
// {"href": null} for anyone else. Private to the session: the public page it serves is cached for everyone.
export const GET = withRequestLog(async (request: Request) => {
  const url = new URL(request.url);
  const user = await getCurrentUser();
  const href = await editHref(user, url.searchParams.get("kind") ?? "", url.searchParams.get("slug") ?? "");
  return Response.json({ href }, { headers: { "cache-control": "private, no-store", vary: "cookie" } });
});
