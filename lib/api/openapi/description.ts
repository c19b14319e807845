// The document's introduction (Markdown): the rules every endpoint shares. docs/API.md says the same at more length.
export const API_DESCRIPTION = `Read-only access to the Diaspora Atlas: organizations, events, diasporas and host countries, with the sources behind every fact.

- **Languages.** Every translatable field comes in all the languages held, keyed by BCP 47 tag (\`"name": {"ru": "…", "en": "…", "hy": "…"}\`). With \`lang=\` each entry also gets a \`label\` resolved as the site does (that language, then Russian, English, any other), and \`url\` points at the page in that language.
- **Filters** are those of the site's lists. Values are checked strictly: a bad value, a repeated parameter or a parameter the endpoint does not know is a **400** whose body names it (\`{"error": {"code": "invalid_parameter", "parameter": "per_page", "message": "…"}}\`). An empty value counts as absent.
- **Pages.** \`page\` (from 1) and \`per_page\` (1–100, default 20); lists answer \`{"data": […], "page", "per_page", "total"}\` and a \`Link\` header (first, prev, next, last). A page past the last is empty.
- **Caching.** Every 200 carries a weak \`ETag\` computed from the body; send it as \`If-None-Match\` to get **304 Not Modified**. \`Cache-Control: public, max-age=300, stale-while-revalidate=3600\`.
- **CORS.** GET, HEAD and OPTIONS from any origin (\`Access-Control-Allow-Origin: *\`); preflight requests are answered.
- **Not found.** An unknown slug is a **404** with the same error body (\`code: not_found\`).`;
