// The one way to write a server action (docs/decisions/0022-action-helper.md): read the posted form → parse it with
// the action's zod schema → run (the command authorizes inside, and writes in its own transaction with its audit
// row) → known errors become typed refusals → anything else is logged with the request id and answered "unknown",
// never its message → while the database is down, "databaseUnavailable". Every export of a "use server" module is
// built here (tests/integration/action-helper.test.ts checks it).
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { isConnectionError, isDatabaseDown, probeDatabase } from "@/lib/db/availability";
import { Forbidden } from "@/lib/errors";
import { logRequestError } from "@/lib/observability/request-log";
import { zodFieldErrors, type FieldErrors } from "./field-errors";
import { DATABASE_UNAVAILABLE, formData } from "./form-state";

/** Why an action did nothing, in the form's terms: codes beside fields, or one about the whole form. */
export type Refusal = { fieldErrors?: FieldErrors; formError?: string };

export type ActionSpec<Input, State, Parsed = Input> = {
  /** The server log line for an unexpected error ("curation action failed"). */
  log: string;
  /** The posted form as the action's input; an argument that is not a form arrives as an empty one. */
  read: (data: FormData) => Input | Promise<Input>;
  /** Parses the input; its issues are refused beside their fields before `run`. */
  schema?: z.ZodType<Parsed>;
  /** Field names of several segments ("name.ru"): see zodFieldErrors. */
  fieldDepth?: (head: string) => number;
  /** The refusal in the form's shape, echoing the input (never its secrets). */
  refuse: (input: Input, refusal: Refusal) => State;
  /** Expected errors as refusals (Forbidden is "forbidden" already); null for anything else. */
  knownError?: (error: unknown) => Refusal | null;
  /** The action needs the database: refuse at once while it is known to be down, and after an error it caused. */
  needsDatabase?: boolean;
  /** Authorizes (inside the action, through the command it calls), does the work, revalidates, answers. */
  run: (parsed: Parsed, input: Input) => Promise<State>;
};

/** A server action as its forms call it: useActionState passes (previous, form), a plain form action (form). */
export type ServerAction<State> = [State] extends [void]
  ? (data?: FormData) => Promise<void>
  : (previous: State, data?: FormData) => Promise<State>;

const built = new WeakSet<object>();

/** True for a function built by defineAction: a hand-written action is not. */
export function isDefinedAction(value: unknown): boolean {
  return typeof value === "function" && built.has(value);
}

export function defineAction<Input, State, Parsed = Input>(
  spec: ActionSpec<Input, State, Parsed>,
): ServerAction<State> {
  async function action(...args: unknown[]): Promise<State> {
    // The form is the last argument React sends (lib/security/action-body.ts); anything else is an empty form.
    const input = await spec.read(formData(args.at(-1)));
    if (spec.needsDatabase && isDatabaseDown()) return spec.refuse(input, { formError: DATABASE_UNAVAILABLE });
    try {
      if (!spec.schema) return await spec.run(input as unknown as Parsed, input);
      const parsed = spec.schema.safeParse(input);
      if (!parsed.success) return spec.refuse(input, { fieldErrors: zodFieldErrors(parsed.error, spec.fieldDepth) });
      return await spec.run(parsed.data, input);
    } catch (error) {
      unstable_rethrow(error); // Next's redirects and bail-outs are how an action ends, not failures.
      if (error instanceof Forbidden) return spec.refuse(input, { formError: "forbidden" });
      const known = spec.knownError?.(error);
      if (known) return spec.refuse(input, known);
      if (spec.needsDatabase && (isConnectionError(error) || (await probeDatabase()).state === "down"))
        return spec.refuse(input, { formError: DATABASE_UNAVAILABLE });
      logRequestError(spec.log, error);
      return spec.refuse(input, { formError: "unknown" });
    }
  }
  built.add(action);
  return action as ServerAction<State>;
}
