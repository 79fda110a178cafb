import type { CellValue } from "../core";

/**
 * Error values as Office returns them in Range.values: plain strings. A user who types one of
 * these as text is read as an error too; telling them apart would cost Range.valueTypes, which
 * doubles the payload of every read.
 */
const ERROR_VALUE =
  /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

export function isErrorText(text: string): boolean {
  return ERROR_VALUE.test(text);
}

/**
 * A value of Range.values as the core sees it: numbers (dates stay serial numbers), strings,
 * booleans; "" is an empty cell; error texts become { error }.
 */
export function fromOfficeValue(value: unknown): CellValue {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    if (value === "") return null;
    return isErrorText(value) ? { error: value } : value;
  }
  return null;
}
