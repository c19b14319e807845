// The iCalendar import form's one schema, for the browser and the server action. The calendar comes from an
// address (url) or a file; after the dry run the form carries the calendar's text and the plan's hash, so the real
// run imports exactly what was previewed.
import { z } from "zod";
import { EventType } from "@/lib/db/generated/enums";
import { locales } from "@/lib/i18n/routing";
import { plainText, uuid } from "@/lib/validation/text";

/** Largest calendar accepted, fetched or uploaded (the form posts it back once more for the real run). */
export const MAX_CALENDAR_BYTES = 800_000;

const url = z
  .string("invalid")
  .trim()
  .max(2000, "tooLong")
  .refine((value) => {
    if (value === "") return true;
    try {
      const parsed = new URL(value);
      return (
        (parsed.protocol === "http:" || parsed.protocol === "https:") &&
        parsed.hostname !== "" &&
        !parsed.username &&
        !parsed.password
      );
    } catch {
      return false;
    }
  }, "url");

export const icalImportSchema = z
  .object({
    intent: z.enum(["preview", "import"], "invalid"),
    url: url.default(""),
    /** The calendar's text: the uploaded file's, or the one previewed. */
    calendar: z
      .string("invalid")
      .max(MAX_CALENDAR_BYTES * 2, "tooLarge")
      .refine((value) => new TextEncoder().encode(value).length <= MAX_CALENDAR_BYTES, "tooLarge")
      .default(""),
    fileName: plainText(200).default(""),
    locale: z.enum(locales, "invalid"),
    type: z.enum(EventType, "invalid"),
    diasporaIds: z.array(uuid, "invalid").min(1, "chooseDiaspora").max(10, "tooMany"),
    planHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, "invalid")
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.intent === "preview" && !value.url && !value.calendar)
      ctx.addIssue({ code: "custom", path: ["source"], message: "chooseSource" });
    if (value.intent === "preview" && value.url && value.calendar)
      ctx.addIssue({ code: "custom", path: ["source"], message: "oneSource" });
    if (value.intent === "import" && (!value.calendar || !value.planHash))
      ctx.addIssue({ code: "custom", path: ["source"], message: "previewFirst" });
  });

export type IcalImportInput = z.input<typeof icalImportSchema>;
export type IcalImportForm = z.output<typeof icalImportSchema>;
