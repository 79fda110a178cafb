import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";
import prettier from "eslint-config-prettier";

const officeAddinRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist-offline/",
      "release/",
      "dist-cli/",
      "node_modules/",
      "coverage/",
      "test-output/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      // The Office add-in rules (load before read, sync after load, no sync in loops) without the
      // plugin's bundled prettier and style rules, which Prettier itself covers.
      ...officeAddinRules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    // The core stays pure and typed: no `any`, no host or runtime imports.
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "fs",
            "path",
            "node:*",
            "exceljs",
            "react",
            "react-dom",
            "@fluentui/*",
            "../../excel/*",
            "../../xlsx/*",
            "../../taskpane/*",
            "../../cli/*",
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "process"],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
