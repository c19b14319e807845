// The ids of the import server actions, read from the build's server-reference manifest (each id lists the file
// and export it was built from). Action ids are hashes chosen by the build, so they can only be learnt here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { IMPORT_ACTION_FILES } from "./body-limit";

type Manifest = { node?: Record<string, { filename?: string }> };

let ids: Set<string> | null = null;
let readAt = 0;

function readIds(): Set<string> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  // `next build` writes server/…; `next dev` writes dev/server/….
  for (const folder of ["server", "dev/server"]) {
    try {
      const manifest = JSON.parse(
        readFileSync(path.join(process.cwd(), distDir, folder, "server-reference-manifest.json"), "utf8"),
      ) as Manifest;
      return new Set(
        Object.entries(manifest.node ?? {})
          .filter(([, entry]) => IMPORT_ACTION_FILES.includes(entry.filename ?? ""))
          .map(([id]) => id),
      );
    } catch {
      // Not this folder.
    }
  }
  // No manifest: every action gets the small limit (imports of large files fail, nothing else does).
  return new Set();
}

/** True for the id of an import action. An unknown id re-reads the manifest at most every 10 s (dev rebuilds). */
export function isImportAction(id: string): boolean {
  if (ids === null || (!ids.has(id) && Date.now() - readAt > 10_000)) {
    ids = readIds();
    readAt = Date.now();
  }
  return ids.has(id);
}
