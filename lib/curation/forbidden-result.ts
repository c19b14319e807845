import { Forbidden } from "@/lib/errors";
import type { CurationResult } from "./result";

/** Runs a command; a refusal (already audited by assertCan) becomes the typed "forbidden" result, like a 403. */
export async function refusedAsResult(run: () => Promise<CurationResult>): Promise<CurationResult> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Forbidden) return { ok: false, fieldErrors: {}, formError: "forbidden" };
    throw error;
  }
}
