import "server-only";
// Visitors' weekly mail of new events (issue #14, item 6), without an account: a filter set (a diaspora, a host
// country, a city) and an address. Double opt-in: nothing but the confirmation mail goes until the visitor confirms
// from it; unconfirmed sign-ups are deleted after a week (purge-expired). Every digest carries a one-click
// unsubscribe (RFC 8058) and a page that does the same; unsubscribing deletes the row. All mail is sent by jobs.
import { z } from "zod";
import type { Database } from "@/lib/db/connect";
import { db as appDb } from "@/lib/db/client";
import { formatEventDates } from "@/lib/events/format-event-date";
import { countryName } from "@/lib/i18n/display-names";
import { pickLocalized } from "@/lib/i18n/localized";
import { UNCONFIRMED_DIGEST_TTL_MS } from "@/lib/jobs/purge-expired";
import { sendMail } from "@/lib/mail/send-mail";
import { absolute, digestLinks, validDigestToken } from "./links";
import { digestConfirmationMail, eventDigestMail } from "./templates";

export const CONFIRMATION_JOB = "mail-digest-confirmation";
/** At most this many events in one digest; the list's link shows the rest. */
const DIGEST_MAX_EVENTS = 50;

/** The filters in words, in the mail's language ("Armenian diaspora, Russia, Krasnodar"). */
async function filtersInWords(
  db: Database,
  digest: { diasporaId: string | null; countryCode: string | null; city: string | null },
  locale: string,
): Promise<string> {
  const diaspora = digest.diasporaId
    ? await db.diaspora.findUnique({
        where: { id: digest.diasporaId },
        select: { slug: true, translations: { select: { locale: true, name: true } } },
      })
    : null;
  return [
    diaspora ? (pickLocalized(diaspora.translations, "name", locale)?.value ?? diaspora.slug) : null,
    digest.countryCode ? countryName(digest.countryCode, locale) : null,
    digest.city,
  ]
    .filter(Boolean)
    .join(", ");
}

/** The confirmation mail of one sign-up (the queued job; also the notify job's catch-up). Once only. */
export async function mailDigestConfirmation(db: Database, digestId: string, now: Date): Promise<{ sent: boolean }> {
  const digest = await db.eventDigest.findUnique({ where: { id: digestId } });
  if (!digest || digest.confirmationSentAt || digest.confirmedAt) return { sent: false };
  await sendMail(
    await digestConfirmationMail({
      to: digest.email,
      locale: digest.locale,
      filters: await filtersInWords(db, digest, digest.locale),
      confirm: digestLinks(digest.id, digest.locale).confirm,
    }),
  );
  await db.eventDigest.update({ where: { id: digest.id }, data: { confirmationSentAt: now }, select: { id: true } });
  return { sent: true };
}

/** Confirmations not sent a few minutes after the sign-up (their job was lost): sent now. */
export async function mailLostConfirmations(db: Database, now: Date): Promise<number> {
  const lost = await db.eventDigest.findMany({
    where: {
      confirmationSentAt: null,
      confirmedAt: null,
      createdAt: {
        lt: new Date(now.getTime() - 2 * 60 * 1000),
        gt: new Date(now.getTime() - UNCONFIRMED_DIGEST_TTL_MS),
      },
    },
    select: { id: true },
    take: 100,
  });
  for (const { id } of lost) await mailDigestConfirmation(db, id, now);
  return lost.length;
}

const linkSchema = z.object({ id: z.uuid(), token: z.string().min(10).max(100) });

/** The digest a link names, when its token is right. */
export async function findDigestByLink(query: { id?: unknown; token?: unknown }) {
  const parsed = linkSchema.safeParse(query);
  if (!parsed.success || !validDigestToken(parsed.data.id, parsed.data.token)) return null;
  return appDb.eventDigest.findUnique({
    where: { id: parsed.data.id },
    select: { id: true, email: true, locale: true, confirmedAt: true, diasporaId: true, countryCode: true, city: true },
  });
}

