import { run, type CliIo } from "../../src/cli/main";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the chibo command in-process and captures what it prints. */
export async function runCli(argv: string[], now = new Date(2025, 11, 20)): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (s) => out.push(s), stderr: (s) => err.push(s), now: () => now };
  const code = await run(argv, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
