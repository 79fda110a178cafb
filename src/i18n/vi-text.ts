import { joinTexts } from "./join-texts";
import { cliText } from "./vi/cli";
import { excelText } from "./vi/excel";
import { issueNameText } from "./vi/issue-names";
import { coreText } from "./vi/core";
import { criteriaText } from "./vi/criteria";
import { meetingsText } from "./vi/meetings";
import { readText } from "./vi/read";
import { reachText } from "./vi/reach";
import { rollupText } from "./vi/rollup";
import { rulesText } from "./vi/rules";
import { summaryText } from "./vi/summary";
import { taskpaneText } from "./vi/taskpane";
import { termsText } from "./vi/terms";

/**
 * Vietnamese texts, one file per area so that each area keeps its own. Their keys are the TextKey
 * type (./types.ts): a key no area defines does not compile.
 */
export const viText = joinTexts(
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
