/** rollup texts (vi). Keys are shared across languages; see ../en/rollup.ts. */
export const rollupText: Record<string, string> = {};
