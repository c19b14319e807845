// The schema's event type as a plain value and type for forms and filters, so routes and components take it from
// the domain and never import Prisma's generated code (eslint.config.mjs). The generated module is plain constants
// with no runtime, so this is safe in the browser.
export { EventDateBasis, EventType } from "@/lib/db/generated/enums";
