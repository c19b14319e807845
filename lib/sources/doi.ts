// Digital Object Identifiers: stored bare ("10.22363/2312-8674-2021-20-3-437-447") and shown as a link to the
// resolver, which is the form Crossref asks displays to use.

/** A DOI as the DOI Handbook defines it: "10.", a registrant code, "/", then any printable suffix. */
export const DOI_PATTERN = /^10\.\d{4,9}(\.\d+)*\/\S+$/;

/** What a curator may paste (https://doi.org/10.x/y, doi:10.x/y, " 10.x/y ") as the bare DOI; "" stays "". */
export function normalizeDoi(input: string): string {
  return input
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, "")
    .replace(/^doi:\s*/i, "");
}

/** The resolver link: each part of the suffix percent-encoded (a DOI may hold "#", "?" or "%"), the slashes kept. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split("/").map(encodeURIComponent).join("/")}`;
}
