import type { Catalog } from "./types";
import { enText } from "./en-text";

export const en: Catalog = {
  severity: { error: "Error", warning: "Warning", info: "Info" },
  issues: {
    "header-not-found":
      "No table header found on sheet “{sheet}”. Check that it holds a table with columns such as “Họ và tên” or “Xếp loại”, or set the mapping under Recognition.",
    "missing-column":
      "Sheet “{sheet}” ({kind}) has no “{field}” column. Add it, or point to the right column under Recognition.",
    "duplicate-column":
      "Two columns are both “{field}” ({first} and {second}); chibo uses {used}. If that is wrong, set it under Recognition.",
    "unknown-sheet": "Sheet “{sheet}” was not recognized as any known table and is not checked.",
    "invalid-level":
      "“{value}” is not a valid rating level; this row is counted in no level. Did you mean “{suggestion}”? Please correct it.",
    "invalid-number": "This cell must be a number ({field}) but holds “{value}”. Enter a number.",
    "number-as-text":
      "The number “{value}” is stored as text ({field}). chibo reads it, but convert the cell to a number so Excel computes with it.",
    "invalid-date": "“{value}” is not a valid date. Enter it as day/month/year, e.g. 05/01/2025.",
    "formula-error": "The cell shows the formula error {value}. Fix the formula or enter a value.",
    "invalid-card-number":
      "Party card number “{value}” does not match {example} (2 digits, a dot, 6 digits). Please check it.",
    "legacy-encoding":
      "Text on sheet “{sheet}” is typed in the legacy {encoding} encoding (e.g. “{sample}” reads “{decoded}”). chibo decoded it for reading but did not change your sheet; convert it to Unicode (TCVN 6909:2001).",
    "duplicate-member":
      "Member “{name}” has the same {what} “{value}” as the row at {firstCell}. Check whether it was entered twice.",
    "score-above-max": "Score {score} for “{item}” is above its maximum {max}. Score within the scale.",
    "score-negative": "Score {score} for “{item}” is negative. Scores run from 0 to {max}.",
    "total-mismatch":
      "{what} says {stated} but its items add up to {computed}. Re-add them or fix the item scores.",
    "level-score-mismatch":
      "The grade says “{stated}” but {score} points give “{expected}”. Please reconcile them.",
    "excluded-member-classified":
      "Member “{name}” is not to be rated ({reason}) but is rated “{level}”. Leave the level blank and note the reason.",
    "discipline-level":
      "Member “{name}” was disciplined this year (“{reason}”) and must be rated “{required}”, not “{level}”. If the member found and remedied the fault, say so in the notes.",
    "sick-leave-level":
      "Member “{name}” was on sick leave for {months} months or more (“{reason}”) and may not be rated above “{max}”, but is “{level}”.",
    "cap-exceeded":
      "{actual} members are rated HTXSNV, more than {ratio}% of {denominatorCount} ({denominator}): at most {limit}. Please review.",
    "collective-level-conflict": "“{unit}” is rated “{level}” but {detail}. Please review the level.",
    "attendance-low":
      "Attendance was {rate}% ({present} of {base} members; needs {comparison} {min}%), unexcused absences: {unexcused}. This meeting falls short on attendance.",
    "meeting-count":
      "From {from} to {to} the cell held {found} “{type}” meeting(s); at least {required} are needed. Add them, or note the reason.",
    "meeting-date":
      "The meeting date {date} is off schedule: this meeting should fall in {expected} (by the row's month, the report's year or the cell's fixed meeting day). Check the date, or note the reason if the meeting was moved.",
    "count-mismatch": "{what} says {stated} but {computed} were counted. Please recount.",
    "percent-mismatch":
      "The share says {stated}% but {count}/{base} = {computed}%. Recompute it (count divided by those assessed).",
    "percent-sum":
      "The shares add up to {sum}%, not 100%. Round so that they add up to exactly 100% (chibo uses largest-remainder rounding).",
    "cross-sheet-mismatch":
      "{what} says {stated} but sheet “{otherSheet}” gives {computed}. Make the sheets agree.",
    "summary-modified":
      "This summary was edited after chibo made it: the cell holds {stated}, it was {original}. Regenerate the summary instead of editing it.",
    "duplicate-unit": "Unit “{unit}” was submitted more than once ({files}). Keep one copy.",
    "missing-unit": "No report yet from unit “{unit}”.",
    "period-mismatch": "This report is for {period}, not the period being consolidated ({expected}).",
    "parent-mismatch":
      "Unit “{unit}” belongs to “{parent}”, not to the parent of the other units (“{expected}”). Check that the file was not sent by mistake before merging.",
  },
  text: enText,
};
