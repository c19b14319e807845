// The code path of `npm run user:create`: the first admin (or any role) without going through the web.
import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/connect";
import { createAccount, hashNewPassword } from "./create-account";
import { createInvitation } from "./invitations/create-invitation";
import type { RoleScope } from "./schemas";

export type CreateUserOptions = {
  email: string;
  name?: string;
  scope: RoleScope;
  password?: string;
  locale: string;
  origin: string;
};

export type CreateUserResult = { kind: "created"; userId: string } | { kind: "invited"; link: string; expiresAt: Date };

/** With a password: the account, ready to sign in. Without: a one-time invitation link to set one. */
export async function createUser(client: Database, options: CreateUserOptions): Promise<CreateUserResult> {
  const email = options.email.toLowerCase();
  if (options.password === undefined) {
    const invitation = await createInvitation(
      { ...options.scope, email, name: options.name, locale: options.locale, origin: options.origin, invitedBy: null },
      client,
    );
    return { kind: "invited", link: invitation.link, expiresAt: invitation.expiresAt };
  }
  const passwordHash = await hashNewPassword(options.password, email);
  const name = options.name ?? email.split("@")[0]!;
  const { user } = await client.$transaction(async (tx) => {
    const created = await createAccount(tx, { email, name, passwordHash, scope: options.scope, grantedById: null });
    await recordAudit(
      {
        action: "user.created",
        targetType: "user",
        targetId: created.user.id,
        details: { ...created.role, via: "cli" },
      },
      tx,
    );
    return created;
  });
  return { kind: "created", userId: user.id };
}
