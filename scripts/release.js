/**
 * `npm run release -- --url https://chibo.example.vn/` (or CHIBO_PUBLIC_URL): a versioned folder
 * a committee can check and hand out, release/chibo-<version>/:
 *
 *   chibo.html               the offline file (npm run build:offline)
 *   dist/                    the task pane built for the address, to put on the HTTPS server
 *                            (with chibo.html beside taskpane.html: the pane links to it when
 *                            an Excel is too old)
 *   manifest.xml             dist/manifest.xml, for the catalog, the admin centre or Upload My Add-in
 *   chibo-<version>.tgz      the CLI (npm pack)
 *   SHA256SUMS               one line per file above, as `sha256sum -c SHA256SUMS` reads it
 *
 * The build is refused when the address is not https, and the release when anything in dist/
 * still names localhost. Nothing is uploaded anywhere.
 */
const { execFileSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { publicUrl } = require("./public-url");

const ROOT = path.resolve(__dirname, "..");
const NPX = process.platform === "win32" ? "npx.cmd" : "npx";
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function option(args, name) {
  const at = args.indexOf(name);
  if (at >= 0) return args[at + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline ? inline.slice(name.length + 1) : undefined;
}

/** Every file under dir, relative, with "/" separators, sorted. */
function listFiles(dir, base = dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory()
        ? listFiles(full, base)
        : [path.relative(base, full).split(path.sep).join("/")];
    })
    .sort();
}

/** The SHA256SUMS text for the files of dir (the list itself left out). */
function checksums(dir) {
  return listFiles(dir)
    .filter((file) => file !== "SHA256SUMS")
    .map(
      (file) =>
        `${crypto
          .createHash("sha256")
          .update(fs.readFileSync(path.join(dir, file)))
          .digest("hex")}  ${file}`,
    )
    .join("\n")
    .concat("\n");
}

/** Files of dir whose text names localhost (a development address left in a production build). */
function filesNamingLocalhost(dir) {
  return listFiles(dir).filter((file) => /localhost/i.test(fs.readFileSync(path.join(dir, file), "latin1")));
}

function run(command, args, env = {}) {
  execFileSync(command, args, { cwd: ROOT, stdio: "inherit", env: { ...process.env, ...env } });
}

function main() {
  const args = process.argv.slice(2);
  const url = publicUrl(option(args, "--url") ?? process.env.CHIBO_PUBLIC_URL);
  if (!url) {
    console.error("Give the committee's HTTPS address: npm run release -- --url https://chibo.example.vn/");
    process.exitCode = 2;
    return;
  }
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  const out = path.resolve(ROOT, option(args, "--out") ?? "release", `chibo-${version}`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const dist = path.join(out, "dist");

  console.log(`== chibo ${version} for ${url} → ${path.relative(ROOT, out)}`);
  run(NPX, ["webpack", "--mode", "production", "--output-path", dist], { CHIBO_PUBLIC_URL: url });
  const offline = path.join(out, ".offline");
  run(NPX, ["webpack", "--env", "offline", "--output-path", offline]);
  fs.copyFileSync(path.join(offline, "chibo.html"), path.join(out, "chibo.html"));
  fs.copyFileSync(path.join(offline, "chibo.html"), path.join(dist, "chibo.html"));
  fs.rmSync(offline, { recursive: true, force: true });
  // Source maps stay with the developers: the server needs none.
  for (const file of listFiles(dist)) if (file.endsWith(".map")) fs.rmSync(path.join(dist, file));
  fs.copyFileSync(path.join(dist, "manifest.xml"), path.join(out, "manifest.xml"));

  const local = filesNamingLocalhost(dist);
  if (local.length > 0) throw new Error(`dist/ still names localhost in: ${local.join(", ")}`);

  run(NPM, ["pack", "--pack-destination", out]);
  fs.writeFileSync(path.join(out, "SHA256SUMS"), checksums(out));
  console.log(`\n${path.relative(ROOT, out)}:`);
  for (const file of fs.readdirSync(out).sort()) console.log(`  ${file}`);
  console.log(`Check it with: (cd ${path.relative(ROOT, out)} && sha256sum -c SHA256SUMS)`);
}

module.exports = { checksums, filesNamingLocalhost, listFiles };

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`release: ${error.message}`);
    process.exitCode = 1;
  }
}
