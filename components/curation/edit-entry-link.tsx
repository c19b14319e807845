"use client";
// "Edit" on a public profile, for the curators who may edit the entry. The page is cached alike for every reader,
// so the link is asked for after it loads, with the reader's session, and never rendered into the page's HTML.
import { useEffect, useState } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { SuggestionEntityType } from "@/lib/suggestions/limits";

export function EditEntryLink({ kind, slug, label }: { kind: SuggestionEntityType; slug: string; label: string }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/curate/edit-link?${new URLSearchParams({ kind, slug })}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((answer: { href?: unknown } | null) => setHref(typeof answer?.href === "string" ? answer.href : null))
      .catch(() => setHref(null)); // no link is the safe answer: offline, aborted, or refused
    return () => controller.abort();
  }, [kind, slug]);
  if (!href) return null;
  return (
    <p className="mb-4 flex justify-end">
      <Link
        href={href}
        className="rounded border border-stone-500 bg-white px-3 py-1.5 text-sm font-medium text-blue-900 underline hover:bg-stone-100"
      >
        {label}
      </Link>
    </p>
  );
}
