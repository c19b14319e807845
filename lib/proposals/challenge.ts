import "server-only";
// The proof of work a visitor's browser does before a public proposal is accepted (ALTCHA, decision 0034): the
// server hands out a signed challenge, the browser searches for the counter that derives the signed key, and the
// proposal carries the solution. No third party, no cookie: the challenge is self-verifying, and each solution is
// accepted once (PublicProposal.challengeHash).
import { createHash, createHmac } from "node:crypto";
import { createChallenge, randomInt, verifySolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import type { Challenge, Solution } from "altcha-lib/types";
import { z } from "zod";
import { env } from "@/lib/env";
import { CHALLENGE_FIELD } from "./limits";

export { CHALLENGE_FIELD };

// Development without `npm run serve` may have no secret; production always has one (scripts/start.ts).
const DEVELOPMENT_KEY = "diaspora-atlas-development-only";

/** How long a handed-out challenge may be solved and sent: long enough to fill in the form after it. */
export const CHALLENGE_LIFETIME_MS = 2 * 60 * 60 * 1000;
/**
 * The counter the browser must find lies between these: one SHA-256 per try, so on a phone about one to three
 * seconds of work, and a sender of thousands of proposals pays for each one.
 */
export const CHALLENGE_COUNTER = { min: 5_000, max: 50_000 } as const;

/** A secret of its own per use, derived from the server secret, so a challenge signature is good for nothing else. */
function secret(purpose: string): string {
  const key = env.BETTER_AUTH_SECRET ?? (env.NODE_ENV === "production" ? null : DEVELOPMENT_KEY);
  if (!key) throw new Error("BETTER_AUTH_SECRET is required to sign proof-of-work challenges");
  return createHmac("sha256", key).update(`altcha:${purpose}`).digest("hex");
}

/** A new challenge for a public proposal form. */
export function proposalChallenge(now = new Date()): Promise<Challenge> {
  return createChallenge({
    algorithm: "SHA-256",
    cost: 1,
    counter: randomInt(CHALLENGE_COUNTER.max, CHALLENGE_COUNTER.min),
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
    hmacSignatureSecret: secret("signature"),
    hmacKeySignatureSecret: secret("key"),
  });
}

const payloadSchema = z.object({
  challenge: z.object({
    parameters: z.looseObject({ algorithm: z.literal("SHA-256"), nonce: z.string(), salt: z.string() }),
    signature: z.string().min(1),
  }),
  solution: z.looseObject({ counter: z.number().int().nonnegative(), derivedKey: z.string().max(200) }),
});

export type ChallengeCheck =
  { ok: true; hash: string } | { ok: false; code: "challengeMissing" | "challengeExpired" | "challengeFailed" };

/**
 * Checks the solution the form posted (base64 JSON of { challenge, solution }, as the ALTCHA widget writes it):
 * signed by this server, not expired, and solved. `hash` identifies the challenge, to accept each one once.
 */
export async function checkChallenge(posted: unknown): Promise<ChallengeCheck> {
  if (typeof posted !== "string" || posted === "") return { ok: false, code: "challengeMissing" };
  if (posted.length > 4000) return { ok: false, code: "challengeFailed" };
  let payload: z.infer<typeof payloadSchema>;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(posted, "base64").toString("utf8")));
    if (!parsed.success) return { ok: false, code: "challengeFailed" };
    payload = parsed.data;
  } catch {
    return { ok: false, code: "challengeFailed" };
  }
  const result = await verifySolution({
    challenge: payload.challenge as unknown as Challenge,
    solution: payload.solution as Solution,
    deriveKey,
    hmacSignatureSecret: secret("signature"),
    hmacKeySignatureSecret: secret("key"),
  });
  if (result.expired) return { ok: false, code: "challengeExpired" };
  if (!result.verified) return { ok: false, code: "challengeFailed" };
  return { ok: true, hash: createHash("sha256").update(payload.challenge.signature).digest("hex") };
}
