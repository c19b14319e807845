import { describe, expect, it } from "vitest";
import { eventsQuery, parseEventQuery } from "./filters";

describe("parseEventQuery", () => {
  it("keeps valid filters, normalising the country code", () => {
    const parsed = parseEventQuery({
      from: "2020-01-01",
      to: "2020-12-31",
      country: "ru",
      city: " Москва ",
      diaspora: "azerbaijani",
      type: "FORUM",
      organization: "amor",
      q: " форум ",
      when: "past",
      view: "calendar",
      month: "2020-12",
      page: "2",
    });
    expect(parsed.filters).toEqual({
      q: "форум",
      from: "2020-01-01",
      to: "2020-12-31",
      country: "RU",
      city: "Москва",
      diaspora: "azerbaijani",
      type: "FORUM",
      organization: "amor",
    });
    expect(parsed).toMatchObject({ when: "past", view: "calendar", month: "2020-12", page: 2, ignored: [] });
  });

  it("defaults to upcoming events in a list, with the calendar on the current month", () => {
    expect(parseEventQuery({})).toEqual({ filters: {}, when: "upcoming", view: "list", page: 1, ignored: [] });
  });

  it("reads values in any letter case as their canonical spelling", () => {
    const parsed = parseEventQuery({
      country: "de",
      diaspora: "Armenian",
      type: "concert",
      organization: "AMOR",
      when: "Past",
      view: "LIST",
    });
    expect(parsed.filters).toEqual({ country: "DE", diaspora: "armenian", type: "CONCERT", organization: "amor" });
    expect(parsed).toMatchObject({ when: "past", view: "list", ignored: [] });
  });

  it("drops and reports values it does not understand", () => {
    const parsed = parseEventQuery({
      from: "2020-13-45",
      to: "yesterday",
      country: "XX1",
      type: "NOPE",
      diaspora: "<b>",
      organization: "A B",
      when: "soon",
      view: "grid",
      month: "abc",
    });
    expect(parsed.filters).toEqual({});
    expect(parsed.ignored.sort()).toEqual([
      "country",
      "diaspora",
      "from",
      "month",
      "organization",
      "to",
      "type",
      "view",
      "when",
    ]);
    expect(parsed).toMatchObject({ when: "upcoming", view: "list" });
    expect(parsed.month).toBeUndefined();
  });

  it("ignores an end date before the start date", () => {
    const parsed = parseEventQuery({ from: "2021-01-01", to: "2020-01-01" });
    expect(parsed.filters).toEqual({ from: "2021-01-01" });
    expect(parsed.ignored).toEqual(["to"]);
  });

  it("ignores empty parameters, as an unfilled GET form sends them", () => {
    expect(parseEventQuery({ from: "", country: "", type: "", when: "", month: "" })).toMatchObject({
      filters: {},
      ignored: [],
    });
  });

  it("builds links that keep the filters and leave defaults out", () => {
    expect(eventsQuery({ country: "RU" })).toEqual({ country: "RU" });
    expect(eventsQuery({ country: "RU" }, { when: "past" })).toEqual({ country: "RU", when: "past" });
    expect(eventsQuery({ type: "FORUM" }, { view: "calendar", month: "2020-12", when: "past" })).toEqual({
      type: "FORUM",
      view: "calendar",
      month: "2020-12",
    });
  });
});
