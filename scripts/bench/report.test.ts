import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BEGIN, END, writeReport } from "./report";

describe("writeReport", () => {
  it("creates the document with the results between the markers", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "bench-report-")), "PERFORMANCE.md");
    await writeReport(file, "first results");
    const text = await readFile(file, "utf8");
    expect(text).toContain(`${BEGIN}\nfirst results\n${END}`);
  });

  it("replaces only the generated section and keeps the hand-written analysis", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "bench-report-")), "PERFORMANCE.md");
    await writeFile(file, `# Title\nintro\n${BEGIN}\nold results\n${END}\n## Analysis\nwhy it is slow\n`);
    await writeReport(file, "new results");
    expect(await readFile(file, "utf8")).toBe(
      `# Title\nintro\n${BEGIN}\nnew results\n${END}\n## Analysis\nwhy it is slow\n`,
    );
  });

  it("refuses a document without markers rather than overwrite it", async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), "bench-report-")), "PERFORMANCE.md");
    await writeFile(file, "hand-written only\n");
    await expect(writeReport(file, "x")).rejects.toThrow(/markers/);
    expect(await readFile(file, "utf8")).toBe("hand-written only\n");
  });
});
