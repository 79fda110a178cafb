/**
 * The fake Excel host as a script for the browser, served in place of office.js in the end-to-end
 * tests. It sets `Office.onReady` at once (as office.js does), loads the seeded workbook, then
 * installs the fake `Office` and `Excel` globals and reports the Excel host. The test drives it
 * through `window.__chiboFake`.
 */
import ExcelJS from "exceljs";
import { installFakeOffice, type FakeOfficeInstallation } from "../../support/fake-excel/install";
import { workbookFromExcelJs, workbookToExcelJs } from "../../support/fake-excel/xlsx-io";
import type { FakeSeed, FakeOfficeControl } from "./control";

type OfficeInfo = { host: string | null; platform: string | null };

const scope = window as unknown as Record<string, unknown>;
let installation: FakeOfficeInstallation | null = null;
let announce: (info: OfficeInfo) => void = () => undefined;
const ready = new Promise<OfficeInfo>((resolve) => (announce = resolve));

// Until the workbook is loaded, Office only knows how to wait (office.js behaves alike while it starts).
scope.Office = {
  onReady: (callback?: (info: OfficeInfo) => void) =>
    ready.then((info) => {
      callback?.(info);
      return info;
    }),
  HostType: { Excel: "Excel" },
};

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function host() {
  if (!installation) throw new Error("The fake Excel host has not started");
  return installation.host;
}

const control: FakeOfficeControl = {
  async start(seed: FakeSeed) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(fromBase64(seed.xlsxBase64).buffer as ArrayBuffer);
    const workbook = workbookFromExcelJs(book);
    if (seed.settings) workbook.settings = seed.settings;
    installation = installFakeOffice(scope, workbook, {
      displayLanguage: seed.displayLanguage ?? "vi-VN",
      ...(seed.apiVersion ? { apiVersion: seed.apiVersion } : {}),
    });
    announce({ host: "Excel", platform: "OfficeOnline" });
  },
  selection() {
    const workbook = host().workbook;
    const selected = workbook.selection;
    if (!selected) return null;
    const sheet = workbook.sheets.find((s) => s.id === selected.sheetId);
    return { sheet: sheet?.name ?? null, address: selected.address };
  },
  sheetNames: () => host().workbook.sheets.map((s) => s.name),
  settings: () => host().workbook.settings,
  syncCount: () => host().syncCount,
  async save() {
    const buffer = await workbookToExcelJs(host().workbook).xlsx.writeBuffer();
    return toBase64(new Uint8Array(buffer as ArrayBuffer));
  },
};

scope.__chiboFake = control;
