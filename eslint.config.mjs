// ESLint: correctness (typescript-eslint, React hooks, accessibility, Next.js) and the layering — routes and
// components read through lib/, only lib/ touches the database, client components get no server code. Formatting is
// Prettier's alone (eslint-config-prettier last); `npm run lint` runs both. Why ESLint 9 and no type-aware rules:
// docs/decisions/0023-lint.md. scripts/lint/boundaries.test.ts proves the layering rules fire.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import prettier from "eslint-config-prettier";
import { defineConfig, globalIgnores } from "eslint/config";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { boundaries } from "./scripts/lint/boundaries-plugin.mjs";

const databaseLayer = {
  regex: String.raw`^(@/|(\.\./)+)lib/db(/|$)|^@prisma/`,
  message:
    "Routes and components never touch the database layer or Prisma's generated code: call a read function in lib/, and take enum values from the domain's lib/ module.",
};
const uiLayers = {
  regex: String.raw`^(@/|(\.\./)+)(app|components)(/|$)`,
  message: "lib/ never imports routes (app/) or components: move what both need into lib/.",
};

export default defineConfig(
  globalIgnores([
    ".next/",
    ".next-*/",
    ".data/",
    "lib/db/generated/",
    "test-results/",
    "playwright-report/",
    "blob-report/",
    "coverage/",
    "next-env.d.ts",
  ]),
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      // A leading underscore marks a parameter a signature requires; rest siblings drop fields from a copy.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // The text sanitizers (validation, iCal, Atom, BibTeX) match control characters on purpose.
      "no-control-regex": "off",
      // Combining marks written as escapes are listed one by one on purpose (lib/auth/validation.ts).
      "no-misleading-character-class": ["error", { allowEscape: true }],
    },
  },
  {
    // React code only: routes, components and JSX modules. The hooks rules compile each file with the React
    // Compiler, which cost about 70 % of the lint's time when it also read lib/, tests/ and scripts/ (plain
    // TypeScript that calls no hook; `vi.useFakeTimers()` is not one).
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "**/*.tsx"],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ["**/*.tsx"],
    extends: [jsxA11y.flatConfigs.recommended],
    rules: {
      // Scrolling containers (tables, charts, code) take focus so keyboard users can scroll them (axe's
      // scrollable-region-focusable, checked by the end-to-end accessibility tests).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: ["pre"], roles: ["group", "region", "tabpanel"] }],
    },
  },
  {
    files: ["app/**", "components/**"],
    extends: [nextPlugin.configs["core-web-vitals"]],
  },

  // Layering.
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [databaseLayer] }] },
  },
  {
    files: ["lib/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [uiLayers] }] },
  },
  {
    plugins: { atlas: boundaries },
    rules: { "atlas/no-server-import-in-client": "error" },
  },

  prettier,
);
