// The texts of the notification mails, in the recipient's language (messages: Mail). Plain text: one line per item.
import { translatorFor } from "@/lib/i18n/translator";
import type { Mail } from "@/lib/mail/send-mail";

export type WaitingItem = {
  kind: "new" | "edit" | "suggestion";
  entityType: string;
  name: string;
  from: "curator" | "visitor" | "calendar";
  author: string | null;
};

export type DecisionItem = {
  approved: boolean;
  entityType: string;
  name: string;
  comment: string | null;
  /** The published entry (approved), or the returned revision's form to fix and send again. */
  link: string | null;
};

export type DigestItem = { title: string; date: string | null; place: string | null; link: string };

const ENTITY_TYPES = ["organization", "event", "presence", "source"] as const;
const entityType = (type: string) => ((ENTITY_TYPES as readonly string[]).includes(type) ? type : "other");

export async function moderationMail(input: {
  to: string;
  name: string;
  locale: string;
  items: WaitingItem[];
  daily: boolean;
  queue: string;
  settings: string;
}): Promise<Mail> {
  const t = await translatorFor(input.locale, "Mail");
  const lines = input.items.map((item) => {
    const what =
      item.kind === "suggestion"
        ? t("waiting.suggestion", { name: item.name })
        : t(item.kind === "new" ? "waiting.new" : "waiting.edit", {
            kind: entityType(item.entityType),
            name: item.name,
          });
    const from =
      item.from === "visitor"
        ? t("waiting.fromVisitor")
        : item.from === "calendar"
          ? t("waiting.fromCalendar")
          : item.author
            ? t("waiting.fromCurator", { author: item.author })
            : "";
    return `• ${what}${from ? ` (${from})` : ""}`;
  });
  return {
    to: input.to,
    subject: t(input.daily ? "moderation.dailySubject" : "moderation.subject", { count: input.items.length }),
    text: t("moderation.body", {
      name: input.name,
      items: lines.join("\n"),
      queue: input.queue,
      footer: t(input.daily ? "moderation.dailyFooter" : "moderation.footer", { settings: input.settings }),
    }),
  };
}

export async function decisionsMail(input: {
  to: string;
  name: string;
  locale: string;
  items: DecisionItem[];
  revisions: string;
  settings: string;
}): Promise<Mail> {
  const t = await translatorFor(input.locale, "Mail");
  const lines = input.items.map((item) =>
    item.approved
      ? `• ${t("decision.approved", { kind: entityType(item.entityType), name: item.name })}${item.link ? `\n  ${item.link}` : ""}`
      : `• ${t("decision.rejected", { kind: entityType(item.entityType), name: item.name })}${
          item.comment ? `\n  ${t("decision.comment", { comment: item.comment })}` : ""
        }${item.link ? `\n  ${t("decision.fix", { link: item.link })}` : ""}`,
  );
  return {
    to: input.to,
    subject: t("decision.subject", { count: input.items.length }),
    text: t("decision.body", {
      name: input.name,
      items: lines.join("\n"),
      revisions: input.revisions,
      footer: t("decision.footer", { settings: input.settings }),
    }),
  };
}

export async function proposalDecisionMail(input: {
  to: string;
  locale: string;
  approved: boolean;
  entityType: string;
  name: string;
  reason: string | null;
  link: string | null;
}): Promise<Mail> {
  const t = await translatorFor(input.locale, "Mail");
  const values = { kind: entityType(input.entityType), name: input.name };
  return {
    to: input.to,
    subject: t(input.approved ? "proposal.approvedSubject" : "proposal.rejectedSubject", values),
    text: input.approved
      ? t("proposal.approvedBody", { ...values, link: input.link ?? "" })
      : t("proposal.rejectedBody", { ...values, reason: input.reason ?? "" }),
  };
}

/** The filters of a digest in words ("Armenian diaspora, Russia, Krasnodar"), or "" for every event. */
export type DigestFilters = string;

export async function digestConfirmationMail(input: {
  to: string;
  locale: string;
  filters: DigestFilters;
  confirm: string;
}): Promise<Mail> {
  const t = await translatorFor(input.locale, "Mail");
  return {
    to: input.to,
    subject: t("digest.confirmSubject"),
    text: t("digest.confirmBody", {
      filters: input.filters || t("digest.everyEvent"),
      confirm: input.confirm,
    }),
  };
}

export async function eventDigestMail(input: {
  to: string;
  locale: string;
  filters: DigestFilters;
  items: DigestItem[];
  list: string;
  unsubscribePage: string;
  oneClick: string;
}): Promise<Mail> {
  const t = await translatorFor(input.locale, "Mail");
  const lines = input.items.map(
    (item) =>
      `• ${[item.date, item.title].filter(Boolean).join(": ")}${item.place ? ` (${item.place})` : ""}\n  ${item.link}`,
  );
  return {
    to: input.to,
    subject: t("digest.subject", { count: input.items.length }),
    text: t("digest.body", {
      filters: input.filters || t("digest.everyEvent"),
      items: lines.join("\n"),
      list: input.list,
      unsubscribe: input.unsubscribePage,
    }),
    // RFC 2369 and RFC 8058: mail clients offer "Unsubscribe", which posts to this address without a page.
    headers: { "List-Unsubscribe": `<${input.oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}
