// One form kit (components/forms): every form that shows an action's answer is built on it, so each has the same
// labelled fields, the error summary that takes focus and the "Sending…" button. A component that keeps an action's
// state (useActionState) must render the kit's <Form> (directly or through AuthForm); only the kit shows a pending
// state (useFormStatus), except where listed below with the reason.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** Components allowed their own pending state: the moderator's two decision buttons (name/value pairs). */
const OWN_PENDING_STATE = ["components/suggestions/suggestion-decisions.tsx"];

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".tsx"))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

const files = [...sources("app"), ...sources("components")].map((file) => ({
  file,
  text: readFileSync(path.join(root, file), "utf8"),
}));

export function formsOffTheKit(list: { file: string; text: string }[]) {
  return list
    .filter(({ text }) => /\buseActionState\b/.test(text))
    .filter(({ text }) => !/from "@\/components\/(forms\/form|auth\/auth-form)"/.test(text) || /<form[\s>]/.test(text))
    .map(({ file }) => file);
}

describe("the form kit", () => {
  it("builds every form that shows an action's answer", () => {
    expect(files.filter(({ text }) => /\buseActionState\b/.test(text)).length).toBeGreaterThan(10);
    expect(formsOffTheKit(files)).toEqual([]);
  });

  it("is the only place with a pending state, but for the listed exceptions", () => {
    const pending = files
      .filter(({ file, text }) => /\buseFormStatus\b/.test(text) && !file.startsWith("components/forms/"))
      .map(({ file }) => file);
    expect(pending).toEqual(OWN_PENDING_STATE);
  });

  it("notices a hand-written form", () => {
    const planted = {
      file: "components/x/planted-form.tsx",
      text: 'const [state, action] = useActionState(a, s);\nreturn <form action={action}><input name="x" /></form>;',
    };
    expect(formsOffTheKit([planted])).toEqual([planted.file]);
  });
});
