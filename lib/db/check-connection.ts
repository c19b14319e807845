// Turns "cannot reach the database" into one clear line instead of a driver stack trace.
import pg from "pg";

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** postgres://user:***@host:port/db, for messages: never print a password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    u.search = "";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}

export async function checkConnection(url: string, timeoutMs = 5_000): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUnavailableError(
      "DATABASE_URL is not a valid URL (expected postgresql://user:password@host:5432/database)",
    );
  }
  if (!["postgres:", "postgresql:"].includes(parsed.protocol)) {
    throw new DatabaseUnavailableError(`DATABASE_URL must start with postgresql:// (got ${parsed.protocol}//)`);
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const reason = e.code && !/^\d/.test(e.code) ? `${e.code}: ${e.message}` : e.message;
    throw new DatabaseUnavailableError(
      `Cannot connect to the database at ${describeDatabaseUrl(url)} (${reason.split("\n")[0]}). ` +
        "Check DATABASE_URL, or unset it to use the embedded database.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}
