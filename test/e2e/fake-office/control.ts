/** What the test gives the fake host to start with. */
export interface FakeSeed {
  /** The .xlsx the fake workbook is made from. */
  xlsxBase64: string;
  /** Office.context.displayLanguage, "vi-VN" by default. */
  displayLanguage?: string;
  /** The highest ExcelApi version the host supports ("1.1" is Excel 2016); "1.17" by default. */
  apiVersion?: string;
  /** Document settings already saved in the workbook (a pane reopened on a saved file). */
  settings?: Record<string, unknown>;
}

/** `window.__chiboFake`: how a test looks into the fake Excel host from outside the page. */
export interface FakeOfficeControl {
  start(seed: FakeSeed): Promise<void>;
  /** The selected range and its sheet, or null. */
  selection(): { sheet: string | null; address: string } | null;
  sheetNames(): string[];
  /** The document settings as saved (after saveAsync). */
  settings(): Record<string, unknown>;
  syncCount(): number;
  /** The workbook as .xlsx bytes, base64. */
  save(): Promise<string>;
}

/** The script served in place of office.js: the fake host's bundle, started on the seed. */
export function fakeOfficeScript(bundle: string, seed: FakeSeed): string {
  return `${bundle}\n;window.__chiboFake.start(${JSON.stringify(seed)});\n`;
}

/**
 * What office.js amounts to when the pane is opened in a plain browser: Office.onReady reports no
 * host. Served in place of the real office.js so that the test never goes to the network.
 */
export const NO_HOST_OFFICE_JS = `window.Office = {
  onReady: function (callback) {
    var info = { host: null, platform: null };
    if (callback) callback(info);
    return Promise.resolve(info);
  },
  HostType: { Excel: "Excel" }
};`;
