// The public proposal forms' bounds and field names, kept free of zod and of the server so the browser form can
// import them.
export const PROPOSAL_ENTITY_TYPES = ["event", "organization"] as const;
export type ProposalEntityType = (typeof PROPOSAL_ENTITY_TYPES)[number];

export const PROPOSAL_LIMITS = {
  noteMax: 2000,
  sourceUrlMax: 500,
  emailMax: 254,
  titleMax: 300,
  textMax: 2000,
} as const;

/** The hidden field holding the solved proof-of-work challenge (the name the ALTCHA widget gives it too). */
export const CHALLENGE_FIELD = "altcha";

/** Where the browser fetches a new challenge. */
export const CHALLENGE_PATH = "/api/challenge";
