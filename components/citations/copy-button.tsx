"use client";

import { useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";

type Status = "idle" | "copied" | "failed";

const noSubscription = () => () => {};

/**
 * Copies a citation to the clipboard. Rendered only once JavaScript runs (without it the text is still there to
 * select); the result is announced politely. With `html`, the clipboard gets it beside the plain text, so a word
 * processor keeps the formatting (APA's italic title) and a plain-text field still gets clean text.
 */
export function CopyButton({
  text,
  html,
  label,
  buttonText,
}: {
  text: string;
  html?: string;
  label: string;
  /** The button's visible text, when "Copy" alone would not say what is copied ("Copy address"). */
  buttonText?: string;
}) {
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
      if (html && typeof ClipboardItem !== "undefined") {
        await navigator.clipboard.write([
          new ClipboardItem({
            "text/html": new Blob([html], { type: "text/html" }),
            "text/plain": new Blob([text], { type: "text/plain" }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(text);
      }
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
        {buttonText ?? t("copy")}
      </button>
      <span role="status" className="text-sm text-stone-700">
        {status === "copied" ? t("copied") : status === "failed" ? t("copyFailed") : ""}
      </span>
    </span>
  );
}
