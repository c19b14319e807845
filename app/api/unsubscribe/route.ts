// The one-click unsubscribe address of the visitors' event digests (RFC 8058): a mail client POSTs
// "List-Unsubscribe=One-Click" here and the digest is deleted, with no page and no cookie; the token in the address is
// the credential. A GET (someone opening the address) goes to the page that asks first.
import { NextResponse } from "next/server";
import { findDigestByLink, unsubscribeDigest } from "@/lib/notifications/digests";
import { absolute } from "@/lib/notifications/links";
import { withRequestLog } from "@/lib/observability/route-log";

export const dynamic = "force-dynamic";

const query = (request: Request) => {
  const url = new URL(request.url);
  return { id: url.searchParams.get("id") ?? undefined, token: url.searchParams.get("token") ?? undefined };
};

export const POST = withRequestLog(async (request: Request) => {
  const result = await unsubscribeDigest(query(request));
  return new Response(result.ok ? "Unsubscribed.\n" : "This link is not valid.\n", {
    status: result.ok ? 200 : 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
});

export const GET = withRequestLog(async (request: Request) => {
  const { id, token } = query(request);
  const digest = await findDigestByLink({ id, token });
  const params = new URLSearchParams({ id: id ?? "", token: token ?? "" });
  return NextResponse.redirect(absolute(`/${digest?.locale ?? "ru"}/subscribe/unsubscribe?${params}`), 303);
});
