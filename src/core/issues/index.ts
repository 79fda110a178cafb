export * from "./codes";
export * from "./issue";
