import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, resolve as resolvePath } from "node:path";
import { LEVEL_KEYS } from "../core";
import type { Issue } from "../core";
import {
  createRollup,
  expectedFromGrids,
  expectedFromJson,
  expectedFromText,
  type ExpectedUnits,
  type FileEntry,
  type RollupIssue,
  type RollupOutcome,
} from "../core";
import { catalog, figureText, issueMessage, t, wordsFor, type Lang } from "../i18n";
import { withAppVersion } from "../core";
import { chiboVersion } from "./version";
import { newWorkbook } from "../xlsx/write";
import { nodeZipCodec, writeFileAtomic } from "../xlsx/node-files";
import type { CliArgs } from "./args";
import { loadCriteria, openWorkbook, type CliFailure, type Loaded } from "./inputs";
import { jsonIssue } from "./json-report";
import { EXIT_ERRORS_FOUND, EXIT_OK, type CliIo } from "./main";
import { defaultPoolOptions, readSubmissions } from "./rollup-pool";

/**
 * `chibo rollup [--criteria ID|FILE] [--expected FILE] [--unit NAME] [--json] FILE|DIR... -o OUT.xlsx`:
 * consolidates the workbooks units sent into the summary one level up. Every file is read on its
 * own: one that cannot be read is listed with why, and the rest are still consolidated. The
 * inputs are only ever read.
 */
export async function rollupCommand(
  args: CliArgs,
  io: CliIo,
  fail: (failure: CliFailure) => number,
): Promise<number> {
  const lang = args.lang;
  if (args.files.length === 0) return fail({ key: "rollup.cli.noInput", params: {} });
  if (!args.output) return fail({ key: "rollup.cli.noOutput", params: {} });
  const criteria = await loadCriteria(args.criteria, args.lang);
  if (!criteria.ok) return fail(criteria.failure);
  const expected = await loadExpected(args.expected, args.lang);
  if (!expected.ok) return fail(expected.failure);
  const inputs = listInputs(args.files, args.expected, (dir) =>
    io.stderr(t(lang, "rollup.cli.emptyDir", { dir })),
  );
  if (!inputs.ok) return fail(inputs.failure);
  if (inputs.value.length === 0) return fail({ key: "rollup.cli.noInput", params: {} });
  const output = resolvePath(args.output);
  // Fail before reading hundreds of files rather than after.
  if (!existsSync(dirname(output)))
    return fail({ key: "rollup.cli.noOutputDir", params: { dir: dirname(args.output) } });
  // Named as an input, the output is refused; found in a folder (a roll-up run again into the
  // same folder), it is the file about to be replaced and is not read.
  if (args.files.some((file) => resolvePath(file) === output))
    return fail({ key: "rollup.cli.outputIsInput", params: { file: args.output } });
  const files = inputs.value.filter((file) => resolvePath(file) !== output);
  if (files.length === 0) return fail({ key: "rollup.cli.noInput", params: {} });

  const session = createRollup({
    words: wordsFor(lang),
    date: args.date ?? io.now?.() ?? new Date(),
    ...(criteria.value ? { criteria: criteria.value } : {}),
    ...(expected.value ? { expected: expected.value } : {}),
    ...(args.unit ? { unit: args.unit } : {}),
  });
  const requests = files.map((file) => ({
    file,
    lang,
    ...(criteria.value ? { criteria: criteria.value } : {}),
  }));
  await readSubmissions(requests, defaultPoolOptions(), (submission) => session.addSubmission(submission));
  const outcome = session.finish();

  const { bytes, result: written } = await newWorkbook(
    withAppVersion(outcome.specs, chiboVersion()),
    nodeZipCodec,
  );
  await writeFileAtomic(args.output, bytes);
  if (args.json) io.stdout(JSON.stringify(rollupJson(outcome, args.output, lang), null, 2));
  else {
    io.stdout(rollupText(outcome, lang));
    io.stdout(
      t(lang, "rollup.cli.written", {
        file: args.output,
        sheets: written.written.map((w) => w.actual).join(", "),
      }),
    );
  }
  return outcome.hasErrors ? EXIT_ERRORS_FOUND : EXIT_OK;
}

/**
 * The operands as files: a folder gives its workbook files (.xlsx, .xlsm, .xls, .ods; not its subfolders', sorted by name,
 * without Excel's "~$" lock files and without the --expected list); a path named twice counts once.
 */
export function listInputs(
  operands: readonly string[],
  expectedFile: string | null,
  onEmptyDir: (dir: string) => void,
): Loaded<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const skip = expectedFile ? resolvePath(expectedFile) : null;
  const add = (file: string) => {
    const key = resolvePath(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const operand of operands) {
    if (!existsSync(operand))
      return { ok: false, failure: { key: "rollup.cli.notFound", params: { path: operand } } };
    if (!statSync(operand).isDirectory()) {
      add(operand);
      continue;
    }
    const names = readdirSync(operand)
      .filter((name) => isWorkbookName(name) && !name.startsWith("~$") && !name.startsWith("."))
      .filter((name) => isRegularFile(join(operand, name)))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const inDir = names.map((name) => join(operand, name)).filter((file) => resolvePath(file) !== skip);
    if (inDir.length === 0) onEmptyDir(operand);
    inDir.forEach(add);
  }
  return { ok: true, value: files };
}

