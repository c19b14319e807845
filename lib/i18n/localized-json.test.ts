import { describe, expect, it } from "vitest";
import { pickLocalizedJson } from "./localized-json";

const note = { ru: "более 600 000", en: "over 600,000", az: "  " };

describe("pickLocalizedJson", () => {
  it("picks the page's language, then falls back like translation rows and marks it", () => {
    expect(pickLocalizedJson(note, "en")).toEqual({ value: "over 600,000", locale: "en", isFallback: false });
    expect(pickLocalizedJson(note, "kk")).toEqual({ value: "более 600 000", locale: "ru", isFallback: true });
    // A Latin-script page takes the English text before the Russian one.
    expect(pickLocalizedJson(note, "az")).toEqual({ value: "over 600,000", locale: "en", isFallback: true });
    expect(pickLocalizedJson({ en: "over 600,000" }, "ru")).toEqual({
      value: "over 600,000",
      locale: "en",
      isFallback: true,
    });
  });

  it("ignores values that are not text and JSON that is not an object", () => {
    expect(pickLocalizedJson({ ru: 5, en: "five" }, "ru")).toMatchObject({ value: "five", locale: "en" });
    for (const value of [null, undefined, "text", 42, ["ru"], {}]) expect(pickLocalizedJson(value, "ru")).toBeNull();
  });
});
