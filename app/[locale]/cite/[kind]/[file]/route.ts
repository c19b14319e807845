import { hasLocale } from "next-intl";
import { KIND_PATHS } from "@/lib/citations/cite-work";
import { entryCitations } from "@/lib/citations/entry-citations";
import type { CitableKind } from "@/lib/citations/types";
import { versionParam } from "@/lib/citations/version-param";
import { routing } from "@/lib/i18n/routing";

type Context = { params: Promise<{ locale: string; kind: string; file: string }> };

const FORMATS = {
  bib: { type: "application/x-bibtex; charset=utf-8", body: (c: { bibtex: string }) => c.bibtex },
  json: { type: "application/vnd.citationstyles.csl+json; charset=utf-8", body: (c: { cslJson: string }) => c.cslJson },
} as const;

const notFound = () =>
  new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Downloads the citation of a page's version: /ru/cite/organizations/ojag.bib?version=3 (BibTeX) or ….json (CSL-JSON). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { locale, kind: path, file } = await params;
  const kind = (Object.keys(KIND_PATHS) as CitableKind[]).find((k) => KIND_PATHS[k] === path);
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(bib|json)$/.exec(file);
  if (!kind || !match || !hasLocale(routing.locales, locale)) return notFound();
  const [, slug, extension] = match as unknown as [string, string, keyof typeof FORMATS];
  const found = await entryCitations(
    kind,
    slug,
    locale,
    versionParam(new URL(request.url).searchParams.get("version") ?? undefined),
  );
  if (!found) return notFound();
  const format = FORMATS[extension];
  return new Response(format.body(found.citations), {
    headers: {
      "Content-Type": format.type,
      "Content-Disposition": `attachment; filename="${found.citations.id}.${extension}"`,
      // The access date is today's: never cached.
      "Cache-Control": "no-store",
    },
  });
}
