// The better-auth instance: email + password, sessions and rate-limit counters in PostgreSQL through Prisma,
// origin/CSRF checks on. Created on first use so `next build` needs neither a database nor a secret.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { readEnv } from "@/lib/env";
import { passwordResetMail } from "@/lib/mail/templates";
import { sendMail } from "@/lib/mail/send-mail";
import { routing } from "@/lib/i18n/routing";
import { authLogger } from "@/lib/observability/log";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address.mjs";
import { clientAddressOf } from "@/lib/security/request-address";
import { claimResetMail, endResetTokens } from "./reset-tokens";
import { auditHook, beforeHook, refuseBadName } from "./auth-hooks";
import { authOrigins } from "./origins";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./validation";

export const SIGN_IN_LIMIT = { window: 60, max: 10 };
export const RESET_REQUEST_LIMIT = { window: 300, max: 3 };

type Rule = { window: number; max: number };
/**
 * A per-address rule, or none for a request with no address: such requests would otherwise all share one bucket
 * ("no-trusted-ip") that one sender could fill for everyone. They remain under the per-account limits
 * (lib/auth/account-throttle.ts); behind scripts/serve-next.mjs every request has an address.
 */
const perAddress = (rule?: Rule) => (request: Request, current: Rule) =>
  clientAddressOf(request.headers) ? (rule ?? current) : false;

/** "/az/reset-password" → "az": the page the reset was asked from decides the mail's language. */
function localeOfCallback(url: string): string {
  const callback = new URL(url).searchParams.get("callbackURL") ?? "";
  const first = callback.split("/")[1] ?? "";
  return (routing.locales as readonly string[]).includes(first) ? first : routing.defaultLocale;
}

function createAuth() {
  const env = readEnv();
  const { baseURL, trustedOrigins } = authOrigins(env);
  return betterAuth({
    appName: "Diaspora Atlas",
    baseURL,
    trustedOrigins,
    secret: env.BETTER_AUTH_SECRET,
    telemetry: { enabled: false },
    // Failed sign-ins are in the audit log; better-auth's own warnings about them would only be noise.
    logger: authLogger,
    database: prismaAdapter(db, { provider: "postgresql" }),
    advanced: {
      database: { generateId: "uuid" },
      // On an https site the session cookie is __Secure-prefixed and Secure. Lax, not Strict: a signed-in curator
      // who follows a link from a mail (a review request) must arrive signed in; cross-site POSTs are refused by
      // the origin checks (better-auth's and Next's for server actions) anyway.
      useSecureCookies: baseURL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // The address scripts/serve-next.mjs resolved from the socket (lib/security/client-address.mjs), never the
      // client's own X-Forwarded-For: rate-limit keys, session rows and audit rows all use this one value.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    emailAndPassword: {
      enabled: true,
      // Accounts come from invitations and `npm run user:create` only.
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      // A completed reset ends every other link of the account (the one used is already consumed).
      onPasswordReset: async ({ user }) => void (await endResetTokens(user.id)),
      async sendResetPassword({ user, token, url }) {
        // Only the newest link works, and at most RESET_MAIL_LIMIT are mailed an hour; a link not mailed is ended.
        // The requester is told the same either way, so the answer reveals nothing about the account.
        if ((await claimResetMail(user.id, token)) !== "send") return;
        const locale = localeOfCallback(url);
        const link = `${baseURL}/${locale}/reset-password/${encodeURIComponent(token)}`;
        await sendMail(await passwordResetMail({ to: user.email, locale, link }));
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      modelName: "rateLimit",
      window: 60,
      max: 100,
      // First match wins; "/**" keeps better-auth's own rule for every other path, per address.
      customRules: {
        "/sign-in/email": perAddress(SIGN_IN_LIMIT),
        "/request-password-reset": perAddress(RESET_REQUEST_LIMIT),
        "/**": perAddress(),
      },
    },
    hooks: { before: beforeHook, after: auditHook },
    // Every write of a user row through better-auth, whatever the endpoint: the name rules hold there too.
    databaseHooks: {
      user: {
        create: { before: async (user) => void refuseBadName(user.name) },
        update: { before: async (user) => void ("name" in user ? refuseBadName(user.name) : undefined) },
      },
    },
    // Must stay last: copies Set-Cookie from auth.api calls made in server actions into Next's cookies().
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const cache = globalThis as unknown as { atlasAuth?: Auth };

export function getAuth(): Auth {
  return (cache.atlasAuth ??= createAuth());
}
