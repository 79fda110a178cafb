// The CLI as one file (src/cli/load.ts says why), made from the modules `tsc -p tsconfig.cli.json`
// compiled into dist-cli/. Packages stay outside it (they load from node_modules when a command
// needs them, as before); only chibo's own modules are joined. Not minified: a stack trace a user
// sends must stay readable, and V8's code cache, not the source size, is what saves the time.
const path = require("path");
const { Compilation, sources } = require("webpack");

const cliDir = path.resolve(__dirname, "dist-cli", "src", "cli");

module.exports = {
  mode: "production",
  target: "node20",
  entry: path.join(cliDir, "main.js"),
  output: {
    path: cliDir,
    filename: "chibo.bundle.js",
    library: { type: "commonjs2" },
    clean: false,
  },
  // Anything that is not a relative path is a package or a Node module: left to require().
  externals: [
    ({ request }, callback) => (/^[./]/.test(request) ? callback() : callback(null, `commonjs ${request}`)),
  ],
  // __dirname stays the bundle's folder, which is the compiled main.js's folder.
  node: { __dirname: false, __filename: false },
  optimization: { minimize: false, concatenateModules: true },
  plugins: [{ apply: asciiOnlyBundle }],
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
};

/**
 * Writes the joined bundle in ASCII only (scripts/ascii-bundle.ts says why, and which cases it
 * refuses). That module is compiled by the `tsc` step that comes before webpack.
 */
function asciiOnlyBundle(compiler) {
  const { asciiOnly } = require(path.resolve(__dirname, "dist-cli", "scripts", "ascii-bundle.js"));
  const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY;
  compiler.hooks.thisCompilation.tap("AsciiOnlyBundle", (compilation) =>
    compilation.hooks.processAssets.tap({ name: "AsciiOnlyBundle", stage }, (assets) => {
      for (const [name, asset] of Object.entries(assets))
        if (name.endsWith(".js"))
          compilation.updateAsset(name, new sources.RawSource(asciiOnly(asset.source().toString())));
    }),
  );
}
