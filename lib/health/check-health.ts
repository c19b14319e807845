// What /api/health reports: the app's version and uptime, and whether the database answers a query now.
import "server-only";
import packageJson from "@/package.json";
import { probeDatabase } from "@/lib/db/availability";

export type Health = {
  status: "ok" | "unavailable";
  version: string;
  /** Seconds since this server process started. */
  uptime: number;
  database: { status: "up" | "down"; latencyMs: number | null };
};

/** Never waits longer than the probe's bound (lib/db/availability.ts: PROBE_TIMEOUT_MS, per step). */
export async function checkHealth(databaseUrl?: string): Promise<Health> {
  const database = await probeDatabase(databaseUrl);
  const up = database.state === "up";
  return {
    status: up ? "ok" : "unavailable",
    version: packageJson.version,
    uptime: Math.round(process.uptime()),
    database: { status: up ? "up" : "down", latencyMs: up ? database.latencyMs : null },
  };
}
