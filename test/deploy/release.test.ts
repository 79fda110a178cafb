import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// Plain Node scripts (webpack.config.js and `npm run release` use them as they are).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { publicUrl } = require("../../scripts/public-url") as { publicUrl: (v?: string) => string | null };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const release = require("../../scripts/release") as {
  checksums: (dir: string) => string;
  filesNamingLocalhost: (dir: string) => string[];
};

const ROOT = resolve(__dirname, "../..");

describe("CHIBO_PUBLIC_URL", () => {
  it("takes an https address and ends it with a slash", () => {
    expect(publicUrl("https://chibo.example.vn")).toBe("https://chibo.example.vn/");
    expect(publicUrl(" https://tinhuy.example.vn/chibo/ ")).toBe("https://tinhuy.example.vn/chibo/");
    expect(publicUrl(undefined)).toBeNull();
    expect(publicUrl("")).toBeNull();
  });

  it("refuses what Office would not load, saying why", () => {
    expect(() => publicUrl("http://chibo.example.vn")).toThrow(/must start with https:\/\//);
    expect(() => publicUrl("chibo.example.vn")).toThrow(/not an address/);
    expect(() => publicUrl("https://chibo.example.vn/?a=1")).toThrow(/must not hold/);
  });
});

describe("the release's checks", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "chibo-release-"));
    mkdirSync(join(dir, "dist", "assets"), { recursive: true });
    writeFileSync(join(dir, "chibo.html"), "<!doctype html><title>chibo</title>");
    writeFileSync(join(dir, "dist", "taskpane.html"), '<script src="taskpane.js"></script>');
    writeFileSync(join(dir, "dist", "assets", "icon.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists a SHA-256 for every file, in the form sha256sum -c checks", () => {
    const sums = release.checksums(dir);
    expect(
      sums
        .trim()
        .split("\n")
        .map((line) => line.split("  ")[1]),
    ).toEqual(["chibo.html", "dist/assets/icon.png", "dist/taskpane.html"]);
    writeFileSync(join(dir, "SHA256SUMS"), sums);
    expect(execFileSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: dir, encoding: "utf8" })).toContain(
      "chibo.html: OK",
    );
    // A file changed afterwards no longer checks.
    writeFileSync(join(dir, "chibo.html"), "changed");
    expect(() =>
      execFileSync("sha256sum", ["-c", "--quiet", "SHA256SUMS"], { cwd: dir, stdio: "pipe" }),
    ).toThrow();
  });

  it("finds a development address left in a build", () => {
    expect(release.filesNamingLocalhost(join(dir, "dist"))).toEqual([]);
    writeFileSync(
      join(dir, "dist", "manifest.xml"),
      '<SourceLocation DefaultValue="https://localhost:3000/"/>',
    );
    expect(release.filesNamingLocalhost(join(dir, "dist"))).toEqual(["manifest.xml"]);
  });

  it("gives the manifest the version of package.json", () => {
    const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string })
      .version;
    expect(readFileSync(join(ROOT, "manifest.xml"), "utf8")).toContain(`<Version>${version}.0</Version>`);
  });
});
