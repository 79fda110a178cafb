import { attributes, escapeAttr, escapeText, findElement, rootPrefix, unescapeXml } from "./xml";

/** A sheet as workbook.xml lists it. */
export interface ListedSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** The `<sheet …/>` element as written. */
  element: string;
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function listSheets(xml: string): ListedSheet[] {
  const p = rootPrefix(xml, "workbook");
  const sheets = findElement(xml, `${p}sheets`);
  if (!sheets) return [];
  const content = xml.slice(sheets.contentStart, sheets.contentEnd);
  const list: ListedSheet[] = [];
  for (const match of content.matchAll(new RegExp(`<${p}sheet(?=[\\s/>])[^>]*>`, "g"))) {
    const attrs = attributes(match[0]);
    const relKey = [...attrs.keys()].find((k) => /(^|:)id$/.test(k) && k !== "sheetId");
    list.push({
      name: unescapeXml(attrs.get("name") ?? ""),
      sheetId: Number(attrs.get("sheetId")) || 0,
      relId: relKey ? unescapeXml(attrs.get(relKey) ?? "") : "",
      element: match[0],
    });
  }
  return list;
}

/**
 * `<sheet …/>` for one of ours. Readers look for the attribute spelled "r:id", so that is the
 * spelling; the namespace is declared on the element unless the root already binds "r" to it.
 */
export function sheetElement(workbookXml: string, name: string, sheetId: number, relId: string): string {
  const p = rootPrefix(workbookXml, "workbook");
  const root = new RegExp(`<${p}workbook\\b[^>]*>`).exec(workbookXml)?.[0] ?? "";
  const declared = attributes(root).get("xmlns:r") === REL_NS;
  const ns = declared ? "" : ` xmlns:r="${REL_NS}"`;
  return `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}"${ns} r:id="${escapeAttr(relId)}"/>`;
}

/** Replaces one sheet element by another, in place (so the tab keeps its position). */
export function replaceSheetElement(xml: string, old: string, replacement: string): string {
  const sheets = findElement(xml, `${rootPrefix(xml, "workbook")}sheets`);
  if (!sheets) throw new Error("workbook.xml has no sheets element");
  const at = xml.indexOf(old, sheets.contentStart);
  if (at < 0 || at > sheets.contentEnd) throw new Error("sheet element not found");
  return xml.slice(0, at) + replacement + xml.slice(at + old.length);
}

export function appendSheetElement(xml: string, element: string): string {
  const p = rootPrefix(xml, "workbook");
  const sheets = findElement(xml, `${p}sheets`);
  if (!sheets) throw new Error("workbook.xml has no sheets element");
  if (sheets.selfClosing)
    return (
      xml.slice(0, sheets.start) +
      sheets.openTag.replace(/\/>$/, ">") +
      element +
      `</${p}sheets>` +
      xml.slice(sheets.end)
    );
  return xml.slice(0, sheets.contentEnd) + element + xml.slice(sheets.contentEnd);
}

/** The print names Excel keeps per sheet; ours replace the earlier sheet's. */
const PRINT_NAMES = new Set(["_xlnm.print_area", "_xlnm.print_titles"]);

/** Removes the print area and print titles of the sheet at `index` (a replaced sheet of ours). */
export function removePrintNames(xml: string, index: number): string {
  const p = rootPrefix(xml, "workbook");
  return xml.replace(new RegExp(`<${p}definedName\\b[^>]*>[^<]*</${p}definedName>`, "g"), (element) => {
    const attrs = attributes(/<[^>]*>/.exec(element)?.[0] ?? "");
    const name = unescapeXml(attrs.get("name") ?? "").toLowerCase();
    return PRINT_NAMES.has(name) && attrs.get("localSheetId") === String(index) ? "" : element;
  });
}

