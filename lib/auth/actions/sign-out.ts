"use server";

import { headers } from "next/headers";
import { recordAudit } from "@/lib/audit/record-audit";
import { redirect } from "@/lib/i18n/navigation";
import { getAuth } from "../auth";
import { getCurrentUser, requestIp } from "../current-user";
import { actionLocale } from "./action-helpers";

// Ends this browser's session and returns to the home page.
export async function signOutAction(): Promise<void> {
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
}
