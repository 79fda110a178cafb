/**
 * The production build for a committee's address: `CHIBO_PUBLIC_URL=https://chibo.example.vn npm
 * run build` (here into a temporary folder, so that dist/ stays the one the other tests use). Its
 * manifest validates offline against the schema, points only at that address, and no file of the
 * build names localhost. An address that is not https is refused before anything is built.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ROOT } from "./support/reference";

const ADDRESS = "https://chibo.example.vn";
const XSD = resolve(ROOT, "../shared/manifest-xsd/OfficeAppManifestV1_1.xsd");
const WEBPACK = resolve(ROOT, "node_modules/webpack-cli/bin/cli.js");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let out: string;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "chibo-e2e-deploy-"));
  execFileSync(process.execPath, [WEBPACK, "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    env: { ...process.env, CHIBO_PUBLIC_URL: ADDRESS },
    stdio: "pipe",
  });
}, 900000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("the production build for https://chibo.example.vn", () => {
  it("has a manifest that validates against the schema, offline", () => {
    expect(existsSync(XSD)).toBe(true);
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", XSD, join(out, "manifest.xml")], {
      encoding: "utf8",
    });
    expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({
      status: 0,
      stderr: `${join(out, "manifest.xml")} validates`,
    });
  });

  it("points every address of the manifest at the committee's server", () => {
    const manifest = readFileSync(join(out, "manifest.xml"), "utf8");
    const urls = [...manifest.matchAll(/(?:DefaultValue|Url)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(3);
    const own = urls.filter((url) => url.startsWith(`${ADDRESS}/`));
    // Only the support page may point elsewhere (it is not served by the committee).
    expect(urls.filter((url) => !own.includes(url)).every((url) => !/localhost|127\.0\.0\.1/.test(url))).toBe(
      true,
    );
    expect(own).toEqual(expect.arrayContaining([`${ADDRESS}/taskpane.html`, `${ADDRESS}/commands.html`]));
  });

  it("names localhost nowhere, in no file", () => {
    const files = filesUnder(out);
    expect(files.length).toBeGreaterThan(5);
    const naming = files.filter((file) => /localhost/i.test(readFileSync(file, "latin1")));
    expect(naming).toEqual([]);
  });

  it("is refused for an address that is not https, with the reason", () => {
    const result = spawnSync(
      process.execPath,
      [WEBPACK, "--mode", "production", "--output-path", join(out, "x")],
      {
        cwd: ROOT,
        env: { ...process.env, CHIBO_PUBLIC_URL: "http://chibo.example.vn" },
        encoding: "utf8",
      },
    );
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toContain("must start with https://");
    expect(existsSync(join(out, "x"))).toBe(false);
  });
});
