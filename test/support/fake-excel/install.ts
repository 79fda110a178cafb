import { FakeExcelHost, type FakeHostOptions } from "./host";
import { ERROR_CODES } from "./office-error";
import type { FakeWorkbook } from "./workbook-model";

export interface InstallOptions extends FakeHostOptions {
  /** Office.context.displayLanguage; "vi-VN" by default. */
  displayLanguage?: string;
  /** Office.context.platform: "OfficeOnline" (Excel on the web) by default. */
  platform?: string;
}

export interface FakeOfficeInstallation {
  host: FakeExcelHost;
  /** Removes the globals again (restoring what was there before). */
  uninstall(): void;
}

/** Excel.ErrorCodes (the names of office.js) plus the two payload codes of Excel on the web. */
const EXCEL_ERROR_CODES: Readonly<Record<string, string>> = {
  accessDenied: ERROR_CODES.accessDenied,
  apiNotFound: ERROR_CODES.apiNotFound,
  conflict: ERROR_CODES.conflict,
  generalException: ERROR_CODES.generalException,
  insertDeleteConflict: ERROR_CODES.insertDeleteConflict,
  invalidArgument: ERROR_CODES.invalidArgument,
  invalidBinding: ERROR_CODES.invalidBinding,
  invalidOperation: ERROR_CODES.invalidOperation,
  invalidOperationInCellEditMode: ERROR_CODES.invalidOperationInCellEditMode,
  invalidReference: ERROR_CODES.invalidReference,
  invalidSelection: ERROR_CODES.invalidSelection,
  itemAlreadyExists: ERROR_CODES.itemAlreadyExists,
  itemNotFound: ERROR_CODES.itemNotFound,
  mergedRangeConflict: ERROR_CODES.mergedRangeConflict,
  notImplemented: ERROR_CODES.notImplemented,
  rangeExceedsLimit: ERROR_CODES.rangeExceedsLimit,
  requestAborted: ERROR_CODES.requestAborted,
  requestPayloadSizeLimitExceeded: ERROR_CODES.requestPayloadSizeLimitExceeded,
  responsePayloadSizeLimitExceeded: ERROR_CODES.responsePayloadSizeLimitExceeded,
  unsupportedOperation: ERROR_CODES.unsupportedOperation,
};

/**
 * Defines global `Office` and `Excel` objects backed by a fake host, so that code written against
 * office.js runs unchanged: in Jest, or in a browser page instead of loading office.js.
 */
export function installFakeOffice(
  globalObject: Record<string, unknown>,
  workbook: FakeWorkbook,
  options: InstallOptions = {},
): FakeOfficeInstallation {
  const host = new FakeExcelHost(workbook, options);
  const platform = options.platform ?? "OfficeOnline";
  const info = { host: "Excel", platform };
  const previous = {
    Office: globalObject.Office,
    Excel: globalObject.Excel,
    OfficeExtension: globalObject.OfficeExtension,
  };
  const associations: Record<string, unknown> = {};

  globalObject.Excel = {
    run: host.run,
    ErrorCodes: EXCEL_ERROR_CODES,
    PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
    PaperType: { a4: "A4", letter: "Letter" },
    HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
    VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
      insideVertical: "InsideVertical",
      insideHorizontal: "InsideHorizontal",
    },
  };
  globalObject.OfficeExtension = {
    ErrorCodes: {
      propertyNotLoaded: ERROR_CODES.propertyNotLoaded,
      generalException: ERROR_CODES.generalException,
    },
  };
  globalObject.Office = {
    context: {
      document: { settings: host.settings },
      requirements: { isSetSupported: host.isSetSupported },
      displayLanguage: options.displayLanguage ?? "vi-VN",
      contentLanguage: options.displayLanguage ?? "vi-VN",
      platform,
      host: "Excel",
      diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
    },
    onReady: (callback?: (value: typeof info) => void) =>
      Promise.resolve(info).then((value) => {
        callback?.(value);
        return value;
      }),
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    actions: {
      associate: (name: string, handler: unknown) => {
        associations[name] = handler;
      },
      associations,
    },
  };

  return {
    host,
    uninstall: () => {
      for (const [key, value] of Object.entries(previous)) {
        if (value === undefined) delete globalObject[key];
        else globalObject[key] = value;
      }
    },
  };
}
