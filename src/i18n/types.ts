import type { IssueCode } from "../core/issues/codes";
import type { LiteralTextKey } from "../core/text-key";
import type { viText } from "./vi-text";

export type { Lang } from "../core/lang";

/** The key of a text: one the Vietnamese texts define (English must define the same ones). */
export type TextKey = keyof typeof viText;

/** Compiles only when T is never: here, when no key that core writes out whole lacks a text. */
type NoneMissing<T extends never> = T;

/** A key core names (src/core/text-key.ts) but the texts lack fails to compile here, naming it. */
export type CoreKeysDefined = NoneMissing<Exclude<LiteralTextKey, TextKey>>;

/** One language's texts. Templates use {name} placeholders filled from an issue's params. */
export interface Catalog {
  issues: Record<IssueCode, string>;
  /**
   * Other wordings of a code, keyed "code#variant", chosen by an issue's `variant` parameter (a code
   * such as "collectives" or "remedied"): core says which case it is, the words stay here.
   */
  issueVariants: Record<string, string>;
  severity: Record<"error" | "warning" | "info", string>;
  /** Other texts (CLI, summary sheets, task pane), by key. */
  text: Readonly<Record<TextKey, string>>;
}
