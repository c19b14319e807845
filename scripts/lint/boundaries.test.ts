// The layering rules of eslint.config.mjs, run through ESLint's Node API on small sources linted as if they were
// files at the given paths (nothing is written there, so neither tsc nor the build sees them). Each violation must
// be reported by the rule meant for it, and nothing else; a clean route and a clean client component pass.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;

// The first lint loads the config and every plugin: seconds on a busy machine, so it happens here.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText("", { filePath: path.join(root, "lib/lint-fixture/empty.ts") });
}, 60_000);

// Both layering rules are no-restricted-imports patterns; their messages tell them apart.
const DATABASE_LAYER = "no-restricted-imports: database layer";
const UI_LAYERS = "no-restricted-imports: app/ or components/";
const CLIENT_SERVER = "atlas/no-server-import-in-client";

const label = ({ ruleId, message }: { ruleId: string | null; message: string }) => {
  if (ruleId !== "no-restricted-imports") return ruleId;
  if (message.includes("never touch the database layer")) return DATABASE_LAYER;
  if (message.includes("lib/ never imports")) return UI_LAYERS;
  return `${ruleId}: ${message}`;
};

/** The rule behind every problem ESLint reports for `code` at `file` (relative to the repository root). */
async function problems(file: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map(label);
}

describe("routes and components never import the database layer or generated Prisma code", () => {
  it.each([
    ["the database client", `import { db } from "@/lib/db/client";`, "await db.organization.count()"],
    [
      "the database client by a relative path",
      `import { db } from "../../../lib/db/client";`,
      "await db.event.count()",
    ],
    ["Prisma's generated enums", `import { EventType } from "@/lib/db/generated/enums";`, "EventType.FESTIVAL"],
    ["@prisma/client, even for types", `import type { Prisma } from "@prisma/client";`, "({} as Prisma.Sql).text"],
  ])("a route importing %s", async (_, line, use) => {
    const code = `${line}\n\nexport default async function Page() {\n  return <p>{String(${use})}</p>;\n}\n`;
    expect(await problems("app/[locale]/lint-fixture/page.tsx", code)).toEqual([DATABASE_LAYER]);
  });

  it("a server component importing Prisma's generated code", async () => {
    const code = `import { EventType } from "@/lib/db/generated/enums";\n\nexport function EventTypes() {\n  return <p>{Object.keys(EventType).join(", ")}</p>;\n}\n`;
    expect(await problems("components/lint-fixture/event-types.tsx", code)).toEqual([DATABASE_LAYER]);
  });
});

describe("lib/ never imports routes or components", () => {
  it.each([
    ["a component", `import { CopyButton } from "@/components/citations/copy-button";`, "CopyButton"],
    [
      "a component by a relative path",
      `import { CopyButton } from "../../components/citations/copy-button";`,
      "CopyButton",
    ],
    ["a route", `import Page from "@/app/[locale]/page";`, "Page"],
  ])("a lib module importing %s", async (_, line, name) => {
    const code = `${line}\n\nexport const used = [${name}];\n`;
    expect(await problems("lib/lint-fixture/uses-ui.ts", code)).toEqual([UI_LAYERS]);
  });
});

describe("client components never import server-only modules", () => {
  const client = (line: string, name: string) =>
    `"use client";\n\n${line}\n\nexport function Widget() {\n  return <p>{String(${name})}</p>;\n}\n`;

  it.each([
    [
      'a module that imports "server-only"',
      `import { serverSecret } from "@/scripts/lint/fixtures/server-module";`,
      "serverSecret",
    ],
    [
      "the same module by a relative path",
      `import { serverSecret } from "../../scripts/lint/fixtures/server-module";`,
      "serverSecret",
    ],
    ["a Node.js built-in", `import { readFileSync } from "node:fs";`, "readFileSync"],
    ["a Node.js built-in without the node: prefix", `import { readFileSync } from "fs";`, "readFileSync"],
    ['the "server-only" marker itself', `import "server-only";`, "0"],
  ])("a client component importing %s", async (_, line, name) => {
    expect(await problems("components/lint-fixture/widget.tsx", client(line, name))).toEqual([CLIENT_SERVER]);
  });

  it("a client component importing the database layer breaks both rules", async () => {
    const code = client(`import { EventType } from "@/lib/db/generated/enums";`, "EventType");
    expect(await problems("components/lint-fixture/widget.tsx", code)).toEqual([DATABASE_LAYER, CLIENT_SERVER]);
  });

  it("a client component in lib/ is held to the same rule", async () => {
    const code = `"use client";\n\nimport { serverSecret } from "@/scripts/lint/fixtures/server-module";\n\nexport const useSecret = () => serverSecret;\n`;
    expect(await problems("lib/lint-fixture/use-secret.ts", code)).toEqual([CLIENT_SERVER]);
  });

  it("the rule reads the directive: a server component may import the same module", async () => {
    const code = `import { serverSecret } from "@/scripts/lint/fixtures/server-module";\n\nexport function Widget() {\n  return <p>{serverSecret}</p>;\n}\n`;
    expect(await problems("components/lint-fixture/widget.tsx", code)).toEqual([]);
  });
});

describe("clean files pass every rule", () => {
  it("a route that reads through lib/ and renders components", async () => {
    const code = [
      `import { CopyButton } from "@/components/citations/copy-button";`,
      `import { sharedLabel } from "@/scripts/lint/fixtures/shared-module";`,
      `import { serverSecret } from "@/scripts/lint/fixtures/server-module";`,
      ``,
      `export default async function Page() {`,
      `  return <CopyButton text={serverSecret} label={sharedLabel} />;`,
      `}`,
      ``,
    ].join("\n");
    expect(await problems("app/[locale]/lint-fixture/page.tsx", code)).toEqual([]);
  });

  it("a client component that imports shared code, a server action and server types", async () => {
    const code = [
      `"use client";`,
      ``,
      `import { useState } from "react";`,
      `import { saveFixture } from "@/scripts/lint/fixtures/server-actions";`,
      `import type { serverSecret } from "@/scripts/lint/fixtures/server-module";`,
      `import { sharedLabel } from "@/scripts/lint/fixtures/shared-module";`,
      ``,
      `export function Widget({ initial }: { initial: typeof serverSecret }) {`,
      `  const [text] = useState(initial);`,
      `  return (`,
      `    <form action={saveFixture}>`,
      `      <button type="submit">{sharedLabel + text}</button>`,
      `    </form>`,
      `  );`,
      `}`,
      ``,
    ].join("\n");
    expect(await problems("components/lint-fixture/widget.tsx", code)).toEqual([]);
  });
});
