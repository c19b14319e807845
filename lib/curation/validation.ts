// The field rules curation forms use; they live in lib/validation/text.ts, shared with the account forms.
export {
  hasInvisible,
  hasMarkup,
  isWebUrl,
  languageList,
  optionalWebUrl,
  plainText,
  slug,
  uuid,
  webUrl,
} from "@/lib/validation/text";
export { completeUrl } from "@/lib/validation/complete-url";
