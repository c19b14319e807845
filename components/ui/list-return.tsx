"use client";
// "← All organizations" returns to the list as the reader left it (filters, sort, page). The list records its
// query in this tab's sessionStorage and the profile's link reads it after hydration; without JavaScript, or
// coming from elsewhere, the link goes to the plain list. Profiles stay one cacheable address with a clean
// canonical link: nothing about the list travels in their URL (no `?from=`).
import { useEffect, useSyncExternalStore } from "react";
import { Link } from "@/lib/i18n/navigation";

export type ListName = "organizations" | "events";

const key = (list: ListName) => `atlas:list:${list}`;

/** Rendered by a list page: remembers its query (`query`: the one the server rendered, without `?`). */
export function RememberListQuery({ list, query }: { list: ListName; query: string }) {
  useEffect(() => {
    try {
      sessionStorage.setItem(key(list), query);
    } catch {
      // Storage refused (private mode, quota): the link back goes to the plain list.
    }
  }, [list, query]);
  return null;
}

const subscribe = () => () => {};
const none = () => null;

type Props = { list: ListName; query?: Record<string, string>; className?: string; children: React.ReactNode };

/** The profile's link back to `/{list}`: with the remembered query when there is one, else with `query`. */
export function BackToListLink({ list, query, className, children }: Props) {
  const remembered = useSyncExternalStore(
    subscribe,
    () => {
      try {
        return sessionStorage.getItem(key(list));
      } catch {
        return null;
      }
    },
    none,
  );
  const href =
    remembered !== null
      ? { pathname: `/${list}` as const, query: Object.fromEntries(new URLSearchParams(remembered)) }
      : { pathname: `/${list}` as const, query: query ?? {} };
  return (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}
