/** summary texts (en). Keys are shared across languages; see ../vi/summary.ts. */
export const summaryText: Record<string, string> = {};
