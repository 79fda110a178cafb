/**
 * The size of the task pane's first scripts: those taskpane.html loads itself (not office.js, not
 * the chunks loaded later with import(), such as the reader and the writer), gzipped as a web server would send
 * them. The budget is 400 KB (design.md, "Performance budget").
 *
 * Run after `npm run build`:  node scripts/bundle-size.js [distDir] [--json]
 * Exit code 1 when the first scripts are over budget, 2 when there is no build to measure.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_BYTES = 400 * 1024;

/** The local scripts an HTML page loads with <script src>, in order. */
function initialScripts(html) {
  const sources = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*>/gi)) {
    const src = match[1];
    if (/^[a-z]+:\/\//i.test(src) || src.startsWith("//")) continue; // office.js from its CDN
    sources.push(src.replace(/^\.?\//, "").split(/[?#]/)[0]);
  }
  return sources;
}

function gzipSize(bytes) {
  return zlib.gzipSync(bytes, { level: 9 }).length;
}

/** Figures for the first scripts and for the chunks loaded later. */
function measure(distDir) {
  const html = fs.readFileSync(path.join(distDir, "taskpane.html"), "utf8");
  const initial = initialScripts(html).map((file) => {
    const bytes = fs.readFileSync(path.join(distDir, file));
    return { file, bytes: bytes.length, gzip: gzipSize(bytes) };
  });
  const initialNames = new Set(initial.map((s) => s.file));
  const deferred = fs
    .readdirSync(distDir)
    .filter((file) => file.endsWith(".js") && !initialNames.has(file) && !file.startsWith("commands."))
    .map((file) => {
      const bytes = fs.readFileSync(path.join(distDir, file));
      return { file, bytes: bytes.length, gzip: gzipSize(bytes) };
    });
  const total = initial.reduce((sum, s) => sum + s.gzip, 0);
  return { initial, deferred, initialGzip: total, budget: BUDGET_BYTES, withinBudget: total <= BUDGET_BYTES };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function main() {
  const args = process.argv.slice(2);
  const distDir = path.resolve(args.find((a) => !a.startsWith("--")) || path.join(__dirname, "..", "dist"));
  if (!fs.existsSync(path.join(distDir, "taskpane.html"))) {
    console.error(`No build in ${distDir}: run "npm run build" first.`);
    process.exitCode = 2;
    return;
  }
  const result = measure(distDir);
  if (args.includes("--json")) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log("Task pane first scripts (loaded by taskpane.html):");
    for (const s of result.initial) console.log(`  ${s.file}  ${kb(s.bytes)}, gzipped ${kb(s.gzip)}`);
    console.log(`  total gzipped ${kb(result.initialGzip)} (budget ${kb(result.budget)})`);
    console.log("Loaded later, when needed:");
    for (const s of result.deferred) console.log(`  ${s.file}  ${kb(s.bytes)}, gzipped ${kb(s.gzip)}`);
  }
  if (!result.withinBudget) process.exitCode = 1;
}

module.exports = { measure, initialScripts, BUDGET_BYTES };

if (require.main === module) main();
