import { describe, expect, it } from "vitest";
import { HostPacer } from "./pacer";

describe("HostPacer", () => {
  it("runs one request per host at a time, with the spacing after each, and hosts side by side", async () => {
    const events: string[] = [];
    const waits: number[] = [];
    const pacer = new HostPacer(5000, async (ms) => {
      waits.push(ms);
    });
    const request = (name: string) => async () => {
      events.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 5));
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([
      pacer.run("a.example", request("a1")),
      pacer.run("a.example", request("a2")),
      pacer.run("b.example", request("b1")),
    ]);
    expect(results).toEqual(["a1", "a2", "b1"]);
    // a2 starts only after a1 ended; b1 did not wait for a1.
    expect(events.indexOf("start a2")).toBeGreaterThan(events.indexOf("end a1"));
    expect(events.indexOf("start b1")).toBeLessThan(events.indexOf("end a1"));
    expect(waits).toEqual([5000]);
  });

  it("keeps the queue going after a failed request, and honours a longer Crawl-delay (at most a minute)", async () => {
    const waits: number[] = [];
    const pacer = new HostPacer(5000, async (ms) => {
      waits.push(ms);
    });
    pacer.slowDown("slow.example", 20);
    pacer.slowDown("slower.example", 3600);
    pacer.slowDown("fast.example", 1);
    const fail = pacer.run("slow.example", async () => {
      throw new Error("down");
    });
    await expect(fail).rejects.toThrow("down");
    await pacer.run("slow.example", async () => "next");
    await pacer.run("slower.example", async () => null);
    await pacer.run("slower.example", async () => null);
    await pacer.run("fast.example", async () => null);
    await pacer.run("fast.example", async () => null);
    expect(waits).toEqual([20_000, 60_000, 5000]);
  });
});
