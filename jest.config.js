/** Jest runs the TypeScript sources directly through ts-jest (CommonJS for Node). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx" },
        diagnostics: { warnOnly: false },
      },
    ],
  },
  testTimeout: 60000,
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
