import type { TextKey } from "./types";
import { joinTexts } from "./join-texts";
import { cliText } from "./en/cli";
import { excelText } from "./en/excel";
import { issueNameText } from "./en/issue-names";
import { coreText } from "./en/core";
import { criteriaText } from "./en/criteria";
import { meetingsText } from "./en/meetings";
import { readText } from "./en/read";
import { reachText } from "./en/reach";
import { rollupText } from "./en/rollup";
import { rulesText } from "./en/rules";
import { summaryText } from "./en/summary";
import { taskpaneText } from "./en/taskpane";
import { termsText } from "./en/terms";

/** English texts, one file per area so that each area keeps its own. */
export const enText: Readonly<Record<TextKey, string>> = joinTexts(
  coreText,
  summaryText,
  cliText,
  taskpaneText,
  rollupText,
  excelText,
  criteriaText,
  meetingsText,
  termsText,
  rulesText,
  readText,
  reachText,
  issueNameText,
);
