/** taskpane texts (en). Keys are shared across languages; see ../vi/taskpane.ts. */
export const taskpaneText: Record<string, string> = {};
