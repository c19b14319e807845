// The shape of a server-action body as our forms send it, checked before Next decodes it: Next's decoder (React's
// decodeReply / decodeAction) throws on a missing root, bad JSON, an unknown reference or deep nesting, and Next
// answers every such throw with a 500. Our forms send only this:
// - from the page's script (Next-Action header): field "0" is the argument list, `[previousState, "$K1"]`
//   (useActionState) or `["$K1"]` (a plain form action), less the arguments the action does not use, and the
//   form's fields come as `_1_<name>`;
// - without JavaScript: `$ACTION_REF_<n>`, the descriptor `$ACTION_<n>:0` ({"id", "bound"}), the bound arguments
//   `$ACTION_<n>:1` (`[previousState]`), `$ACTION_KEY`, and the form's own fields.
// The previous state is plain JSON that React may tag: "$$…" (a string starting with "$"), "$undefined", "$D<date>",
// the special numbers. Anything else (a promise, a map, a file, another server function) is not from our forms.

/** Nesting deep enough for any form state of ours (an import report is about five levels). */
const MAX_DEPTH = 32;
const TAGS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);

function plainValue(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$") || value.startsWith("$$") || TAGS.has(value)) return true;
    return value.startsWith("$D") && !Number.isNaN(Date.parse(value.slice(2)));
  }
  if (value === null || typeof value === "number" || typeof value === "boolean") return true;
  if (Array.isArray(value)) return value.every((v) => plainValue(v, depth + 1));
  if (typeof value === "object") return Object.values(value).every((v) => plainValue(v, depth + 1));
  return false;
}

function parse(text: FormDataEntryValue | null): unknown {
  if (typeof text !== "string") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A fetch action's body (Next-Action header): true when it has the shape our forms send. */
export function isFormActionReply(form: FormData): boolean {
  const roots = form.getAll("0");
  if (roots.length !== 1) return false;
  for (const key of form.keys()) if (key !== "0" && !key.startsWith("_1_")) return false;
  return isArgumentList(parse(roots[0]!), true);
}

/**
 * A fetch action's plain-text body: React sends the argument list as JSON alone when it holds no form, which is
 * how an action called with only the arguments it uses (none, or its previous state) arrives.
 */
export function isPlainActionReply(text: string): boolean {
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return false;
  }
  return isArgumentList(args, false);
}

function isArgumentList(args: unknown, formSent: boolean): boolean {
  if (!Array.isArray(args) || args.length > 2) return false;
  // Next drops the arguments an action does not declare use of (omitUnusedArgs in next/dist/shared/lib/
  // server-reference-info.js): an action ignoring its previous state gets "$undefined" (or null) in its place, one
  // ignoring both gets []; the form, where sent, is always the last argument.
  const state = formSent && args.at(-1) === "$K1" ? args.slice(0, -1) : args;
  if (state.length > 1) return false;
  return (
    state.length === 0 ||
    state[0] === null ||
    state[0] === "$undefined" ||
    (typeof state[0] === "object" && !Array.isArray(state[0]) && plainValue(state[0], 0))
  );
}

/**
 * The ids a form posted without JavaScript names, or null when its action fields are not what our forms send
 * (which Next's decoder could throw on).
 */
export function formPostActionIds(form: FormData): string[] | null {
  const ids: string[] = [];
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION_ID_")) {
      ids.push(key.slice("$ACTION_ID_".length));
    } else if (key.startsWith("$ACTION_REF_")) {
      const prefix = `$ACTION_${key.slice("$ACTION_REF_".length)}:`;
      const descriptor = parse(form.get(`${prefix}0`));
      if (
        typeof descriptor !== "object" ||
        descriptor === null ||
        typeof (descriptor as { id?: unknown }).id !== "string"
      )
        return null;
      const { id, bound } = descriptor as { id: string; bound?: unknown };
      if (bound !== null && bound !== undefined && bound !== "$@1") return null;
      if (bound === "$@1") {
        const args = parse(form.get(`${prefix}1`));
        if (!Array.isArray(args) || !plainValue(args, 0)) return null;
      }
      ids.push(id);
    } else if (key.startsWith("$ACTION_") && key !== "$ACTION_KEY" && !/^\$ACTION_\d+:[01]$/.test(key)) {
      return null;
    }
  }
  return ids;
}
