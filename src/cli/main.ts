import { resolve as resolvePath, dirname, basename, extname, join } from "node:path";
import type { AnalyzeOptions } from "../core/analysis-index";
import { t, wordsFor, type Lang } from "../i18n";
import { parseArgs, type CliArgs } from "./args";
import { helpText, isCommand } from "./help";
import { chiboVersion } from "./version";
import type { CliFailure } from "./inputs";
import type { JsonFileReport } from "./json-report";

// The commands load what they need when they run (the readers, the writer, zod, the analysis), so
// that `chibo presets` and `chibo --help` start at once.

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** "Today" for the summary's date line; tests fix it. */
  now?: () => Date;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS_FOUND = 1;
export const EXIT_CANNOT_RUN = 2;

/** Runs the chibo command; returns the exit code. Never throws for bad input. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  const lang: Lang = parsed.ok ? parsed.args.lang : "vi";
  const fail = (failure: CliFailure): number => {
    io.stderr(t(lang, failure.key, failure.params));
    return EXIT_CANNOT_RUN;
  };
  if (!parsed.ok) return fail({ key: parsed.key, params: parsed.params }) && usage(io, lang);
  const args = parsed.args;
  if (args.version) {
    io.stdout(chiboVersion());
    return EXIT_OK;
  }
  // "chibo help", "chibo help check", "chibo check --help": the help asked for, on stdout.
  if (args.command === "help" || args.help) {
    const topic = args.command === "help" ? (args.files[0] ?? null) : args.command;
    if (topic !== null && !isCommand(topic))
      return fail({ key: "cli.unknownCommand", params: { command: topic } }) && usage(io, lang);
    io.stdout(helpText(lang, topic));
    return EXIT_OK;
  }
  if (args.command === null) {
    io.stderr(helpText(lang, null));
    return EXIT_CANNOT_RUN;
  }
  try {
    switch (args.command) {
      case "check":
        return await check(args, io, fail);
      case "summarize":
        return await summarize(args, io, fail);
      case "presets":
        return args.explain !== null ? await explain(args.explain, io, lang, fail) : await presets(io, lang);
      case "rollup":
        return await (await import("./rollup-command")).rollupCommand(args, io, fail);
      default:
        return fail({ key: "cli.unknownCommand", params: { command: args.command } }) && usage(io, lang);
    }
  } catch (error) {
    // A defect of chibo, not of the input: say so plainly instead of a stack trace.
    io.stderr(`chibo: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_CANNOT_RUN;
  }
}

function usage(io: CliIo, lang: Lang): number {
  io.stderr(t(lang, "cli.usage"));
  io.stderr(t(lang, "cli.help.more"));
  return EXIT_CANNOT_RUN;
}

type Fail = (failure: CliFailure) => number;

async function analyzeOptions(args: CliArgs, fail: Fail): Promise<AnalyzeOptions | number> {
  const { loadCriteria, loadMappings } = await import("./inputs");
  const criteria = await loadCriteria(args.criteria, args.lang);
  if (!criteria.ok) return fail(criteria.failure);
  const mappings = loadMappings(args.mapping);
  if (!mappings.ok) return fail(mappings.failure);
  return {
    words: wordsFor(args.lang),
    ...(criteria.value ? { criteria: criteria.value } : {}),
    ...(mappings.value ? { mappings: mappings.value } : {}),
  };
}

async function check(args: CliArgs, io: CliIo, fail: Fail): Promise<number> {
  if (args.files.length === 0) return fail({ key: "cli.noFiles", params: {} });
  const options = await analyzeOptions(args, fail);
  if (typeof options === "number") return options;
  // The analysis alone: the summary builder and the roll-up are not loaded for a check.
  const { analyzeWorkbook } = await import("../core/analysis-index");
  const { criteriaValidatorFor, openWorkbook } = await import("./inputs");
  const { failedFileReport, fileReport } = await import("./json-report");
  const { textReport } = await import("./text-report");
  const reports: JsonFileReport[] = [];
  let errorsFound = false;
  let cannotRun = false;
  let criteriaId = "";
  for (const file of args.files) {
    const opened = await openWorkbook(file, args.lang);
    if (!opened.ok) {
      cannotRun = true;
      const message = t(args.lang, opened.failure.key, opened.failure.params);
      if (args.json) reports.push(failedFileReport(file, message));
      else io.stderr(message);
      continue;
    }
    const { grids } = opened.value;
    const analysis = analyzeWorkbook(grids, { ...options, ...(await criteriaValidatorFor(grids)) });
    criteriaId ||= analysis.criteria.id;
    if (analysis.issues.some((i) => i.severity === "error")) errorsFound = true;
    if (args.json) reports.push(fileReport(file, analysis, args.lang));
    else io.stdout(textReport(file, analysis, args.lang) + "\n");
  }
  if (args.json) io.stdout(JSON.stringify({ criteria: criteriaId, files: reports }, null, 2));
  return cannotRun ? EXIT_CANNOT_RUN : errorsFound ? EXIT_ERRORS_FOUND : EXIT_OK;
}

/** Default output: the input's name with ".chibo.xlsx", beside it. */
function defaultOutput(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.chibo.xlsx`);
}

async function summarize(args: CliArgs, io: CliIo, fail: Fail): Promise<number> {
  if (args.files.length !== 1)
    return fail({ key: args.files.length ? "cli.oneFile" : "cli.noFiles", params: {} });
  const file = args.files[0];
  const output = args.output ?? defaultOutput(file);
  if (resolvePath(output) === resolvePath(file)) return fail({ key: "cli.sameOutput", params: { file } });
  const options = await analyzeOptions(args, fail);
  if (typeof options === "number") return options;
  const { analyzeWorkbook, buildSummarySheets, withAppVersion } = await import("../core");
  const { criteriaValidatorFor, openWorkbook, writeFailure } = await import("./inputs");
  const { textReport } = await import("./text-report");
  const opened = await openWorkbook(file, args.lang);
  if (!opened.ok) return fail(opened.failure);
  const { grids } = opened.value;
  const analysis = analyzeWorkbook(grids, { ...options, ...(await criteriaValidatorFor(grids)) });
  const specs = buildSummarySheets(analysis, {
    words: wordsFor(args.lang),
    date: args.date ?? io.now?.() ?? new Date(),
  });
  // The package writer and the file helpers, loaded only when summarize writes.
  const { addSheetsToWorkbook } = await import("../xlsx/write");
  const { writeFileAtomic, nodeZipCodec } = await import("../xlsx/node-files");
  let copy;
  try {
    copy = await addSheetsToWorkbook(
      opened.value.bytes,
      opened.value.grids,
      withAppVersion(specs, chiboVersion()),
      nodeZipCodec,
    );
  } catch (error) {
    return fail(writeFailure(file, error));
  }
  const { bytes, result } = copy;
  await writeFileAtomic(output, bytes);
  io.stdout(textReport(file, analysis, args.lang));
  for (const entry of result.written)
    if (entry.actual !== entry.requested)
      io.stdout(t(args.lang, "cli.renamed", { requested: entry.requested, actual: entry.actual }));
  io.stdout(
    t(args.lang, "cli.written", { file: output, sheets: result.written.map((w) => w.actual).join(", ") }),
  );
  return EXIT_OK;
}

async function presets(io: CliIo, lang: Lang): Promise<number> {
  const { PRESETS } = await import("../core/criteria/presets/list");
  const lines = [t(lang, "cli.presets.header")];
  for (const preset of PRESETS)
    lines.push(
      t(lang, "cli.presets.item", {
        id: preset.id,
        title: preset.title,
        regulation: preset.regulation,
        year: preset.year,
      }),
    );
  io.stdout(lines.join("\n"));
  return EXIT_OK;
}

async function explain(spec: string, io: CliIo, lang: Lang, fail: Fail): Promise<number> {
  const { loadCriteria } = await import("./inputs");
  const { explainCriteria } = await import("./explain");
  const criteria = await loadCriteria(spec, lang);
  if (!criteria.ok) return fail(criteria.failure);
  if (!criteria.value) return fail({ key: "cli.unknownCriteria", params: { criteria: spec } });
  io.stdout(explainCriteria(criteria.value, lang));
  return EXIT_OK;
}

/** Entry point of bin/chibo.js. */
export function runFromProcess(): void {
  run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text + "\n"),
    stderr: (text) => process.stderr.write(text + "\n"),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`chibo: ${String(error)}\n`);
      process.exitCode = EXIT_CANNOT_RUN;
    },
  );
}
