import { attributes, escapeAttr, unescapeXml } from "./xml";

export const REL_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
};
export const WORKSHEET_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
export const STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

export interface Relationship {
  id: string;
  type: string;
  /** As written (unescaped). */
  target: string;
  external: boolean;
  /** The element as written, to remove or replace it exactly. */
  element: string;
}

export function parseRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  for (const match of xml.matchAll(
    /<([\w.-]+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/([\w.-]+:)?Relationship>)/g,
  )) {
    const start = /<[^>]*>/.exec(match[0])?.[0] ?? match[0];
    const attrs = attributes(start);
    rels.push({
      id: attrs.get("Id") ?? "",
      type: attrs.get("Type") ?? "",
      target: unescapeXml(attrs.get("Target") ?? ""),
      external: attrs.get("TargetMode") === "External",
      element: match[0],
    });
  }
  return rels;
}

/** The package path a relationship of `sourcePath` points at ("xl/workbook.xml" + "worksheets/sheet1.xml"). */
export function resolveTarget(sourcePath: string, target: string): string {
  const clean = target.split("#")[0];
  if (clean.startsWith("/")) return normalize(clean.slice(1));
  const dir = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1) : "";
  return normalize(dir + clean);
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A relationship target written relative to its source part's folder. */
export function relativeTarget(sourcePath: string, partPath: string): string {
  const dir = sourcePath.includes("/") ? sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1) : "";
  return partPath.startsWith(dir) ? partPath.slice(dir.length) : `/${partPath}`;
}

export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${escapeAttr(id)}" Type="${type}" Target="${escapeAttr(target)}"/>`;
}

/** Inserts elements before the root's closing tag (`</Relationships>`, `</Types>`), prefixed or not. */
export function appendBeforeClose(xml: string, localName: string, elements: string): string {
  const close = new RegExp(`</([\\w.-]+:)?${localName}>\\s*$`).exec(xml);
  if (!close) throw new Error(`no closing ${localName}`);
  return xml.slice(0, close.index) + elements + xml.slice(close.index);
}
