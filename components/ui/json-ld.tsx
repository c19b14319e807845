import { serializeJsonLd } from "@/lib/seo/json-ld";

/** A schema.org description of the page; nothing when the data cannot make a valid one (null). */
export function JsonLd({ data }: { data: Record<string, unknown> | null }) {
  if (!data) return null;
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
