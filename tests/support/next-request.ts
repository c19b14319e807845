// Next's request context for server actions called directly from a test: the `"use server"` functions read the
// request through next/headers (session cookie, client address) and revalidate through next/cache, both of
// which only exist inside Next's server. A test file swaps those two modules for this one:
//   vi.mock("next/headers", () => import("../../support/next-request"));
//   vi.mock("next/cache", () => import("../../support/next-request"));
// and sets the request with `setRequest`. Everything behind them (better-auth sessions, PostgreSQL) is real.

type Request = { cookie?: string; ip?: string; locale?: string; origin?: string };

let current: Request = {};
const jar = new Map<string, string>();
const memo = new Map<unknown, Map<string, unknown>>();
/** Paths the last actions asked to revalidate. */
export const revalidated: string[] = [];

/** The request the next action calls see: a signed-in user's session cookie, their address, the page's locale. */
export function setRequest(request: Request): void {
  current = request;
  jar.clear();
  memo.clear();
}

/**
 * React's cache() as a server render has it: one result per function and arguments for the whole request (until
 * the next setRequest), so the session is looked up once, as in the app, and not once per generated input.
 * Outside a server render React's own cache() memoizes nothing.
 *   vi.mock("react", async (original) => ({ ...(await original()), cache: requestCache }));
 */
export function requestCache<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    const results = memo.get(fn) ?? new Map<string, unknown>();
    memo.set(fn, results);
    const key = JSON.stringify(args);
    if (!results.has(key)) results.set(key, fn(...args));
    return results.get(key) as R;
  };
}

export async function headers(): Promise<Headers> {
  const h = new Headers();
  if (current.cookie) h.set("cookie", current.cookie);
  // The client address as scripts/serve-next.mjs sets it from the socket.
  if (current.ip) h.set("x-atlas-client-address", current.ip);
  if (current.origin) h.set("origin", current.origin);
  // next-intl's getLocale() reads the locale its middleware put on the request.
  h.set("x-next-intl-locale", current.locale ?? "en");
  return h;
}

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
}

export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}

export function revalidatePath(path: string): void {
  revalidated.push(path);
}
export function revalidateTag(tag: string): void {
  revalidated.push(`tag:${tag}`);
}
export function updateTag(tag: string): void {
  revalidated.push(`tag:${tag}`);
}
export function refresh(): void {}
export function unstable_cache<T>(fn: T): T {
  return fn;
}
export function unstable_noStore(): void {}

/** next-intl's getLocale(), which outside Next's server cannot read the request. */
export async function getLocale(): Promise<string> {
  return current.locale ?? "en";
}

/** next-intl's getTranslations({ locale, namespace }) without Next's server: the same messages through createTranslator. */
export async function getTranslations(options: { locale?: string; namespace?: string } | string = {}) {
  const { locale, namespace } = typeof options === "string" ? { locale: undefined, namespace: options } : options;
  const { rootTranslatorFor, translatorFor } = await import("../../lib/i18n/translator");
  const chosen = locale ?? current.locale ?? "en";
  return namespace ? translatorFor(chosen, namespace as never) : rootTranslatorFor(chosen);
}
