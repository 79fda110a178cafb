/**
 * Excel on the web refuses requests and responses over 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded) and every platform refuses to get more than five million
 * cells at once. Reads are planned under a budget below those limits.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const CELL_GET_LIMIT = 5_000_000;

/** What one sync may carry: a margin under the limit for the envelope and estimation error. */
export const PAYLOAD_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.8);
export const CELL_BUDGET = Math.floor(CELL_GET_LIMIT * 0.9);

/** The estimate is multiplied by this: the sampled rows may be shorter than the rest. */
export const ESTIMATE_MARGIN = 1.25;

/** UTF-8 length of a text, without TextEncoder (the port runs where the host gives it). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of a value as JSON on the wire. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/** Average bytes of a row of values, from a sample of rows. */
export function bytesPerRow(sample: readonly unknown[][]): number {
  if (sample.length === 0) return 0;
  return jsonBytes(sample) / sample.length;
}

export interface RowSpan {
  /** 0-based first row, relative to whatever the caller counts from. */
  first: number;
  count: number;
}

/**
 * Splits `rows` rows of `columns` columns into spans that each fit the budget (bytes and cells).
 * A sheet under the budget is one span: the number of spans grows only past the limit.
 */
export function planRowSpans(
  rows: number,
  columns: number,
  rowBytes: number,
  budget: number = PAYLOAD_BUDGET_BYTES,
): RowSpan[] {
  if (rows <= 0) return [];
  const byBytes = rowBytes > 0 ? Math.floor(budget / (rowBytes * ESTIMATE_MARGIN)) : rows;
  const byCells = Math.floor(CELL_BUDGET / Math.max(1, columns));
  const perSpan = Math.max(1, Math.min(rows, byBytes, byCells));
  const spans: RowSpan[] = [];
  for (let first = 0; first < rows; first += perSpan)
    spans.push({ first, count: Math.min(perSpan, rows - first) });
  return spans;
}

/** Packs items with estimated sizes into batches under the budget, keeping their order. */
export function packBySize<T>(
  items: readonly T[],
  size: (item: T) => number,
  budget: number = PAYLOAD_BUDGET_BYTES,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = size(item) * ESTIMATE_MARGIN;
    if (current.length > 0 && used + bytes > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
