// The security headers every response carries (OWASP secure headers, ASVS V3.4). Pure functions, shared by
// proxy.ts (pages: a per-request nonce policy) and next.config.ts (everything the proxy does not see: the API,
// feeds, exports, calendars, sitemaps, static files).

/** HSTS only for an https public origin: browsers ignore it over http, and sending it from localhost would pin developers' machines. */
export const isHttpsSite = (siteUrl: string | undefined) => Boolean(siteUrl && new URL(siteUrl).protocol === "https:");

const oneLine = (directives: string[]) => directives.join("; ");

/**
 * Pages: scripts only from this origin with the request's nonce ('strict-dynamic' lets Next's loader add its
 * chunks), never eval outside development (React's dev overlay needs it). Styles allow inline because React
 * renders style attributes (map legend swatches, chart labels) that nonces cannot cover; script is the XSS vector.
 */
export function pagePolicy({
  nonce,
  development = false,
  https = false,
}: {
  nonce: string;
  development?: boolean;
  https?: boolean;
}): string {
  return oneLine([
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ]);
}

/**
 * Everything that is not a page (JSON, Atom, iCalendar, CSV, SVG charts, 404s for files): nothing may run or load.
 * Styles stay allowed so a browser can still show an SVG chart opened on its own.
 */
export const DOCUMENT_POLICY = oneLine([
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
]);

/** Headers for every response, pages or not. */
export function commonHeaders({ https = false }: { https?: boolean } = {}): [string, string][] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    [
      "Permissions-Policy",
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    ],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["X-Frame-Options", "DENY"],
    ...(https ? [["Strict-Transport-Security", "max-age=63072000; includeSubDomains"] as [string, string]] : []),
  ];
}

/** A fresh, unguessable nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
