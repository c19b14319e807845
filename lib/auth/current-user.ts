// The actor behind the current request, read from the session cookie. Server components and actions only.
import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { headers } from "next/headers";
import { cache } from "react";
import { getAuth } from "./auth";
import { loadActor } from "./load-actor";
import type { Actor } from "./permissions";

export type CurrentUser = Actor & { sessionId: string };

/** The signed-in user with their roles, or null. Once per request; no database query without a session cookie. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers();
  if (!getSessionCookie(requestHeaders)) return null;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const actor = await loadActor(session.user.id);
  return actor ? { ...actor, sessionId: session.session.id } : null;
});

/** The client's address as the server received it, for the audit log. */
export async function requestIp(): Promise<string | null> {
  const forwarded = (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim();
  // "::ffff:127.0.0.1" is IPv4 seen through an IPv6 socket; write it as better-auth does.
  return forwarded?.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1") || null;
}
