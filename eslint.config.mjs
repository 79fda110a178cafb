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
    // ExcelJS is a dev dependency (the reference reader in test/support/exceljs, the bench
    // baseline, the sample generator): shipped code reading or writing with it would fail where
    // only the dependencies are installed. The core's own list below refuses it too.
    // test/xlsx/shipped-imports.test.ts shows both are refused.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // A regex: as a group, "exceljs" would also match a folder of that name (test/support/exceljs).
              regex: "^exceljs(/|$)",
              message:
                "ExcelJS is a dev dependency: read with src/xlsx/read-grids.ts, write with src/xlsx/port.ts.",
            },
            {
              regex: "^jszip(/|$)",
              message:
                "JSZip is a dev dependency (tests read written files back with it): src/xlsx/package/parts.ts writes packages.",
            },
            {
              group: ["**/test/**", "**/bench/**"],
              message: "Shipped code does not import tests or benches.",
            },
          ],
        },
      ],
    },
  },
  {
    // The core stays pure and typed: no `any`; no words (they come in as a Words parameter), no
    // host, no UI, no Node, no runtime outside zod. test/core/core-imports.test.ts shows each group
    // is refused.
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/i18n", "**/i18n/**"],
              message: "Core speaks no language: take a Words parameter (src/core/words.ts) instead.",
            },
            {
              group: ["**/excel", "**/excel/**", "office-*", "@microsoft/office-*", "office-addin-*"],
              message: "Core knows no Office host: the Excel port lives in src/excel.",
            },
            {
              group: [
                "react",
                "react/**",
                "react-dom",
                "react-dom/**",
                "@fluentui/*",
                "**/taskpane",
                "**/taskpane/**",
              ],
              message: "Core has no UI: the task pane lives in src/taskpane.",
            },
            {
              group: [
                "node:*",
                "fs",
                "fs/*",
                "path",
                "os",
                "url",
                "util",
                "crypto",
                "zlib",
                "stream",
                "buffer",
                "child_process",
                "worker_threads",
              ],
              message: "Core does no I/O and needs no Node: the ports read and write files.",
            },
            {
              group: [
                "exceljs",
                "@e965/xlsx",
                "fflate",
                "jszip",
                "**/xlsx",
                "**/xlsx/**",
                "**/cli",
                "**/cli/**",
                "**/ports",
                "**/ports/**",
              ],
              message: "Core takes grids and returns specs: file formats and front ends stay outside.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "window",
        "document",
        "navigator",
        "localStorage",
        "fetch",
        "process",
        "require",
        "Buffer",
      ],
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
