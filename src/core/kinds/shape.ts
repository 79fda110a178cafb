import type { FieldName, SheetKind } from "../types";

/**
 * How a kind of sheet is recognized: data only, so that recognition can read every kind's shape
 * without importing the checks (see ./registry.ts for what each kind does once recognized).
 */
export interface KindShape {
  kind: SheetKind;
  /** Fields the header must map for the kind to be chosen, and groups of which one must be there too. */
  signature: { required: readonly FieldName[]; anyOf: readonly FieldName[][] };
  /** Fields whose cells say where the table's data rows are (a record has one of them filled). */
  keyFields: readonly FieldName[];
  /** Fields reported as `missing-column` when absent after recognition. */
  requiredColumns: readonly FieldName[];
}
