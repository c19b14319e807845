// Client components do not name languages or countries with the browser's Intl.DisplayNames. The server (Node, full
// ICU) and the browser may hold different CLDR data — Chromium's headless shell names Armenian "Armenian" in an
// Armenian page and gives Azerbaijani and Kazakh only codes — so a name computed on both sides differs, hydration
// fails, React renders the form again and what the user had typed is lost. Names come from the server as props.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.parentPath.includes("generated"))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

export function clientDisplayNames(list: { file: string; text: string }[]): string[] {
  return list
    .filter(({ text }) => /^\s*["']use client["']/m.test(text))
    .filter(({ text }) => /@\/lib\/i18n\/display-names|\bIntl\.DisplayNames\b/.test(text))
    .map(({ file }) => file);
}

describe("client components", () => {
  it("take language and country names from the server, not from the browser's Intl data", () => {
    const files = [...sources("app"), ...sources("components"), ...sources("lib")].map((file) => ({
      file,
      text: readFileSync(path.join(root, file), "utf8"),
    }));
    expect(files.filter(({ text }) => /^\s*["']use client["']/m.test(text)).length).toBeGreaterThan(10);
    expect(clientDisplayNames(files)).toEqual([]);
  });

  it("catches a client component that names a language itself", () => {
    const planted = `"use client";\nimport { languageName } from "@/lib/i18n/display-names";\nexport const X = () => languageName("hy", "hy");\n`;
    expect(clientDisplayNames([{ file: "planted.tsx", text: planted }])).toEqual(["planted.tsx"]);
  });
});
