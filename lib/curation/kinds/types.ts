// What the generic revision workflow (submit, review, history, restore) needs to know about one kind of entry.
// Each kind (organization, event, presence figure, source) implements this once; nothing else branches on type.
import type { Prisma } from "@/lib/db/generated/client";
import type { Permission } from "@/lib/auth/permissions";
import type { LocalizedText } from "@/lib/i18n/localized";
import type { DiffLabels } from "../diff";
import type { CurationResult } from "../result";

export type Tx = Prisma.TransactionClient;
export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string[]>;

/** A published entry in the shape a revision stores: its version and its editable fields. */
export type Stored<S> = { id: string; version: number; snapshot: S };

export type Parsed<S> =
  { ok: true; id?: string; version: number; snapshot: S } | { ok: false; fieldErrors: FieldErrors };

export type CurationKind<S> = {
  /** Stored in Revision.entityType. */
  type: string;
  permissions: { create: Permission; update: Permission };
  /** Form fields that are always arrays (checkbox groups, multi-selects). */
  arrayFields: readonly string[];
  /**
   * Validates posted form values with the kind's one zod schema. `unscoped`: an admin's import, which may leave an
   * entry linked to no diaspora (kinds scoped by diaspora relax that one rule; others ignore the option).
   */
  parse(values: FormValues, options?: { unscoped?: boolean }): Parsed<S>;
  /** The form's values for a snapshot, so edit forms, conflicts and restores start from it. */
  toValues(snapshot: S, meta: { id?: string; version: number }): FormValues;
  load(client: Tx, id: string): Promise<Stored<S> | null>;
  /** The diasporas whose curators and moderators may touch the entry. */
  scope(snapshot: S): string[];
  /** Field errors for references that do not exist or identities already taken; null when all is well. */
  check(client: Tx, snapshot: S, current: Stored<S> | null): Promise<FieldErrors | null>;
  /**
   * A last check before saving that the user may overrule (a likely duplicate of an existing entry): returns the
   * result to show instead of saving, or null. Runs after permissions, validation and the version check.
   */
  confirm?(
    snapshot: S,
    values: FormValues,
    context: { locale?: string; current: Stored<S> | null },
  ): Promise<CurationResult | null>;
  /** What a published entry keeps whatever the form says (its address, say). */
  keep?(current: S, next: S): S;
  /** The cache tags (lib/cache/tags.ts) of the public pages and API answers that show this snapshot's entry. */
  cacheTags(client: Tx, snapshot: S): Promise<string[]>;
  /**
   * The facts the revision adds or changes that no citation it adds backs (lib/curation/sourcing.ts); kinds whose
   * entries cite no sources leave it out.
   */
  unsourced?(current: S | null, next: S): string[];
  /** The web addresses the entry gives (an organization's website and channels), for the link monitor (lib/links). */
  addresses?(snapshot: S): string[];
  /** Publishes a new entry (returns its id). */
  create(tx: Tx, snapshot: S): Promise<string>;
  /** Replaces the entry's fields if it is still at baseVersion; throws Conflict("staleVersion") otherwise. */
  update(tx: Tx, id: string, baseVersion: number, snapshot: S): Promise<void>;
  /** Field → displayed value, for the diff, the conflict view and the history. */
  flatten(snapshot: S, labels: DiffLabels): Map<string, string>;
  /** A human name for lists, in the reader's language where held; `names` reads what the snapshot refers to. */
  title(snapshot: S, locale: string, names: DiffLabels): LocalizedText | null;
  /** A stable human key (slug, citation key) shown when there is no title. */
  key(snapshot: S): string;
  /** Organizations and sources the snapshot refers to, so diffs can name them. */
  refs?(snapshot: S): { organizations?: string[]; sources?: string[] };
  /** The form field holding the organizations of `refs` (a link whose target must be in the actor's scope: link-scope.ts). */
  linkFields?: { organizations?: string };
  /** Where the entry's curation pages live: /curate/<path>/<ref>/edit, /curate/<path>/<ref>/history. */
  path: string;
  /** The reference used in curation URLs for a stored entry (slug or id). */
  ref(stored: { id: string; snapshot: S }): string;
  /** The public page of the entry, if it has one. */
  publicHref?(snapshot: S, names: DiffLabels): string;
  /**
   * Published entries a curator may pick to edit: those linked to `diasporaIds` (null: every entry), matching
   * `q` (a plain substring of a name or key) when given, in a stable order.
   */
  list(
    client: Tx,
    filter: { diasporaIds: string[] | null; q: string; skip: number; take: number },
  ): Promise<{ total: number; items: Stored<S>[] }>;
  /** Loads an entry by its curation URL reference. */
  find(client: Tx, ref: string): Promise<Stored<S> | null>;
};
