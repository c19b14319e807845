"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAuth } from "../auth";
import { getCurrentUser, requestIp } from "../current-user";
import { failure, type FormState } from "../form-state";
import { actionLocale } from "./action-helpers";

// Signs out every other browser and device of the signed-in user; this one stays signed in.
export async function revokeOtherSessionsAction(_previous: FormState): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return failure({}, { formError: "signedOut" });
  await getAuth().api.revokeOtherSessions({ headers: await headers() });
  await recordAudit({
    action: "auth.other_sessions_revoked",
    actorId: user.userId,
    actorEmail: user.email,
    ipAddress: await requestIp(),
  });
  revalidatePath(`/${await actionLocale()}/account`);
  return { ok: true, values: {}, fieldErrors: {}, notice: "otherSessionsRevoked" };
}
