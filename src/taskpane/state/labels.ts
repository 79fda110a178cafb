import type { FieldName, SheetKind } from "../../core";
import type { Lang } from "../../i18n/types";
import { t, textOf } from "../../i18n";

export function kindLabel(lang: Lang, kind: SheetKind): string {
  return t(lang, `kind.${kind}`);
}

/** "Mức xếp loại", or for the per-level fields "Đánh dấu x: Hoàn thành tốt nhiệm vụ". */
export function fieldLabel(lang: Lang, field: FieldName): string {
  const [family, level] = field.split(":");
  if (family === "attendance") return t(lang, "taskpane.field.attendance", { n: level });
  if (level) {
    const levelName = level === "none" ? t(lang, "level.none") : textOf(lang, `level.${level}`);
    return textOf(lang, `taskpane.field.${family}`, { level: levelName });
  }
  return textOf(lang, `field.${field}`);
}

/** "9–32", "9", or "—" when the sheet has no data rows. */
export function rowRange(first: number | null, last: number | null): string {
  if (first === null) return "—";
  if (last === null || last === first) return String(first);
  return `${first}–${last}`;
}
