// Locale-aware navigation for the whole app: redirect, pathname and router from next-intl, and a Link that prefetches
// when the reader reaches for it instead of whenever it scrolls into view (./link.tsx).
export { redirect, usePathname, useRouter, getPathname } from "./navigation-core";
export { Link } from "./link";
