import "server-only";
// The absolute links of the atlas's mails, and the token of a visitor's digest links: an HMAC of the digest's id with
// a key derived from the server secret, so the links cannot be guessed and nothing secret is stored.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { siteUrl } from "@/lib/seo/site-url";

// Development without `npm run serve` may have no secret; production always has one (scripts/start.ts).
const DEVELOPMENT_KEY = "diaspora-atlas-development-only";

/** An address on the site as mails give it (SITE_URL, or the local server). */
export const absolute = (path: string) => `${siteUrl().replace(/\/$/, "")}${path}`;

function key(): string {
  const secret = env.BETTER_AUTH_SECRET ?? (env.NODE_ENV === "production" ? null : DEVELOPMENT_KEY);
  if (!secret) throw new Error("BETTER_AUTH_SECRET is required to sign digest links");
  return createHmac("sha256", secret).update("event-digest-links").digest("hex");
}

export function digestToken(id: string): string {
  return createHmac("sha256", key()).update(id).digest("base64url");
}

export function validDigestToken(id: string, token: string): boolean {
  const expected = Buffer.from(digestToken(id));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The digest's links: the page that confirms it, the page and the one-click address (RFC 8058) that end it. */
export function digestLinks(id: string, locale: string) {
  const query = new URLSearchParams({ id, token: digestToken(id) }).toString();
  return {
    confirm: absolute(`/${locale}/subscribe/confirm?${query}`),
    unsubscribePage: absolute(`/${locale}/subscribe/unsubscribe?${query}`),
    oneClick: absolute(`/api/unsubscribe?${query}`),
  };
}
