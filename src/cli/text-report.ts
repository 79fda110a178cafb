import { catalog, figureText, issueMessage, t, textOf, type Lang } from "../i18n";
import { capParams, LEVEL_KEYS, type Analysis, type LevelShares } from "../core/analysis-index";

/** One line per level: count and share, with the language's decimal mark. */
function levelLines(levels: LevelShares, lang: Lang): string[] {
  return LEVEL_KEYS.map((level) =>
    t(lang, "cli.report.level", {
      level,
      count: levels[level].count,
      percent: figureText(levels[level].percent, lang),
    }),
  );
}

function range(rows: number[]): string {
  if (rows.length === 0) return "—";
  return rows.length === 1 ? String(rows[0]) : `${rows[0]}–${rows[rows.length - 1]}`;
}

/** The short readable report of `chibo check` without --json. */
export function textReport(file: string, analysis: Analysis, lang: Lang): string {
  const lines: string[] = [t(lang, "cli.report.file", { file })];
  const { unit, results } = analysis;
  lines.push(
    t(lang, "cli.report.unit", {
      unit: unit.name || "—",
      parent: unit.parent ? ` (${unit.parent})` : "",
      period: unit.period ?? "—",
      criteria: analysis.criteria.title,
    }),
  );
  lines.push(t(lang, "cli.report.sheets"));
  for (const sheet of analysis.sheets) {
    const kind = t(lang, `kind.${sheet.kind}`);
    if (sheet.kind === "unknown" || sheet.kind === "chibo-summary" || sheet.kind === "criteria")
      lines.push(t(lang, "cli.report.sheetUnknown", { name: sheet.name, kind }));
    else
      lines.push(
        t(lang, "cli.report.sheet", {
          name: sheet.name,
          kind,
          header: range(sheet.headerRows),
          data: sheet.firstDataRow ? `${sheet.firstDataRow}–${sheet.lastDataRow}` : "—",
          confidence: Math.round(sheet.confidence * 100),
        }),
      );
    if (sheet.rows) lines.push(t(lang, "cli.report.rows", { ...sheet.rows }));
  }
  if (results.members) {
    const m = results.members;
    lines.push(
      t(lang, "cli.report.members", {
        total: m.total,
        assessed: m.assessed,
        notClassified: m.notClassified,
        unrecognized: m.unrecognized,
      }),
    );
    lines.push(...levelLines(m.levels, lang));
    if (m.cap) {
      lines.push(
        t(lang, "cli.report.cap", {
          ...capParams(m.cap),
          denominator: m.cap.denominator,
          verdict: t(lang, m.cap.exceeded ? "cli.report.capExceeded" : "cli.report.capOk"),
        }),
      );
    }
  }
  if (results.collectives) {
    const c = results.collectives;
    lines.push(t(lang, "cli.report.collectives", { total: c.total, assessed: c.assessed }));
    lines.push(...levelLines(c.levels, lang));
  }
  if (results.meetings) {
    const m = results.meetings;
    lines.push(
      t(lang, "cli.report.meetings", {
        regular: m.regular,
        thematic: m.thematic,
        attendance: m.attendance === null ? "—" : figureText(m.attendance, lang),
      }),
    );
    const grades = Object.entries(m.grades)
      .map(([grade, count]) => `${grade} ${count}`)
      .join(", ");
    if (grades) lines.push(t(lang, "cli.report.grades", { grades }));
  }
  if (results.modelCell) {
    const verdict = results.modelCell;
    lines.push(t(lang, verdict.eligible ? "cli.report.modelCellMet" : "cli.report.modelCellNotMet"));
    for (const key of verdict.unmet)
      lines.push(t(lang, "cli.report.modelCellUnmet", { condition: textOf(lang, key) }));
  }
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const issue of analysis.issues)
    counts[issue.severity === "error" ? "errors" : issue.severity === "warning" ? "warnings" : "infos"]++;
  lines.push(analysis.issues.length ? t(lang, "cli.report.issues", counts) : t(lang, "cli.report.noIssues"));
  const severity = catalog(lang).severity;
  for (const issue of analysis.issues) {
    const where =
      issue.sheet === null
        ? t(lang, "cli.report.workbook")
        : `${issue.sheet}!${issue.cell ?? t(lang, "cli.report.sheetWide")}`;
    lines.push(
      t(lang, "cli.report.issue", {
        severity: severity[issue.severity],
        where,
        code: issue.code,
        message: issueMessage(issue, lang),
      }),
    );
  }
  return lines.join("\n");
}
