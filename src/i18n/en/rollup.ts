/** rollup texts (en). Keys are shared across languages; see ../vi/rollup.ts. */
export const rollupText: Record<string, string> = {};
