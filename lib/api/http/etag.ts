import { createHash } from "node:crypto";

/**
 * A weak validator from the body's bytes: weak because a proxy (or Next's compression) may re-encode the
 * body, and the representation is only semantically the same then.
 */
export function etagOf(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** If-None-Match uses weak comparison (RFC 9110 §13.1.2): `*`, or any listed tag with the same opaque value. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const ours = opaque(etag);
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === ours);
}
