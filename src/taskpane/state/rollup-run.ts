import type { Grid } from "../../core";
import {
  createRollup,
  expectedFromGrids,
  expectedFromJson,
  expectedFromText,
  type ExpectedParse,
  type FileProgress,
  type RollupOutcome,
  type RollupSessionOptions,
} from "../../core";
import { validateCriteria } from "../../core/criteria-schema";
import { expectedFormat } from "./rollup-view";

/** A file to consolidate: its name, and how to get its bytes (a File's arrayBuffer in the pane). */
export interface RollupInput {
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface RollupEvents {
  /** A file is about to be read. */
  onReading(index: number): void;
  /** A file has been read: its unit and status as far as can be told so far. */
  onRead(index: number, progress: FileProgress): void;
}

/** Lets the page paint between files (a workbook is read and analysed in one go). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads the files one by one into a roll-up session, reporting each as it goes, then applies the
 * consolidation rules. Never throws for a bad file: a file that cannot even be fetched (moved or
 * deleted since it was chosen) is reported as not found, one that cannot be read as its reason.
 */
export async function runRollup(
  inputs: readonly RollupInput[],
  options: RollupSessionOptions & { readGrids: NonNullable<RollupSessionOptions["readGrids"]> },
  events: RollupEvents,
  pause: () => Promise<void> = nextTask,
): Promise<RollupOutcome> {
  // A unit's workbook may carry its own "Tiêu chí" sheet; the pane has the schema loaded anyway.
  const session = createRollup({ validateCriteria, ...options });
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i];
    events.onReading(i);
    await pause();
    let bytes: Uint8Array;
    try {
      bytes = await input.bytes();
    } catch (error) {
      events.onRead(
        i,
        session.addFailure(input.name, {
          reason: "not-found",
          detail: error instanceof Error ? error.message : String(error),
        }),
      );
      continue;
    }
    events.onRead(i, await session.addFile(input.name, bytes));
  }
  await pause();
  return session.finish();
}

/**
 * Reads a list of expected units: an .xlsx listing them in a column, a .json array (or
 * { unit, units }), or a text file with one unit a line. Throws only when an .xlsx cannot be read.
 */
export async function parseExpectedFile(
  fileName: string,
  bytes: Uint8Array,
  readGrids: (bytes: Uint8Array) => Promise<Grid[]>,
): Promise<ExpectedParse> {
  const format = expectedFormat(fileName);
  // A workbook that cannot be read throws (with its reason), as when opening a file.
  if (format === "xlsx") return expectedFromGrids(await readGrids(bytes));
  const text = new TextDecoder("utf-8").decode(bytes);
  if (format === "json") return expectedFromJson(text);
  const expected = expectedFromText(text);
  return expected.names.length ? { ok: true, expected } : { ok: false, detail: "no unit names" };
}
