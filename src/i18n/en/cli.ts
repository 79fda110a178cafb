/** CLI texts (en). Keys are shared with ../vi/cli.ts. */
export const cliText: Record<string, string> = {
  "cli.usage":
    "Usage:\n  chibo check     [--criteria ID|FILE] [--mapping FILE] [--json] [--lang vi|en] FILE...\n  chibo summarize [--criteria ID|FILE] [--mapping FILE] FILE [-o OUT.xlsx]\n  chibo rollup    [--criteria ID|FILE] [--expected FILE] [--unit NAME] [--json] FILE|DIR... -o OUT.xlsx\n  chibo presets [--explain ID|FILE]\n\nExit codes: 0 no errors, 1 errors found, 2 cannot run.",
  "cli.unknownCommand": "Unknown command “{command}”.",
  "cli.unknownOption": "Unknown option “{option}”.",
  "cli.missingValue": "Option {option} needs a value.",
  "cli.noFiles": "No file given.",
  "cli.oneFile": "summarize takes exactly one file.",
  "cli.unknownCriteria": "No criteria set “{criteria}”. List them with: chibo presets",
  "cli.unsafePattern":
    "The criteria file {file} has the card-number pattern “{pattern}”, which is not used because {reason}: such a pattern can keep the program running forever. Change cardNumberPattern to a simpler one, e.g. ^\\d{2}\\.\\d{6}$.",
  "cli.badCriteriaFile": "Criteria file “{file}” is not valid: {detail}",
  "cli.badMappingFile": "Mapping file “{file}” is not valid: {detail}",
  "cli.fileNotFound": "File “{file}” not found.",
  "cli.read.empty": "File “{file}” is empty (0 bytes).",
  "cli.read.encrypted":
    "File “{file}” is password-protected. Open it in Excel, remove the password (File › Info › Protect Workbook) and save it.",
  "cli.read.legacy-xls":
    "File “{file}” is in the old Excel format (.xls) but could not be read. Open it in Excel and save it as .xlsx.",
  "cli.read.not-xlsx": "File “{file}” is not a spreadsheet chibo reads (.xlsx, .xlsm, .xls, .ods).",
  "cli.read.corrupt": "File “{file}” is damaged and cannot be read: {detail}",
  "cli.read.too-large": "File “{file}” is too large to read safely: {detail}",
  "cli.read.unsafe": "File “{file}” was not read: {detail}",
  "cli.sameOutput":
    "The output is the input file “{file}”; chibo never overwrites a source file. Choose another name with -o.",
  "cli.written": "Wrote {file} ({sheets}).",
  "cli.renamed": "Your sheet “{requested}” was left alone; the summary was written as “{actual}”.",
  "cli.report.file": "File: {file}",
  "cli.report.unit": "Unit: {unit}{parent}, year {period}. Criteria: {criteria}",
  "cli.report.sheets": "Sheets recognized:",
  "cli.report.sheet": "  • {name}: {kind}, header rows {header}, data rows {data} (confidence {confidence}%)",
  "cli.report.sheetUnknown": "  • {name}: {kind}",
  "cli.report.rows":
    "    rows: {records} records, {sections} cell headings, {subtotals} subtotals, {totals} totals, {skipped} others (continuations, notes, signature, unread)",
  "cli.report.members":
    "Members: total {total}, assessed {assessed}, not classified {notClassified}, level unreadable {unrecognized}",
  "cli.report.collectives": "Party organisations: total {total}, assessed {assessed}",
  "cli.report.level": "    {level}: {count} ({percent}%)",
  "cli.report.cap":
    "  HTXSNV cap: at most {limit} ({ratio}% of {denominatorCount} {denominator}), actual {actual}: {verdict}",
  "cli.report.capOk": "within the cap",
  "cli.report.capExceeded": "EXCEEDED",
  "cli.report.meetings": "Meetings: {regular} regular, {thematic} thematic, attendance {attendance}%",
  "cli.report.grades": "  Meeting grades: {grades}",
  "cli.report.issues": "Issues: {errors} errors, {warnings} warnings, {infos} info",
  "cli.report.noIssues": "No problem found.",
  "cli.report.issue": "  [{severity}] {where} ({code}): {message}",
  "cli.report.sheetWide": "whole sheet",
  "cli.report.workbook": "whole file",
  "cli.presets.header": "Criteria presets:",
  "cli.presets.item": "  {id}\n    {title}\n    {regulation} (from {year})",
  "cli.write.not-xlsx":
    "“{file}” was checked, but summary sheets are added only to .xlsx/.xlsm files. Open it in Excel or LibreOffice, save it as .xlsx (File › Save As) and run summarize on that copy.",
  "cli.write.failed":
    "The summary sheets could not be written into a copy of “{file}” (sheet “{sheet}”). Nothing was written; the file is unchanged.",
};
