/**
 * Before the end-to-end tests: check that the production build is there (the tests run on what
 * `npm run build` made, never on a build of their own), and bundle the fake Excel host for the
 * browser into test-output/e2e/fake-office.js.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../../..");
const OUT_DIR = path.join(ROOT, "test-output", "e2e");

function bundleFakeOffice() {
  const config = {
    mode: "production",
    target: "web",
    devtool: false,
    entry: path.join(ROOT, "test/e2e/fake-office/entry.ts"),
    output: { path: OUT_DIR, filename: "fake-office.js", iife: true },
    resolve: { extensions: [".ts", ".js"] },
    // The fake's file helpers are for Node; the browser seeds it from bytes instead.
    externals: { "node:fs/promises": "var {}" },
    module: {
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext" } },
          },
        },
      ],
    },
    optimization: { splitChunks: false, minimize: false },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

module.exports = async function globalSetup() {
  if (!fs.existsSync(path.join(ROOT, "dist", "taskpane.html"))) {
    throw new Error('No production build in dist/: run "npm run build" before the end-to-end tests.');
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  await bundleFakeOffice();
};
