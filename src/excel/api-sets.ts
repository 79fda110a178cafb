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
