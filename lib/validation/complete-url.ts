// Completes a web address typed without its scheme ("example.org" → "https://example.org"), as browsers' address
// bars do. Pure and zod-free, so a form can complete the address in the field as the curator leaves it, and the
// schema completes it again on the server (lib/validation/text.ts's webUrl). String operations only, no regex.

/**
 * The address with "https://" in front when it has no scheme of its own; anything else unchanged, so "mailto:…",
 * "javascript:…", "ftp://…" or a relative "//host/…" are still refused by the check that follows. "" stays "".
 */
export function completeUrl(typed: string): string {
  const value = typed.trim();
  if (value === "" || value.includes("://")) return value;
  const end = [value.indexOf("/"), value.indexOf("?"), value.indexOf("#")].filter((i) => i >= 0);
  const host = end.length ? value.slice(0, Math.min(...end)) : value;
  // "a@b.org" is an e-mail address, not a site: completing it would make a site of "b.org" with a user name.
  if (host.includes("@") || !host.includes(".")) return value;
  // A colon in the host part is a port ("example.org:8080") only after a dot; "mailto:x.org" has it before any dot.
  const colon = host.indexOf(":");
  if (colon >= 0 && !host.slice(0, colon).includes(".")) return value;
  return `https://${value}`;
}
