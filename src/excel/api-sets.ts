/**
 * Requirement sets the port relies on. ExcelApi 1.7 is the add-in's minimum (manifest); anything
 * newer is used only where the host says it is supported.
 */
export type IsSetSupported = (name: string, version: string) => boolean;

export const EXCEL_API = "ExcelApi";

/** getCellProperties and the page layout arrived in ExcelApi 1.9, merged areas in 1.13. */
export const CELL_PROPERTIES_VERSION = "1.9";
export const PAGE_LAYOUT_VERSION = "1.9";
export const MERGED_AREAS_VERSION = "1.13";

export interface ExcelFeatures {
  /** Font names through Range.getCellProperties. */
  fonts: boolean;
  /** Merged areas through Range.getMergedAreasOrNullObject. */
  merges: boolean;
  /** Worksheet.pageLayout: paper, orientation, fit to width, print area and titles. */
  pageLayout: boolean;
}

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  const has = (version: string): boolean => {
    try {
      return isSetSupported(EXCEL_API, version);
    } catch {
      return false;
    }
  };
  return {
    fonts: has(CELL_PROPERTIES_VERSION),
    merges: has(MERGED_AREAS_VERSION),
    pageLayout: has(PAGE_LAYOUT_VERSION),
  };
}

/** An Office.js member the port calls, and the ExcelApi version that brought it. */
export interface ApiUse {
  /** "Range.hyperlink": the class in the Excel namespace and the member. */
  api: string;
  version: string;
  /** Used only where detectFeatures says the host has it; otherwise required. */
  optional: boolean;
}

/**
 * What src/excel calls, with the requirement set each member belongs to (as @types/office-js
 * annotates it; test/excel/api-sets.test.ts checks both that the code uses each one and the
 * version). The add-in needs the highest required version: that is the manifest's MinVersion
 * and what the pane checks with isSetSupported when it opens.
 */
export const API_USES: readonly ApiUse[] = [
  { api: "Worksheet.getRange", version: "1.1", optional: false },
  { api: "Worksheet.activate", version: "1.1", optional: false },
  { api: "Worksheet.delete", version: "1.1", optional: false },
  { api: "WorksheetCollection.add", version: "1.1", optional: false },
  { api: "Range.select", version: "1.1", optional: false },
  { api: "Range.numberFormat", version: "1.1", optional: false },
  { api: "Range.getRow", version: "1.1", optional: false },
  { api: "Range.getResizedRange", version: "1.2", optional: false },
  { api: "Range.merge", version: "1.2", optional: false },
  { api: "Range.columnHidden", version: "1.2", optional: false },
  { api: "RangeFormat.columnWidth", version: "1.2", optional: false },
  { api: "RangeFormat.rowHeight", version: "1.2", optional: false },
  { api: "Worksheet.getUsedRangeOrNullObject", version: "1.4", optional: false },
  { api: "Range.hyperlink", version: "1.7", optional: false },
  { api: "WorksheetFreezePanes.freezeRows", version: "1.7", optional: false },
  { api: "Range.getCellProperties", version: CELL_PROPERTIES_VERSION, optional: true },
  { api: "Worksheet.pageLayout", version: PAGE_LAYOUT_VERSION, optional: true },
  { api: "Range.getMergedAreasOrNullObject", version: MERGED_AREAS_VERSION, optional: true },
];

/** "1.10" > "1.9": requirement set versions compare by number, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The lowest ExcelApi version the add-in runs on: the highest of the members it requires. */
export const MINIMUM_EXCEL_API: string = API_USES.filter((use) => !use.optional)
  .map((use) => use.version)
  .reduce((max, v) => (compareVersions(v, max) > 0 ? v : max), "1.1");

/**
 * Whether this Excel has what the pane needs. False also when the host cannot tell (Office
 * 2013's office.js has no requirements object, and a throwing check is taken as a no).
 */
export function hasRequiredApi(isSetSupported: IsSetSupported | null): boolean {
  if (!isSetSupported) return false;
  try {
    return isSetSupported(EXCEL_API, MINIMUM_EXCEL_API) === true;
  } catch {
    return false;
  }
}
