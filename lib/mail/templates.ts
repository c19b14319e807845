// Mail texts in the recipient's language, from the UI messages (Auth.mail).
import { translatorFor } from "@/lib/i18n/translator";
import type { Mail } from "./send-mail";

const translator = (locale: string) => translatorFor(locale, "Auth.mail");

export async function invitationMail(input: {
  to: string;
  locale: string;
  link: string;
  role: string;
  expiresAt: Date;
}): Promise<Mail> {
  const t = await translator(input.locale);
  const roleName = t(`role.${input.role as "CURATOR"}`);
  const expires = new Intl.DateTimeFormat(input.locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(input.expiresAt);
  return {
    to: input.to,
    subject: t("invitationSubject", { role: roleName }),
    text: t("invitationBody", { role: roleName, link: input.link, expires }),
  };
}

export async function passwordResetMail(input: { to: string; locale: string; link: string }): Promise<Mail> {
  const t = await translator(input.locale);
  return { to: input.to, subject: t("resetSubject"), text: t("resetBody", { link: input.link }) };
}
