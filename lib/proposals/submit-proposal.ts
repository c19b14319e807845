import "server-only";
// A visitor's proposal of a new event or organization, without an account (issue #14, item 5; decision 0034). It
// becomes a pending revision like a curator's: validated by the entry's own schema and reference checks, scoped to
// its diasporas so their moderators see it, and published only when one approves it (citing the page the visitor
// named). A filled honeypot is thanked and stores nothing; a missing, expired, wrong or reused proof of work is
// refused with nothing stored; each client address may send a few per hour.
import { recordAudit } from "@/lib/audit/record-audit";
import { zodFieldErrors } from "@/lib/actions/field-errors";
import { eventKind } from "@/lib/events/kind";
import type { CurationKind, FieldErrors, FormValues, Tx } from "@/lib/curation/kinds/types";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { slugFromTitle } from "@/lib/feeds/import/slug";
import { RESERVED_SLUGS } from "@/lib/validation/text";
import { locales } from "@/lib/i18n/routing";
import { logRequestError } from "@/lib/observability/request-log";
import { organizationKind } from "@/lib/organizations/kind";
import { hashIp } from "@/lib/suggestions/ip-hash";
import { HONEYPOT_FIELD } from "@/lib/suggestions/limits";
import { checkChallenge } from "./challenge";
import { CHALLENGE_FIELD, type ProposalEntityType } from "./limits";
import { proposalSchema } from "./schema";

/** At most this many proposals per client address in the sliding window (counted from the stored rows). */
export const PROPOSAL_RATE_LIMIT = { max: 5, windowMs: 60 * 60 * 1000 } as const;

export type SubmitProposalOptions = { ip: string | null; locale: string; now?: Date };
export type ProposalFailure = { ok: false; fieldErrors: FieldErrors; formError?: string };
/** `revisionId` is null when the honeypot was filled: the sender is thanked, nothing is stored. */
export type SubmitProposalResult = { ok: true; revisionId: string | null } | ProposalFailure;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? ""));
const texts = (values: FormValues, fields: readonly string[]) =>
  Object.fromEntries(
    fields.flatMap((field) =>
      locales.flatMap((locale) => {
        const value = one(values[`${field}.${locale}`]);
        return value ? [[`${field}.${locale}`, value]] : [];
      }),
    ),
  );

type Proposable = {
  kind: CurationKind<unknown>;
  /** The entry form's values from the proposal form's fields (nothing else is taken from the post). */
  values(posted: FormValues): FormValues;
  /** The address's words: the Russian or English title, and an event's year. */
  slugOf(values: FormValues): string;
  taken(client: Tx, base: string): Promise<string[]>;
  /** The facts the cited page backs: those the visitor gave. */
  facts(values: FormValues): string[];
  /** A valid address to check the form with before the real one is chosen. */
  fallbackSlug: string;
};

const PROPOSABLE: Record<ProposalEntityType, Proposable> = {
  event: {
    kind: eventKind as CurationKind<unknown>,
    values: (posted) => ({
      ...texts(posted, ["title", "city", "description"]),
      type: one(posted.type),
      start: one(posted.start),
      end: one(posted.end),
      dateBasis: "STATED",
      countryCode: one(posted.countryCode),
      onlineUrl: one(posted.onlineUrl),
      diasporaIds: one(posted.diasporaIds) ? [one(posted.diasporaIds)] : [],
      organizerIds: [],
    }),
    slugOf: (values) => slugFromTitle(one(values["title.ru"]) || one(values["title.en"]), one(values.start) || null),
    taken: async (client, base) =>
      (await client.event.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
        (r) => r.slug,
      ),
    facts: (values) => [
      "title",
      "dates",
      ...(Object.keys(values).some((k) => k.startsWith("city.")) || one(values.countryCode) ? ["city"] : []),
      ...(Object.keys(values).some((k) => k.startsWith("description.")) ? ["description"] : []),
    ],
    fallbackSlug: "event",
  },
  organization: {
    kind: organizationKind as CurationKind<unknown>,
    values: (posted) => {
      const website = one(posted.websiteUrl).trim();
      return {
        ...texts(posted, ["name", "city", "description"]),
        category: "DIASPORA_ORGANIZATION",
        types: one(posted.types) ? [one(posted.types)] : [],
        groups: [],
        diasporaIds: one(posted.diasporaIds) ? [one(posted.diasporaIds)] : [],
        countryCodes: one(posted.countryCodes) ? [one(posted.countryCodes)] : [],
        foundedYear: one(posted.foundedYear),
        status: "ACTIVE",
        acronym: "",
        languages: "",
        ...(website ? { "channel.0.kind": "WEBSITE", "channel.0.url": website, "channel.0.languages": "" } : {}),
      };
    },
    slugOf: (values) => slugFromTitle(one(values["name.ru"]) || one(values["name.en"]), null, "organization"),
    taken: async (client, base) =>
      (await client.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
        (r) => r.slug,
      ),
    facts: (values) => [
      "names",
      "diasporas",
      "countries",
      "types",
      ...(Object.keys(values).some((k) => k.startsWith("city.")) ? ["city"] : []),
      ...(Object.keys(values).some((k) => k.startsWith("description.")) ? ["descriptions"] : []),
      ...(one(values.foundedYear) ? ["foundedYear"] : []),
      ...(values["channel.0.url"] ? ["channels"] : []),
    ],
    fallbackSlug: "organization",
  },
};

