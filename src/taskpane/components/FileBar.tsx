import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";
import type { FileHandleLike } from "../io";
import type { Session } from "../use-session";
import { WORKBOOK_ACCEPT } from "./workbook-accept";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The File System Access picker where the browser has it (Chromium-based browsers, secure pages). */
type OpenPicker = (options: {
  multiple: boolean;
  types: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileHandleLike[]>;

function openPicker(): OpenPicker | null {
  const picker = (window as unknown as { showOpenFilePicker?: OpenPicker }).showOpenFilePicker;
  return typeof picker === "function" ? picker.bind(window) : null;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { flexGrow: 1, minWidth: "8em", overflowWrap: "anywhere" },
  hidden: { display: "none" },
});

/**
 * Browser mode: the workbook is a file the user opens here and downloads again with the summary
 * sheets added. Nothing is uploaded: the file is read and written in this page.
 */
export function FileBar({
  lang,
  session,
  pickAgain = false,
  onPicked = () => undefined,
}: {
  lang: Lang;
  session: Session;
  /** "Kiểm tra lại" could not read the file again: ask for the corrected file. */
  pickAgain?: boolean;
  onPicked?: () => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const busy = session.busy !== null;

  // With File System Access the pane keeps a handle and "Kiểm tra lại" reads the file from disk
  // again; without it, a plain file input.
  const choose = async () => {
    const picker = openPicker();
    if (!picker) {
      input.current?.click();
      return;
    }
    try {
      const [handle] = await picker({
        multiple: false,
        types: [{ description: "Excel (.xlsx)", accept: { [XLSX_TYPE]: [".xlsx"] } }],
      });
      if (!handle) return;
      setDownloaded(null);
      onPicked();
      await session.openFile(await handle.getFile(), handle);
    } catch {
      // The user closed the picker: nothing to do.
    }
  };

  return (
    <div className={styles.bar} data-testid="file-bar">
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={WORKBOOK_ACCEPT}
        data-testid="file-input"
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          event.target.value = ""; // choosing the same file again reopens it
          setDownloaded(null);
          if (chosen) {
            onPicked();
            void session.openFile(chosen);
          }
        }}
      />
      <Button
        appearance={session.file && !pickAgain ? "secondary" : "primary"}
        disabled={busy}
        onClick={() => void choose()}
        data-testid="open-file"
      >
        {t(lang, "taskpane.file.open")}
      </Button>
      <Text className={styles.name} data-testid="file-name">
        {session.file ? session.file.name : t(lang, "taskpane.file.none")}
      </Text>
      {session.file ? (
        <Button
          disabled={busy}
          data-testid="download"
          onClick={async () => setDownloaded(await session.download())}
        >
          {t(lang, "taskpane.file.download")}
        </Button>
      ) : null}
      {pickAgain ? (
        <MessageBar intent="warning" layout="multiline" data-testid="pick-again" role="status">
          <MessageBarBody>{t(lang, "taskpane.file.pickAgain")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {downloaded ? (
        <Text size={200} role="status">
          {t(lang, "taskpane.file.downloaded", { file: downloaded })}
        </Text>
      ) : null}
    </div>
  );
}
