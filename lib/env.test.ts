import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("fills defaults for an empty environment", () => {
    expect(readEnv({})).toMatchObject({ DATABASE_POOL_MAX: 10, PGLITE_DATA_DIR: ".data/pglite", PORT: 3000 });
  });

  it("treats an empty variable as unset", () => {
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names the variable that is wrong", () => {
    expect(() => readEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => readEnv({ DATABASE_POOL_MAX: "0" })).toThrow(/DATABASE_POOL_MAX/);
  });
});

describe("readEnv: accounts and mail", () => {
  it("accepts an SMTP URL and refuses a short session secret", () => {
    expect(readEnv({ SMTP_URL: "smtp://user:pass@mail.example.org:587" }).SMTP_URL).toBe(
      "smtp://user:pass@mail.example.org:587",
    );
    expect(() => readEnv({ BETTER_AUTH_SECRET: "too-short" })).toThrow(/BETTER_AUTH_SECRET/);
    expect(readEnv({}).MAIL_FROM).toMatch(/Diaspora Atlas/);
  });
});

describe("readEnv: calendar subscriptions", () => {
  it("reads every six hours by default", () => {
    expect(readEnv({}).SUBSCRIPTIONS_POLL_HOURS).toBe(6);
    expect(readEnv({}).TEST_FETCH_LOOPBACK_PORTS).toEqual([]);
  });

  it("lets tests reach loopback ports only while the site itself is on a loopback host", () => {
    expect(readEnv({ TEST_FETCH_LOOPBACK_PORTS: "4100,4101" }).TEST_FETCH_LOOPBACK_PORTS).toEqual([4100, 4101]);
    expect(
      readEnv({ TEST_FETCH_LOOPBACK_PORTS: "4100", SITE_URL: "http://127.0.0.1:3000" }).TEST_FETCH_LOOPBACK_PORTS,
    ).toEqual([4100]);
    expect(() => readEnv({ TEST_FETCH_LOOPBACK_PORTS: "4100", SITE_URL: "https://atlas.example.org" })).toThrow(
      /TEST_FETCH_LOOPBACK_PORTS/,
    );
    expect(() => readEnv({ TEST_FETCH_LOOPBACK_PORTS: "4100; rm" })).toThrow(/TEST_FETCH_LOOPBACK_PORTS/);
  });
});
