// Every regular expression written in the project's source, found by parsing the TypeScript: regex literals,
// `new RegExp("…")` / `RegExp("…")` with a literal pattern, and `pattern: "…"` properties (the JSON-schema patterns
// the public API validates input with). A `RegExp` built from anything else is reported as dynamic, so a reviewer
// sees it. Used by lib/security/redos.test.ts: a new regex is checked without editing the test.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export type FoundRegex = { file: string; line: number; source: string; flags: string };
export type DynamicRegex = { file: string; line: number; text: string };

const ROOTS = ["lib", "app", "components", "scripts", "prisma", "proxy.ts", "instrumentation.ts"];
const CODE = /\.(?:ts|tsx|mts|mjs|js)$/;
// Tests and generated code never run on a request's input; everything else may.
const SKIPPED = /(?:^|\/)(?:node_modules|generated)(?:\/|$)|\.(?:test|spec|bench)\.tsx?$/;

function codeFiles(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  let stats;
  try {
    stats = statSync(full);
  } catch {
    return [];
  }
  if (SKIPPED.test(entry)) return [];
  if (stats.isFile()) return CODE.test(entry) ? [entry] : [];
  return readdirSync(full).flatMap((name) => codeFiles(root, path.posix.join(entry, name)));
}

const literalText = (node: ts.Node | undefined) =>
  node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;

export function findRegexes(root: string): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const file of ROOTS.flatMap((entry) => codeFiles(root, entry))) {
    const text = readFileSync(path.join(root, file), "utf8");
    const sourceFile = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const line = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const end = literal.lastIndexOf("/");
        found.push({ file, line: line(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp"
      ) {
        const [pattern, flags] = node.arguments ?? [];
        const source = literalText(pattern);
        if (source === undefined) dynamic.push({ file, line: line(node), text: node.getText() });
        else found.push({ file, line: line(node), source, flags: literalText(flags) ?? "" });
      } else if (ts.isPropertyAssignment(node) && node.name.getText() === "pattern") {
        const source = literalText(node.initializer);
        if (source !== undefined) found.push({ file, line: line(node), source, flags: "u" });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return { found, dynamic };
}
