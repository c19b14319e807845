import { describe, expect, it } from "vitest";
import { diffFlat } from "@/lib/curation/diff";
import { flattenOrganization, organizationFactValues } from "./diff";
import { issuesByField, organizationInput, snapshotValues } from "./form-values";
import { organizationFormSchema, toSnapshot, type OrganizationSnapshot } from "./schema";

const DIASPORA = "5b1f1d7e-8a33-4c1e-9f52-0c7f4a1d2b3c";
const form = {
  version: "3",
  slug: "ojag",
  "name.ru": " Оджаг ",
  "name.en": "Ojag",
  "city.az": "",
  types: "CULTURAL_SOCIETY",
  diasporaIds: DIASPORA,
  status: "ACTIVE",
  languages: "az, ru",
  foundedYear: "",
  acronym: "",
  "channel.0.kind": "WEBSITE",
  "channel.0.url": "https://ojag.example.org",
  "channel.0.languages": "ru",
  "channel.1.kind": "VK",
  "channel.1.url": "",
  "channel.1.languages": "",
  // Ticked boxes of what a source attests without an address, in any order, once each.
  onlinePresence: ["WEBSITE", "SOCIAL_MEDIA", "WEBSITE"],
};

describe("organization form", () => {
  it("reads other names one a line per language, and keeps them when the form has no such field", () => {
    const withAlt = { ...form, "altNames.en": "  Ocaq   society \n\nOjag Society\nOcaq society\n", "altNames.ru": "" };
    const snapshot = toSnapshot(organizationFormSchema.parse(organizationInput(withAlt)));
    expect(snapshot.translations.map((t) => [t.locale, t.altNames])).toEqual([
      ["en", ["Ocaq society", "Ojag Society"]],
      ["ru", []],
    ]);
    // The edit form starts from the snapshot and round-trips to it.
    expect(
      toSnapshot(organizationFormSchema.parse(organizationInput(snapshotValues(snapshot, { version: 3 })))),
    ).toEqual(snapshot);
    // A language with other names but no name still keeps its row.
    const onlyAlt = toSnapshot(organizationFormSchema.parse(organizationInput({ ...form, "altNames.az": "Ocaq" })));
    expect(onlyAlt.translations.find((t) => t.locale === "az")).toMatchObject({ name: null, altNames: ["Ocaq"] });
    // No field at all (an import file without the column): nothing said, so applying keeps what is stored.
    expect(toSnapshot(organizationFormSchema.parse(organizationInput(form))).translations[0]).not.toHaveProperty(
      "altNames",
    );
    // Each name is plain text of at most 300 characters, and at most 10 of them.
    const issues = (value: string) =>
      issuesByField(organizationFormSchema.safeParse(organizationInput({ ...form, "altNames.en": value })).error!);
    expect(issues(`Ojag\n${"a".repeat(301)}`)["altNames.en"]).toEqual(["altNameTooLong"]);
    expect(issues(Array.from({ length: 11 }, (_, i) => `Name ${i}`).join("\n"))["altNames.en"]).toEqual(["tooMany"]);
    expect(issues("<b>Ojag</b>")["altNames.en"]).toEqual(["markup"]);
    // The diff shows them per language; the sourcing check sees them as the fact "altNames.en".
    expect(flattenOrganization(snapshot, {}).get("altNames.en")).toBe("Ocaq society; Ojag Society");
    expect(organizationFactValues(snapshot).get("altNames.en")).toBe("Ocaq society\nOjag Society");
  });

  it("parses the posted fields into a snapshot, dropping empty texts and channel rows", () => {
    const parsed = organizationFormSchema.parse(organizationInput(form));
    const snapshot = toSnapshot(parsed);
    expect(snapshot).toEqual({
      slug: "ojag",
      category: "DIASPORA_ORGANIZATION",
      translations: [
        // What a curator enters is marked as theirs (decision 0024).
        {
          locale: "en",
          name: "Ojag",
          description: null,
          city: null,
          nameProvenance: "CURATOR",
          descriptionProvenance: null,
        },
        {
          locale: "ru",
          name: "Оджаг",
          description: null,
          city: null,
          nameProvenance: "CURATOR",
          descriptionProvenance: null,
        },
      ],
      acronym: null,
      types: ["CULTURAL_SOCIETY"],
      groups: [],
      diasporaIds: [DIASPORA],
      countryCodes: [],
      foundedYear: null,
      status: "ACTIVE",
      languages: ["az", "ru"],
      channels: [{ kind: "WEBSITE", url: "https://ojag.example.org", languages: ["ru"] }],
      onlinePresence: ["SOCIAL_MEDIA", "WEBSITE"],
    });
    // An unknown kind is refused.
    expect(organizationFormSchema.safeParse(organizationInput({ ...form, onlinePresence: "EMAIL" })).success).toBe(
      false,
    );
    // The edit form starts from the snapshot and round-trips to the same snapshot.
    expect(
      toSnapshot(organizationFormSchema.parse(organizationInput(snapshotValues(snapshot, { version: 3 })))),
    ).toEqual(snapshot);
  });

  it("puts each error beside its field", () => {
    const result = organizationFormSchema.safeParse(
      organizationInput({
        ...form,
        "name.en": "a".repeat(301),
        "channel.0.url": "ftp://x",
        "channel.0.languages": "Русский",
      }),
    );
    expect(result.success).toBe(false);
    expect(issuesByField(result.error!)).toEqual({
      "name.en": ["tooLong"],
      "channel.0.url": ["url"],
      "channel.0.languages": ["languageCode"],
    });
  });
});

