// One text per content language ("name.ru", "name.hy"): the keys are checked before any value is read.
import { z } from "zod";
import { plainText } from "./validation";

export const LOCALE_CODE = /^[a-z]{2,3}$/;
/** Russian, English and the national languages of up to a few diasporas: more is a forged form. */
export const MAX_LOCALES = 12;

const localeKey = z.string().regex(LOCALE_CODE, "invalid");

// A pipe stops at its first schema's issues: a form with surplus keys is refused by counting them, without
// normalizing and scanning every value (a thousand `description.xx` fields each up to the length limit). A key that
// is not a language code is refused by the record without parsing its value.
const fewKeys = z
  .record(z.string(), z.unknown(), "invalid")
  .refine((record) => Object.keys(record).length <= MAX_LOCALES, { message: "tooMany", abort: true });

export const perLocale = (max: number) => fewKeys.pipe(z.record(localeKey, plainText(max), "invalid"));
