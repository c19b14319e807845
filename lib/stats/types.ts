/** A value and how many entries have it; `key` null collects the entries with no value recorded. */
export type KeyCount = { key: string | null; count: number };

/** A count over a scope: `total` entries, `rows` by value (an entry may have several), `notRecorded` with none. */
export type Distribution = { total: number; rows: { key: string; count: number }[]; notRecorded: number };

/**
 * Organizations of one group (a diaspora, a host country, or all of them) and how many are present online. `website`
 * and `socialMedia` count a recorded channel or a presence a source attests without an address; the `…WithoutAddress`
 * counts are those among them with no such channel recorded. `anyChannel` counts recorded channels only; `online`
 * counts a channel or any attested presence, `onlineWithoutAddress` those of them with no channel.
 */
export type PresenceCounts = {
  organizations: number;
  website: number;
  socialMedia: number;
  multilingualWebsite: number;
  anyChannel: number;
  websiteWithoutAddress: number;
  socialMediaWithoutAddress: number;
  online: number;
  onlineWithoutAddress: number;
};

export type PresenceRow = PresenceCounts & { key: string };

/** Digital presence per group, the same for everything in the scope, and for those in no group. */
export type PresenceBreakdown = { all: PresenceCounts; rows: PresenceRow[]; notRecorded: PresenceCounts };

export const PRESENCE_MEASURES = ["website", "socialMedia", "multilingualWebsite"] as const;
export type PresenceMeasure = (typeof PRESENCE_MEASURES)[number];
