/** taskpane texts (vi). Keys are shared across languages; see ../en/taskpane.ts. */
export const taskpaneText: Record<string, string> = {};
