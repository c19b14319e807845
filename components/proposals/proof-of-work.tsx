"use client";
// The anti-spam check of the public proposal forms (decision 0034): once the visitor starts filling in the form, the
// browser fetches a signed challenge from our server and searches for its answer (ALTCHA's proof of work: a second or
// two of hashing, no third party, no cookie, nothing to click). The answer goes with the form in a hidden field. The
// state is announced politely to screen readers. `round` changes when the server has used or refused the answer,
// which starts a new check.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { CHALLENGE_FIELD, CHALLENGE_PATH } from "@/lib/proposals/limits";

type Status = "idle" | "working" | "done" | "failed";

async function solve(signal: AbortSignal): Promise<string | null> {
  const response = await fetch(CHALLENGE_PATH, { cache: "no-store", signal });
  if (!response.ok) return null;
  const challenge = await response.json();
  const [{ solveChallenge }, { deriveKey }] = await Promise.all([
    import("altcha-lib"),
    import("altcha-lib/algorithms/web/sha"),
  ]);
  const controller = new AbortController();
  signal.addEventListener("abort", () => controller.abort());
  const solution = await solveChallenge({ challenge, deriveKey, controller });
  if (!solution) return null;
  return btoa(JSON.stringify({ challenge, solution: { counter: solution.counter, derivedKey: solution.derivedKey } }));
}

export function ProofOfWork({ formId, round }: { formId: string; round: number }) {
  const t = useTranslations("Propose.check");
  const [status, setStatus] = useState<Status>("idle");
  const [payload, setPayload] = useState("");
  const [attempt, setAttempt] = useState(0);
  const begun = useRef(false);

  useEffect(() => {
    const controller = new AbortController();
    const start = () => {
      begun.current = true;
      setStatus("working");
      setPayload("");
      solve(controller.signal)
        .then((solved) => {
          setPayload(solved ?? "");
          setStatus(solved ? "done" : "failed");
        })
        .catch(() => {
          if (!controller.signal.aborted) setStatus("failed");
        });
    };
    // The first check waits until the visitor begins; a new round (the last answer was used or refused) or a retry
    // starts at once.
    if (begun.current) queueMicrotask(start);
    else document.getElementById(formId)?.addEventListener("focusin", start, { once: true, signal: controller.signal });
    return () => controller.abort();
  }, [formId, round, attempt]);

  return (
    <div className="mt-6">
      <input type="hidden" name={CHALLENGE_FIELD} value={payload} />
      <p role="status" className="text-sm text-stone-700" data-check={status}>
        {status === "done" ? (
          <span className="font-medium text-green-900">✓ {t("done")}</span>
        ) : status === "working" ? (
          t("working")
        ) : status === "failed" ? (
          <span className="text-red-800">
            {t("failed")}{" "}
            <button
              type="button"
              className="font-medium text-blue-800 underline"
              onClick={() => setAttempt((n) => n + 1)}
            >
              {t("retry")}
            </button>
          </span>
        ) : (
          t("idle")
        )}
      </p>
    </div>
  );
}
