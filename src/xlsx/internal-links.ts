import JSZip from "jszip";

const RELS_PATH = /^xl\/worksheets\/_rels\/(sheet\d+\.xml)\.rels$/;
const HYPERLINK_REL_TYPE = /\/relationships\/hyperlink$/;

/**
 * ExcelJS 4.4 writes a link to a cell of the same workbook ({ hyperlink: "#'Sheet'!H29" }) as an
 * external relationship whose target is "#'Sheet'!H29" plus a `location` attribute holding the
 * same text, which Excel joins into "#'Sheet'!H29##'Sheet'!H29" (exceljs issue #3027). The
 * SpreadsheetML way is `<hyperlink ref="A1" location="'Sheet'!H29"/>` with no relationship.
 * This rewrites the saved package that way.
 */
export async function fixInternalLinks(data: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(data);
  let changed = false;
  for (const relsFile of zip.file(RELS_PATH)) {
    const sheetName = RELS_PATH.exec(relsFile.name)?.[1];
    const sheetFile = sheetName ? zip.file(`xl/worksheets/${sheetName}`) : null;
    if (!sheetFile) continue;
    const rels = await relsFile.async("string");
    const targets = internalTargets(rels);
    if (targets.size === 0) continue;
    const sheet = await sheetFile.async("string");
    zip.file(sheetFile.name, rewriteHyperlinks(sheet, targets));
    const remaining = dropRelationships(rels, targets);
    // A sheet left with no relationship at all needs no relationships part.
    if (/<Relationship\b/.test(remaining)) zip.file(relsFile.name, remaining);
    else zip.remove(relsFile.name);
    changed = true;
  }
  if (!changed) return data;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Relationship id → the in-workbook location (still XML-escaped), for hyperlinks to "#…". */
function internalTargets(rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const element of rels.match(/<Relationship\b[^>]*\/>/g) ?? []) {
    const attrs = attributes(element);
    const id = attrs.get("Id");
    const target = attrs.get("Target");
    const type = attrs.get("Type") ?? "";
    if (id && target?.startsWith("#") && HYPERLINK_REL_TYPE.test(type)) targets.set(id, target.slice(1));
  }
  return targets;
}

function rewriteHyperlinks(sheet: string, targets: Map<string, string>): string {
  return sheet.replace(/<hyperlink\b[^>]*\/>/g, (element) => {
    const attrs = attributes(element);
    const id = attrs.get("r:id");
    const location = id ? targets.get(id) : undefined;
    const ref = attrs.get("ref");
    if (location === undefined || ref === undefined) return element;
    const tooltip = attrs.get("tooltip");
    return `<hyperlink ref="${ref}" location="${location}"${tooltip !== undefined ? ` tooltip="${tooltip}"` : ""}/>`;
  });
}

function dropRelationships(rels: string, targets: Map<string, string>): string {
  return rels.replace(/<Relationship\b[^>]*\/>/g, (element) => {
    const id = attributes(element).get("Id");
    return id !== undefined && targets.has(id) ? "" : element;
  });
}

/** Attributes of one element as written (values stay XML-escaped, which is what is copied). */
function attributes(element: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of element.matchAll(/([\w:]+)="([^"]*)"/g)) attrs.set(match[1], match[2]);
  return attrs;
}
