"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";

type Status = "idle" | "copied" | "failed";

const noSubscription = () => () => {};

/**
 * Copies a citation to the clipboard. Rendered only once JavaScript runs (without it the text is still there to
 * select); the result is announced politely.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("Cite");
  // False on the server and while hydrating, true after: the button exists only where the clipboard does.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [status, setStatus] = useState<Status>("idle");
  if (!ready) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        aria-label={label}
        className="rounded border border-stone-500 bg-white px-2 py-0.5 text-sm text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
      >
        {t("copy")}
      </button>
      <span role="status" className="text-sm text-stone-700">
        {status === "copied" ? t("copied") : status === "failed" ? t("copyFailed") : ""}
      </span>
    </span>
  );
}
