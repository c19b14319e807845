import "server-only";
import { LICENSE_LINK_HEADER } from "@/lib/about/data-license";
import { textStream } from "./stream";

export const EXPORT_FORMATS = { organizations: ["csv", "json", "hsds"], events: ["csv", "json"] } as const;
export type ExportFormat = "csv" | "json" | "hsds";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
  hsds: "application/json; charset=utf-8",
};

/** The export's file name: atlas-organizations-2025-03-01.csv, atlas-organizations-hsds-2025-03-01.json. */
export function exportFileName(kind: "organizations" | "events", format: ExportFormat, date = new Date()): string {
  const day = date.toISOString().slice(0, 10);
  return format === "hsds" ? `atlas-${kind}-hsds-${day}.json` : `atlas-${kind}-${day}.${format}`;
}

/** A streamed attachment: headers go out at once, the body as the database is read. */
export function downloadResponse(chunks: AsyncIterable<string>, format: ExportFormat, fileName: string): Response {
  return new Response(textStream(chunks), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Robots-Tag": "noindex",
      "X-Content-Type-Options": "nosniff",
      // CSV has no place for metadata that keeps it parseable: the licence goes in the header (JSON files also say it).
      Link: LICENSE_LINK_HEADER,
    },
  });
}

/** 400 with a JSON body naming the parameter that was not understood. */
export function badParameter(parameter: string, allowed: readonly string[]): Response {
  return Response.json(
    { error: "invalid_parameter", parameter, allowed },
    { status: 400, headers: { "Cache-Control": "no-store" } },
  );
}

/** `format` from the query: csv when absent, null when not one the kind offers. */
export function readFormat(params: URLSearchParams, allowed: readonly ExportFormat[]): ExportFormat | null {
  const format = (params.get("format") ?? "csv").trim().toLowerCase();
  return (allowed as readonly string[]).includes(format) ? (format as ExportFormat) : null;
}

/** The query string as the list pages read it (repeated parameters keep their first value). */
export function searchParamsObject(params: URLSearchParams): Record<string, string> {
  // No prototype, and own keys only: `__proto__` or `constructor` in a query are parameters like any other.
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of params) if (!Object.hasOwn(out, key)) out[key] = value;
  return out;
}

/** JSON array items from batches, comma-separated across batch boundaries. */
export async function* jsonItems<R>(batches: AsyncIterable<R[]>, item: (record: R) => unknown): AsyncGenerator<string> {
  let first = true;
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield (first ? "" : ",") + batch.map((record) => JSON.stringify(item(record))).join(",");
    first = false;
  }
}
