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
}

export type ArgsResult =
  { ok: true; args: CliArgs } | { ok: false; key: string; params: Record<string, string> };

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
      if (value !== "vi" && value !== "en")
        return { ok: false, key: "cli.missingValue", params: { option: "--lang vi|en" } };
      args.lang = value;
    } else if (flag === "-h" || flag === "--help") args.help = true;
    else if (flag === "-V" || flag === "--version") args.version = true;
    else if (flag.startsWith("-") && flag !== "-")
      return { ok: false, key: "cli.unknownOption", params: { option: flag } };
    else if (args.command === null) args.command = arg;
    else args.files.push(arg);
  }
  return { ok: true, args };
}
