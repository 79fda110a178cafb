import type { TextKey } from "../i18n/types";

/** Parsed command line: the command, its options and its operands. */
export interface CliArgs {
  command: string | null;
  criteria: string | null;
  mapping: string | null;
  expected: string | null;
  /** rollup: the consolidating unit's name. */
  unit: string | null;
  output: string | null;
  /** presets: the set whose rules and sources to print. */
  explain: string | null;
  json: boolean;
  lang: "vi" | "en";
  files: string[];
  help: boolean;
  /** --version: print chibo's version and stop. */
  version: boolean;
  /** --date: the report's date, "YYYY-MM-DD" or "DD/MM/YYYY"; today when not given. */
  date: Date | null;
}

/** "2025-12-20" or "20/12/2025" (as Vietnamese write it) as a local date; null when not a real day. */
export function parseReportDate(text: string): Date | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : vi
      ? [Number(vi[3]), Number(vi[2]), Number(vi[1])]
      : [NaN, NaN, NaN];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

export type ArgsResult =
  { ok: true; args: CliArgs } | { ok: false; key: TextKey; params: Record<string, string> };

const WITH_VALUE: Record<
  string,
  keyof Pick<CliArgs, "criteria" | "mapping" | "expected" | "unit" | "output" | "explain">
> = {
  "--criteria": "criteria",
  "--mapping": "mapping",
  "--expected": "expected",
  "--unit": "unit",
  "-o": "output",
  "--output": "output",
  "--explain": "explain",
};

export function parseArgs(argv: readonly string[]): ArgsResult {
  const args: CliArgs = {
    command: null,
    criteria: null,
    mapping: null,
    expected: null,
    unit: null,
    output: null,
    explain: null,
    json: false,
    lang: "vi",
    files: [],
    help: false,
    version: false,
    date: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, null];
    if (flag in WITH_VALUE) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "")
        return { ok: false, key: "cli.missingValue", params: { option: flag } };
      args[WITH_VALUE[flag]] = value;
    } else if (flag === "--json") args.json = true;
    else if (flag === "--lang") {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "")
        return { ok: false, key: "cli.missingValue", params: { option: "--lang vi|en" } };
      if (value !== "vi" && value !== "en")
        return { ok: false, key: "cli.unsupportedLang", params: { lang: value } };
      args.lang = value;
    } else if (flag === "--date") {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "")
        return { ok: false, key: "cli.missingValue", params: { option: flag } };
      const date = parseReportDate(value);
      if (!date) return { ok: false, key: "cli.badDate", params: { value } };
      args.date = date;
    } else if (flag === "-h" || flag === "--help") args.help = true;
    else if (flag === "-V" || flag === "--version") args.version = true;
    else if (flag.startsWith("-") && flag !== "-")
      return { ok: false, key: "cli.unknownOption", params: { option: flag } };
    else if (args.command === null) args.command = arg;
    else args.files.push(arg);
  }
  return { ok: true, args };
}
