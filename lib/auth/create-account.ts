import "server-only";
import { hashPassword } from "better-auth/crypto";
import type { Prisma } from "@/lib/db/generated/client";
import { Conflict } from "@/lib/errors";
import type { RoleScope } from "./schemas";
import { nameProblem, passwordProblem } from "./validation";
import { writeRoleAssignment } from "./roles/write-role";

/** Hashes a new password the way better-auth verifies it (scrypt), after the project's policy accepts it. */
export async function hashNewPassword(password: string, email: string): Promise<string> {
  const problem = passwordProblem(password, email);
  if (problem) throw new Conflict(problem);
  return hashPassword(password);
}

type NewAccount = {
  email: string;
  name: string;
  passwordHash: string | null;
  scope: RoleScope;
  grantedById: string | null;
};

/** A user, their password (better-auth's "credential" account) and their first role, inside the caller's transaction. */
export async function createAccount(tx: Prisma.TransactionClient, account: NewAccount) {
  const email = account.email.toLowerCase();
  // Every way an account is made (invitation, `npm run user:create`) passes here: the display name rules hold.
  const problem = nameProblem(account.name);
  if (problem) throw new Conflict(problem);
  if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new Conflict("accountExists");
  // The address is proven: the invitation reached it, or an operator typed it on the server.
  const user = await tx.user.create({
    data: { email, name: account.name, emailVerified: true },
    select: { id: true, email: true },
  });
  if (account.passwordHash) {
    await tx.account.create({
      data: { userId: user.id, accountId: user.id, providerId: "credential", password: account.passwordHash },
    });
  }
  const role = await writeRoleAssignment(tx, user.id, account.scope, account.grantedById);
  return { user, role };
}
