/** cli texts (en). Keys are shared across languages; see ../vi/cli.ts. */
export const cliText: Record<string, string> = {};
