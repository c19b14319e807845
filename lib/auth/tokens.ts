import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: the part of an invitation link that only the invitee's mailbox sees. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps instead of the token: a leaked table cannot be turned into working links. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
