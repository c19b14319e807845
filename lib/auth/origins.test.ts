import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { authOrigins } from "./origins";

describe("authOrigins", () => {
  it("trusts only SITE_URL's origin when it is set", () => {
    expect(authOrigins(readEnv({ SITE_URL: "https://atlas.example.org/some/path" }))).toEqual({
      baseURL: "https://atlas.example.org",
      trustedOrigins: ["https://atlas.example.org"],
    });
  });

  it("trusts the local server under both names otherwise", () => {
    expect(authOrigins(readEnv({ PORT: "3204" }))).toEqual({
      baseURL: "http://localhost:3204",
      trustedOrigins: ["http://localhost:3204", "http://127.0.0.1:3204"],
    });
  });
});
