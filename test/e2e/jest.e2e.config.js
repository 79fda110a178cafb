/**
 * End-to-end tests of the task pane in headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core) on the production build in dist/. Run after `npm run build`:
 *   npx jest -c test/e2e/jest.e2e.config.js
 */
const path = require("path");

module.exports = {
  rootDir: path.resolve(__dirname, "../.."),
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx" },
        diagnostics: { warnOnly: false },
      },
    ],
  },
  globalSetup: "<rootDir>/test/e2e/support/global-setup.js",
  // One browser at a time: the machine is small and the tests share the build.
  maxWorkers: 1,
  testTimeout: 180000,
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
