// A web server on 127.0.0.1 at CALENDAR_PORT, the one port the end-to-end apps may fetch from
// (TEST_FETCH_LOOPBACK_PORTS, playwright.config.ts): the subscriptions spec's calendar, the links spec's dead site.
// Specs that use it run one at a time (OWN_WRITING_SPECS), so the port is never taken twice.
import http from "node:http";
import { test } from "@playwright/test";
import { CALENDAR_PORT } from "./ports";

/** Serves `handler` on the loopback for the spec's tests: listening before the first, closed after the last. */
export function serveOnLoopback(handler: http.RequestListener): { origin: string } {
  const server = http.createServer(handler);
  test.beforeAll(() => new Promise<void>((resolve) => server.listen(CALENDAR_PORT, "127.0.0.1", resolve)));
  test.afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return { origin: `http://127.0.0.1:${CALENDAR_PORT}` };
}