/** A free address for the entry from its Russian or English title: "-2", "-3"… after one already taken or reserved. */
async function freeSlug(entry: Proposable, values: FormValues): Promise<string> {
  const base = entry.slugOf(values);
  const taken = new Set(await entry.taken(db, base));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate) && !RESERVED_SLUGS.has(candidate)) return candidate;
  }
}

/**
 * The entry's schema marks what a form typed as a curator's text; a visitor wrote these (TextProvenance VISITOR), and
 * the pages say so beside them once published.
 */
function visitorsTexts(snapshot: unknown): unknown {
  const { translations } = snapshot as { translations: Record<string, unknown>[] };
  return {
    ...(snapshot as object),
    translations: translations.map((t) =>
      Object.fromEntries(
        Object.entries(t).map(([key, value]) => [
          key,
          key.endsWith("Provenance") && value === "CURATOR" ? "VISITOR" : value,
        ]),
      ),
    ),
  };
}

/**
 * The entry's schema puts a missing Russian-or-English name beside the Russian field; an English page shows only
 * the English one, so the error goes there.
 */
function onPageFields(errors: FieldErrors, locale: string): FieldErrors {
  if (locale !== "en") return errors;
  return Object.fromEntries(Object.entries(errors).map(([field, codes]) => [field.replace(/\.ru$/, ".en"), codes]));
}

export async function submitProposal(
  posted: FormValues,
  options: SubmitProposalOptions,
): Promise<SubmitProposalResult> {
  const honeypot = posted[HONEYPOT_FIELD];
  if (honeypot !== undefined && honeypot !== "") return { ok: true, revisionId: null };

  const parsed = proposalSchema.safeParse({
    entityType: one(posted.entityType),
    sourceUrl: one(posted.sourceUrl),
    note: one(posted.note),
    email: one(posted.email),
  });
  const entityType = parsed.success ? parsed.data.entityType : (one(posted.entityType) as ProposalEntityType);
  const entry = PROPOSABLE[entityType];
  if (!entry || !Object.hasOwn(PROPOSABLE, entityType)) return { ok: false, fieldErrors: {}, formError: "invalid" };
  const values = entry.values(posted);
  const checked = entry.kind.parse({ ...values, slug: entry.fallbackSlug, version: "0" });
  const fieldErrors: FieldErrors = {
    ...(checked.ok ? {} : checked.fieldErrors),
    ...(parsed.success ? {} : zodFieldErrors(parsed.error)),
  };
  // A proposed event needs its day (an event without one is no use to anyone looking for what is on), and an
  // organization its host country (the atlas is browsed by it).
  if (entityType === "event" && !one(values.start)) fieldErrors.start = ["startRequired"];
  if (entityType === "organization" && !one(values.countryCodes)) fieldErrors.countryCodes = ["chooseCountry"];
  // The schema checks for a Russian or English name only once its other fields are valid; say it at once.
  const [names, nameCode] = entityType === "event" ? ["title", "titleRequired"] : ["name", "nameRequired"];
  if (!one(values[`${names}.ru`]) && !one(values[`${names}.en`])) fieldErrors[`${names}.ru`] = [nameCode];
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors: onPageFields(fieldErrors, options.locale) };
  const proposal = parsed.data!;

  const challenge = await checkChallenge(posted[CHALLENGE_FIELD]);
  if (!challenge.ok) return { ok: false, fieldErrors: {}, formError: challenge.code };
  if (!options.ip) {
    logRequestError("proposal refused: no client address", null, { entityType });
    return { ok: false, fieldErrors: {}, formError: "unknown" };
  }
  const slug = await freeSlug(entry, values);
  const final = entry.kind.parse({ ...values, slug, version: "0" });
  if (!final.ok) return { ok: false, fieldErrors: onPageFields(final.fieldErrors, options.locale) };
  const references = await entry.kind.check(db, final.snapshot, null);
  if (references) return { ok: false, fieldErrors: references };
  const snapshot = visitorsTexts(final.snapshot);

  const ipHash = hashIp(options.ip);
  const now = options.now ?? new Date();
  try {
    const id = await db.$transaction(async (tx) => {
      // One sender's proposals are counted and inserted one at a time, so parallel posts cannot pass the limit.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`proposal:${ipHash}`}, 0))`;
      const recent = await tx.publicProposal.count({
        where: { ipHash, createdAt: { gt: new Date(now.getTime() - PROPOSAL_RATE_LIMIT.windowMs) } },
      });
      if (recent >= PROPOSAL_RATE_LIMIT.max) return null;
      const revision = await tx.revision.create({
        data: {
          entityType,
          entityId: null,
          snapshot: snapshot as object,
          baseVersion: 0,
          diasporaIds: entry.kind.scope(snapshot),
          authorId: null,
          proposal: {
            create: {
              sourceUrl: proposal.sourceUrl,
              facts: entry.facts(values),
              note: proposal.note,
              email: proposal.email,
              locale: options.locale,
              ipHash,
              challengeHash: challenge.hash,
              createdAt: now,
            },
          },
        },
        select: { id: true },
      });
      // The visitor is anonymous; their address is kept only as the hash on the proposal.
      await recordAudit(
        {
          action: "proposal.received",
          targetType: "revision",
          targetId: revision.id,
          details: { entityType, key: entry.kind.key(snapshot), sourceUrl: proposal.sourceUrl },
        },
        tx,
      );
      return revision.id;
    });
    if (!id) return { ok: false, fieldErrors: {}, formError: "rateLimited" };
    return { ok: true, revisionId: id };
  } catch (error) {
    // The same solved challenge sent twice (a double submit, a replay): the first proposal stands.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, fieldErrors: {}, formError: "challengeUsed" };
    throw error;
  }
}
