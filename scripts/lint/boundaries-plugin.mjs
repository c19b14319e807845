// The one layering rule ESLint's own rules cannot express: a client component ("use client") must not import a
// module that runs only on the server. Which modules those are is known only by reading them (they start with
// `import "server-only"`), so the rule resolves each import the way the bundler does (`@/` is the repository root,
// relative paths from the importing file) and looks. Route and lib layering is no-restricted-imports in
// eslint.config.mjs.
import { existsSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(import.meta.dirname, "../..");
const extensions = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.tsx"];
const builtins = new Set(builtinModules);

/** @param {string} file */
const isFile = (file) => existsSync(file) && statSync(file).isFile();

/** The file an import resolves to, or null for a package (or a path that does not exist). */
function resolve(specifier, importer) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith("./") || specifier.startsWith("../"))
    base = path.resolve(path.dirname(importer), specifier);
  else return null;
  for (const ext of extensions) if (isFile(base + ext)) return base + ext;
  return null;
}

/** @type {Map<string, { mtime: number; serverOnly: boolean }>} */
const cache = new Map();

/** The module's directives: its leading string statements ("use client", "use server"). */
function directivesOf(source) {
  const directives = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    directives.push(statement.expression.text);
  }
  return directives;
}

/** Whether a module file is server-only: it imports "server-only" and is not a "use server" action module. */
function isServerOnly(file) {
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.serverOnly;
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const marked = source.statements.some(
    (s) =>
      ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text === "server-only",
  );
  // A "use server" module reaches the client as references to its actions, never as code, whatever it imports.
  const serverOnly = marked && !directivesOf(source).includes("use server");
  cache.set(file, { mtime, serverOnly });
  return serverOnly;
}

/** Why importing `specifier` from `importer` pulls server code into the browser, or null when it does not. */
function serverReason(specifier, importer) {
  if (specifier === "server-only") return "it is the server-only marker";
  if (specifier.startsWith("node:") || builtins.has(specifier.split("/")[0])) return "it is a Node.js built-in";
  const file = resolve(specifier, importer);
  if (!file) return null;
  const relative = path.relative(root, file).split(path.sep).join("/");
  if (relative.startsWith("lib/db/")) return "it is the database layer (lib/db)";
  if (isServerOnly(file)) return `${relative} imports "server-only"`;
  return null;
}

const isClientModule = (program) => {
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") return false;
    if (statement.directive === "use client") return true;
  }
  return false;
};

// Type-only imports are erased before bundling, so they may name types from server modules.
const typeOnly = (node) =>
  node.importKind === "type" ||
  node.exportKind === "type" ||
  (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));

/** @type {import("eslint").Rule.RuleModule} */
const noServerImportInClient = {
  meta: {
    type: "problem",
    docs: { description: 'Client components ("use client") never import server-only modules' },
    schema: [],
    messages: {
      serverImport:
        'A client component cannot import "{{specifier}}": {{reason}}. Pass the data in as props from a server component, or call a "use server" action.',
    },
  },
  create(context) {
    if (!isClientModule(context.sourceCode.ast)) return {};
    const check = (node, source) => {
      if (!source || source.type !== "Literal" || typeof source.value !== "string") return;
      const reason = serverReason(source.value, context.filename);
      if (reason)
        context.report({ node: source, messageId: "serverImport", data: { specifier: source.value, reason } });
    };
    return {
      ImportDeclaration: (node) => typeOnly(node) || check(node, node.source),
      ExportNamedDeclaration: (node) => typeOnly(node) || check(node, node.source),
      ExportAllDeclaration: (node) => typeOnly(node) || check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export const boundaries = {
  meta: { name: "atlas-boundaries" },
  rules: { "no-server-import-in-client": noServerImportInClient },
};
