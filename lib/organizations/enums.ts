// The schema's organization enums as plain values and types for forms and filters, so routes and components take
// them from the domain and never import Prisma's generated code (eslint.config.mjs). The generated module is plain
// constants with no runtime, so this is safe in the browser.
export {
  ChannelKind,
  OnlinePresence,
  OrganizationCategory,
  OrganizationStatus,
  OrganizationType,
  ServedGroup,
} from "@/lib/db/generated/enums";
