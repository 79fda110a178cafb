import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

type CliModule = typeof import("./main");

/**
 * The CLI ships as one bundle (webpack.cli.config.js) beside the compiled modules, with V8's code
 * cache for it: a command then reads one file and skips compiling what the cache holds, instead of
 * resolving, reading and compiling some 150 modules on every run (docs/benchmarks.md, fourth
 * round). The bundle sits in this folder so that paths made from __dirname (the roll-up's worker
 * script, package.json for the version) are the same as in the compiled modules.
 */
export const BUNDLE_FILE = join(__dirname, "chibo.bundle.js");
export const CODE_CACHE_FILE = join(__dirname, "chibo.bundle.cache");

export interface LoadedCli {
  cli: CliModule;
  /** How the CLI was loaded: the bundle with its cache, the bundle alone, or the compiled modules. */
  from: "bundle+cache" | "bundle" | "modules";
  /** Writes V8's code cache for the bundle (with the functions compiled so far); false if it cannot. */
  saveCodeCache: () => boolean;
}

/**
 * Loads the CLI. A missing bundle (only `tsc` was run) falls back to the compiled modules; a cache
 * made by another Node version, or damaged, is refused by V8 and the bundle is compiled as usual.
 */
export function loadCli(options: { bundle?: string; cache?: string } = {}): LoadedCli {
  const bundle = options.bundle ?? BUNDLE_FILE;
  const cache = options.cache ?? CODE_CACHE_FILE;
  if (!existsSync(bundle)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled modules are the fallback when no bundle was built
    return { cli: require("./main") as CliModule, from: "modules", saveCodeCache: () => false };
  }
  const bytes = readFileSync(bundle);
  const digest = createHash("sha256").update(bytes).digest();
  const cachedData = cacheFor(digest, readIfPresent(cache));
  const script = new Script(Module.wrap(sourceOf(bytes)), { filename: bundle, cachedData });
  const bundleModule = { exports: {}, filename: bundle, id: bundle, loaded: false };
  const factory = script.runInThisContext() as (...args: unknown[]) => void;
  factory.call(
    bundleModule.exports,
    bundleModule.exports,
    createRequire(bundle),
    bundleModule,
    bundle,
    dirname(bundle),
  );
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  return {
    cli: bundleModule.exports as CliModule,
    from: accepted ? "bundle+cache" : "bundle",
    saveCodeCache: () => writeAtomically(cache, Buffer.concat([digest, script.createCachedData()])),
  };
}

/**
 * The built bundle is ASCII only (scripts/ascii-bundle.ts): latin1 then copies its bytes into a
 * one-byte string, where UTF-8 text with Vietnamese letters would be decoded into a two-byte one.
 * Any other bundle is still read as UTF-8.
 */
function sourceOf(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}

/**
 * The cache starts with the SHA-256 of the bundle it was made from: V8 itself only compares the
 * source's length, so a rebuilt bundle of the same length would otherwise run the old code. The
 * file's bytes are hashed as read: hashing the decoded text would encode it again.
 */
function cacheFor(digest: Buffer, stored: Buffer | undefined): Buffer | undefined {
  if (!stored || stored.length <= digest.length) return undefined;
  return stored.subarray(0, digest.length).equals(digest) ? stored.subarray(digest.length) : undefined;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Through a temporary file, so that a run reading the cache meanwhile never sees half of it. */
function writeAtomically(file: string, data: Buffer): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    return true;
  } catch {
    return false;
  }
}
