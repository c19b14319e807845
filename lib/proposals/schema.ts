// What a public proposal adds to the entry's own form: the page that says it, a word to the moderators and an address
// for their questions. The entry's fields are checked by the entry's one schema (the kinds'), as a curator's are.
// Messages are locale-agnostic codes (Propose.errors, then Curate.errors).
import { z } from "zod";
import { plainText } from "@/lib/curation/validation";
import { optionalEmail, sourcePageUrl } from "@/lib/validation/text";
import { PROPOSAL_ENTITY_TYPES, PROPOSAL_LIMITS } from "./limits";

const sourceUrl = sourcePageUrl(PROPOSAL_LIMITS.sourceUrlMax, "sourceRequired");

export const proposalSchema = z.object({
  entityType: z.enum(PROPOSAL_ENTITY_TYPES, "invalid"),
  sourceUrl: sourceUrl.default(""),
  note: plainText(PROPOSAL_LIMITS.noteMax)
    .transform((value) => value || null)
    .default(null),
  email: optionalEmail(PROPOSAL_LIMITS.emailMax).default(null),
});

export type ProposalInput = z.output<typeof proposalSchema>;
