import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { Conflict } from "@/lib/errors";
import { uniqueOr } from "@/lib/curation/unique-conflict";
import type { OrganizationSnapshot } from "./schema";

type Tx = Prisma.TransactionClient;

function relations(snapshot: OrganizationSnapshot) {
  return {
    translations: { createMany: { data: snapshot.translations } },
    diasporas: { createMany: { data: snapshot.diasporaIds.map((diasporaId) => ({ diasporaId })) } },
    countries: { createMany: { data: snapshot.countryCodes.map((countryCode) => ({ countryCode })) } },
    channels: { createMany: { data: snapshot.channels.map((c, position) => ({ ...c, position })) } },
  };
}

const scalars = (s: OrganizationSnapshot) => ({
  category: s.category,
  acronym: s.acronym,
  types: s.types,
  groups: s.groups,
  status: s.status,
  foundedYear: s.foundedYear,
  languages: s.languages,
});

/** Publishes a new organization from an approved snapshot; returns its id. */
export async function createFromSnapshot(tx: Tx, snapshot: OrganizationSnapshot): Promise<string> {
  const taken = await tx.organization.findUnique({ where: { slug: snapshot.slug }, select: { id: true } });
  if (taken) throw new Conflict("slugTaken");
  // Two approvals of new organizations with one slug can both pass the read above; the unique index decides.
  const created = await uniqueOr("slugTaken", () =>
    tx.organization.create({
      data: { slug: snapshot.slug, ...scalars(snapshot), version: 1, ...relations(snapshot) },
      select: { id: true },
    }),
  );
  return created.id;
}

/**
 * Replaces the published organization's editable fields with the snapshot, only if it is still at `baseVersion`
 * (a conditional update, so two approvals racing cannot both win). Sources and events are not part of the form.
 */
export async function updateFromSnapshot(
  tx: Tx,
  id: string,
  baseVersion: number,
  snapshot: OrganizationSnapshot,
): Promise<void> {
  const { count } = await tx.organization.updateMany({
    where: { id, version: baseVersion },
    data: { ...scalars(snapshot), version: { increment: 1 } },
  });
  if (count !== 1) throw new Conflict("staleVersion");
  await tx.organizationTranslation.deleteMany({ where: { organizationId: id } });
  await tx.organizationDiaspora.deleteMany({ where: { organizationId: id } });
  await tx.organizationCountry.deleteMany({ where: { organizationId: id } });
  await tx.organizationChannel.deleteMany({ where: { organizationId: id } });
  await tx.organization.update({ where: { id }, data: relations(snapshot), select: { id: true } });
}
