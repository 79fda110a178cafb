import type { SheetSpec } from "../../core";
import type { WriteResult } from "../../ports/workbook-port";
import { XlsxWriteError } from "../errors";
import { candidateNames, sameSheetName, sheetNameProblem } from "../sheet-names";
import { BLANK_PACKAGE } from "./blank";
import { fflateCodec, type ZipCodec } from "./codec";
import { PackageParts } from "./parts";
import {
  appendBeforeClose,
  parseRelationships,
  relationshipXml,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  REL_TYPES,
  STYLES_CONTENT_TYPE,
  WORKSHEET_CONTENT_TYPE,
} from "./relationships";
import { resolveStyles, sheetXml, type SheetPart } from "./sheet-xml";
import { StyleBook } from "./styles";
import {
  addDefinedNames,
  appendSheetElement,
  listSheets,
  removePrintNames,
  replaceSheetElement,
  setActiveTab,
  setSheetSelection,
  sheetElement,
  type ListedSheet,
} from "./workbook-xml";
import { escapeAttr } from "./xml";

export interface PackageWrite {
  /** The package bytes before (null: a new, empty workbook). */
  source: Uint8Array | null;
  specs: readonly SheetSpec[];
  /** Whether an existing sheet is one of chibo's own (carries its marker): only those are replaced. */
  isOurs: (sheetName: string) => boolean;
  /** A cell to open the workbook on (the browser mode's "go to cell"); its sheet's view is the only user part touched. */
  selection?: { sheet: string; address: string } | null;
  /** Node's zlib where there is one; fflate otherwise (codec.ts). */
  codec?: ZipCodec;
}

interface Placement {
  spec: SheetSpec;
  actual: string;
  replaces: ListedSheet | null;
}

/**
 * Adds sheets to an .xlsx package without re-writing anything else: every part of the input is
 * copied as it is (its compressed bytes, even), and only the new sheets' parts and the entries
 * that list them (workbook.xml, its relationships, [Content_Types].xml, styles.xml) are written.
 * Our own earlier sheets (found by `isOurs`) are replaced in their tab position and only their
 * parts removed; a user's sheet keeps its name and ours takes "Name (2)" … (design.md, safety
 * rules). All or nothing: any failure throws XlsxWriteError before bytes are produced.
 */
