/**
 * Minimal .xlsx packages written part by part in the tests, for shapes no spreadsheet program
 * would write (hostile or damaged files) and for ones other writers produce.
 */
import { zipSync, strToU8 } from "fflate";

export interface RawSheet {
  name: string;
  /** The content of <sheetData>. */
  rows: string;
  /** Anything after </sheetData> (<mergeCells>…). */
  after?: string;
  /** Replaces the whole part. */
  xml?: string;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}

/** An inline-string cell. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
}

export function numberCell(ref: string, value: number): string {
  return `<c r="${ref}"><v>${value}</v></c>`;
}

/** A member list with a header in row 1 and `members` rows below it, as <row> elements. */
export function memberRows(members: number, firstRow = 1): string {
  const levels = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ"];
  let xml = `<row r="${firstRow}">${textCell(`A${firstRow}`, "STT")}${textCell(`B${firstRow}`, "Họ và tên")}${textCell(`C${firstRow}`, "Xếp loại")}</row>`;
  for (let i = 1; i <= members; i++) {
    const r = firstRow + i;
    xml += `<row r="${r}">${numberCell(`A${r}`, i)}${textCell(`B${r}`, `Nguyễn Văn ${i}`)}${textCell(`C${r}`, levels[i % 5 === 0 ? 0 : 1 + (i % 2)])}</row>`;
  }
  return xml;
}

export function sheetXml(sheet: RawSheet): string {
  if (sheet.xml !== undefined) return sheet.xml;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS} ${REL_NS}><sheetData>${sheet.rows}</sheetData>${sheet.after ?? ""}</worksheet>`;
}

/** The parts of a workbook with these sheets; more parts may be added before zipping. */
export function rawParts(sheets: readonly RawSheet[]): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  const overrides = sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  parts["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`,
  );
  parts["_rels/.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  parts["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} ${REL_NS}><sheets>${sheets
      .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  parts["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join("")}</Relationships>`,
  );
  sheets.forEach((sheet, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet));
  });
  return parts;
}

export function rawXlsx(sheets: readonly RawSheet[]): Uint8Array {
  return zipSync(rawParts(sheets));
}
