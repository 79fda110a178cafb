import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../i18n";
import type { Lang } from "../../i18n/types";

const useStyles = makeStyles({
  footer: {
    marginTop: "auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
  },
});

/** The pane's last line: which chibo this is (the version a clerk reports), and that nothing leaves the machine. */
export function Footer({ lang, version, offline }: { lang: Lang; version: string; offline: boolean }) {
  const styles = useStyles();
  return (
    <footer className={styles.footer} data-testid="footer">
      <Text size={200} data-testid="footer-version">
        {t(lang, "reach.footer.version", { version })}
        {offline ? ` · ${t(lang, "reach.footer.offline")}` : ""}
      </Text>
      <Text size={200}>{t(lang, "reach.footer.private")}</Text>
    </footer>
  );
}
