import "server-only";
// A signed-in user's mail settings (account page): what a moderator is mailed about their queue, whether an author is
// mailed the decisions on their revisions, and the language of both (the page's, when saved).
import { z } from "zod";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { db } from "@/lib/db/client";
import { locales } from "@/lib/i18n/routing";

export const mailSettingsSchema = z.object({
  moderationMail: z.enum(["OFF", "IMMEDIATE", "DAILY"], "invalid"),
  // A checkbox: "1" when ticked, absent otherwise.
  decisionMail: z.enum(["", "1"], "invalid").default(""),
});

export type MailSettings = { moderationMail: "OFF" | "IMMEDIATE" | "DAILY"; decisionMail: boolean; mailLocale: string };

export async function readMailSettings(userId: string): Promise<MailSettings | null> {
  return db.user.findUnique({
    where: { id: userId },
    select: { moderationMail: true, decisionMail: true, mailLocale: true },
  });
}

export async function saveMailSettings(
  userId: string,
  values: Record<string, unknown>,
  locale: string,
): Promise<{ ok: true } | { ok: false; fieldErrors: Record<string, string[]> }> {
  const parsed = mailSettingsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  await db.user.update({
    where: { id: userId },
    data: {
      moderationMail: parsed.data.moderationMail,
      decisionMail: parsed.data.decisionMail === "1",
      mailLocale: (locales as readonly string[]).includes(locale) ? locale : "ru",
    },
    select: { id: true },
  });
  return { ok: true };
}
