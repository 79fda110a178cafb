import { readFileBytes } from "../../../src/xlsx/node-files";
import { readXlsx, type XlsxBook } from "./read";

/** Opens an .xlsx file with the ExcelJS reference reader (tests look inside what chibo wrote). */
export async function readXlsxFile(path: string): Promise<XlsxBook> {
  return readXlsx(await readFileBytes(path));
}
