import type { SheetMapping } from "../core";
import type { Lang } from "../i18n/types";
import { ExcelPortError, friendlyMessage } from "./errors";

/** The part of Office.Settings used here, so that tests can pass a fake. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(
    callback?: (result: { status: string; error?: { code?: number | string; message?: string } }) => void,
  ): void;
}

/** What the user chose for this workbook; kept in the workbook so that it is there when reopened. */
export interface WorkbookSettingsData {
  /** Corrections of the recognition, by sheet name. */
  mappings: Record<string, SheetMapping>;
  /** The chosen criteria preset, or null for the preset of the workbook's year. */
  criteriaId: string | null;
}

export const SETTING_KEYS = {
  mappings: "chibo.mappings",
  criteriaId: "chibo.criteriaId",
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Keeps only mappings that look like mappings: settings can be edited or come from older versions. */
function sanitizeMappings(value: unknown): Record<string, SheetMapping> {
  if (!isRecord(value)) return {};
  const mappings: Record<string, SheetMapping> = {};
  for (const [sheet, mapping] of Object.entries(value)) {
    if (isRecord(mapping)) mappings[sheet] = mapping as SheetMapping;
  }
  return mappings;
}

/** The workbook's settings (Office.context.document.settings) as promises. */
export class WorkbookSettings {
  private readonly store: () => SettingsStore;
  private readonly lang: Lang;

  constructor(store?: SettingsStore, lang: Lang = "vi") {
    this.store = store ? () => store : () => Office.context.document.settings as unknown as SettingsStore;
    this.lang = lang;
  }

  async load(): Promise<WorkbookSettingsData> {
    const store = this.store();
    const criteriaId = store.get(SETTING_KEYS.criteriaId);
    return {
      mappings: sanitizeMappings(store.get(SETTING_KEYS.mappings)),
      criteriaId: typeof criteriaId === "string" && criteriaId !== "" ? criteriaId : null,
    };
  }

  async save(data: WorkbookSettingsData): Promise<void> {
    const store = this.store();
    store.set(SETTING_KEYS.mappings, data.mappings);
    store.set(SETTING_KEYS.criteriaId, data.criteriaId);
    await this.persist(store);
  }

  async saveMapping(sheet: string, mapping: SheetMapping | null): Promise<void> {
    const current = await this.load();
    const mappings = { ...current.mappings };
    if (mapping) mappings[sheet] = mapping;
    else delete mappings[sheet];
    await this.save({ ...current, mappings });
  }

  async saveCriteriaId(criteriaId: string | null): Promise<void> {
    const current = await this.load();
    await this.save({ ...current, criteriaId });
  }

  /** Settings live in memory until saveAsync writes them into the document. */
  private persist(store: SettingsStore): Promise<void> {
    return new Promise((resolve, reject) => {
      store.saveAsync((result) => {
        if (result.status === "succeeded") {
          resolve();
          return;
        }
        const code = result.error?.code === undefined ? null : String(result.error.code);
        const message = friendlyMessage("general", "settings", code, { lang: this.lang });
        reject(new ExcelPortError(message, "general", "settings", result.error ?? result, null));
      });
    });
  }
}
