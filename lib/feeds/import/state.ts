// What the iCalendar import action returns to its form: the values typed, errors by field, and the dry run or the
// outcome of the real run.
import type { IcalPreview } from "./import-ical";
import type { PlanAction } from "./plan-import";

export type IcalImportState = {
  ok: boolean;
  values: Record<string, string | string[]>;
  fieldErrors: Record<string, string[]>;
  formError?: string;
  /** After a dry run: the plan, and what the confirming form posts back. */
  preview?: IcalPreview & { calendar: string; planHash: string; url: string; fileName: string };
  /** After the real run. */
  imported?: { counts: Record<PlanAction, number>; sourceKey: string };
};

export const initialIcalImportState: IcalImportState = { ok: false, values: {}, fieldErrors: {} };
