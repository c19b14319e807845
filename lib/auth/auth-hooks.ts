import "server-only";
import { APIError, createAuthMiddleware, getIP } from "better-auth/api";
import { recordAudit } from "@/lib/audit/record-audit";
import { nameProblem, passwordProblem } from "./validation";

/** Endpoints that set a password, and the body field holding it. Sign-up is disabled but checked all the same. */
const PASSWORD_FIELDS: Record<string, string> = {
  "/reset-password": "newPassword",
  "/change-password": "newPassword",
  "/set-password": "newPassword",
  "/sign-up/email": "password",
};

/** Endpoints that set a display name: any signed-in user may call /update-user with a name of their choice. */
const NAME_PATHS = new Set(["/update-user", "/sign-up/email"]);

/** Refuses a display name that breaks the project's rules (invisible characters, an address, markup). */
export function refuseBadName(name: unknown): void {
  const problem = nameProblem(name);
  if (problem) throw new APIError("BAD_REQUEST", { code: problem, message: `Name refused: ${problem}` });
}

/**
 * Applies the project's password policy (common-password list included) and name rules to better-auth's own
 * endpoints too.
 */
export const passwordPolicyHook = createAuthMiddleware(async (ctx) => {
  if (NAME_PATHS.has(ctx.path) && ctx.body && "name" in ctx.body) refuseBadName(ctx.body.name);
  const field = PASSWORD_FIELDS[ctx.path];
  const value: unknown = field ? ctx.body?.[field] : undefined;
  if (typeof value !== "string") return;
  const problem = passwordProblem(value, typeof ctx.body?.email === "string" ? ctx.body.email : undefined);
  if (problem) throw new APIError("BAD_REQUEST", { code: problem, message: `Password refused: ${problem}` });
});

/** better-auth's answer to a completed reset is { status: true }; every refusal is an Error of some class. */
function resetSucceeded(returned: unknown): boolean {
  return !(returned instanceof Error) && typeof returned === "object" && returned !== null && (returned as { status?: unknown }).status === true;
}

/** Writes sign-ins, failed sign-ins and completed password resets to the audit log, whoever called the endpoint. */
export const auditHook = createAuthMiddleware(async (ctx) => {
  const request = ctx.request ?? (ctx.headers ? { headers: ctx.headers } : undefined);
  const ipAddress = request ? getIP(request as Request, ctx.context.options) : null;
  if (ctx.path === "/sign-in/email") {
    const newSession = ctx.context.newSession;
    if (newSession) {
      await recordAudit({ action: "auth.sign_in", actorId: newSession.user.id, actorEmail: newSession.user.email, ipAddress });
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
