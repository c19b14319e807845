import { describe, expect, it } from "vitest";
import { CalendarError } from "./parse-calendar";
import { parseCalendarOrFeed, parseNewsFeed } from "./parse-feed";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Новости центра</title>
<item><title>Концерт &amp; встреча</title><link>https://center.example/news/1</link><guid isPermaLink="false">news-1</guid>
<pubDate>Tue, 15 Dec 2026 23:30:00 GMT</pubDate><description>&lt;p&gt;Приходите&lt;/p&gt;</description></item>
<item><title>Без даты</title><link>https://center.example/news/2</link></item>
<item><title>Без ссылки и id</title><pubDate>Wed, 16 Dec 2026 10:00:00 GMT</pubDate></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Centre news</title>
<entry><id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id><title>Spring fair</title>
<link href="https://center.example/fair"/><updated>2027-03-01T09:00:00+03:00</updated><summary>Crafts and food.</summary></entry>
</feed>`;

describe("parseNewsFeed", () => {
  it("reads RSS items as reports: title, text, link, the day of publication, the guid that follows them", () => {
    const feed = parseNewsFeed(RSS);
    expect(feed).toMatchObject({ name: "Новости центра", format: "feed" });
    expect(feed.events[0]).toEqual({
      index: 1,
      uid: "news-1",
      summary: "Концерт & встреча",
      description: "Приходите",
      location: null,
      url: "https://center.example/news/1",
      categories: [],
      start: "2026-12-15",
      end: null,
      problems: [],
    });
    // Without a guid the link follows the item; without a date, or with neither, it says why.
    expect(feed.events[1]).toMatchObject({ uid: "https://center.example/news/2", start: null, problems: ["noStart"] });
    expect(feed.events[2]).toMatchObject({ uid: null, start: "2026-12-16", problems: ["noUid"] });
  });

  it("reads Atom entries, dated in UTC", () => {
    expect(parseNewsFeed(ATOM).events).toMatchObject([
      { uid: "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6", summary: "Spring fair", start: "2027-03-01" },
    ]);
  });

  it("refuses a web page that is not a feed", () => {
    expect(() => parseNewsFeed("<!doctype html><html><body><p>Hello</p></body></html>")).toThrow(CalendarError);
  });
});

describe("parseCalendarOrFeed", () => {
  it("tells a feed from a calendar by its first character", () => {
    expect(parseCalendarOrFeed(`\uFEFF${ATOM}`).format).toBe("feed");
    const ics = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//T//EN", "END:VCALENDAR"].join("\r\n");
    expect(parseCalendarOrFeed(ics)).toMatchObject({ format: "ical", events: [] });
    expect(() => parseCalendarOrFeed("not a calendar")).toThrow(CalendarError);
  });
});
