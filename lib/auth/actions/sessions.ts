"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { failure } from "@/lib/actions/form-state";
import { actionLocale } from "@/lib/actions/locale";
import { recordAudit } from "@/lib/audit/record-audit";
import { getAuth } from "../auth";
import { getCurrentUser, requestIp } from "../current-user";
import { authForm } from "./action-helpers";

// Signs out every other browser and device of the signed-in user; this one stays signed in.
export const revokeOtherSessionsAction = defineAction({
  ...authForm(),
  // The form has no fields: the session is all the action needs.
  read: () => ({}),
  run: async () => {
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
  },
});
