import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";
import type { TaskpaneIO } from "../io";
import type { Rollup } from "../use-rollup";
import type { Session } from "../use-session";
import { RollupInputs } from "./RollupInputs";
import { RollupResult } from "./RollupResult";
import { RollupTable } from "./RollupTable";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * *Gộp báo cáo*: the workbooks many units sent, consolidated into the summary for the level
 * above. The files are read in this page, one by one, and never leave the machine.
 */
export function RollupView({
  lang,
  io,
  session,
  rollup,
}: {
  lang: Lang;
  io: TaskpaneIO;
  session: Session;
  rollup: Rollup;
}) {
  const styles = useStyles();
  const { state } = rollup;
  return (
    <section aria-label={t(lang, "taskpane.tab.rollup")} data-testid="rollup" className={styles.section}>
      <Text as="p" style={{ margin: 0 }}>
        {t(lang, "taskpane.rollup.intro")}
      </Text>
      <RollupInputs lang={lang} rollup={rollup} busy={session.busy !== null} />
      {state.files.length === 0 ? <Text size={200}>{t(lang, "taskpane.rollup.empty")}</Text> : null}
      <RollupTable lang={lang} rollup={rollup} />
      {state.outcome ? <RollupResult lang={lang} io={io} session={session} outcome={state.outcome} /> : null}
    </section>
  );
}
