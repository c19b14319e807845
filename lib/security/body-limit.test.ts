import { describe, expect, it } from "vitest";
import { BODY_LIMIT, bodyRefusal, IMPORT_BODY_LIMIT } from "./body-limit";

const IMPORT_ID = "60227c7a37335d09583fba7c08ed79baff4594d1c0";
const isImport = (id: string) => id === IMPORT_ID;
const refusal = (headers: Record<string, string>, pathname = "/en/organizations/x", method = "POST") =>
  bodyRefusal({ method, headers: new Headers(headers), pathname }, isImport);

describe("bodyRefusal", () => {
  it("lets every action take 256 KB, and the import actions 2 MB", () => {
    expect(refusal({ "next-action": "7f00", "content-length": String(BODY_LIMIT) })).toBeNull();
    expect(refusal({ "next-action": "7f00", "content-length": String(BODY_LIMIT + 1) })).toEqual({
      status: 413,
      limit: BODY_LIMIT,
    });
    expect(refusal({ "next-action": IMPORT_ID, "content-length": "2000000" })).toBeNull();
    expect(refusal({ "next-action": IMPORT_ID, "content-length": String(IMPORT_BODY_LIMIT + 1) })).toEqual({
      status: 413,
      limit: IMPORT_BODY_LIMIT,
    });
  });

  it("gives the import limit to forms posted without JavaScript only on the import pages", () => {
    expect(refusal({ "content-length": "1000000" }, "/ru/admin/import")).toBeNull();
    expect(refusal({ "content-length": "1000000" }, "/ru/admin/import/ical")).toBeNull();
    expect(refusal({ "content-length": "1000000" }, "/ru/organizations/x")?.status).toBe(413);
    // A non-import action id posted to the import page keeps the small limit.
    expect(refusal({ "next-action": "7f00", "content-length": "1000000" }, "/ru/admin/import")?.status).toBe(413);
  });

  it("applies to the API too, and refuses a body of undeclared length", () => {
    expect(
      refusal(
        { "content-length": String(BODY_LIMIT + 1), "content-type": "application/json" },
        "/api/auth/sign-in/email",
      )?.status,
    ).toBe(413);
    expect(refusal({ "transfer-encoding": "chunked" }, "/en/organizations/x")?.status).toBe(411);
    expect(refusal({}, "/en", "GET")).toBeNull();
  });
});
