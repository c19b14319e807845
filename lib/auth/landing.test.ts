import { describe, expect, it } from "vitest";
import { landingPath } from "./landing";
import type { Actor, RoleGrant } from "./permissions";

const actor = (...grants: RoleGrant[]): Actor => ({ userId: "u", email: "u@example.org", name: "U", grants });
const curator: RoleGrant = { role: "CURATOR", global: false, diasporaIds: ["d1"] };

describe("landingPath", () => {
  it("sends moderators and admins to the moderation queue, curators to their work, others to their account", () => {
    expect(landingPath(actor(curator))).toBe("/curate");
    expect(landingPath(actor({ role: "MODERATOR", global: false, diasporaIds: ["d1"] }))).toBe("/moderate");
    expect(landingPath(actor(curator, { role: "MODERATOR", global: true, diasporaIds: [] }))).toBe("/moderate");
    expect(landingPath(actor({ role: "ADMIN", global: true, diasporaIds: [] }))).toBe("/moderate");
    expect(landingPath(actor())).toBe("/account");
    expect(landingPath(null)).toBe("/account");
  });
});
