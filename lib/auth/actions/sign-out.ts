"use server";

import { headers } from "next/headers";
import { defineAction } from "@/lib/actions/define-action";
import { actionLocale } from "@/lib/actions/locale";
import { recordAudit } from "@/lib/audit/record-audit";
import { redirect } from "@/lib/i18n/navigation";
import { getAuth } from "../auth";
import { getCurrentUser, requestIp } from "../current-user";

// Ends this browser's session and returns to the home page.
export const signOutAction = defineAction<null, void>({
  log: "sign-out failed",
  read: () => null,
  refuse: () => undefined,
  run: async () => {
    const user = await getCurrentUser();
    if (user) {
      await getAuth().api.signOut({ headers: await headers() });
      await recordAudit({
        action: "auth.sign_out",
        actorId: user.userId,
        actorEmail: user.email,
        ipAddress: await requestIp(),
      });
    }
    redirect({ href: "/", locale: await actionLocale() });
  },
});