describe("category", () => {
  it("refuses a diaspora organization without a diaspora, beside the diasporas, and accepts an institution without one", () => {
    const none = { ...form, diasporaIds: [] };
    const refused = organizationFormSchema.safeParse(organizationInput({ ...none, category: "DIASPORA_ORGANIZATION" }));
    expect(refused.success).toBe(false);
    expect(issuesByField(refused.error!)).toEqual({ diasporaIds: ["diasporaOrganizationNeedsDiaspora"] });
    // Without the field (an import file from before it existed) the entry is a diaspora organization, checked alike.
    const unsaid = organizationFormSchema.safeParse(organizationInput(none));
    expect(issuesByField(unsaid.error!)).toEqual({ diasporaIds: ["diasporaOrganizationNeedsDiaspora"] });

    const institution = organizationFormSchema.parse(organizationInput({ ...none, category: "RELATED_INSTITUTION" }));
    const snapshot = toSnapshot(institution);
    expect(snapshot).toMatchObject({ category: "RELATED_INSTITUTION", diasporaIds: [] });
    expect(
      toSnapshot(organizationFormSchema.parse(organizationInput(snapshotValues(snapshot, { version: 1 })))),
    ).toEqual(snapshot);
    expect(
      issuesByField(organizationFormSchema.safeParse(organizationInput({ ...form, category: "BANK" })).error!),
    ).toEqual({ category: ["invalid"] });
  });

  it("shows a change of category in the diff, and nothing for a revision saved before the field existed", () => {
    const base = toSnapshot(organizationFormSchema.parse(organizationInput(form)));
    const labels = { category: (v: string) => (v === "RELATED_INSTITUTION" ? "Related institution" : v) };
    const next: OrganizationSnapshot = { ...base, category: "RELATED_INSTITUTION" };
    expect(diffFlat(flattenOrganization(base, labels), flattenOrganization(next, labels))).toEqual([
      { field: "category", before: "DIASPORA_ORGANIZATION", after: "Related institution" },
    ]);
    const { category: _, ...older } = base;
    expect(flattenOrganization(older as OrganizationSnapshot, labels).has("category")).toBe(false);
  });
});

describe("diff", () => {
  const base = toSnapshot(organizationFormSchema.parse(organizationInput(form)));
  it("lists only the fields that differ, diasporas by name", () => {
    const next: OrganizationSnapshot = {
      ...base,
      acronym: "OJ",
      translations: [...base.translations, { locale: "az", name: "Ocaq", description: null, city: null }],
    };
    const labels = { diaspora: (id: string) => (id === DIASPORA ? "Azerbaijani" : id) };
    expect(diffFlat(flattenOrganization(base, labels), flattenOrganization(next, labels))).toEqual([
      { field: "acronym", before: "", after: "OJ" },
      { field: "name.az", before: "", after: "Ocaq" },
    ]);
    expect(diffFlat(null, flattenOrganization(base, labels)).find((c) => c.field === "diasporaIds")).toEqual({
      field: "diasporaIds",
      before: "",
      after: "Azerbaijani",
    });
  });
});

describe("date of dissolution", () => {
  const dissolved = { ...form, status: "DISSOLVED", dissolvedOn: " 2017-05-15 " };
  const errors = (values: Record<string, string | string[]>) =>
    issuesByField(organizationFormSchema.safeParse(organizationInput(values)).error!);

  it("takes a real past day with status DISSOLVED and round-trips through the edit form", () => {
    const snapshot = toSnapshot(organizationFormSchema.parse(organizationInput(dissolved)));
    expect(snapshot).toMatchObject({ status: "DISSOLVED", dissolvedOn: "2017-05-15" });
    expect(
      toSnapshot(organizationFormSchema.parse(organizationInput(snapshotValues(snapshot, { version: 3 })))),
    ).toEqual(snapshot);
    // An empty field is no date; a form without the field (an import file from before it) says nothing.
    expect(
      toSnapshot(organizationFormSchema.parse(organizationInput({ ...dissolved, dissolvedOn: "" }))),
    ).toMatchObject({ dissolvedOn: null });
    expect(toSnapshot(organizationFormSchema.parse(organizationInput(form))).dissolvedOn).toBeUndefined();
  });

  it("refuses a malformed, impossible or future day, and a date beside any other status", () => {
    expect(errors({ ...dissolved, dissolvedOn: "15.05.2017" })).toEqual({ dissolvedOn: ["date"] });
    expect(errors({ ...dissolved, dissolvedOn: "2017-02-30" })).toEqual({ dissolvedOn: ["date"] });
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    expect(errors({ ...dissolved, dissolvedOn: nextYear })).toEqual({ dissolvedOn: ["futureDate"] });
    for (const status of ["ACTIVE", "INACTIVE", "UNKNOWN"])
      expect(errors({ ...dissolved, status })).toEqual({ dissolvedOn: ["dissolvedOnNeedsDissolved"] });
  });

  it("shows a change of date in the diff and as a changed fact, and nothing for a revision saved before the field", () => {
    const base = toSnapshot(organizationFormSchema.parse(organizationInput(dissolved)));
    const next: OrganizationSnapshot = { ...base, dissolvedOn: "2017-09-19" };
    expect(diffFlat(flattenOrganization(base, {}), flattenOrganization(next, {}))).toEqual([
      { field: "dissolvedOn", before: "2017-05-15", after: "2017-09-19" },
    ]);
    expect(organizationFactValues(next).get("dissolvedOn")).toBe("2017-09-19");
    const { dissolvedOn: _, ...old } = base;
    expect(flattenOrganization(old, {}).has("dissolvedOn")).toBe(false);
  });
});