/** Adds names (print area, print titles) of a sheet; creates `<definedNames>` where the schema puts it. */
export function addDefinedNames(
  xml: string,
  names: { name: string; index: number; formula: string }[],
): string {
  if (names.length === 0) return xml;
  const p = rootPrefix(xml, "workbook");
  const elements = names
    .map(
      (n) =>
        `<${p}definedName name="${n.name}" localSheetId="${n.index}">${escapeText(n.formula)}</${p}definedName>`,
    )
    .join("");
  const existing = findElement(xml, `${p}definedNames`);
  if (existing && !existing.selfClosing)
    return xml.slice(0, existing.contentEnd) + elements + xml.slice(existing.contentEnd);
  if (existing)
    return (
      xml.slice(0, existing.start) +
      `<${p}definedNames>${elements}</${p}definedNames>` +
      xml.slice(existing.end)
    );
  // After sheets, functionGroups and externalReferences (ECMA-376 CT_Workbook order).
  let at = -1;
  for (const name of ["externalReferences", "functionGroups", "sheets"]) {
    const span = findElement(xml, `${p}${name}`);
    if (span) {
      at = span.end;
      break;
    }
  }
  if (at < 0) throw new Error("workbook.xml has no sheets element");
  return xml.slice(0, at) + `<${p}definedNames>${elements}</${p}definedNames>` + xml.slice(at);
}

/** Makes the sheet at `index` the one Excel opens on. */
export function setActiveTab(xml: string, index: number): string {
  const p = rootPrefix(xml, "workbook");
  const views = findElement(xml, `${p}bookViews`);
  if (!views) {
    const sheets = findElement(xml, `${p}sheets`);
    if (!sheets) return xml;
    return (
      xml.slice(0, sheets.start) +
      `<${p}bookViews><${p}workbookView activeTab="${index}"/></${p}bookViews>` +
      xml.slice(sheets.start)
    );
  }
  const view = findElement(xml, `${p}workbookView`, views.contentStart);
  if (!view || view.start > views.contentEnd) return xml;
  let tag = view.openTag.replace(/\s(activeTab|firstSheet)\s*=\s*("[^"]*"|'[^']*')/g, "");
  tag = tag.replace(/(\/?>)$/, ` activeTab="${index}"$1`);
  return xml.slice(0, view.start) + tag + xml.slice(view.start + view.openTag.length);
}

/**
 * Sets a sheet's first view as selected (or not) and, when selected, its active cell. Touches
 * only the view's own attributes and its selection element.
 */
export function setSheetSelection(xml: string, cell: string | null): string {
  const p = rootPrefix(xml, "worksheet");
  const view = findElement(xml, `${p}sheetView`);
  if (!view) {
    if (cell === null) return xml;
    const data = new RegExp(`<${p}(sheetFormatPr|cols|sheetData)\\b`).exec(xml);
    if (!data) return xml;
    const views = `<${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0"><${p}selection activeCell="${cell}" sqref="${cell}"/></${p}sheetView></${p}sheetViews>`;
    return xml.slice(0, data.index) + views + xml.slice(data.index);
  }
  const hasTab = /\stabSelected\s*=\s*["'](1|true)["']/.test(view.openTag);
  if (cell === null && !hasTab) return xml;
  let tag = view.openTag.replace(/\stabSelected\s*=\s*("[^"]*"|'[^']*')/g, "");
  if (cell !== null) tag = tag.replace(/(\/?>)$/, ` tabSelected="1"$1`);
  if (cell === null) return xml.slice(0, view.start) + tag + xml.slice(view.start + view.openTag.length);
  const selection = `<${p}selection activeCell="${cell}" sqref="${cell}"/>`;
  const body = view.selfClosing ? "" : xml.slice(view.contentStart, view.contentEnd);
  const withoutSelection = body.replace(
    new RegExp(`<${p}selection\\b[^>]*?(/>|>[\\s\\S]*?</${p}selection>)`, "g"),
    "",
  );
  const open = tag.replace(/\/>$/, ">");
  return (
    xml.slice(0, view.start) + open + withoutSelection + selection + `</${p}sheetView>` + xml.slice(view.end)
  );
}
