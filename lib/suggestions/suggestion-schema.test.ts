import { describe, expect, it } from "vitest";
import { decideSuggestionSchema, suggestionSchema } from "./suggestion-schema";

const base = { entityType: "event", slug: "victory-day", body: "  The march was in 2022.  " };

describe("suggestionSchema", () => {
  it("trims the note and turns empty optional fields into null", () => {
    expect(suggestionSchema.parse({ ...base, sourceUrl: "  ", email: "" })).toEqual({
      entityType: "event",
      slug: "victory-day",
      body: "The march was in 2022.",
      sourceUrl: null,
      email: null,
    });
    expect(suggestionSchema.parse(base)).toMatchObject({ sourceUrl: null, email: null });
  });

  it("keeps a web source and an e-mail address", () => {
    expect(
      suggestionSchema.parse({ ...base, sourceUrl: "http://example.org/a?b=1", email: " reader@example.org " }),
    ).toMatchObject({ sourceUrl: "http://example.org/a?b=1", email: "reader@example.org" });
  });

  it("counts the minimum in characters, not UTF-16 units", () => {
    // Nine characters, eleven UTF-16 units (two outside the Basic Multilingual Plane).
    expect(suggestionSchema.safeParse({ ...base, body: "𐐷𐐷abcdefg" }).error?.issues.map((i) => i.message)).toEqual([
      "bodyTooShort",
    ]);
    expect(suggestionSchema.safeParse({ ...base, body: "Ճիշտ չէ տարեթիվը" }).success).toBe(true);
  });

  it("gives one code per problem", () => {
    const issues = suggestionSchema
      .safeParse({ ...base, body: "", sourceUrl: "example", email: "@" })
      .error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["body", "bodyRequired"],
      ["sourceUrl", "url"],
      ["email", "email"],
    ]);
  });
});

describe("decideSuggestionSchema", () => {
  it("accepts only the two decisions", () => {
    const suggestionId = "7d444840-9dc0-4c8c-8f1b-5c7c9fd6c3e4";
    expect(decideSuggestionSchema.safeParse({ suggestionId, decision: "RESOLVED" }).success).toBe(true);
    expect(decideSuggestionSchema.safeParse({ suggestionId, decision: "DISMISSED" }).success).toBe(true);
    expect(decideSuggestionSchema.safeParse({ suggestionId, decision: "OPEN" }).success).toBe(false);
  });
});