export async function writeSheetsToPackage(
  write: PackageWrite,
): Promise<{ bytes: Uint8Array; result: WriteResult; sheets: string[] }> {
  for (const spec of write.specs) {
    const problem = sheetNameProblem(spec.name);
    if (problem) throw new XlsxWriteError("invalid-name", spec.name, problem);
  }
  const codec = write.codec ?? (await fflateCodec());
  const zip = write.source
    ? partsOf(write.source, write.specs[0]?.name ?? "", codec)
    : PackageParts.of(BLANK_PACKAGE, codec);
  const text = async (path: string): Promise<string | null> => zip.text(path);

  const rootRels = parseRelationships((await text("_rels/.rels")) ?? "");
  const officeDoc = rootRels.find(
    (r) => r.type === REL_TYPES.officeDocument || /\/officeDocument$/.test(r.type),
  );
  const workbookPath = officeDoc ? resolveTarget("", officeDoc.target) : "xl/workbook.xml";
  const workbookRelsPath = relsPathOf(workbookPath);
  let workbookXml = await text(workbookPath);
  let relsXml = await text(workbookRelsPath);
  let typesXml = await text("[Content_Types].xml");
  if (workbookXml === null || relsXml === null || typesXml === null)
    throw new XlsxWriteError(
      "build-failed",
      write.specs[0]?.name ?? "",
      "the workbook's package has no workbook part",
    );
  const listed = listSheets(workbookXml);
  const rels = parseRelationships(relsXml);

  const placements = placeSheets(listed, write.specs, write.isOurs);
  const styles = new StyleBook();
  const parts: SheetPart[] = [];
  for (const placement of placements) {
    try {
      parts.push(sheetXml(placement.spec, styles, placement.actual));
    } catch (error) {
      if (error instanceof XlsxWriteError) throw error;
      throw new XlsxWriteError(
        "build-failed",
        placement.spec.name,
        error instanceof Error ? error.message : String(error),
      );
    }
  }

  // styles.xml: ours appended after the workbook's own formats.
  let stylesRel = rels.find((r) => r.type === REL_TYPES.styles || /\/styles$/.test(r.type));
  const stylesPath = stylesRel
    ? resolveTarget(workbookPath, stylesRel.target)
    : `${dirOf(workbookPath)}styles.xml`;
  const merged = styles.merge(await text(stylesPath));
  zip.set(stylesPath, merged.xml);
  if (!stylesRel) {
    const id = freeRelId(relsXml);
    relsXml = appendBeforeClose(
      relsXml,
      "Relationships",
      relationshipXml(id, REL_TYPES.styles, relativeTarget(workbookPath, stylesPath)),
    );
    stylesRel = { id, type: REL_TYPES.styles, target: stylesPath, external: false, element: "" };
  }
  if (!hasOverride(typesXml, stylesPath)) typesXml = addOverride(typesXml, stylesPath, STYLES_CONTENT_TYPE);

  let order = listed.map((s) => s.name);
  let nextSheetId = Math.max(0, ...listed.map((s) => s.sheetId)) + 1;
  const printNames: { name: string; sheet: string; formula: string }[] = [];
  for (let i = 0; i < placements.length; i++) {
    const { actual, replaces } = placements[i];
    const part = parts[i];
    // A replaced sheet's parts go first, so that its successor takes the same part name.
    const oldRel = replaces ? rels.find((r) => r.id === replaces.relId) : undefined;
    if (oldRel) {
      const oldPath = resolveTarget(workbookPath, oldRel.target);
      for (const removed of await removeSheetParts(zip, oldPath))
        typesXml = removeOverride(typesXml, removed);
    }
    const partPath = freePartPath(zip, `${dirOf(workbookPath)}worksheets/sheet`);
    zip.set(partPath, utf8(resolveStyles(part.xml, merged.base)));
    typesXml = addOverride(typesXml, partPath, WORKSHEET_CONTENT_TYPE);
    const target = relativeTarget(workbookPath, partPath);
    if (replaces) {
      const rel = oldRel;
      if (rel) {
        relsXml = relsXml.replace(rel.element, relationshipXml(rel.id, REL_TYPES.worksheet, target));
        workbookXml = replaceSheetElement(
          workbookXml,
          replaces.element,
          sheetElement(workbookXml, actual, replaces.sheetId, rel.id),
        );
      } else {
        const id = freeRelId(relsXml);
        relsXml = appendBeforeClose(
          relsXml,
          "Relationships",
          relationshipXml(id, REL_TYPES.worksheet, target),
        );
        workbookXml = replaceSheetElement(
          workbookXml,
          replaces.element,
          sheetElement(workbookXml, actual, replaces.sheetId, id),
        );
      }
      workbookXml = removePrintNames(
        workbookXml,
        order.findIndex((n) => n === replaces.name),
      );
      order = order.map((n) => (n === replaces.name ? actual : n));
    } else {
      const id = freeRelId(relsXml);
      relsXml = appendBeforeClose(relsXml, "Relationships", relationshipXml(id, REL_TYPES.worksheet, target));
      workbookXml = appendSheetElement(workbookXml, sheetElement(workbookXml, actual, nextSheetId++, id));
      order.push(actual);
    }
    if (part.printArea) printNames.push({ name: "_xlnm.Print_Area", sheet: actual, formula: part.printArea });
    if (part.printTitles)
      printNames.push({ name: "_xlnm.Print_Titles", sheet: actual, formula: part.printTitles });
  }
  workbookXml = addDefinedNames(
    workbookXml,
    printNames.map((n) => ({ name: n.name, index: order.indexOf(n.sheet), formula: n.formula })),
  );

  if (write.selection) {
    const index = order.findIndex((n) => sameSheetName(n, write.selection!.sheet));
    if (index >= 0) {
      workbookXml = setActiveTab(workbookXml, index);
      await selectInSheets(
        zip,
        workbookPath,
        listSheets(workbookXml),
        parseRelationships(relsXml),
        index,
        write.selection.address,
      );
    }
  }
  zip.set(workbookPath, workbookXml);
  zip.set(workbookRelsPath, relsXml);
  zip.set("[Content_Types].xml", typesXml);
  const bytes = zip.toZip(new Date());
  return {
    bytes,
    result: {
      written: placements.map((p) => ({ requested: p.spec.name, actual: p.actual })),
      replaced: placements.flatMap((p) => (p.replaces ? [p.actual] : [])),
    },
    sheets: order,
  };
}

