// The OpenAPI document checked by Redocly's linter (its "recommended" rule set, as `redocly lint` runs it), so the
// document stays valid as a whole, not only its examples (tests/integration/api-conformance.test.ts checks
// those against live answers).
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it, vi } from "vitest";

// The server URL comes from SITE_URL (read once, when lib/env.ts loads); the linter rightly warns about localhost,
// the default without it.
vi.stubEnv("SITE_URL", "https://diaspora-atlas.org");
const { openApiDocument } = await import("./document");

// A CORS preflight answers 204 to any request (lib/api/http), so it has no 4XX to document; GET and HEAD keep the rule.
const preflightWithout4xx = (problem: string) =>
  problem.startsWith("warn operation-4xx-response:") && problem.endsWith("/options/responses");

async function problems(document: unknown) {
  const config = await createConfig({ extends: ["recommended"] });
  const found = await lintFromString({ source: JSON.stringify(document), absoluteRef: "/openapi.json", config });
  return found
    .map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? "?"}`)
    .filter((p) => !preflightWithout4xx(p));
}

describe("the OpenAPI document", () => {
  it("has no errors or warnings under Redocly's recommended rules", async () => {
    expect(await problems(openApiDocument())).toEqual([]);
  });

  it("would be reported if an operation on a path with {slug} did not declare it", async () => {
    const document = structuredClone(openApiDocument()) as { paths: Record<string, Record<string, unknown>> };
    const item = document.paths["/organizations/{slug}"]!;
    const { parameters: _dropped, ...rest } = item;
    document.paths["/organizations/{slug}"] = rest;
    expect((await problems(document)).join("\n")).toMatch(/path-parameters-defined|slug/);
  });
});
