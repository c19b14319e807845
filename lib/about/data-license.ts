// The licence of the atlas's data (docs/decisions/0020-about-and-licence.md): CC BY 4.0, stated wherever the data
// leaves the site — exports, the API, the feeds — and on the About page.

export const DATA_LICENSE = {
  /** SPDX identifier. */
  id: "CC-BY-4.0",
  name: "Creative Commons Attribution 4.0 International",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** RFC 8288 link to the licence, for responses whose body has no place for it (CSV, iCalendar). */
export const LICENSE_LINK_HEADER = `<${DATA_LICENSE.url}>; rel="license"`;

/** The licence as JSON documents state it (exports' metadata, API answers). */
export const licenseJson = () => ({ id: DATA_LICENSE.id, name: DATA_LICENSE.name, url: DATA_LICENSE.url });

/** The licence in an Atom feed: a rights statement and a rel="license" link (RFC 4946). */
export const atomLicense = () => ({
  rights: `${DATA_LICENSE.name} (${DATA_LICENSE.id}), ${DATA_LICENSE.url}`,
  link: { rel: "license" as const, type: "text/html", href: DATA_LICENSE.url },
});
