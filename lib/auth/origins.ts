import { readEnv, type Env } from "@/lib/env";

/**
 * Where better-auth lives and which origins may post to it: the public origin (SITE_URL), or without it the
 * local server under both of its usual names.
 */
export function authOrigins(env: Env = readEnv()): { baseURL: string; trustedOrigins: string[] } {
  if (env.SITE_URL) {
    const origin = new URL(env.SITE_URL).origin;
    return { baseURL: origin, trustedOrigins: [origin] };
  }
  const local = [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`];
  return { baseURL: local[0]!, trustedOrigins: local };
}
