import "server-only";
import { db } from "@/lib/db/client";
import type { CurationKind, Stored } from "./kinds/types";

/** A published entry of `kind` by the reference in its curation URL (slug or key), or null when there is none. */
export function findEntry<S>(kind: CurationKind<S>, ref: string): Promise<Stored<S> | null> {
  return kind.find(db, ref);
}
