// The facts a citation of an organization can back (OrganizationSource.facts), as the profile marks them and the
// curation form lists them. Plain data, so client components can import it.
export const ORGANIZATION_FACTS = [
  "names",
  "altNames",
  "descriptions",
  "city",
  "acronym",
  "types",
  "groups",
  "diasporas",
  "countries",
  "foundedYear",
  "status",
  "dissolvedOn",
  "languages",
  "channels",
  "onlinePresence",
] as const;
