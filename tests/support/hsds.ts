// Validates HSDS 3.0 organizations against the official schemas vendored in lib/exports/hsds/schema (see its README).
// The schema declares no $schema; HSDS 3.0 publishes its schemas as JSON Schema draft 2020-12, so Ajv2020 reads it.
// Its non-standard annotations (name, constraints, example, core, datapackage_metadata…) are allowed, and its
// "%Y" year format is checked as a whole number. Of the entity schemas organization.json refers to, the atlas
// publishes attributes (where a name or description comes from, with their taxonomy terms and taxonomy): those are
// vendored and checked. The others (funding, contacts, phones, locations, programs, identifiers, metadata) are
// registered as schemas no value satisfies, so any such item is an error rather than silently unchecked.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const SCHEMA_DIR = path.resolve(import.meta.dirname, "../../lib/exports/hsds/schema");
export const UNPUBLISHED_ENTITIES = [
  "funding",
  "contact",
  "phone",
  "location",
  "program",
  "organization_identifier",
  "metadata",
];
/** The entity schemas an export uses beside organization.json, vendored as published. */
const PUBLISHED_ENTITIES = ["attribute", "taxonomy_term", "taxonomy"];

export function hsdsOrganizationValidator() {
  const ajv = new Ajv2020({ allErrors: true, strictSchema: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addFormat("%Y", {
    type: "number",
    validate: (year: number) => Number.isInteger(year) && year >= 1000 && year <= 9999,
  });
  for (const entity of UNPUBLISHED_ENTITIES) ajv.addSchema({ not: {} }, `${entity}.json`);
  for (const entity of PUBLISHED_ENTITIES)
    ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMA_DIR, `${entity}.json`), "utf8")), `${entity}.json`);
  ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMA_DIR, "organization.json"), "utf8")), "organization.json");
  const validate = ajv.getSchema("organization.json")!;
  return (item: unknown) =>
    validate(item) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
