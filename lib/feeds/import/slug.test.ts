import { describe, expect, it } from "vitest";
import { slugFromTitle } from "./slug";

describe("slugFromTitle", () => {
  it("writes Cyrillic and Azerbaijani titles in Latin and adds the year", () => {
    expect(slugFromTitle("Дни армянской культуры, Москва", "2024-05-09")).toBe("dni-armianskoi-kulturi-moskva-2024");
    expect(slugFromTitle("Novruz bayramı şənliyi", "2023-03-20")).toBe("novruz-bayrami-shenliyi-2023");
  });

  it("falls back to 'event' for scripts it cannot write in Latin, and keeps a year already there", () => {
    expect(slugFromTitle("Վարդավառ", "2024-07-14")).toBe("event-2024");
    expect(slugFromTitle("Festival 2024", "2024-07-14")).toBe("festival-2024");
    expect(slugFromTitle("x".repeat(100), null)).toHaveLength(60);
  });
});
