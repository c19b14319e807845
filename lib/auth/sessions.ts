import "server-only";
import { headers } from "next/headers";
import { getAuth } from "./auth";

export type SessionView = {
  id: string;
  createdAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
  current: boolean;
};

/** The signed-in user's sessions that have not expired, the current one first, then the most recently active. */
export async function listMySessions(currentSessionId: string): Promise<SessionView[]> {
  const sessions = await getAuth().api.listSessions({ headers: await headers() });
  return sessions
    .map((s) => ({
      id: s.id,
      createdAt: new Date(s.createdAt),
      lastActiveAt: new Date(s.updatedAt),
      expiresAt: new Date(s.expiresAt),
      ipAddress: s.ipAddress ?? null,
      userAgent: s.userAgent ?? null,
      current: s.id === currentSessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.lastActiveAt.getTime() - a.lastActiveAt.getTime());
}
