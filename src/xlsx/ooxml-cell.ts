import type { CellValue } from "../core/grid/types";
import type { CellStyles } from "./ooxml-parts";

const MS_PER_DAY = 24 * 3600 * 1000;
/** Serial day number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DAYS_1904 = 1462;

/**
 * A worksheet cell's value from its parts (type attribute, formula flag, <v> text, inline text),
 * the way the ExcelJS reference reader reads them (test/support/exceljs/cell-value.ts): shared
 * and inline strings, numbers, booleans, errors as { error }, a formula as its cached result
 * (null without one), a number in a date format as a Date at UTC midnight of the day shown, a
 * number that is not finite as "NaN".
 */
export function cellValue(
  type: string,
  formula: boolean,
  value: string | null,
  inline: string | null,
  style: number,
  strings: readonly string[],
  styles: CellStyles,
  date1904: boolean,
): CellValue {
  if (formula) {
    // A formula saved without a cached result (some generators do that) shows nothing yet.
    if (!value) return null;
    return typed(type === "s" || type === "inlineStr" ? "str" : type, value, style, styles, date1904);
  }
  switch (type) {
    case "s": {
      if (value === null || value === "") return null;
      const text = strings[parseInt(value, 10)];
      return text === undefined ? null : text;
    }
    case "inlineStr":
      return inline ?? (value === null || value === "" ? null : value);
    default:
      if (value === null || value === "") return null;
      return typed(type, value, style, styles, date1904);
  }
}

export function typed(
  type: string,
  value: string,
  style: number,
  styles: CellStyles,
  date1904: boolean,
): CellValue {
  switch (type) {
    case "str":
      return value;
    case "b":
      return parseInt(value, 10) !== 0;
    case "e":
      return { error: value };
    case "d": {
      // ISO 8601 date cells (the schema allows them; few writers use them).
      const date = new Date(/Z$|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
      return Number.isNaN(date.getTime()) ? value : date;
    }
    default:
      return numberValue(parseFloat(value), style, styles, date1904);
  }
}

/** A number cell's value: a Date in a date format, "NaN" when it is not finite. */
export function numberValue(number: number, style: number, styles: CellStyles, date1904: boolean): CellValue {
  if (!Number.isFinite(number)) return "NaN";
  if (style >= 0 && styles.isDate[style] === true) {
    const time = Math.round((number - UNIX_EPOCH_SERIAL + (date1904 ? DAYS_1904 : 0)) * MS_PER_DAY);
    const date = new Date(time);
    return Number.isNaN(date.getTime()) ? "NaN" : date;
  }
  return number;
}
