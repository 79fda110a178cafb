import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { WriteResult } from "../../ports/workbook-port";
import type { Lang } from "../../i18n/types";
import { t } from "../../i18n";
import type { HostMode } from "../io";

/** What was written: each sheet under its name, a renamed one with the reason, the old ones replaced. */
export function WriteReport({ lang, result, mode }: { lang: Lang; result: WriteResult; mode: HostMode }) {
  return (
    <MessageBar intent="success" layout="multiline" data-testid="write-report">
      <MessageBarBody>
        <MessageBarTitle>{t(lang, "taskpane.write.done")}</MessageBarTitle>
        <ul style={{ margin: "4px 0", paddingLeft: "1.2em" }}>
          {result.written.map(({ requested, actual }) => (
            <li key={requested} data-testid="written-sheet" data-sheet={actual}>
              {requested === actual
                ? t(
                    lang,
                    result.replaced.includes(actual) ? "taskpane.write.replaced" : "taskpane.write.added",
                    {
                      sheet: actual,
                    },
                  )
                : t(lang, "taskpane.write.renamed", { sheet: actual, requested })}
            </li>
          ))}
        </ul>
        {mode === "browser" ? t(lang, "taskpane.write.downloadHint") : null}
      </MessageBarBody>
    </MessageBar>
  );
}
