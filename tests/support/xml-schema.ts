// Validates XML against the schemas shipped as test data in tests/fixtures/xml, with libxml2's xmllint compiled to
// WebAssembly (xmllint-wasm): the same validator as `xmllint --schema`, without a system package.
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

const fixtures = path.join(import.meta.dirname, "../fixtures/xml");
const file = (fileName: string) => ({ fileName, contents: readFileSync(path.join(fixtures, fileName), "utf8") });

/** The schema errors of a sitemap (urlset with xhtml:link alternates), as xmllint prints them; [] when valid. */
export async function sitemapSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: "sitemap.xml", contents: xml },
    schema: file("sitemap-with-alternates.xsd"),
    preload: [file("sitemap.xsd"), file("xhtml-link.xsd")],
    // A sitemap holds up to 50 000 URLs; 64 KiB pages × 4096 = 256 MiB.
    maxMemoryPages: 4096,
  });
  return result.errors.map((e) => e.rawMessage);
}

/** The schema errors of a sitemap index (sitemapindex), as xmllint prints them; [] when valid. */
export async function sitemapIndexSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: "sitemap.xml", contents: xml },
    schema: file("siteindex.xsd"),
    maxMemoryPages: 4096,
  });
  return result.errors.map((e) => e.rawMessage);
}
