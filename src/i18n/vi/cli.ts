/** cli texts (vi). Keys are shared across languages; see ../en/cli.ts. */
export const cliText: Record<string, string> = {};
