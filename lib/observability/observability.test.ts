import { NextRequest, NextResponse } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isConnectionError } from "@/lib/db/availability";
import { formatLogLine, routeConsoleToLog } from "./log";
import { forwardRequestId } from "./proxy";
import { isValidRequestId, requestIdFor } from "./request-id";
import { localeOfPath } from "./unavailable-page";

describe("log lines", () => {
  it("are one JSON object with time, level, message, the given fields and the error's name, message and code", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const line = formatLogLine(
      "error",
      "server error",
      { requestId: "abc-12345678", method: "GET", path: "/en", status: 500, durationMs: 12, skipped: undefined, error },
      new Date("2026-01-02T03:04:05Z"),
    );
    expect(line).not.toContain("\n");
    const parsed = JSON.parse(line);
    expect(parsed).toMatchObject({
      time: "2026-01-02T03:04:05.000Z",
      level: "error",
      msg: "server error",
      requestId: "abc-12345678",
      method: "GET",
      path: "/en",
      status: 500,
      durationMs: 12,
    });
    expect(parsed.error).toMatchObject({
      name: "Error",
      message: "connect ECONNREFUSED 127.0.0.1:5432",
      code: "ECONNREFUSED",
    });
    expect(parsed).not.toHaveProperty("skipped");
  });
});

describe("console output in the server", () => {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  afterEach(() => {
    Object.assign(console, saved);
    delete (console as { atlasJson?: boolean }).atlasJson;
    vi.restoreAllMocks();
  });

  it("becomes one JSON line per call, a multi-line error included", () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    routeConsoleToLog();
    console.error("⨯ render failed\n  at somewhere", new Error("Database error.\nCode: 57P01"));
    expect(written).toHaveLength(1);
    expect(written[0]!.endsWith("\n")).toBe(true);
    expect(written[0]!.trimEnd()).not.toContain("\n");
    expect(JSON.parse(written[0]!)).toMatchObject({
      level: "error",
      msg: "⨯ render failed at somewhere",
      source: "console",
      error: { message: "Database error.\nCode: 57P01" },
    });
  });
});

describe("request ids", () => {
  it("keep a well-formed incoming id and replace a missing, short, long or forged one", () => {
    expect(requestIdFor(new Headers({ "x-request-id": "trace-1234.abcd:EF" }))).toBe("trace-1234.abcd:EF");
    for (const bad of ["", "short", "x".repeat(129), 'a"b\ninjected line', "spaces in id here"]) {
      const id = requestIdFor(new Headers(bad ? { "x-request-id": bad.replace(/\n/g, " ") } : {}));
      expect(id).not.toBe(bad);
      expect(isValidRequestId(id)).toBe(true);
    }
    expect(requestIdFor(new Headers())).not.toBe(requestIdFor(new Headers()));
  });

  it("are forwarded to the app with the other request headers when the response continues to it", () => {
    const request = new NextRequest("http://localhost/en/organizations", {
      headers: { accept: "text/html", cookie: "a=1" },
    });
    const passed = NextResponse.next();
    forwardRequestId(passed, request, "id-00000001");
    expect(passed.headers.get("x-middleware-request-x-request-id")).toBe("id-00000001");
    expect(passed.headers.get("x-middleware-request-cookie")).toBe("a=1");
    expect(passed.headers.get("x-middleware-override-headers")?.split(",")).toEqual(
      expect.arrayContaining(["accept", "cookie", "x-request-id"]),
    );

    // next-intl already lists the headers to forward (its locale header): the id joins them.
    const rewritten = NextResponse.rewrite(new URL("http://localhost/en"), {
      request: { headers: new Headers({ "x-next-intl-locale": "en" }) },
    });
    forwardRequestId(rewritten, request, "id-00000002");
    expect(rewritten.headers.get("x-middleware-override-headers")?.split(",")).toEqual([
      "x-next-intl-locale",
      "x-request-id",
    ]);
    expect(rewritten.headers.get("x-middleware-request-x-request-id")).toBe("id-00000002");

    const redirect = NextResponse.redirect(new URL("http://localhost/ru"));
    forwardRequestId(redirect, request, "id-00000003");
    expect(redirect.headers.has("x-middleware-override-headers")).toBe(false);
  });
});

describe("outage detection", () => {
  it("counts refused, cut and starting-up connections as the database being unreachable, not query errors", () => {
    expect(
      isConnectionError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(
      isConnectionError(
        Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
      ),
    ).toBe(true);
    expect(isConnectionError(new Error("wrapped", { cause: new Error("Connection terminated unexpectedly") }))).toBe(
      true,
    );
    expect(isConnectionError(Object.assign(new Error("the database system is starting up"), { code: "57P03" }))).toBe(
      true,
    );
    expect(
      isConnectionError(
        Object.assign(new Error('duplicate key value violates unique constraint "x"'), { code: "23505" }),
      ),
    ).toBe(false);
    expect(isConnectionError(new Error("Unique constraint failed on the fields: (`slug`)"))).toBe(false);
    expect(isConnectionError("ECONNREFUSED")).toBe(false);
  });

  it("answers in the language of the requested path", () => {
    expect(localeOfPath("/hy/organizations")).toBe("hy");
    expect(localeOfPath("/et")).toBe("et");
    expect(localeOfPath("/xx/organizations")).toBe("ru");
    expect(localeOfPath("/")).toBe("ru");
  });
});
