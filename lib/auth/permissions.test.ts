// Every role × scope × permission. Expected answers are written out per permission family, not derived from
// the implementation's tables, so a change to either shows up here.
import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, type Actor, type Permission, type Role, type RoleGrant } from "./permissions";

const ARMENIAN = "00000000-0000-4000-8000-000000000001";
const GEORGIAN = "00000000-0000-4000-8000-000000000002";

const actor = (...grants: RoleGrant[]): Actor => ({ userId: "u", email: "u@example.org", name: "U", grants });
// Both rows list the Armenian diaspora; only the global flag differs.
const grant = (role: Role, scope: "global" | "armenian"): RoleGrant => ({
  role,
  global: scope === "global",
  diasporaIds: [ARMENIAN],
});

const resources = {
  none: undefined,
  armenian: { diasporaIds: [ARMENIAN] },
  both: { diasporaIds: [GEORGIAN, ARMENIAN] },
  georgian: { diasporaIds: [GEORGIAN] },
  unlinked: { diasporaIds: [] },
} as const;
type Where = keyof typeof resources;
const WHERE = Object.keys(resources) as Where[];

const CONTENT: Permission[] = [
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
];
const OPEN: Permission[] = ["create:source"];
const REVIEW: Permission[] = ["approve:revision", "reject:revision", "delete:organization", "delete:event"];
const ADMIN_ONLY: Permission[] = [
  "manage:users",
  "view:audit",
  "import:entries",
  "import:events",
  "manage:jobs",
  "trust:subscription",
];
const inScope = (where: Where) => where === "armenian" || where === "both";

/** The answer the product owner asked for, by role, stored scope, permission and resource. */
function expected(role: Role, scope: "global" | "armenian", permission: Permission, where: Where): boolean {
  if (role === "ADMIN") return true;
  if (ADMIN_ONLY.includes(permission)) return false;
  if (role === "CURATOR" && REVIEW.includes(permission)) return false;
  // Curators are scoped even when a row says global; moderators may be global.
  if (role === "MODERATOR" && scope === "global") return true;
  // A new shared entry (a source) has no diaspora yet: a live scope anywhere is enough.
  if (OPEN.includes(permission)) return true;
  return inScope(where);
}

describe("can: role × scope × permission × resource", () => {
  it("covers every permission in exactly one family", () => {
    expect([...CONTENT, ...OPEN, ...REVIEW, ...ADMIN_ONLY].sort()).toEqual([...PERMISSIONS].sort());
  });

  for (const role of ["CURATOR", "MODERATOR", "ADMIN"] as const) {
    for (const scope of ["global", "armenian"] as const) {
      for (const permission of PERMISSIONS) {
        it(`${role} (${scope}) ${permission}`, () => {
          const who = actor(grant(role, scope));
          for (const where of WHERE) {
            expect(can(who, permission, resources[where]), `${where}`).toBe(expected(role, scope, permission, where));
          }
        });
      }
    }
  }
});

describe("can: edge cases", () => {
  it("refuses everything to nobody and to an account without roles", () => {
    for (const permission of PERMISSIONS) {
      expect(can(null, permission, resources.armenian)).toBe(false);
      expect(can(actor(), permission, resources.armenian)).toBe(false);
    }
  });

  it("grants what any of several roles grants", () => {
    const who = actor(grant("CURATOR", "armenian"), { role: "MODERATOR", global: false, diasporaIds: [GEORGIAN] });
    expect(can(who, "update:organization", resources.armenian)).toBe(true);
    expect(can(who, "approve:revision", resources.armenian)).toBe(false);
    expect(can(who, "approve:revision", resources.georgian)).toBe(true);
  });

  it("gives a scoped role whose diasporas are all gone nothing", () => {
    const who = actor({ role: "MODERATOR", global: false, diasporaIds: [] });
    for (const permission of PERMISSIONS) {
      for (const where of WHERE) expect(can(who, permission, resources[where])).toBe(false);
    }
  });
});