function placeSheets(
  listed: readonly ListedSheet[],
  specs: readonly SheetSpec[],
  isOurs: (name: string) => boolean,
): Placement[] {
  const claimed: string[] = [];
  const placements: Placement[] = [];
  for (const spec of specs) {
    let placement: Placement | null = null;
    for (const candidate of candidateNames(spec.name)) {
      if (claimed.some((name) => sameSheetName(name, candidate))) continue;
      const existing = listed.find((s) => sameSheetName(s.name, candidate));
      if (!existing) placement = { spec, actual: candidate, replaces: null };
      // Keep the existing spelling of the name: it is ours, and users may link to it.
      else if (isOurs(existing.name)) placement = { spec, actual: existing.name, replaces: existing };
      if (placement) break;
    }
    if (!placement)
      throw new XlsxWriteError("no-free-name", spec.name, "every candidate name is taken by a user's sheet");
    claimed.push(placement.actual);
    placements.push(placement);
  }
  return placements;
}

/**
 * Removes a replaced sheet of ours and its relationships part, with the parts only it pointed at
 * (a drawing, a printer setting), never a part another relationship still uses; returns the
 * parts removed.
 */
async function removeSheetParts(zip: PackageParts, sheetPath: string): Promise<string[]> {
  const relsPath = relsPathOf(sheetPath);
  const relsText = zip.text(relsPath);
  zip.remove(sheetPath);
  const removed = [sheetPath];
  if (relsText === null) return removed;
  const targets = parseRelationships(relsText)
    .filter((r) => !r.external)
    .map((r) => resolveTarget(sheetPath, r.target));
  zip.remove(relsPath);
  if (targets.length === 0) return removed;
  const stillUsed = new Set<string>();
  for (const name of zip.names().filter((n) => n.endsWith(".rels"))) {
    const source = name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    for (const r of parseRelationships(zip.text(name) ?? ""))
      if (!r.external) stillUsed.add(resolveTarget(source, r.target));
  }
  for (const target of targets)
    if (!stillUsed.has(target) && zip.has(target)) {
      zip.remove(target);
      removed.push(target);
    }
  return removed;
}

async function selectInSheets(
  zip: PackageParts,
  workbookPath: string,
  listed: readonly ListedSheet[],
  rels: ReturnType<typeof parseRelationships>,
  index: number,
  address: string,
): Promise<void> {
  for (let i = 0; i < listed.length; i++) {
    const rel = rels.find((r) => r.id === listed[i].relId);
    const path = rel ? resolveTarget(workbookPath, rel.target) : null;
    const xml = path === null ? null : zip.text(path);
    if (path === null || xml === null) continue;
    const changed = setSheetSelection(xml, i === index ? address : null);
    if (changed !== xml) zip.set(path, changed);
  }
}

function utf8(xml: string): Uint8Array {
  return new TextEncoder().encode(xml);
}

/** The user's workbook as parts; a zip that cannot be opened fails the write, nothing produced. */
function partsOf(source: Uint8Array, sheet: string, codec: ZipCodec): PackageParts {
  try {
    return PackageParts.fromZip(source, codec);
  } catch (error) {
    throw new XlsxWriteError("build-failed", sheet, error instanceof Error ? error.message : String(error));
  }
}

function dirOf(path: string): string {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "";
}

function freePartPath(zip: PackageParts, prefix: string): string {
  const taken = new Set(zip.names().map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const path = `${prefix}${n}.xml`;
    if (!taken.has(path.toLowerCase())) return path;
  }
}

function freeRelId(relsXml: string): string {
  const ids = new Set(parseRelationships(relsXml).map((r) => r.id));
  for (let n = ids.size + 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
}

function overridePattern(partPath: string): RegExp {
  const name = `/${partPath}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`<([\\w.-]+:)?Override\\b[^>]*PartName="${name}"[^>]*/>`, "i");
}

function hasOverride(typesXml: string, partPath: string): boolean {
  return overridePattern(partPath).test(typesXml);
}

function addOverride(typesXml: string, partPath: string, contentType: string): string {
  return appendBeforeClose(
    typesXml,
    "Types",
    `<Override PartName="/${escapeAttr(partPath)}" ContentType="${contentType}"/>`,
  );
}

function removeOverride(typesXml: string, partPath: string): string {
  return typesXml.replace(overridePattern(partPath), "");
}
