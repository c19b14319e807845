// The proxy's gate for server-action requests (issue #12): what it lets through to Next and what it refuses, with
// the ids and bodies the probe used. The production server is tested in tests/e2e/actions-http.spec.ts.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { formPostActionIds, isFormActionReply } from "./action-body";
import { actionIdKind, guardActionRequest } from "./action-guard";

const ACTION = `60${"ab".repeat(20)}`;
const CACHED = `c0${"ab".repeat(20)}`;
const ORIGIN = "http://localhost:3000";
const form = (fields: Record<string, string>) =>
  Object.entries(fields).reduce((f, [k, v]) => (f.append(k, v), f), new FormData());
const valid = {
  "0": JSON.stringify([{ ok: false, values: { name: "$$x" }, fieldErrors: {}, formError: "$undefined" }, "$K1"]),
  _1_email: "a@b.org",
};

async function post(headers: Record<string, string>, body: BodyInit, path = "/en/sign-in") {
  const request = new NextRequest(ORIGIN + path, {
    method: "POST",
    headers: { host: "localhost:3000", origin: ORIGIN, ...headers },
    body,
  });
  // Node's Request computes no Content-Length: set it as a client does.
  if (!request.headers.has("content-length"))
    request.headers.set("content-length", String((await request.clone().arrayBuffer()).byteLength));
  return (await guardActionRequest(request))?.status ?? "passed";
}

describe("actionIdKind", () => {
  it("tells server actions from cached functions by Next's type bit, and refuses anything else", () => {
    expect(actionIdKind(ACTION)).toBe("server-action");
    expect(actionIdKind(CACHED)).toBe("use-cache");
    expect(actionIdKind(`ff${"0".repeat(40)}`)).toBe("use-cache");
    for (const bad of ["", "garbage", ACTION.toUpperCase(), `${ACTION}0`, ACTION.slice(1), `${ACTION.slice(0, -1)}g`])
      expect(actionIdKind(bad)).toBe("malformed");
  });
});

describe("guardActionRequest", () => {
  it("lets our forms through, from the script and without it", async () => {
    expect(await post({ "next-action": ACTION }, form(valid))).toBe("passed");
    expect(await post({ "next-action": ACTION }, form({ "0": '["$K1"]' }))).toBe("passed");
    const withoutScript = {
      $ACTION_REF_1: "",
      "$ACTION_1:0": JSON.stringify({ id: ACTION, bound: "$@1" }),
      "$ACTION_1:1": JSON.stringify([{ ok: false }]),
      $ACTION_KEY: "k1",
      email: "a@b.org",
    };
    expect(await post({}, form(withoutScript))).toBe("passed");
    expect(await post({}, form({ [`$ACTION_ID_${ACTION}`]: "" }))).toBe("passed");
    expect(await post({}, form({ q: "a plain multipart post" }))).toBe("passed");
  });

  it("refuses cached functions however they are named", async () => {
    expect(await post({ "next-action": CACHED }, form(valid))).toBe(404);
    expect(await post({ "next-action": CACHED }, form(valid), "/en/organizations/a.b")).toBe(404);
    expect(await post({}, form({ [`$ACTION_ID_${CACHED}`]: "" }))).toBe(404);
    expect(
      await post(
        {},
        form({ $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id: CACHED, bound: "$@1" }), "$ACTION_1:1": "[{}]" }),
      ),
    ).toBe(404);
  });

  it("lets through the plain-text argument lists React sends when an action uses no form", async () => {
    expect(await post({ "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" }, "[]")).toBe("passed");
    expect(await post({ "next-action": ACTION, "content-type": "text/plain;charset=UTF-8" }, '[{"ok": false}]')).toBe(
      "passed",
    );
  });

  it("answers what Next would answer with a 500 with a 4xx", async () => {
    expect(await post({ "next-action": ACTION, origin: "https://evil.example" }, form(valid))).toBe(403);
    expect(await post({ "next-action": ACTION, origin: "null" }, form(valid))).toBe(403);
    expect(await post({ "next-action": ACTION, origin: "garbage" }, form(valid))).toBe(403);
    expect(await post({ origin: "https://evil.example" }, form(valid))).toBe(403);
    expect(await post({ "next-action": ACTION, "content-type": "application/json" }, "[{}]")).toBe(415);
    expect(await post({ "next-action": ACTION, "content-type": "text/plain" }, '[{}, {"email": "a"}]')).toBe(400);
    expect(await post({ "next-action": ACTION, "content-type": "text/plain" }, "[{")).toBe(400);
    expect(await post({ "next-action": "garbage" }, form(valid))).toBe(400);
    expect(await post({ "next-action": ACTION, "content-type": "multipart/form-data; boundary=x" }, "--y\r\n")).toBe(
      400,
    );
  });
});

describe("isFormActionReply", () => {
  it("accepts the argument lists our forms send and nothing React would have to resolve", () => {
    expect(isFormActionReply(form(valid))).toBe(true);
    expect(isFormActionReply(form({ "0": JSON.stringify([{ when: "$D2024-01-01T00:00:00.000Z" }, "$K1"]) }))).toBe(
      true,
    );
    // Arguments the action does not use are left out by Next (an action ignoring its previous state, or both).
    for (const root of ["[]", '["$undefined", "$K1"]', '[null, "$K1"]', "[{}]"])
      expect(isFormActionReply(form({ "0": root })), root).toBe(true);
    for (const root of [
      "[{",
      '"$K1"',
      '[{}, {"email": "a"}]',
      '["$@5"]',
      '[{}, "$Q1"]',
      '[{"a": "$h1"}, "$K1"]',
      '[{"a": "$D garbage"}, "$K1"]',
      '[{}, {}, "$K1"]',
      '["x", "$K1"]',
      '[[], "$K1"]',
      "[{}, {}]",
      `[${"[".repeat(40)}${"]".repeat(40)}, "$K1"]`,
    ]) {
      expect(isFormActionReply(form({ "0": root })), root.slice(0, 40)).toBe(false);
    }
    expect(isFormActionReply(form({ _1_email: "a" }))).toBe(false);
    expect(isFormActionReply(form({ ...valid, "1": "[]" }))).toBe(false);
  });

  it("reads the ids a form without JavaScript names, or refuses what Next's decoder would throw on", () => {
    expect(formPostActionIds(form({ [`$ACTION_ID_${ACTION}`]: "", x: "1" }))).toEqual([ACTION]);
    expect(formPostActionIds(form({ $ACTION_REF_1: "", "$ACTION_1:0": "{" }))).toBeNull();
    expect(
      formPostActionIds(
        form({
          $ACTION_REF_1: "",
          "$ACTION_1:0": JSON.stringify({ id: ACTION, bound: "$@1" }),
          "$ACTION_1:1": '["$Q2"]',
        }),
      ),
    ).toBeNull();
    expect(
      formPostActionIds(
        form({ $ACTION_REF_1: "", "$ACTION_1:0": JSON.stringify({ id: ACTION, bound: "$@1" }), "$ACTION_1:2": "[]" }),
      ),
    ).toBeNull();
  });
});
