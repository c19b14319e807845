// Session cookies are signed with BETTER_AUTH_SECRET. When it is not set, `npm run serve` generates one
// once and keeps it beside the embedded database (.data/auth-secret, readable by the owner only), so
// sessions survive restarts and `npm install && npm start` needs no configuration.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Env } from "../../lib/env";

export const SECRET_FILE = path.resolve(".data", "auth-secret");

export async function ensureAuthSecret(env: Env, file = SECRET_FILE): Promise<string> {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const stored = (await readFile(file, "utf8").catch(() => "")).trim();
  if (stored.length >= 32) return stored;
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  console.log(
    `Generated a session secret in ${path.relative(process.cwd(), file)} (set BETTER_AUTH_SECRET to choose your own).`,
  );
  return secret;
}
