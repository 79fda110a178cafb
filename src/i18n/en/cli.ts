/** CLI texts (en). Keys are shared with ../vi/cli.ts. */
export const cliText = {
  "cli.usage":
    "Usage:\n  chibo check     [--criteria ID|FILE] [--mapping FILE] [--json] [--lang vi|en] FILE...\n  chibo summarize [--criteria ID|FILE] [--mapping FILE] [--date DATE] FILE [-o OUT.xlsx]\n  chibo rollup    [--criteria ID|FILE] [--expected FILE] [--unit NAME] [--date DATE] [--json] FILE|DIR... -o OUT.xlsx\n  chibo presets [--explain ID|FILE]\n  chibo help [COMMAND] | chibo COMMAND --help | chibo --version\n\nExit codes: 0 no errors, 1 errors found, 2 cannot run.",
  "cli.help.intro":
    "chibo checks the Excel workbooks of party cell scoring and member ratings, reports every problem at its cell, and writes the summary sheets sent to the level above. Input files are never modified.",
  "cli.help.more": "Help on one command: chibo help COMMAND (e.g. chibo help check).",
  "cli.help.check":
    'chibo check [--criteria ID|FILE] [--mapping FILE] [--json] [--lang vi|en] FILE...\n\nChecks each .xlsx file: recognizes its sheets, reports every problem at its cell (errors, warnings, information) and counts each level with its share.\n\n  --criteria ID|FILE  criteria preset (see: chibo presets) or a criteria JSON file; by default the one for the file\'s year\n  --mapping FILE      JSON file correcting how columns are read: { "sheet name": { "columns": { "level": "H" } } }\n  --json              print the results as JSON (for programs)\n  --lang vi|en        language of the messages (vi by default)\n\nExit codes: 0 no errors, 1 errors found, 2 cannot run.\nExample: chibo check chi-bo-3.xlsx',
  "cli.help.summarize":
    "chibo summarize [--criteria ID|FILE] [--mapping FILE] [--date DATE] FILE [-o OUT.xlsx]\n\nWrites a copy of the file with the summary sheets to print, sign and send up (members, party organisations and cell meetings where there are figures, and the check results). The input stays as it was.\n\n  -o, --output OUT.xlsx  output file (default: NAME.chibo.xlsx beside the input)\n  --date DATE            the report's date, 2025-12-20 or 20/12/2025 (default: today)\n  --criteria, --mapping, --lang  as for check\n\nExample: chibo summarize chi-bo-3.xlsx -o chi-bo-3-summary.xlsx --date 2025-12-20",
  "cli.help.rollup":
    "chibo rollup [--criteria ID|FILE] [--expected FILE] [--unit NAME] [--date DATE] [--json] FILE|DIR... -o OUT.xlsx\n\nConsolidates the files units sent (summarized by chibo, or their raw lists) into the report of the level above. A file that cannot be read is reported and the others are still consolidated.\n\n  -o, --output OUT.xlsx  output file (required)\n  --expected FILE        the list of units that must report, to name the missing ones\n  --unit NAME            the consolidating unit's name (default: the parent the units name)\n  --date DATE            the report's date (default: today)\n  --json, --criteria, --lang  as for check\n\nExample: chibo rollup reports/ -o ward.xlsx",
  "cli.help.presets":
    "chibo presets [--explain ID|FILE]\n\nLists the criteria presets: id (for --criteria), title, regulations and the first year they apply to.\n\n  --explain ID|FILE  print every rule of the criteria set with its source (document, article or item, where to read it)",
  "cli.help.help":
    "chibo help [COMMAND]\n\nPrints the general help, or the help of one command: check, summarize, rollup, presets.",
  "cli.unsupportedLang": "The language “{lang}” is not supported. Use --lang vi or --lang en.",
  "cli.badDate": "“{value}” is not a date. Write it as 2025-12-20 or 20/12/2025.",
  "cli.isFolder":
    "“{file}” is a folder, not an .xlsx file. Name the files in it (e.g. {file}/*.xlsx), or use chibo rollup to consolidate a whole folder.",
  "cli.unknownCommand": "Unknown command “{command}”.",
  "cli.unknownOption": "Unknown option “{option}”.",
  "cli.missingValue": "Option {option} needs a value.",
  "cli.noFiles": "No file given.",
  "cli.oneFile": "summarize takes exactly one file.",
  "cli.unknownCriteria": "No criteria set “{criteria}”. List them with: chibo presets",
  "cli.unsafePattern":
    "The criteria file {file} has the card-number pattern “{pattern}”, which is not used because {reason}: such a pattern can keep the program running forever. Change cardNumberPattern to a simpler one, e.g. ^\\d{2}\\.\\d{6}$.",
  "cli.badCriteriaFile": "Criteria file “{file}” is not valid: {detail}",
  "cli.criteriaNotJson":
    "Criteria file “{file}” is not valid JSON. Check the brackets, commas and quotes (or whether the file was cut short).",
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
  "cli.report.modelCellMet": "  Model cell: met",
  "cli.report.modelCellNotMet": "  Model cell: not met",
  "cli.report.modelCellUnmet": "    - {condition}",
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
