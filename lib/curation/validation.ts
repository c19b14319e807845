// The field rules curation forms use; they live in lib/validation/text.ts, shared with the account forms.
export { hasInvisible, hasMarkup, languageList, plainText, slug, uuid, webUrl } from "@/lib/validation/text";
