/**
 * Turns a webpack build into one self-contained HTML file (chibo.html, the offline file).
 *
 * - The entry's scripts are inlined in a <script> at the end of the body.
 * - Every other emitted chunk (the ones import() loads: today the reader, the writer and
 *   SheetJS for old formats) is inlined as inert text, <script type="text/x-chibo-chunk">, that the browser
 *   neither parses nor runs; webpack's script loader is replaced so that import() turns that text
 *   into a running script when it is first needed, with no request to any address.
 * - The Content-Security-Policy of the page allows exactly these scripts, by their SHA-256, and no
 *   connection at all: nothing can leave the machine even by mistake.
 * - Anything else emitted (an image, a stylesheet, a font) fails the build: it would be a request.
 *
 * Options: { entry, template, filename, icon, version }. The template holds the placeholders
 * <!--chibo:head-->, <!--chibo:scripts--> and <!--chibo:licenses-->.
 */
const crypto = require("crypto");
const fs = require("fs");

const NAME = "InlineChunksPlugin";
const CHUNK_TYPE = "text/x-chibo-chunk";

/**
 * Script text safe inside <script>…</script>: the HTML parser ends a script at "</script" and
 * changes state at "<!--", whatever JavaScript context they are in. Both can only appear inside
 * strings, regular expressions, template literals or comments, where "\x3C" means "<" too.
 */
function escapeScript(code) {
  return code.replace(/<(\/script|!--)/gi, "\\x3C$1");
}

function sha256(text) {
  return `'sha256-${crypto.createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Text for an HTML comment: "--" may not appear in one. */
function commentText(text) {
  return text.replace(/--/g, "- -");
}

class InlineChunksPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, RuntimeGlobals, RuntimeModule, Template, sources } = compiler.webpack;
    const options = this.options;

    /** webpack's loadScript (a <script src> per chunk), replaced by: run the chunk's inlined text. */
    class LoadInlinedChunk extends RuntimeModule {
      constructor() {
        super("load inlined chunk", RuntimeModule.STAGE_ATTACH);
      }
      generate() {
        return Template.asString([
          `${RuntimeGlobals.loadScript} = function (url, done) {`,
          Template.indent([
            `var holders = document.querySelectorAll('script[type="${CHUNK_TYPE}"]');`,
            "var holder = null;",
            "for (var i = 0; i < holders.length; i++) if (holders[i].getAttribute('data-chunk') === url) holder = holders[i];",
            "if (!holder) { done({ type: 'missing', target: { src: url } }); return; }",
            "var script = document.createElement('script');",
            "script.textContent = holder.textContent;",
            "holder.parentNode.removeChild(holder);",
            // An inline script runs as soon as it is inserted (if the policy allows its hash).
            "document.head.appendChild(script);",
            "done({ type: 'load', target: { src: url } });",
          ]),
          "};",
        ]);
      }
    }

    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.runtimeRequirementInTree
        .for(RuntimeGlobals.loadScript)
        // Before webpack's own RuntimePlugin, which this bails out.
        .tap({ name: NAME, stage: -100 }, (chunk) => {
          compilation.addRuntimeModule(chunk, new LoadInlinedChunk());
          return true;
        });

      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const entrypoint = compilation.entrypoints.get(options.entry);
          if (!entrypoint) throw new Error(`${NAME}: no entry "${options.entry}"`);
          const initial = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
          const names = Object.keys(assets);
          const licenses = names.filter((file) => file.endsWith(".LICENSE.txt")).sort();
          const maps = names.filter((file) => file.endsWith(".map"));
          const deferred = names.filter((file) => file.endsWith(".js") && !initial.includes(file)).sort();
          const other = names.filter(
            (file) => !file.endsWith(".js") && !licenses.includes(file) && !maps.includes(file),
          );
          if (other.length > 0) {
            compilation.errors.push(
              new compiler.webpack.WebpackError(
                `${NAME}: cannot inline ${other.join(", ")} into one file; only scripts can be inlined.`,
              ),
            );
            return;
          }
          const text = (file) => assets[file].source().toString();

          const scriptHashes = [];
          const main = initial.map((file) => {
            const code = escapeScript(text(file));
            scriptHashes.push(sha256(code));
            return `<script>${code}</script>`;
          });
          const chunks = deferred.map((file) => {
            const code = escapeScript(text(file));
            scriptHashes.push(sha256(code));
            return `<script type="${CHUNK_TYPE}" data-chunk="${file}">${code}</script>`;
          });
          const policy = [
            "default-src 'none'",
            `script-src ${scriptHashes.join(" ")}`,
            // Fluent UI (Griffel) adds its styles with <style> elements at run time.
            "style-src 'unsafe-inline'",
            "img-src data: blob:",
            "font-src data:",
            "connect-src 'none'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
          ].join("; ");
          const icon = fs.readFileSync(options.icon).toString("base64");
          const head = [
            `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
            `<meta name="chibo-version" content="${options.version}" />`,
            `<link rel="icon" type="image/png" href="data:image/png;base64,${icon}" />`,
          ].join("\n    ");
          const licenseText = licenses.map((file) => `${file}:\n${commentText(text(file))}`).join("\n");

          const template = fs.readFileSync(options.template, "utf8");
          for (const placeholder of ["<!--chibo:head-->", "<!--chibo:scripts-->", "<!--chibo:licenses-->"])
            if (!template.includes(placeholder))
              throw new Error(`${NAME}: ${placeholder} missing in the template`);
          // Function replacements: the scripts may hold "$&" and other replacement patterns.
          const html = template
            .replace("<!--chibo:head-->", () => head)
            .replace("<!--chibo:licenses-->", () => `<!--\n${licenseText}\n-->`)
            // The entry first, so that the page paints before the parser reaches the inert chunks.
            .replace("<!--chibo:scripts-->", () => [...main, ...chunks].join("\n"));

          for (const file of names) compilation.deleteAsset(file);
          // Marked minimized: the scripts are already, and their hashes must hold byte for byte.
          compilation.emitAsset(options.filename, new sources.RawSource(html), { minimized: true });
        },
      );
    });
  }
}

module.exports = { InlineChunksPlugin, escapeScript, CHUNK_TYPE };
