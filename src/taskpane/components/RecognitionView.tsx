import { Text } from "@fluentui/react-components";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";
import type { Session } from "../use-session";
import { SheetCard } from "./SheetCard";

/** *Nhận diện*: what recognition found on each sheet, with the means to correct it. */
export function RecognitionView({ lang, session, ready }: { lang: Lang; session: Session; ready: boolean }) {
  if (!ready) return <Text>{t(lang, "taskpane.file.prompt")}</Text>;
  const analysis = session.analysis;
  if (!analysis) return session.busy ? null : <Text>{t(lang, "taskpane.empty.noAnalysis")}</Text>;
  return (
    <section aria-label={t(lang, "taskpane.tab.recognition")} data-testid="recognition">
      <Text as="p" size={200}>
        {t(lang, "taskpane.recognition.intro")}
      </Text>
      {analysis.sheets.map((sheet) => (
        <SheetCard key={sheet.name} lang={lang} sheet={sheet} session={session} />
      ))}
    </section>
  );
}
