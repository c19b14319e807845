// The article's bibliography and the figures it reports (issue #13, item 1): loaded with the seed, and added to a
// database an earlier seed loaded. Neither is a curated kind: what a source cites and what it reports belong to the
// source, so there is no revision to review; a second run adds nothing and a row already stored is left as it is.
import type { Database } from "../../lib/db/connect";
import type { Prisma } from "../../lib/db/generated/client";
import { sourceIdsFor } from "./seed-rows";
import type { SeedData } from "./seed-schema";

type Tx = Prisma.TransactionClient;

/** Adds the seed's references and figures a database lacks (and the sources they name); says what it added. */
export async function addSourceReferences(tx: Tx, data: SeedData): Promise<string[]> {
  const keys = new Set<string>();
  for (const r of data.references) keys.add(r.citing).add(r.cited);
  for (const f of data.figures) {
    keys.add(f.source);
    if (f.attributedTo) keys.add(f.attributedTo);
  }
  if (!keys.size) return [];
  const ids = await sourceIdsFor(tx, [...keys], data);
  const id = (key: string) => ids.get(key)!;

  const stored = await tx.sourceReference.findMany({ select: { citingId: true, citedId: true, footnote: true } });
  const held = new Set(stored.map((r) => `${r.citingId} ${r.footnote} ${r.citedId}`));
  const references = data.references.filter((r) => !held.has(`${id(r.citing)} ${r.footnote} ${id(r.cited)}`));
  await tx.sourceReference.createMany({
    data: references.map((r) => ({
      citingId: id(r.citing),
      citedId: id(r.cited),
      footnote: r.footnote,
      // The seed lists a footnote's works in the footnote's order.
      position: data.references.filter((o) => o.citing === r.citing && o.footnote === r.footnote).indexOf(r),
      locator: r.locator,
      context: r.context,
      contextLocale: r.contextLocale,
    })),
  });

  const figureKeys = new Set((await tx.sourceFigure.findMany({ select: { key: true } })).map((f) => f.key));
  const figures = data.figures.filter((f) => !figureKeys.has(f.key));
  for (const { source, attributedTo, ...figure } of figures)
    await tx.sourceFigure.create({
      data: { ...figure, sourceId: id(source), attributedToId: attributedTo ? id(attributedTo) : null },
    });

  return [
    ...references.map((r) => `${r.citing} n. ${r.footnote} → ${r.cited}`),
    ...figures.map((f) => `figure ${f.key}`),
  ];
}

/** The same, in its own transaction: for start-up and `npm run db:seed` on a database the seed loaded before. */
export const recordSourceReferences = (db: Database, data: SeedData) =>
  db.$transaction((tx) => addSourceReferences(tx, data));