/** The visitor confirms from the mail's link: the weekly mails start with events published from now on. */
export async function confirmDigest(query: { id?: unknown; token?: unknown }, now = new Date()) {
  const digest = await findDigestByLink(query);
  if (!digest) return { ok: false as const, formError: "badLink" };
  if (!digest.confirmedAt) {
    await appDb.$transaction([
      appDb.eventDigest.update({
        where: { id: digest.id },
        data: { confirmedAt: now, sentUntil: now },
        select: { id: true },
      }),
      // The same address with the same filters confirmed again: one digest, not two.
      appDb.eventDigest.deleteMany({
        where: {
          id: { not: digest.id },
          email: digest.email,
          diasporaId: digest.diasporaId,
          countryCode: digest.countryCode,
          city: digest.city,
        },
      }),
    ]);
  }
  return { ok: true as const };
}

/** Unsubscribing (the page's button, or a mail client's one-click post): the row is deleted. */
export async function unsubscribeDigest(query: { id?: unknown; token?: unknown }) {
  const parsed = linkSchema.safeParse(query);
  if (!parsed.success || !validDigestToken(parsed.data.id, parsed.data.token)) return { ok: false as const };
  // Already gone is the same answer: the visitor gets no more mail either way.
  await appDb.eventDigest.deleteMany({ where: { id: parsed.data.id } });
  return { ok: true as const };
}

/**
 * The weekly run: each confirmed digest gets the events published since its last mail that match its filters and
 * are not over, one mail per digest, and only when there is at least one. The watermark moves after each mail
 * (a week without new events writes nothing).
 */
export async function mailEventDigests(db: Database, now: Date): Promise<{ mailed: number; digests: number }> {
  const digests = await db.eventDigest.findMany({
    where: { confirmedAt: { not: null } },
    select: { id: true, email: true, locale: true, diasporaId: true, countryCode: true, city: true, sentUntil: true },
  });
  const today = new Date(now.toISOString().slice(0, 10));
  let mailed = 0;
  for (const digest of digests) {
    const events = await db.event.findMany({
      where: {
        createdAt: { gt: digest.sentUntil ?? now, lte: now },
        OR: [{ endDate: { gte: today } }, { endDate: null, startDate: { gte: today } }],
        ...(digest.diasporaId ? { diasporas: { some: { diasporaId: digest.diasporaId } } } : {}),
        ...(digest.countryCode ? { countryCode: digest.countryCode } : {}),
        ...(digest.city ? { translations: { some: { city: { equals: digest.city, mode: "insensitive" } } } } : {}),
      },
      orderBy: [{ startDate: "asc" }, { slug: "asc" }],
      take: DIGEST_MAX_EVENTS,
      select: {
        slug: true,
        startDate: true,
        endDate: true,
        datePrecision: true,
        countryCode: true,
        translations: { select: { locale: true, title: true, city: true } },
      },
    });
    if (events.length) {
      const locale = digest.locale;
      const links = digestLinks(digest.id, locale);
      const diasporaSlug = digest.diasporaId
        ? (await db.diaspora.findUnique({ where: { id: digest.diasporaId }, select: { slug: true } }))?.slug
        : null;
      const list = new URLSearchParams({
        ...(diasporaSlug ? { diaspora: diasporaSlug } : {}),
        ...(digest.countryCode ? { country: digest.countryCode } : {}),
        ...(digest.city ? { city: digest.city } : {}),
      }).toString();
      await sendMail(
        await eventDigestMail({
          to: digest.email,
          locale,
          filters: await filtersInWords(db, digest, locale),
          items: events.map((e) => ({
            title: pickLocalized(e.translations, "title", locale)?.value ?? e.slug,
            date: formatEventDates(
              {
                startDate: e.startDate?.toISOString().slice(0, 10) ?? null,
                endDate: e.endDate?.toISOString().slice(0, 10) ?? null,
                datePrecision: e.datePrecision,
              },
              locale,
            ),
            place:
              [
                pickLocalized(e.translations, "city", locale)?.value,
                e.countryCode ? countryName(e.countryCode, locale) : null,
              ]
                .filter(Boolean)
                .join(", ") || null,
            link: absolute(`/${locale}/events/${e.slug}`),
          })),
          list: absolute(`/${locale}/events${list ? `?${list}` : ""}`),
          unsubscribePage: links.unsubscribePage,
          oneClick: links.oneClick,
        }),
      );
      await db.eventDigest.update({ where: { id: digest.id }, data: { sentUntil: now }, select: { id: true } });
      mailed++;
    }
  }
  return { mailed, digests: digests.length };
}
