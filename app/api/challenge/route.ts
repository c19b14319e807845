// GET → a new signed proof-of-work challenge (ALTCHA) for the public proposal forms (lib/proposals/challenge.ts).
// Never cached: every form gets its own, and each solution is accepted once.
import { apiRoute } from "@/lib/api/http/route";
import { proposalChallenge } from "@/lib/proposals/challenge";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS } = apiRoute(
  async () => ({ body: await proposalChallenge(), cacheControl: "no-store" }),
  {
    needsDatabase: false,
  },
);
