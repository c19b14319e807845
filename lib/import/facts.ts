// Which facts of an imported entry the import's source backs: the keys the profile pages cite (FactTable rows).
import type { EventSnapshot } from "@/lib/events/schema";
import type { OrganizationSnapshot } from "@/lib/organizations/schema";
import type { OrganizationImport } from "./records";

/**
 * `file`: what the row said. A value kept because the file has no such column (other names, a date of dissolution,
 * a presence without an address) is not the file's to back.
 */
export function organizationFacts(
  s: OrganizationSnapshot,
  file: Pick<OrganizationImport, "onlinePresence" | "dissolvedOn" | "altNames">,
): string[] {
  const has = (field: "name" | "description" | "city") => s.translations.some((t) => t[field]);
  const facts: [string, boolean][] = [
    ["names", has("name")],
    ["altNames", file.altNames !== undefined && s.translations.some((t) => (t.altNames ?? []).length > 0)],
    ["descriptions", has("description")],
    ["city", has("city")],
    ["acronym", Boolean(s.acronym)],
    ["types", s.types.length > 0],
    ["groups", s.groups.length > 0],
    ["diasporas", s.diasporaIds.length > 0],
    ["countries", s.countryCodes.length > 0],
    ["foundedYear", s.foundedYear !== null],
    ["status", true],
    ["dissolvedOn", file.dissolvedOn !== undefined && Boolean(s.dissolvedOn)],
    ["languages", s.languages.length > 0],
    ["channels", s.channels.length > 0],
    ["onlinePresence", file.onlinePresence !== undefined && (s.onlinePresence ?? []).length > 0],
  ];
  return facts.filter(([, present]) => present).map(([fact]) => fact);
}

export function eventFacts(s: EventSnapshot): string[] {
  const has = (field: "title" | "description" | "city" | "recurrence") => s.translations.some((t) => t[field]);
  const facts: [string, boolean][] = [
    ["titles", has("title")],
    ["descriptions", has("description")],
    ["type", true],
    ["start", Boolean(s.start)],
    ["end", Boolean(s.end)],
    ["recurrence", has("recurrence")],
    ["city", has("city")],
    ["country", Boolean(s.countryCode)],
    ["onlineUrl", Boolean(s.onlineUrl)],
    ["organizers", s.organizerIds.length > 0],
    ["diasporas", s.diasporaIds.length > 0],
  ];
  return facts.filter(([, present]) => present).map(([fact]) => fact);
}
