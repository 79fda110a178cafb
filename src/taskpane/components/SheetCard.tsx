import { Badge, Button, Card, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { FieldName, SheetInfo, SheetKind } from "../../core";
import type { Lang } from "../../i18n/types";
import { formatPercent, t } from "../../i18n";
import {
  EDITABLE_KINDS,
  fieldsForKind,
  resetSheetMapping,
  setFieldColumn,
  setSheetKind,
} from "../state/mapping-edit";
import { fieldLabel, kindLabel, rowRange } from "../state/labels";
import type { Session } from "../use-session";
import { ColumnInput } from "./ColumnInput";

const useStyles = makeStyles({
  card: { marginBottom: tokens.spacingVerticalM },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  facts: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
  },
  table: { borderCollapse: "collapse", width: "100%" },
  th: { textAlign: "left", fontWeight: tokens.fontWeightRegular, padding: "2px 8px 2px 0" },
  add: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
});

function confidenceColor(confidence: number): "success" | "warning" | "danger" {
  if (confidence >= 0.8) return "success";
  if (confidence >= 0.5) return "warning";
  return "danger";
}

/** One sheet: its kind, header and data rows, and which column holds which field. */
export function SheetCard({ lang, sheet, session }: { lang: Lang; sheet: SheetInfo; session: Session }) {
  const styles = useStyles();
  const [adding, setAdding] = useState<FieldName | "">("");
  const busy = session.busy !== null;
  const editable = sheet.kind !== "chibo-summary";
  const mapped = Object.entries(sheet.columns) as [FieldName, string][];
  const unmapped = fieldsForKind(sheet.kind).filter((field) => !sheet.columns[field]);
  const headingId = `sheet-${encodeURIComponent(sheet.name)}`;

  const saveColumn = (field: FieldName, letter: string): boolean => {
    const next = setFieldColumn(session.settings, sheet, field, letter);
    if (!next) return false;
    void session.updateSettings(next);
    return true;
  };

  return (
    <Card
      className={styles.card}
      aria-labelledby={headingId}
      data-testid="sheet-card"
      data-sheet={sheet.name}
    >
      <div className={styles.head}>
        <h2 className={styles.name} id={headingId}>
          {sheet.name}
        </h2>
        {sheet.mapped ? (
          <Badge appearance="tint" color="brand">
            {t(lang, "taskpane.recognition.mapped")}
          </Badge>
        ) : null}
        {sheet.encoding ? (
          <Badge appearance="tint" color="warning">
            {t(lang, "taskpane.recognition.encoding", { encoding: sheet.encoding.toUpperCase() })}
          </Badge>
        ) : null}
        <Badge appearance="filled" color={confidenceColor(sheet.confidence)}>
          {t(lang, "taskpane.recognition.confidence", {
            value: formatPercent(sheet.confidence * 100, lang, 0),
          })}
        </Badge>
      </div>
      {editable ? (
        <Field label={t(lang, "taskpane.recognition.kind")}>
          <Select
            value={sheet.kind}
            disabled={busy}
            data-testid="kind-select"
            onChange={(_, data) =>
              void session.updateSettings(setSheetKind(session.settings, sheet, data.value as SheetKind))
            }
          >
            {EDITABLE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(lang, kind)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Text>{kindLabel(lang, sheet.kind)}</Text>
      )}
      <div className={styles.facts}>
        <Text size={200}>
          {t(lang, "taskpane.recognition.headerRows", {
            rows: sheet.headerRows.length > 0 ? sheet.headerRows.join(", ") : "—",
          })}
        </Text>
        <Text size={200}>
          {t(lang, "taskpane.recognition.dataRows", {
            rows: rowRange(sheet.firstDataRow, sheet.lastDataRow),
          })}
        </Text>
        {sheet.rows ? (
          <Text size={200} data-testid="row-counts">
            {t(lang, "taskpane.recognition.rowCounts", { ...sheet.rows })}
          </Text>
        ) : null}
      </div>
      {editable && mapped.length > 0 ? (
        <table
          className={styles.table}
          aria-label={t(lang, "taskpane.recognition.columns", { sheet: sheet.name })}
        >
          <thead>
            <tr>
              <th className={styles.th} scope="col">
                {t(lang, "taskpane.recognition.field")}
              </th>
              <th className={styles.th} scope="col">
                {t(lang, "taskpane.recognition.column")}
              </th>
            </tr>
          </thead>
          <tbody>
            {mapped.map(([field, letter]) => (
              <tr key={field}>
                <th className={styles.th} scope="row">
                  {fieldLabel(lang, field)}
                </th>
                <td>
                  <ColumnInput
                    lang={lang}
                    label={fieldLabel(lang, field)}
                    value={letter}
                    disabled={busy}
                    onCommit={(value) => saveColumn(field, value)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editable && unmapped.length > 0 ? (
        <div className={styles.add}>
          <Field label={t(lang, "taskpane.recognition.addField")}>
            <Select
              value={adding}
              disabled={busy}
              onChange={(_, data) => setAdding(data.value as FieldName | "")}
            >
              <option value="">{t(lang, "taskpane.recognition.chooseField")}</option>
              {unmapped.map((field) => (
                <option key={field} value={field}>
                  {fieldLabel(lang, field)}
                </option>
              ))}
            </Select>
          </Field>
          {adding ? (
            <ColumnInput
              lang={lang}
              label={fieldLabel(lang, adding)}
              value=""
              disabled={busy}
              onCommit={(value) => {
                const ok = saveColumn(adding, value);
                if (ok) setAdding("");
                return ok;
              }}
            />
          ) : null}
        </div>
      ) : null}
      {sheet.mapped ? (
        <div>
          <Button
            size="small"
            disabled={busy}
            onClick={() => void session.updateSettings(resetSheetMapping(session.settings, sheet.name))}
          >
            {t(lang, "taskpane.recognition.reset")}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
