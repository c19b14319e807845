import { describe, expect, it } from "vitest";
import { sourceUrl } from "@/lib/sources/schema";
import { suggestionSchema } from "@/lib/suggestions/suggestion-schema";
import { completeUrl } from "./complete-url";
import { optionalWebUrl, webUrl } from "./text";

describe("completeUrl", () => {
  it.each([
    ["example.org", "https://example.org"],
    ["  www.example.org/about?x=1#top ", "https://www.example.org/about?x=1#top"],
    ["example.org:8080/path", "https://example.org:8080/path"],
    ["ojag.de/a:b", "https://ojag.de/a:b"],
  ])("adds https:// to %j", (typed, completed) => expect(completeUrl(typed)).toBe(completed));

  it.each([
    ["", ""],
    ["https://example.org", "https://example.org"],
    ["HTTP://EXAMPLE.ORG/x", "HTTP://EXAMPLE.ORG/x"],
    ["ftp://example.org", "ftp://example.org"],
    ["javascript:alert(1)", "javascript:alert(1)"],
    ["javascript:alert(document.domain)", "javascript:alert(document.domain)"],
    ["mailto:info@example.org", "mailto:info@example.org"],
    ["info@example.org", "info@example.org"],
    ["localhost", "localhost"],
    ["//evil.example/a", "//evil.example/a"],
    ["just words", "just words"],
  ])("leaves %j as it is", (typed, kept) => expect(completeUrl(typed)).toBe(kept));
});

describe("webUrl", () => {
  it("saves an address typed without a scheme with https://", () => {
    expect(webUrl.parse("example.org")).toBe("https://example.org");
    expect(webUrl.parse(" vk.com/ojag ")).toBe("https://vk.com/ojag");
    expect(webUrl.parse("http://example.org")).toBe("http://example.org");
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "mailto:info@example.org",
    "info@example.org",
    "ftp://example.org",
    "//example.org/relative",
    "example",
    "exa mple.org",
    'example.org/"><script>',
    "",
  ])("still refuses %j", (typed) => {
    const result = webUrl.safeParse(typed);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["url"]);
  });

  it("allows an empty optional address and completes a typed one", () => {
    expect(optionalWebUrl.parse("  ")).toBe("");
    expect(optionalWebUrl.parse("example.org/event")).toBe("https://example.org/event");
    expect(optionalWebUrl.safeParse("javascript:alert(1)").success).toBe(false);
  });

  it("completes a source's and a reader's suggested address the same way", () => {
    expect(sourceUrl.parse("archive.org/details/x")).toBe("https://archive.org/details/x");
    expect(sourceUrl.safeParse("javascript:alert(1)").success).toBe(false);
    const suggestion = { entityType: "organization", slug: "ojag", body: "The address has changed.", email: "" };
    expect(suggestionSchema.parse({ ...suggestion, sourceUrl: "example.org/news" }).sourceUrl).toBe(
      "https://example.org/news",
    );
  });
});
