import "server-only";
import { eventKind } from "@/lib/events/kind";
import { organizationKind } from "@/lib/organizations/kind";
import { presenceKind } from "@/lib/diasporas/presence/kind";
import { sourceKind } from "@/lib/sources/kind";
import type { CurationKind } from "./types";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind is typed on its own; the registry only dispatches
type AnyKind = CurationKind<any>;

/** Every kind of entry that goes through revisions, by Revision.entityType. */
export const KINDS: Record<string, AnyKind> = {
  [organizationKind.type]: organizationKind,
  [eventKind.type]: eventKind,
  [presenceKind.type]: presenceKind,
  [sourceKind.type]: sourceKind,
};

export function kindOf(type: string): AnyKind | null {
  return Object.hasOwn(KINDS, type) ? KINDS[type]! : null;
}

/** The kind whose curation pages live under /curate/<path>. */
export function kindAt(path: string): AnyKind | null {
  return Object.values(KINDS).find((kind) => kind.path === path) ?? null;
}
