import js from "@eslint/js";
import globals from "globals";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "build/**",
      ".cache/**",
      "node_modules/**",
      "data/**",
      "coverage/**",
      "extensions/**/assets/**",
      "app/types/**",
      "tests/e2e/artifacts/**",
      ".scratch/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: {
      ecmaVersion: "latest",
      sourceType: "module",
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs["jsx-runtime"].rules,
      ...reactHooks.configs.recommended.rules,
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error", "warn", "info"] }],
    },
  },
  {
    files: ["scripts/**", "tests/**", "bench/**"],
    rules: { "no-console": "off" },
  },
  {
    // A file of the app that grows past 400 lines holds more than one responsibility: split it (issue 18).
    files: ["app/**/*.{ts,tsx}"],
    rules: { "max-lines": ["error", { max: 400 }] },
  },
  {
    // Every action reads its form through readForm, which makes it storable in PostgreSQL (decision 052).
    files: ["app/**/*.{ts,tsx}"],
    ignores: ["app/http/form-data.server.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='formData'][arguments.length=0]",
          message: "Read a form with readForm (app/http/form-data.server.ts): it drops what PostgreSQL cannot store.",
        },
      ],
    },
  },
  {
    // Services never import Remix: routes own HTTP (../shared/STYLE.md, decision 014).
    files: ["app/services/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@remix-run/*"], message: "Services never import Remix; return results and typed errors to the route." }] },
      ],
    },
  },
);
