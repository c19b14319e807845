import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

type Role = "Heading" | "Text";
type Font = { name: string; data: Buffer; weight: 400 | 600; style: "normal" };

const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"];

// next/og (satori) reads WOFF but not WOFF2, and must not fetch fonts from the network; the @fontsource packages
// that serve the pages ship both, one file per script subset. Satori keeps one font per name and weight, so each
// subset gets a name of its own ("Text cyrillic") and a role's names make up its family list. Armenian and Georgian
// come from the sans faces in both roles.
const FILES: { role: Role; subset: string; weight: 400 | 600; file: string }[] = [
  ...SUBSETS.map((subset) => ({
    role: "Heading" as const,
    subset,
    weight: 600 as const,
    file: `noto-serif/files/noto-serif-${subset}-600-normal.woff`,
  })),
  ...SUBSETS.map((subset) => ({
    role: "Text" as const,
    subset,
    weight: 400 as const,
    file: `noto-sans/files/noto-sans-${subset}-400-normal.woff`,
  })),
  ...(["armenian", "georgian"] as const).flatMap((script) =>
    ([400, 600] as const).map((weight) => ({
      role: "Text" as const,
      subset: script,
      weight,
      file: `noto-sans-${script}/files/noto-sans-${script}-${script}-${weight}-normal.woff`,
    })),
  ),
];

/** The CSS font-family list of a role: its subsets, tried in turn for each letter. */
export function cardFamily(role: Role): string {
  return [...new Set(FILES.filter((f) => f.role === role).map((f) => `${role} ${f.subset}`))].join(", ");
}

let loaded: Promise<Font[]> | undefined;

/** The faces of the social card, read once from node_modules. */
export function cardFonts(): Promise<Font[]> {
  loaded ??= Promise.all(
    FILES.map(async ({ role, subset, weight, file }) => ({
      name: `${role} ${subset}`,
      weight,
      style: "normal" as const,
      data: await readFile(path.join(process.cwd(), "node_modules/@fontsource", file)),
    })),
  );
  return loaded;
}
