import { vi } from "vitest";

// The route handlers called in process (tests/support/api-client.ts) run the cached API reads outside Next, where
// "use cache" is a plain string and cacheLife()/cacheTag() throw for want of Next's request context. Here they
// only declare how long to keep and what to tag, so they do nothing; caching itself is tested against the built
// server (tests/e2e/curation-caching.spec.ts, tests/scale/).
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  cacheLife: () => {},
  cacheTag: () => {},
}));
