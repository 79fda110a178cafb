/** summary texts (vi). Keys are shared across languages; see ../en/summary.ts. */
export const summaryText: Record<string, string> = {};
