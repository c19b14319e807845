// The production HTTP server (what `next start` would be), started by scripts/start.ts. It exists for one reason:
// Next 16 gives the app no way to read the TCP peer's address (NextRequest.ip is gone, and Next fills in
// X-Forwarded-For only when the client sent none, so a client-chosen value reaches the app unchanged). Here the
// socket is at hand: each request gets the resolved client address in one header before Next sees it
// (lib/security/client-address.mjs, docs/decisions/0019-client-address.md).
//   node scripts/serve-next.mjs --port 3000
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { parseTrustedProxies, stampClientAddress } from "../lib/security/client-address.mjs";

process.env.NODE_ENV = "production";
const { values } = parseArgs({
  options: { port: { type: "string", default: process.env.PORT ?? "3000" }, hostname: { type: "string" } },
});
const port = Number(values.port);

let trustedProxies;
try {
  trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
} catch (error) {
  console.error(`error: ${error.message}`);
  process.exit(1);
}

const app = next({ dev: false, dir: process.cwd(), hostname: values.hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  stampClientAddress(request, trustedProxies);
  void handle(request, response);
});
server.listen(port, values.hostname, () =>
  console.log(`▲ Next.js ready on port ${port}${trustedProxies ? " (behind trusted proxies)" : ""}`),
);

let closing = false;
function close() {
  if (closing) return;
  closing = true;
  server.close(() => void app.close().finally(() => process.exit(0)));
  server.closeIdleConnections();
  // Open keep-alive or streaming responses get a few seconds, as `next start` gives them.
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on("SIGTERM", close);
process.on("SIGINT", close);
