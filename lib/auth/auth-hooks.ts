import "server-only";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { recordAudit } from "@/lib/audit/record-audit";
import { clientAddressOf } from "@/lib/security/request-address";
import { clearSignInFailures, reserveSignInAttempt } from "./account-throttle";
import { nameProblem, passwordProblem } from "./validation";

/** better-auth's answer (429) while an account's sign-in delay runs; the sign-in form shows it as "rateLimited". */
export const SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";

/** Endpoints that set a password, and the body field holding it. Sign-up is disabled but checked all the same. */
const PASSWORD_FIELDS: Record<string, string> = {
  "/reset-password": "newPassword",
  "/change-password": "newPassword",
  "/set-password": "newPassword",
  "/sign-up/email": "password",
};

type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

const addressOf = (ctx: HookContext) => clientAddressOf(ctx.request?.headers ?? ctx.headers ?? new Headers());

/** Endpoints that set a display name: any signed-in user may call /update-user with a name of their choice. */
const NAME_PATHS = new Set(["/update-user", "/sign-up/email"]);

/** Refuses a display name that breaks the project's rules (invisible characters, an address, markup). */
export function refuseBadName(name: unknown): void {
  const problem = nameProblem(name);
  if (problem) throw new APIError("BAD_REQUEST", { code: problem, message: `Name refused: ${problem}` });
}

/**
 * Before better-auth's endpoints: the project's name rules and password policy (common-password list included) on
 * those that set them, and the per-account sign-in delay on /sign-in/email, checked before the password is, so a
 * guess made during the delay learns nothing, from whichever address it comes.
 */
export const beforeHook = createAuthMiddleware(async (ctx) => {
  // The body is whatever JSON was sent: a string or an array has no name to check (better-auth refuses it).
  const body: unknown = ctx.body;
  if (NAME_PATHS.has(ctx.path) && typeof body === "object" && body !== null && "name" in body) refuseBadName(body.name);
  const field = PASSWORD_FIELDS[ctx.path];
  const value: unknown = field ? ctx.body?.[field] : undefined;
  if (typeof value === "string") {
    const problem = passwordProblem(value, typeof ctx.body?.email === "string" ? ctx.body.email : undefined);
    if (problem) throw new APIError("BAD_REQUEST", { code: problem, message: `Password refused: ${problem}` });
  }
  if (ctx.path === "/sign-in/email" && typeof ctx.body?.email === "string") {
    const verdict = await reserveSignInAttempt(ctx.body.email);
    if (!verdict.allowed) {
      const email = ctx.body.email.slice(0, 254);
      await recordAudit({
        action: "auth.sign_in_rate_limited",
        actorEmail: email,
        ipAddress: addressOf(ctx),
        details: { by: "account", retryAfterSeconds: verdict.retryAfterSeconds },
      });
      throw new APIError(
        "TOO_MANY_REQUESTS",
        { code: SIGN_IN_THROTTLED, message: "Too many failed sign-ins for this account. Try again later." },
        { "Retry-After": String(verdict.retryAfterSeconds) },
      );
    }
  }
});

/** better-auth's answer to a completed reset is { status: true }; every refusal is an Error of some class. */
function resetSucceeded(returned: unknown): boolean {
  return (
    !(returned instanceof Error) &&
    typeof returned === "object" &&
    returned !== null &&
    (returned as { status?: unknown }).status === true
  );
}

/**
 * Writes sign-ins, failed sign-ins and completed password resets to the audit log, whoever called the endpoint;
 * a successful sign-in ends the account's run of failures.
 */
export const auditHook = createAuthMiddleware(async (ctx) => {
  const ipAddress = addressOf(ctx);
  if (ctx.path === "/sign-in/email") {
    const newSession = ctx.context.newSession;
    if (newSession) {
      if (typeof ctx.body?.email === "string") await clearSignInFailures(ctx.body.email);
      await recordAudit({
        action: "auth.sign_in",
        actorId: newSession.user.id,
        actorEmail: newSession.user.email,
        ipAddress,
      });
    } else {
      const returned = ctx.context.returned;
      const code = returned instanceof APIError ? String(returned.body?.code ?? returned.status) : "UNKNOWN";
      const email = typeof ctx.body?.email === "string" ? ctx.body.email.slice(0, 254) : null;
      await recordAudit({ action: "auth.sign_in_failed", actorEmail: email, ipAddress, details: { code } });
    }
  }
  // Only a reset that happened: a refused body comes back as an error that is not better-auth/api's APIError class.
  if (ctx.path === "/reset-password" && resetSucceeded(ctx.context.returned)) {
    await recordAudit({ action: "auth.password_reset", ipAddress });
  }
});
