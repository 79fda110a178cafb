import type { Grid } from "../core";
import type { SheetSpec } from "../core";
import type { Lang } from "../i18n/types";
import type { ReadOptions, WorkbookPort, WriteResult } from "../ports/workbook-port";
import { detectFeatures, type ExcelFeatures, type IsSetSupported } from "./api-sets";
import { toExcelPortError } from "./errors";
import { readAllSheets } from "./read-sheets";
import { selectRange } from "./select-cell";
import { writeAllSheets } from "./write-sheets";

export interface OfficePortDeps {
  /** Excel.run, or a fake of it in tests. */
  run: typeof Excel.run;
  /** Office.context.requirements.isSetSupported, or a fake. */
  isSetSupported: IsSetSupported;
  /** Language of the error messages (Vietnamese by default). */
  lang?: Lang;
}

/** The Office.js globals, looked up only when the port is made without explicit dependencies. */
export function officeDeps(lang?: Lang): OfficePortDeps {
  return {
    run: ((...args: Parameters<typeof Excel.run>) => Excel.run(...args)) as typeof Excel.run,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    lang,
  };
}

/** The WorkbookPort inside Excel: reads grids and writes sheet specs through Office.js. */
export class OfficeWorkbookPort implements WorkbookPort {
  private readonly run: typeof Excel.run;
  private readonly isSetSupported: IsSetSupported;
  private readonly lang: Lang;

  constructor(deps: OfficePortDeps = officeDeps()) {
    this.run = deps.run;
    this.isSetSupported = deps.isSetSupported;
    this.lang = deps.lang ?? "vi";
  }

  /** Asked at each call: the host does not change, but tests swap what it supports. */
  private features(): ExcelFeatures {
    return detectFeatures(this.isSetSupported);
  }

  async readSheets(options: ReadOptions = {}): Promise<Grid[]> {
    const features = this.features();
    try {
      return await this.run((context) => readAllSheets(context, features, options));
    } catch (error) {
      throw toExcelPortError(error, "read", { lang: this.lang });
    }
  }

  async writeSheets(specs: SheetSpec[]): Promise<WriteResult> {
    if (specs.length === 0) return { written: [], replaced: [] };
    const features = this.features();
    try {
      return await this.run((context) => writeAllSheets(context, features, specs, this.lang));
    } catch (error) {
      throw toExcelPortError(error, "write", { lang: this.lang });
    }
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    try {
      await this.run((context) => selectRange(context, sheet, address));
    } catch (error) {
      throw toExcelPortError(error, "select", { lang: this.lang, params: { sheet, address } });
    }
  }
}
