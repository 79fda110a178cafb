/**
 * Builds the task pane and the ribbon's function file into dist/, modelled on Microsoft's
 * Office-Addin-TaskPane-React template. The workbook reader and writer are reached only through a
 * dynamic import() and so land in their own chunks, outside the task pane's first scripts (see
 * scripts/bundle-size.js).
 * The development server's HTTPS certificates (office-addin-dev-certs) are asked for only in
 * `webpack serve`, so that a production build never touches the certificate store or the network.
 */
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { InlineChunksPlugin } = require("./scripts/inline-chunks-plugin");
const { publicUrl } = require("./scripts/public-url");

const DEV_URL = "https://localhost:3000/";
/** Where a deployment serves dist/ (CHIBO_PUBLIC_URL, https); the manifest's development URLs are rewritten to it. */
const PUBLIC_URL = publicUrl(process.env.CHIBO_PUBLIC_URL) || DEV_URL;
const DEV_SERVER_PORT = 3000;
const VERSION = require("./package.json").version;

/** chibo's version, shown in the pane's footer and written into the summary sheets' marker. */
const versionPlugin = () => new webpack.DefinePlugin({ __CHIBO_VERSION__: JSON.stringify(VERSION) });

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: {
      transpileOnly: true,
      compilerOptions: { module: "esnext", sourceMap: true },
    },
  },
};

/**
 * `npm run build:offline`: the browser mode as one file, dist-offline/chibo.html, with every
 * script inlined (scripts/inline-chunks-plugin.js) and no office.js.
 */
function offlineConfig() {
  return {
    mode: "production",
    devtool: false,
    target: "web",
    entry: { chibo: "./src/taskpane/offline.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-offline"),
      filename: "[name].js",
      chunkFilename: "[name].js",
      // The chunks are found in the page by name: no address to resolve them against.
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: { rules: [tsRule] },
    optimization: { splitChunks: { cacheGroups: { defaultVendors: false } } },
    performance: { hints: false },
    plugins: [
      versionPlugin(),
      new InlineChunksPlugin({
        entry: "chibo",
        template: path.resolve(__dirname, "src/taskpane/offline.html"),
        filename: "chibo.html",
        icon: path.resolve(__dirname, "assets/icon-32.png"),
        version: VERSION,
      }),
    ],
  };
}

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const options = await devCerts.getHttpsServerOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    // Installing the certificate needs administrator rights (sudo on Linux and Mac).
    throw new Error(
      `${error.message}\nInstall the development certificate once with administrator rights ` +
        `("npx office-addin-dev-certs install"), or, to use chibo in a plain browser, run ` +
        `"npm run build && npm run serve" (no certificate needed).`,
    );
  }
}

module.exports = async (env, argv) => {
  if (env && env.offline) return offlineConfig();
  const dev = argv.mode === "development";
  const serve = Boolean(env && env.WEBPACK_SERVE);

  const config = {
    devtool: "source-map",
    target: "web",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: { rules: [tsRule] },
    optimization: {
      // The port and its zip library stay in the "xlsx" chunk that browser mode loads with import().
      splitChunks: { cacheGroups: { defaultVendors: false } },
    },
    performance: {
      // The budget that matters is the gzipped size of the first scripts: scripts/bundle-size.js.
      hints: false,
    },
    plugins: [
      versionPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : content.toString().split(DEV_URL).join(PUBLIC_URL);
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        scriptLoading: "defer",
      }),
    ],
  };

  if (serve) {
    config.devServer = {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await httpsOptions() },
      port: Number(process.env.npm_package_config_dev_server_port) || DEV_SERVER_PORT,
    };
  }

  return config;
};