/** The workbook formats chibo reads. */
const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".ods"]);

function isWorkbookName(name: string): boolean {
  return WORKBOOK_EXTENSIONS.has(extname(name).toLowerCase());
}

/** A regular file (not a pipe, a device or a dangling link, which would hang or fail the read). */
function isRegularFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** --expected: an .xlsx listing the units in a column, a .json array, or a text file of one name a line. */
export async function loadExpected(
  file: string | null,
  lang: Lang = "vi",
): Promise<Loaded<ExpectedUnits | undefined>> {
  if (!file) return { ok: true, value: undefined };
  const failed = (detail: string): Loaded<ExpectedUnits | undefined> => ({
    ok: false,
    failure: { key: "rollup.cli.badExpected", params: { file, detail } },
  });
  if (!existsSync(file)) return { ok: false, failure: { key: "cli.fileNotFound", params: { file } } };
  const ext = extname(file).toLowerCase();
  if (WORKBOOK_EXTENSIONS.has(ext)) {
    const opened = await openWorkbook(file, lang);
    if (!opened.ok) return { ok: false, failure: opened.failure };
    const parsed = expectedFromGrids(opened.value.grids);
    return parsed.ok ? { ok: true, value: parsed.expected } : failed(parsed.detail);
  }
  const text = readFileSync(file, "utf8");
  if (ext === ".json") {
    const parsed = expectedFromJson(text);
    return parsed.ok ? { ok: true, value: parsed.expected } : failed(parsed.detail);
  }
  const expected = expectedFromText(text);
  return expected.names.length ? { ok: true, value: expected } : failed("no unit names");
}

/** The --json document: like `check`, with one entry per file in `units` and the roll-up's own issues. */
export function rollupJson(outcome: RollupOutcome, output: string, lang: Lang) {
  const { analysis } = outcome;
  return {
    criteria: analysis.criteria.id,
    output,
    unit: { name: analysis.unit.name, parent: analysis.unit.parent, period: analysis.unit.period },
    capScope: outcome.capScope,
    units: outcome.entries.map((e) => ({
      file: e.file,
      unit: e.unit,
      parent: e.parent,
      period: e.period,
      source: e.source,
      status: e.status,
      errors: e.errors,
      warnings: e.warnings,
      ...(e.failure ? { error: t(lang, `rollup.read.${e.failure.reason}`), detail: e.failure.detail } : {}),
      issues: e.issues.map((issue) => jsonIssue(issue, lang)),
    })),
    issues: outcome.issues.map((r: RollupIssue) => ({
      file: r.file,
      unit: r.unit,
      ...jsonIssue(r.issue, lang),
    })),
    results: { members: analysis.results.members, collectives: analysis.results.collectives },
    unitTypes: outcome.unitTypes,
  };
}

/** The text report: a line per file, what must be fixed, then the consolidated totals. */
export function rollupText(outcome: RollupOutcome, lang: Lang): string {
  const severity = catalog(lang).severity;
  const lines: string[] = [];
  const issueLine = (issue: Issue, file: string | null = null) =>
    t(lang, "rollup.cli.issue", {
      severity: severity[issue.severity],
      where: issue.sheet ? `${issue.sheet}${issue.cell ? "!" + issue.cell : ""} ` : file ? `${file} ` : "",
      code: issue.code,
      message: issueMessage(issue, lang),
    });
  for (const e of outcome.entries) lines.push(...entryLines(e, lang, issueLine));
  for (const r of outcome.issues) if (r.issue.code !== "missing-unit") lines.push(issueLine(r.issue, r.file));
  const members = outcome.analysis.results.members;
  const accepted = outcome.analysis.units.length;
  lines.push(
    t(lang, "rollup.cli.total", {
      accepted,
      files: outcome.entries.filter((e) => e.file !== null).length,
      units: accepted,
      unit: outcome.analysis.unit.name,
      period: outcome.analysis.unit.period ?? "—",
      members: members?.total ?? 0,
      assessed: members?.assessed ?? 0,
    }),
  );
  if (members)
    for (const level of LEVEL_KEYS)
      lines.push(
        t(lang, "rollup.cli.level", {
          level,
          count: members.levels[level].count,
          // The language's one decimal formatter, as check prints it ("63,3%" in Vietnamese).
          percent: figureText(members.levels[level].percent, lang),
        }),
      );
  return lines.join("\n");
}

function entryLines(e: FileEntry, lang: Lang, issueLine: (issue: Issue) => string): string[] {
  const status = t(lang, `rollup.status.${e.status}`);
  if (e.file === null) return [t(lang, "rollup.cli.missing", { unit: e.unit })];
  const counts =
    e.errors || e.warnings ? t(lang, "rollup.cli.counts", { errors: e.errors, warnings: e.warnings }) : "";
  const lines = [t(lang, "rollup.cli.file", { file: e.file, unit: e.unit || "—", status, counts })];
  if (e.failure) lines.push(`  ${t(lang, `rollup.read.${e.failure.reason}`)}`);
  for (const issue of e.issues) if (issue.severity === "error") lines.push(issueLine(issue));
  return lines;
}
