import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";
import type { Session } from "../use-session";
import { WORKBOOK_ACCEPT } from "./workbook-accept";

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
export function FileBar({ lang, session }: { lang: Lang; session: Session }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const busy = session.busy !== null;

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
          if (chosen) void session.openFile(chosen);
        }}
      />
      <Button
        appearance={session.file ? "secondary" : "primary"}
        disabled={busy}
        onClick={() => input.current?.click()}
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
      {downloaded ? (
        <Text size={200} role="status">
          {t(lang, "taskpane.file.downloaded", { file: downloaded })}
        </Text>
      ) : null}
    </div>
  );
}
