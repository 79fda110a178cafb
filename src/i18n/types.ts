import type { IssueCode } from "../core/issues/codes";

export type { Lang } from "../core/lang";

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
  text: Record<string, string>;
}
