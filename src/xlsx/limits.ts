/**
 * Bounds on what one read may cost (design.md, safety rules: reading is bounded). A workbook past
 * one of them is refused with a message naming the limit, never read until memory runs out.
 * The defaults are far above what a committee's workbook holds: a list of 300,000 members is
 * about 3 million cells and 100 MiB of sheet XML.
 */
export interface ReadLimits {
  /** The file itself. */
  readonly maxFileBytes: number;
  /** All parts of the zip together, as its directory declares them (zip bombs). */
  readonly maxUncompressedBytes: number;
  /** One part (a sheet's XML, the shared strings). */
  readonly maxPartBytes: number;
  readonly maxSheets: number;
  /** Non-empty cells of the whole workbook. */
  readonly maxCells: number;
  /** Merged areas of the whole workbook. */
  readonly maxMerges: number;
  /**
   * The area the analysis walks: for each sheet, the sum over its rows of the row's width (up to
   * its last value). Cells scattered to the far corner of a sheet make it huge with few cells.
   */
  readonly maxSpan: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxPartBytes: 400 * 1024 * 1024,
  maxSheets: 1000,
  maxCells: 20_000_000,
  maxMerges: 200_000,
  maxSpan: 100_000_000,
};

/** What a limit measures; the front ends name it in the user's language. */
export type LimitKind = "file" | "uncompressed" | "part" | "sheets" | "cells" | "merges" | "span";
