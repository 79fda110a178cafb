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
    "row-unread":
      "Row {row} could not be read as a record, a cell heading, a subtotal or a note (“{value}”), so it is not counted. Check the row (missing name? shifted columns?) or set the mapping under Recognition.",
    "table-continues":
      "The table seemed to end at row {end}, yet {count} record-like rows follow from row {row}. chibo reads them; if they are not part of the table, set its last row under Recognition.",
    "table-empty":
      "Sheet “{sheet}” looks like a list ({kind}) but not one data row could be read ({skipped} rows skipped). Check the name column or set the mapping under Recognition.",
    "unnumbered-member":
      "Row {row} holds the name “{name}” but no number and no level, so it is read as a continuation of the member above and not counted as a member. If it is a member, give it a number and a level.",
    "level-spelling":
      "Column {column} writes levels in short or abbreviated forms; chibo read: {readings}. If a reading is wrong, correct the cells.",
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
    "unsafe-pattern":
      "The card-number pattern “{value}” is not used because {reason}: such a pattern can keep the program running forever. Write a simpler one, e.g. ^\\d{2}\\.\\d{6}$ (2 digits, a dot, 6 digits).",
    "duplicate-member":
      "Member “{name}” has the same {what} “{value}” as the row at {firstCell}. Check whether it was entered twice.",
    "score-above-max": "Score {score} for “{item}” is above its maximum {max}. Score within the scale.",
    "score-negative": "Score {score} for “{item}” is negative. Scores run from 0 to {max}.",
    "total-mismatch":
      "{what} says {stated} but its items add up to {computed}. Re-add them or fix the item scores.",
    "meeting-grade-unknown":
      "The meeting's grade says “{stated}”, which is none of the criteria's grades ({grades}), so it is not counted. Write one of them.",
    "level-score-mismatch":
      "The grade says “{stated}” but {score} points give “{expected}”. Please reconcile them.",
    "excluded-member-classified":
      "Member “{name}” is not to be rated ({reason}) but is rated “{level}”. Leave the level blank and note the reason.",
    "discipline-level":
      "Member “{name}” was disciplined this year (“{reason}”) and must be rated “{required}”, not “{level}”. If the member found and remedied the fault, say so in the notes.",
    "sick-leave-level":
      "Member “{name}” was on sick leave for {months} months or more (“{reason}”) and may not be rated above “{max}”, but is “{level}”.",
    "top-level-condition":
      "Member “{name}” is rated HTXSNV but the column “{condition}” says “{value}”: a condition of that level is not met. Review the level or the condition column.",
    "civil-service-level":
      "Member “{name}” is rated “{level}” but only “{civilLevel}” as a civil servant: HTXSNV as a member needs HTXSNV as a civil servant. Please review.",
    "meeting-duration":
      "The meeting lasted {minutes} minutes, less than the minimum of {min} minutes. Check the times or note the reason.",
    "absence-streak":
      "Member “{name}” was absent with leave {count} times in a row (from “{from}” to “{to}”), more than {max} times in a row in the year. The cell should look into it.",
    "residence-comment-missing":
      "Member “{name}” works at “{workplace}” but has no comment from the residence cell. Add the residence cell's yearly comment.",
    "cap-exceeded":
      "{actual} members are rated HTXSNV, more than {ratio}% of {denominatorCount} ({denominator}): at most {limit}. Please review.",
    "collective-level-conflict": "“{unit}” is rated “{level}” but {detail}{also}. Please review the level.",
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
    "rollup-output":
      "This file is the roll-up of “{unit}” itself (it has the “Đơn vị đã nộp” sheet), not a unit's report: it is not added to the totals. Keep roll-up outputs out of the folder of submissions.",
    "period-mismatch": "This report is for {period}, not the period being consolidated ({expected}).",
    "parent-mismatch":
      "Unit “{unit}” belongs to “{parent}”, not to the parent of the other units (“{expected}”). Check that the file was not sent by mistake before merging.",
  },
  issueVariants: {
    "invalid-level#unaccented":
      "“{value}” is not a valid rating level; this row is counted in no level. Did you mean “{suggestion}”, typed without its diacritics? Please correct it.",
    "invalid-level#attendance-mark":
      "“{value}” is not an attendance mark. Use x (present), P (excused), K (unexcused), M (exempt).",
    "cap-exceeded#collectives":
      "{actual} collectives are rated HTXSNV, more than {ratio}% of {denominatorCount} collectives ({denominator}): at most {limit}. Please review.",
    "cap-exceeded#group":
      "In the group “{group}”, {actual} members are rated HTXSNV, more than {ratio}% of the group's {denominatorCount} ({denominator}): at most {limit}. The share is judged per group of similar position. Please review.",
    "cap-exceeded#needs-decision":
      "{actual} members are rated HTXSNV, more than {ratio}% of {denominatorCount} ({denominator}): at most {limit}. It is within {exceptionRatio}%, but only a decision of the competent level allows more than {ratio}%: if there is one, enter its reference in the criteria; if not, please review.",
    "cap-exceeded#collectives-needs-decision":
      "{actual} collectives are rated HTXSNV, more than {ratio}% of {denominatorCount} collectives ({denominator}): at most {limit}. It is within {exceptionRatio}%, but only a decision of the competent level allows more than {ratio}%: if there is one, enter its reference in the criteria; if not, please review.",
    "cap-exceeded#group-needs-decision":
      "In the group “{group}”, {actual} members are rated HTXSNV, more than {ratio}% of the group's {denominatorCount} ({denominator}): at most {limit}. It is within {exceptionRatio}%, but only a decision of the competent level allows more than {ratio}%: if there is one, enter its reference in the criteria; if not, please review.",
    "discipline-level#remedied":
      "Member “{name}” was disciplined this year (“{reason}”) but the notes say the member found and remedied the fault: rating “{level}” rather than “{required}” is for the competent level to decide. Check that it has.",
    "discipline-level#earlier-year":
      "Member “{name}” was disciplined this year for a violation of an earlier year (“{reason}”): rating “{level}” rather than “{required}” is for the competent level to decide. Check that it has.",
    "top-level-condition#exceeded":
      "Member “{name}” is rated HTXSNV but only {percent}% of the tasks were done beyond requirement (column “{condition}”); at least {min}% are needed. Review the level.",
    "civil-service-level#lowest":
      "Member “{name}” is rated “{civilLevel}” as a civil servant, so the member's level must be KHTNV, not “{level}”. Please review.",
    "meeting-duration#combined":
      "The combined thematic and regular meeting lasted {minutes} minutes, less than the minimum of {min} minutes for a combined session. Check the times or note the reason.",
    "meeting-duration#small-cell":
      "The meeting lasted {minutes} minutes, less than the minimum of {min} minutes the committee set for small cells. Check the times or note the reason.",
    "meeting-date#documents":
      "The documents of the meeting of {date} were posted in the Sổ tay đảng viên app on {posted}, not at least {days} day(s) ahead. Post them earlier.",
    "attendance-low#unexcused-member":
      "Member “{name}” was absent without leave from the meeting “{meeting}”: that meeting falls short on attendance. Note the reason if there was one.",
    "cross-sheet-mismatch#attendance":
      "The register has {stated} members present at the meeting “{meeting}” but the sheet “{otherSheet}” says {computed}. Make the sheets agree.",
  },
  text: enText,
};
