// Who may do what. Pure: no database, no request. Server actions call assertCan (assert-can.ts), which uses
// `can` and records refusals; pages may call `can` to decide which controls to show.

export const ROLES = ["CURATOR", "MODERATOR", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** Changes to entries linked to diasporas: allowed inside the actor's scope. */
const CONTENT_PERMISSIONS = [
  "create:organization",
  "update:organization",
  "create:event",
  "update:event",
  "update:diaspora",
  "create:presence",
  "update:presence",
  "update:source",
  "submit:revision",
  "manage:subscription",
] as const;
/** Shared entries that belong to no diaspora: any curator or moderator with a live scope may add one. */
const OPEN_PERMISSIONS = ["create:source"] as const;
/** Reviewing and removing: moderators and admins, inside their scope. */
const REVIEW_PERMISSIONS = ["approve:revision", "reject:revision", "delete:organization", "delete:event"] as const;
/** Running the site: admins only, never scoped. */
const ADMIN_PERMISSIONS = [
  "manage:users",
  "view:audit",
  "import:entries",
  "import:events",
  "manage:jobs",
  "trust:subscription",
] as const;

export const PERMISSIONS = [
  ...CONTENT_PERMISSIONS,
  ...OPEN_PERMISSIONS,
  ...REVIEW_PERMISSIONS,
  ...ADMIN_PERMISSIONS,
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  CURATOR: new Set([...CONTENT_PERMISSIONS, ...OPEN_PERMISSIONS]),
  MODERATOR: new Set([...CONTENT_PERMISSIONS, ...OPEN_PERMISSIONS, ...REVIEW_PERMISSIONS]),
  ADMIN: new Set(PERMISSIONS),
};

const SCOPED: ReadonlySet<Permission> = new Set([...CONTENT_PERMISSIONS, ...REVIEW_PERMISSIONS]);
const OPEN: ReadonlySet<Permission> = new Set(OPEN_PERMISSIONS);

/** A role held, as stored: `global` is honoured for moderators only; admins are always global, curators never. */
export type RoleGrant = { role: Role; global: boolean; diasporaIds: readonly string[] };

export type Actor = { userId: string; email: string; name: string; grants: readonly RoleGrant[] };

/** What a scoped permission is checked against: the diasporas the entry is (or will be) linked to. */
export type ScopedResource = { diasporaIds: readonly string[] };

export function isGlobal(grant: RoleGrant): boolean {
  return grant.role === "ADMIN" || (grant.role === "MODERATOR" && grant.global);
}

function grantAllows(grant: RoleGrant, permission: Permission, resource: ScopedResource | undefined): boolean {
  if (!ROLE_PERMISSIONS[grant.role].has(permission)) return false;
  if (isGlobal(grant)) return true;
  if (OPEN.has(permission)) return grant.diasporaIds.length > 0;
  // A scoped grant never covers site-wide permissions, nor an entry it cannot see the diasporas of.
  if (!SCOPED.has(permission) || !resource) return false;
  return resource.diasporaIds.some((id) => grant.diasporaIds.includes(id));
}

/** True when some role of the actor allows the permission on the resource. Nobody signed in: false. */
export function can(actor: Actor | null | undefined, permission: Permission, resource?: ScopedResource): boolean {
  return actor?.grants.some((grant) => grantAllows(grant, permission, resource)) ?? false;
}

export function hasRole(actor: Actor | null | undefined, role: Role): boolean {
  return actor?.grants.some((grant) => grant.role === role) ?? false;
}
