import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { isAscii } from "node:buffer";
import { asciiOnly } from "../../scripts/ascii-bundle";
import { BUNDLE_FILE, CODE_CACHE_FILE, loadCli } from "../../src/cli/load";
import { runCli } from "../support/cli";

describe("loading the CLI bundle with its code cache", () => {
  let dir: string;
  let bundle: string;
  let cache: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "chibo-load-"));
    bundle = join(dir, "chibo.bundle.js");
    cache = join(dir, "chibo.bundle.cache");
    // A stand-in bundle: a CommonJS module, as webpack.cli.config.js writes it.
    writeFileSync(
      bundle,
      "const os = require('node:os');\nmodule.exports = { run: async (argv) => argv.length, folder: __dirname, eol: os.EOL };\n",
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("runs the bundle as a module of its folder, then with the cache it saved", async () => {
    const first = loadCli({ bundle, cache });
    expect(first.from).toBe("bundle");
    const cli = first.cli as unknown as {
      run: (argv: string[]) => Promise<number>;
      folder: string;
      eol: string;
    };
    expect(await cli.run(["check", "x.xlsx"])).toBe(2);
    expect(cli.folder).toBe(dir);
    expect(cli.eol).toBe("\n");
    expect(first.saveCodeCache()).toBe(true);
    expect(readFileSync(cache).length).toBeGreaterThan(0);
    expect(loadCli({ bundle, cache }).from).toBe("bundle+cache");
  });

  it("refuses a damaged cache, or one made for other source, and still runs", async () => {
    writeFileSync(cache, Buffer.from("not a code cache at all"));
    const damaged = loadCli({ bundle, cache });
    expect(damaged.from).toBe("bundle");
    expect(await (damaged.cli as unknown as { run: (argv: string[]) => Promise<number> }).run(["a"])).toBe(1);

    expect(loadCli({ bundle, cache }).saveCodeCache()).toBe(true);
    // The same length as before: V8 alone would take the old cache for it.
    const before = readFileSync(bundle, "utf8");
    const after = before.replace("argv.length", "42 + 0 * 10");
    expect(after.length).toBe(before.length);
    writeFileSync(bundle, after);
    const edited = loadCli({ bundle, cache });
    expect(edited.from).toBe("bundle");
    expect(await (edited.cli as unknown as { run: (argv: string[]) => Promise<number> }).run(["a"])).toBe(42);
  });

  it("reads a bundle with Vietnamese text as UTF-8, and its ASCII-only form to the same strings", () => {
    const texts =
      "module.exports = { run: async () => 0, level: 'Hoàn thành tốt nhiệm vụ', quote: `“Đảng ủy”` };\n";
    writeFileSync(bundle, texts);
    const utf8 = loadCli({ bundle, cache }).cli as unknown as Record<string, unknown>;
    expect(utf8.level).toBe("Hoàn thành tốt nhiệm vụ");
    expect(utf8.quote).toBe("“Đảng ủy”");

    const escaped = join(dir, "escaped.bundle.js");
    writeFileSync(escaped, asciiOnly(texts));
    expect(isAscii(readFileSync(escaped))).toBe(true);
    const first = loadCli({ bundle: escaped, cache });
    expect({ ...first.cli }).toEqual({ ...utf8, run: expect.any(Function) });
    expect(first.saveCodeCache()).toBe(true);
    const cached = loadCli({ bundle: escaped, cache });
    expect(cached.from).toBe("bundle+cache");
    expect((cached.cli as unknown as Record<string, unknown>).quote).toBe("“Đảng ủy”");
  });

  it("refuses a cache whose digest is not the bundle's, though V8 would take it", async () => {
    expect(loadCli({ bundle, cache }).saveCodeCache()).toBe(true);
    expect(loadCli({ bundle, cache }).from).toBe("bundle+cache");
    const stored = readFileSync(cache);
    stored[0] ^= 0xff; // the first byte of the SHA-256 the cache starts with
    writeFileSync(cache, stored);
    const refused = loadCli({ bundle, cache });
    expect(refused.from).toBe("bundle");
    expect(
      await (refused.cli as unknown as { run: (argv: string[]) => Promise<number> }).run(["a", "b"]),
    ).toBe(2);
  });

  it("falls back to the compiled modules when no bundle was built", () => {
    const loaded = loadCli({ bundle: join(dir, "missing.js"), cache });
    expect(loaded.from).toBe("modules");
    expect(typeof loaded.cli.run).toBe("function");
    expect(loaded.saveCodeCache()).toBe(false);
  });

  it("says so when the cache cannot be written (a read-only install)", () => {
    const loaded = loadCli({ bundle, cache: join(dir, "no-such-folder", "chibo.bundle.cache") });
    expect(loaded.saveCodeCache()).toBe(false);
  });
});

// The bundle npm run build:cli makes: what bin/chibo.js runs must print what the modules print.
const builtBundle = resolve(__dirname, "../../dist-cli/src/cli", "chibo.bundle.js");
const built = existsSync(builtBundle);
(built ? describe : describe.skip)("the built bundle (npm run build:cli)", () => {
  it("is where load.ts looks, with its cache, and gives the same report as the modules", async () => {
    expect(BUNDLE_FILE.endsWith(join("src", "cli", "chibo.bundle.js"))).toBe(true);
    expect(CODE_CACHE_FILE.endsWith(join("src", "cli", "chibo.bundle.cache"))).toBe(true);
    // ASCII only (scripts/ascii-bundle.ts), so that load.ts reads it into a one-byte string.
    expect(isAscii(readFileSync(builtBundle))).toBe(true);
    const sample = resolve(__dirname, "../../assets/chi-bo-mau-2025.xlsx");
    const bin = resolve(__dirname, "../../bin/chibo.js");
    for (const args of [
      ["check", "--json", sample],
      ["check", "--lang", "en", sample],
    ]) {
      const shipped = runBin(bin, args);
      const inProcess = await runCli(args);
      expect(shipped.code).toBe(inProcess.code);
      expect(shipped.stdout.trimEnd()).toBe(inProcess.stdout.trimEnd());
    }
  });
});
if (!built)
  console.warn(
    "test/cli/load.test.ts: dist-cli is not built (npm run build:cli): the built bundle is not compared",
  );

function runBin(bin: string, args: string[]): { code: number; stdout: string } {
  try {
    return { code: 0, stdout: execFileSync(process.execPath, [bin, ...args], { encoding: "utf8" }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { code: failed.status, stdout: failed.stdout };
  }
}
