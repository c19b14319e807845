// The stored-XSS corpus against each layer on its own: input rules (markup, invisible controls, unsafe URL
// schemes) and every output encoder (JSON-LD, Atom XML, iCalendar TEXT, CSV). The same corpus runs end to end in
// tests/e2e/xss.spec.ts.
import { describe, expect, it } from "vitest";
import { escapeText } from "@/lib/events/ical";
import { csvCell } from "@/lib/exports/csv";
import { escapeXml } from "@/lib/feeds/atom";
import { serializeJsonLd } from "@/lib/seo/json-ld";
import { plainText, webUrl } from "@/lib/validation/text";
import { FORMULA_PAYLOADS, TEXT_PAYLOADS, URL_PAYLOADS } from "../../tests/support/xss-corpus";

const text = plainText(5000);

describe("the XSS corpus", () => {
  it("has a payload of each family", () => {
    expect(TEXT_PAYLOADS.length + URL_PAYLOADS.length + FORMULA_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it("text fields refuse every payload that holds a tag, a javascript: link or an invisible control", () => {
    for (const { id, value } of TEXT_PAYLOADS) {
      const tagLike = /<\s*\/?\s*[a-z!?]|javascript:/i.test(value) || /[\u0000\u202A-\u202E]/.test(value);
      const result = text.safeParse(value);
      expect(result.success, `payload ${id}`).toBe(!tagLike);
      if (!result.success) expect(["markup", "invisibleCharacters"]).toContain(result.error.issues[0]!.message);
    }
  });

  it("URL fields refuse every non-http(s) scheme, relative address and address carrying markup", () => {
    for (const { id, value } of URL_PAYLOADS) expect(webUrl.safeParse(value).success, `payload ${id}`).toBe(false);
    expect(webUrl.safeParse("https://example.org/a?b=c&d=e#f").success).toBe(true);
  });

  it("JSON-LD never contains a '<' (no </script> breakout) and reads back unchanged", () => {
    for (const { id, value } of [...TEXT_PAYLOADS, ...URL_PAYLOADS]) {
      const json = serializeJsonLd({ name: value, url: value });
      expect(json, `payload ${id}`).not.toContain("<");
      expect(json).not.toMatch(/[\u2028\u2029]/);
      expect(JSON.parse(json)).toEqual({ name: value, url: value });
    }
  });

  it("Atom text holds no markup character unescaped", () => {
    for (const { id, value } of TEXT_PAYLOADS) expect(escapeXml(value), `payload ${id}`).not.toMatch(/[<>"']/);
  });

  it("iCalendar TEXT never breaks the line, so no payload starts a property", () => {
    for (const { id, value } of TEXT_PAYLOADS) expect(escapeText(value), `payload ${id}`).not.toMatch(/[\r\n]/);
  });

  it("CSV cells never start with a formula character", () => {
    for (const { id, value } of [...FORMULA_PAYLOADS, ...TEXT_PAYLOADS]) {
      const cell = csvCell(value).replace(/^"/, "");
      expect(cell, `payload ${id}`).not.toMatch(/^[=+\-@\t\r\0]/);
    }
  });
});
