import { Button, Field, Input, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";
import type { Rollup } from "../use-rollup";
import { WORKBOOK_ACCEPT } from "./workbook-accept";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  drop: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalM,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dragging: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
  grow: { flexGrow: 1, minWidth: "8em", overflowWrap: "anywhere" },
});

const XLSX_ACCEPT = WORKBOOK_ACCEPT;

/**
 * What to consolidate: the units' files (chosen many at once or dropped here), an optional list of
 * expected units, an optional name for the consolidating unit, and the button that starts.
 * Every control is a button or a text box, so the keyboard reaches all of it; dropping is a
 * shortcut for the mouse, never the only way.
 */
export function RollupInputs({ lang, rollup, busy }: { lang: Lang; rollup: Rollup; busy: boolean }) {
  const styles = useStyles();
  const filesInput = useRef<HTMLInputElement>(null);
  const expectedInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { state } = rollup;
  const locked = busy || state.running;

  return (
    <div className={styles.section}>
      <div
        className={mergeClasses(styles.drop, dragging && !locked ? styles.dragging : undefined)}
        role="group"
        aria-label={t(lang, "taskpane.rollup.files")}
        data-testid="rollup-drop"
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = locked ? "none" : "copy";
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (!locked) rollup.addFiles(Array.from(event.dataTransfer.files));
        }}
      >
        <input
          ref={filesInput}
          className={styles.hidden}
          type="file"
          multiple
          accept={XLSX_ACCEPT}
          data-testid="rollup-files-input"
          onChange={(event) => {
            const chosen = Array.from(event.target.files ?? []);
            event.target.value = ""; // choosing the same files again is allowed
            rollup.addFiles(chosen);
          }}
        />
        <Button appearance="primary" disabled={locked} onClick={() => filesInput.current?.click()}>
          {t(lang, "taskpane.rollup.choose")}
        </Button>
        <Text className={styles.grow} size={200}>
          {t(lang, "taskpane.rollup.drop")}
        </Text>
        {state.files.length > 0 ? (
          <Button disabled={locked} onClick={rollup.clearFiles} data-testid="rollup-clear">
            {t(lang, "taskpane.rollup.clear")}
          </Button>
        ) : null}
      </div>

      <Field label={t(lang, "taskpane.rollup.expected")} hint={t(lang, "taskpane.rollup.expectedHint")}>
        <div className={styles.row}>
          <input
            ref={expectedInput}
            className={styles.hidden}
            type="file"
            accept={`${WORKBOOK_ACCEPT},.json,.txt,text/plain,application/json`}
            data-testid="rollup-expected-input"
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              event.target.value = "";
              if (chosen) void rollup.chooseExpected(chosen);
            }}
          />
          <Button disabled={locked} onClick={() => expectedInput.current?.click()}>
            {t(lang, "taskpane.rollup.expectedChoose")}
          </Button>
          <Text className={styles.grow} size={200} data-testid="rollup-expected">
            {state.expected
              ? t(lang, "taskpane.rollup.expectedChosen", {
                  file: state.expected.file,
                  count: state.expected.expected.names.length,
                })
              : t(lang, "taskpane.rollup.expectedNone")}
          </Text>
          {state.expected ? (
            <Button disabled={locked} onClick={() => void rollup.chooseExpected(null)}>
              {t(lang, "taskpane.rollup.expectedRemove")}
            </Button>
          ) : null}
        </div>
      </Field>

      <Field label={t(lang, "taskpane.rollup.unit")} hint={t(lang, "taskpane.rollup.unitHint")}>
        <Input
          value={state.unitName}
          disabled={locked}
          placeholder={state.expected?.expected.unit ?? ""}
          data-testid="rollup-unit"
          onChange={(_, data) => rollup.setUnitName(data.value)}
        />
      </Field>

      <div className={styles.row}>
        <Button
          appearance="primary"
          disabled={locked || state.files.length === 0}
          onClick={() => void rollup.start()}
          data-testid="rollup-start"
        >
          {t(lang, "taskpane.rollup.start", { count: state.files.length })}
        </Button>
      </div>
    </div>
  );
}
