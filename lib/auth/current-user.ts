// The actor behind the current request, read from the session cookie. Server components and actions only.
import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { headers } from "next/headers";
import { cache } from "react";
import { clientAddressOf } from "@/lib/security/request-address";
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

/** The client's address (lib/security/request-address.ts), for the audit log and the per-address limits. */
export async function requestIp(): Promise<string | null> {
  return clientAddressOf(await headers());
}
