"use client";
// The app's Link: next-intl's locale-aware Link that prefetches on intent (pointer over it, keyboard focus on it, a
// finger on it) instead of as soon as it scrolls into view. Next's default fetched the server-rendered payload of
// every visible link: a list page with 20 organizations and the header cost 30–40 server renders per page view,
// most for pages the reader never opens (a phone on a metered connection paid for them; the server did the work).
// After intent the link behaves as Next's default ("auto"), so the page the reader opens is usually already there.
// An explicit `prefetch` prop is respected as given.
import { useState, type ComponentProps } from "react";
import { Link as LocaleLink } from "./navigation-core";

export function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof LocaleLink>) {
  const [reachedFor, setReachedFor] = useState(false);
  const intent = () => setReachedFor(true);
  return (
    <LocaleLink
      {...props}
      prefetch={prefetch !== undefined ? prefetch : reachedFor ? null : false}
      onMouseEnter={(event) => {
        intent();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        intent();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        intent();
        onTouchStart?.(event);
      }}
    />
  );
}
