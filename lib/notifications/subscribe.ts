import "server-only";
// A visitor's sign-up for the weekly mail of new events (./digests.ts): validated, limited per client address, stored
// unconfirmed, and its confirmation mail queued. Apart from ./digests.ts because it queues a job: the job definitions
// import the digests' work, and the queue imports the job definitions.
import { z } from "zod";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { db as appDb } from "@/lib/db/client";
import { countryName } from "@/lib/i18n/display-names";
import { pickLocalized } from "@/lib/i18n/localized";
import { locales } from "@/lib/i18n/routing";
import { jobRunner } from "@/lib/jobs/app-runner";
import { logRequestError } from "@/lib/observability/request-log";
import { hashIp } from "@/lib/suggestions/ip-hash";
import { HONEYPOT_FIELD } from "@/lib/suggestions/limits";
import { isSlug, plainText } from "@/lib/validation/text";
import { CONFIRMATION_JOB } from "./digests";

/** At most this many sign-ups per client address in the sliding window (counted from the stored rows). */
export const DIGEST_RATE_LIMIT = { max: 5, windowMs: 60 * 60 * 1000 } as const;

type Values = Record<string, string | string[]>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));

export const digestSchema = z.object({
  email: z
    .string("emailRequired")
    .trim()
    .max(254, "tooLong")
    .refine((value) => value !== "", "emailRequired")
    .refine((value) => value === "" || value.length > 254 || z.email().safeParse(value).success, "email"),
  // A diaspora of the list by its address: anything else is one the list does not have.
  diaspora: z
    .string("invalid")
    .trim()
    .refine((value) => value === "" || isSlug(value), "unknownReference"),
  country: z.string("invalid").regex(/^([A-Z]{2})?$/, "invalid"),
  city: plainText(100),
});

export type DigestResult =
  { ok: true; id: string | null } | { ok: false; fieldErrors: Record<string, string[]>; formError?: string };

/** The sign-up form's choices, labelled in the page's language: every diaspora (by address) and host country. */
export async function digestChoices(locale: string) {
  const [diasporas, countries] = await Promise.all([
    appDb.diaspora.findMany({ select: { slug: true, translations: { select: { locale: true, name: true } } } }),
    appDb.country.findMany({ select: { code: true } }),
  ]);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, locale);
  return {
    diasporas: diasporas
      .map((d) => ({ value: d.slug, label: pickLocalized(d.translations, "name", locale)?.value ?? d.slug }))
      .sort(byLabel),
    countries: countries.map((c) => ({ value: c.code, label: countryName(c.code, locale) })).sort(byLabel),
  };
}

/** A visitor asks for the weekly mail: stored unconfirmed, and the confirmation mail queued. */
export async function subscribeToDigest(
  values: Values,
  options: { ip: string | null; locale: string; now?: Date },
): Promise<DigestResult> {
  const honeypot = values[HONEYPOT_FIELD];
  if (honeypot !== undefined && honeypot !== "") return { ok: true, id: null };
  const parsed = digestSchema.safeParse({
    email: one(values.email),
    diaspora: one(values.diaspora),
    country: one(values.country),
    city: one(values.city),
  });
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error) };
  const input = parsed.data;
  const [diaspora, country] = await Promise.all([
    input.diaspora ? appDb.diaspora.findUnique({ where: { slug: input.diaspora }, select: { id: true } }) : null,
    input.country ? appDb.country.findUnique({ where: { code: input.country }, select: { code: true } }) : null,
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (input.diaspora && !diaspora) fieldErrors.diaspora = ["unknownReference"];
  if (input.country && !country) fieldErrors.country = ["unknownReference"];
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  if (!options.ip) {
    logRequestError("digest refused: no client address", null, {});
    return { ok: false, fieldErrors: {}, formError: "unknown" };
  }
  const locale = (locales as readonly string[]).includes(options.locale) ? options.locale : "ru";
  const ipHash = hashIp(options.ip);
  const now = options.now ?? new Date();
  const id = await appDb.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`digest:${ipHash}`}, 0))`;
    const recent = await tx.eventDigest.count({
      where: { ipHash, createdAt: { gt: new Date(now.getTime() - DIGEST_RATE_LIMIT.windowMs) } },
    });
    if (recent >= DIGEST_RATE_LIMIT.max) return null;
    const created = await tx.eventDigest.create({
      data: {
        email: input.email.toLowerCase(),
        locale,
        diasporaId: diaspora?.id ?? null,
        countryCode: country?.code ?? null,
        city: input.city || null,
        ipHash,
        createdAt: now,
      },
      select: { id: true },
    });
    return created.id;
  });
  if (!id) return { ok: false, fieldErrors: {}, formError: "rateLimited" };
  try {
    const { boss } = await jobRunner();
    await boss.send(CONFIRMATION_JOB, { digestId: id });
  } catch (error) {
    // The notify job sends confirmations a lost job left unsent; the visitor's sign-up stands.
    logRequestError("digest confirmation not queued", error, { digestId: id });
  }
  return { ok: true, id };
}
