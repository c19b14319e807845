"use client";

import { useEffect, useRef } from "react";
import { useSearchParams } from "next/navigation";
import { usePathname } from "@/lib/i18n/navigation";

/**
 * The header's menus are <details> (they work without JavaScript), and the header stays mounted across client-side
 * navigations, so an open menu would stay open on the next page: close every one when the address changes.
 */
export function CloseMenusOnNavigate() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  // Only a later address closes them: a menu opened before the page's script ran (a tap on a slow phone) stays open.
  const shown = useRef(`${pathname}?${query}`);
  useEffect(() => {
    const address = `${pathname}?${query}`;
    if (address === shown.current) return;
    shown.current = address;
    for (const menu of document.querySelectorAll<HTMLDetailsElement>("header details[open]")) menu.open = false;
  }, [pathname, query]);
  return null;
}

/** The header's search box everywhere but on the search page, which has its own: one search box per page. */
export function UnlessSearchPage({ children }: { children: React.ReactNode }) {
  return usePathname() === "/search" ? null : children;
}
