// Every server action is built by the one helper (lib/actions/define-action.ts, docs/decisions/0022-action-helper.md):
// the source tree is parsed (so a "use server" in a comment or a string does not count, and one inside a function
// does), each module with the directive is imported, and each of its exports must carry the helper's mark. A new
// hand-written action, exported or inline, fails here.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { defineAction, isDefinedAction } from "@/lib/actions/define-action";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIRS = ["lib", "app", "components"];

const isUseServer = (s: ts.Statement) =>
  ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === "use server";

/** The directive prologue: the string statements a file or function body starts with. */
const prologue = (statements: ts.NodeArray<ts.Statement>) => {
  const first: ts.Statement[] = [];
  for (const s of statements) {
    if (!ts.isExpressionStatement(s) || !ts.isStringLiteral(s.expression)) break;
    first.push(s);
  }
  return first;
};

type Scan = { modules: { file: string; exports: string[] }[]; inline: string[] };

/** Names a module exports (declarations and export lists), "default" included. */
function exportedNames(source: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const s of source.statements) {
    const exported = ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const isDefault =
      ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
    if (exported && isDefault) names.push("default");
    else if (exported && ts.isVariableStatement(s))
      for (const d of s.declarationList.declarations) names.push(d.name.getText(source));
    else if (exported && (ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) names.push(s.name.text);
    else if (ts.isExportAssignment(s)) names.push("default");
    else if (ts.isExportDeclaration(s) && !s.isTypeOnly) {
      if (s.exportClause && ts.isNamedExports(s.exportClause))
        for (const e of s.exportClause.elements)
          if (!e.isTypeOnly) names.push(e.name.text);
          else names.push("*");
    }
  }
  return names;
}

async function scan(): Promise<Scan> {
  const result: Scan = { modules: [], inline: [] };
  for (const dir of DIRS) {
    const files = (await readdir(path.join(ROOT, dir), { recursive: true })).filter(
      (f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts") && !f.split(path.sep).includes("generated"),
    );
    for (const name of files) {
      const file = path.posix.join(dir, name.split(path.sep).join("/"));
      const text = await readFile(path.join(ROOT, file), "utf8");
      if (!text.includes("use server")) continue;
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      if (prologue(source.statements).some(isUseServer)) result.modules.push({ file, exports: exportedNames(source) });
      const visit = (node: ts.Node) => {
        const body = ts.isFunctionLike(node) && "body" in node ? (node.body as ts.Node | undefined) : undefined;
        if (body && ts.isBlock(body) && prologue(body.statements).some(isUseServer))
          result.inline.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return result;
}

describe("server actions", () => {
  it('are all built by defineAction: every export of every "use server" module, and no inline action', async () => {
    const { modules, inline } = await scan();
    expect(inline).toEqual([]);
    expect(modules.length).toBeGreaterThanOrEqual(9);
    const handWritten: string[] = [];
    for (const { file, exports } of modules) {
      const loaded = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      expect(exports, file).not.toContain("*");
      expect(Object.keys(loaded).sort(), file).toEqual([...exports].sort());
      for (const name of exports) if (!isDefinedAction(loaded[name])) handWritten.push(`${file} ${name}`);
    }
    expect(handWritten).toEqual([]);
  });

  it("tells a helper-built action from a hand-written one", () => {
    const built = defineAction({ log: "x", read: () => null, refuse: () => undefined, run: async () => undefined });
    expect(isDefinedAction(built)).toBe(true);
    expect(isDefinedAction(async () => undefined)).toBe(false);
    expect(isDefinedAction({})).toBe(false);
  });

  it("sees the directive only where JavaScript does: not in a comment or a string, but in a function body", () => {
    const parse = (text: string) => ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true);
    expect(prologue(parse('// "use server";\nexport const a = 1;').statements).some(isUseServer)).toBe(false);
    expect(prologue(parse('const s = "use server";').statements).some(isUseServer)).toBe(false);
    expect(prologue(parse('"use strict";\n"use server";\nexport const a = 1;').statements).some(isUseServer)).toBe(
      true,
    );
    const fn = parse('export async function f() { "use server"; }').statements[0] as ts.FunctionDeclaration;
    expect(prologue(fn.body!.statements).some(isUseServer)).toBe(true);
  });
});
